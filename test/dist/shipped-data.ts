import { expect } from '@open-wc/testing';
import notShipped from '../../src/shared/dataset/not-shipped.json';

/** The lists of the dataset each widget shows; the others are empty in its copy. */
const SHOWS: Record<string, string[]> = {
  'dcw-skills-checklist': ['roles', 'skills'],
  'dcw-salary-calculator': ['roles', 'sources', 'regions', 'salaries', 'outlook'],
  'dcw-role-comparison': ['roles', 'sources', 'regions', 'salaries', 'outlook', 'dimensions'],
};
const LISTS = ['sources', 'dimensions', 'roles', 'skills', 'regions', 'salaries', 'outlook'];

type Spec = Partial<Record<string, string[]>>;
const specs = notShipped as Record<string, Spec>;

/** A list as a build ships it: without the fields `spec` leaves out (scripts/build.mjs). */
const without = (list: unknown[], fields: string[] = []) =>
  list.map((entry) => Object.fromEntries(Object.entries(entry as object).filter(([k]) => !fields.includes(k))));

/**
 * Checks the data a built widget carries (`data`, protected API, read here only to compare the
 * build's copy with the source): each list it shows as dataset.json has it, less the fields
 * not-shipped.json leaves out of every script and, in the widget's own script, of its own.
 */
export function expectShippedData(
  el: Element,
  source: Record<string, unknown>,
  ownScript: boolean,
): void {
  const tag = el.localName;
  const data = (el as unknown as { data: Record<string, unknown> }).data;
  for (const key of ['version', 'asOf', 'defaultRegion']) expect(data[key], `${tag} ${key}`).to.equal(source[key]);
  for (const list of LISTS) {
    const fields = [...(specs['every script']![list] ?? []), ...((ownScript && specs[tag]?.[list]) || [])];
    const expected = SHOWS[tag]!.includes(list) ? without(source[list] as unknown[], fields) : [];
    expect(data[list], `${tag} ${list}`).to.deep.equal(expected);
  }
}
