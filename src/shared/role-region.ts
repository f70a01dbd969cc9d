/**
 * Which role and which region a widget shows, from its attributes. Shared by the widgets that read
 * them (the checklist reads only the role); kept out of the base element so that each is a plain
 * function of the data and the attribute values, testable without an element.
 */
import type { Dataset, Region, Role } from './dataset/schema.js';

/** Words a notice is made of: `unknownValue(attribute, value, shown)` from the shared messages. */
type UnknownValue = (attribute: string, value: string, fallback: string) => string;

/** The `region` value that picks the region from the page's locale. */
export const AUTO_REGION = 'auto';

/** The region id a locale points at (`de-DE` → `de`, `en-CA` → `ca`); none without a region subtag. */
export function regionOfLocale(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).region?.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The region in use and, when `region` named an unknown one, a notice saying so. `auto` takes the
 * locale's region subtag when the dataset has that region, else the default, without a notice:
 * a page in a country the data does not cover has asked for nothing wrong. `attribute` names
 * where the value came from in the notice (`<meta name="dcw:region">`).
 */
export function resolveRegion(
  data: Dataset,
  region: string | undefined,
  locale: string,
  unknownValue: UnknownValue,
  attribute = 'region',
): { region: Region; notice?: string } {
  const { regions, defaultRegion } = data;
  const fallback = regions.find((r) => r.id === defaultRegion) ?? regions[0]!;
  const wanted = region?.trim().toLowerCase();
  if (!wanted) return { region: fallback };
  if (wanted === AUTO_REGION) {
    const fromLocale = regionOfLocale(locale);
    return { region: regions.find((r) => r.id === fromLocale) ?? fallback };
  }
  const found = regions.find((r) => r.id === wanted);
  return found ? { region: found } : { region: fallback, notice: unknownValue(attribute, region!, fallback.name) };
}

/**
 * The role named by `role-id` (which wins) or `role`, any case, blank → `backend`; an unknown
 * id falls back to `backend` (or the first role) with a notice naming the attribute used.
 */
export function resolveRole(
  data: Dataset,
  role: string | undefined,
  roleId: string | undefined,
  unknownValue: UnknownValue,
): { role: Role; notice?: string } {
  const { roles } = data;
  const [attribute, given] = roleId?.trim() ? ['role-id', roleId] : ['role', role];
  const wanted = given?.trim().toLowerCase() || 'backend';
  const found = roles.find((r) => r.id === wanted);
  if (found) return { role: found };
  const fallback = roles.find((r) => r.id === 'backend') ?? roles[0]!;
  return { role: fallback, notice: unknownValue(attribute, given ?? '', fallback.name) };
}
