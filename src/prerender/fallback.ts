/**
 * The light-DOM fallback `prerender` writes inside each widget tag, after its declarative shadow
 * root: what the widget says, as plain sourced HTML, for readers that never build the shadow root
 * (feed readers, e-mail, text extraction, some search engines). A browser that builds it shows the
 * shadow root instead, which has no slot, so the fallback is never shown beside the widget.
 *
 * It reads the same data through the same functions as the widgets (figures.ts, role-region.ts,
 * comparison.ts, salary-view.ts): the two can never disagree.
 */
import type { Dataset, Salary, Source } from '../shared/dataset/schema.js';
import { bandOf, datedYear, outlookFor, primarySalary, sourceOf } from '../shared/figures.js';
import { formatList, formatMoney, formatNumber } from '../shared/intl-cache.js';
import { messagesFor, sharedMessages } from '../shared/messages.js';
import { resolveRegion, resolveRole } from '../shared/role-region.js';
import { chooseDimensions, chooseRoles } from '../role-comparison/comparison.js';
import { messages as comparisonMessages } from '../role-comparison/messages.js';
import { messages as checklistMessages } from '../skills-checklist/messages.js';
import { salaryView } from '../salary-calculator/salary-view.js';
import type { DcwRoleComparison } from '../role-comparison/role-comparison.js';
import type { DcwSkillsChecklist } from '../skills-checklist/skills-checklist.js';
import type { DcwSalaryCalculator } from '../salary-calculator/salary-calculator.js';
import { markup, type Markup } from './markup.js';

/** What the server-rendered element worked out: the data in use and the resolved locale. */
export interface Rendered {
  data: Dataset;
  locale: string;
  /** The notices and data alert of the rendered widget, as their text. */
  notices: string[];
  /** The page gave `src`, which prerender does not fetch. */
  src?: string;
}

type Shared = (typeof sharedMessages)['en'];

const LEVELS = ['essential', 'recommended', 'optional'] as const;

/** "Source: <title>, publisher, period — occupation (published 2021)", linked as the widgets link it. */
function citation(data: Dataset, shared: Shared, figure: { source: string; occupation?: string }): Markup {
  const source: Source | undefined = sourceOf(data, figure.source);
  if (!source) return markup``;
  const when = source.period ?? (source.year === undefined ? shared.periodUnknown : String(source.year));
  const dated = datedYear(data, source);
  return markup`<small>${shared.source}: <a href="${source.url}" rel="noreferrer">${source.title}</a>, ${source.publisher}, ${when}${
    figure.occupation ? ` — ${figure.occupation}` : ''
  }${dated === undefined ? '' : ` (${shared.dated(dated)})`}</small>`;
}

function money(locale: string, salary: Salary, amount: number, currency: string): string {
  return formatMoney(locale, amount, currency, salary.period === 'hour' ? 2 : 0);
}

function comparison(el: DcwRoleComparison, { data, locale }: Rendered, shared: Shared): Markup {
  const m = messagesFor(comparisonMessages, locale);
  const { region } = resolveRegion(data, el.region, locale, shared.unknownValue);
  const roles = chooseRoles(data.roles, el.roles).items;
  const dimensions = chooseDimensions(data.dimensions, el.dimensions).items;
  const names = formatList(
    locale,
    roles.map((r) => r.name),
  );
  const cell = (kind: string, dimension: string, role: string): Markup | string => {
    if (kind === 'pay') {
      const salary = primarySalary(data, role, region.id);
      if (!salary) return shared.noFigure;
      const band = bandOf(salary);
      const amount = (n: number) => money(locale, salary, n, region.currency);
      return markup`${m.median}: ${amount(salary.median)} ${m.per[salary.period]}${
        salary.measure === 'average' ? ` (${m.average})` : ''
      }${band ? `; ${m.band(band.lowPercentile, band.highPercentile)}: ${amount(band.low)} – ${amount(band.high)}` : ''}<br>${citation(data, shared, salary)}`;
    }
    if (kind === 'outlook') {
      const o = outlookFor(data, role, region.id);
      if (o?.growthPercent === undefined) return shared.noFigure;
      const growth = formatNumber(locale, o.growthPercent, 1);
      return markup`${m.growth(o.span)}: ${o.growthPercent > 0 ? '+' : ''}${growth} %<br>${citation(data, shared, o)}`;
    }
    const value = data.roles.find((r) => r.id === role)?.values[dimension];
    if (!value?.length) return m.notStated;
    return typeof value === 'string' ? value : formatList(locale, value);
  };
  return markup`<table>
<caption>${m.caption(names)} (${region.name})</caption>
<thead><tr><th></th>${roles.map((r) => markup`<th scope="col">${r.name}</th>`)}</tr></thead>
<tbody>
${dimensions.map(
  (d) =>
    markup`<tr><th scope="row">${d.name}</th>${roles.map((r) => markup`<td>${cell(d.kind, d.id, r.id)}</td>`)}</tr>\n`,
)}</tbody>
</table>`;
}

function checklist(el: DcwSkillsChecklist, { data, locale }: Rendered, shared: Shared): Markup {
  const m = messagesFor(checklistMessages, locale);
  const { role } = resolveRole(data, el.role, el.roleId, shared.unknownValue);
  const all = data.skills.filter((c) => c.role === role.id);
  const ids: string[] = el.categories?.match(/\S+/g) ?? [];
  const chosen = all.filter((c) => ids.includes(c.id));
  const level = LEVELS.indexOf((el.level?.trim().toLowerCase() || 'optional') as (typeof LEVELS)[number]);
  const max = level < 0 ? 2 : level;
  const categories = (chosen.length ? chosen : all)
    .map((c) => ({ name: c.name, items: c.items.filter((i) => LEVELS.indexOf(i.level) <= max) }))
    .filter((c) => c.items.length);
  return markup`<h2>${m.title(role.name)}</h2>
${
  categories.length
    ? categories.map(
        (c) => markup`<h3>${c.name}</h3>\n<ul>${c.items.map((i) => markup`<li>${i.name} (${m[i.level]})</li>`)}</ul>\n`,
      )
    : markup`<p>${m.noSkills}</p>`
}`;
}

function calculator(el: DcwSalaryCalculator, { data, locale }: Rendered, shared: Shared): Markup {
  const view = salaryView(data, {
    locale,
    role: el.role,
    roleId: el.roleId,
    region: el.region,
    experience: el.experience,
    experienceText: el.getAttribute('experience'),
    pay: el.pay,
    payPeriod: el.payPeriod,
    hoursPerWeek: el.hoursPerWeek,
    weeksPerYear: el.weeksPerYear,
  });
  const { main, band, m, region } = view;
  const header = markup`<p><strong>${view.role.name}, ${region.name}</strong></p>`;
  if (!main) return markup`${header}\n<p>${shared.noFigure}</p>`;
  const { salary } = main;
  const amount = (n: number) => money(locale, salary, n, region.currency);
  const label = (salary.measure === 'average' ? m.average : m.median)[salary.period];
  return markup`${header}
<p>${label}: <strong>${amount(salary.median)}</strong>${
    band
      ? `; ${m.pct(band.lowPercentile)} – ${m.pct(band.highPercentile)}: ${amount(band.low)} – ${amount(band.high)}`
      : ''
  }<br>${citation(data, shared, salary)}</p>`;
}

/** The fallback of one widget, as HTML to write inside its tag. */
export function fallbackHtml(tag: string, element: HTMLElement, rendered: Rendered): string {
  const shared = messagesFor(sharedMessages, rendered.locale);
  const body =
    tag === 'dcw-role-comparison'
      ? comparison(element as DcwRoleComparison, rendered, shared)
      : tag === 'dcw-skills-checklist'
        ? checklist(element as DcwSkillsChecklist, rendered, shared)
        : calculator(element as DcwSalaryCalculator, rendered, shared);
  const srcNote = rendered.src
    ? markup`<p><small>These figures are from the built-in dataset; the data at ${rendered.src} is used once the widget's script runs.</small></p>\n`
    : '';
  return markup`<div data-dcw-fallback lang="${rendered.locale}">
${rendered.notices.map((n) => markup`<p>${n}</p>\n`)}${srcNote}${body}
</div>`.html;
}
