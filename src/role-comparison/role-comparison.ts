import { html, nothing, type TemplateResult } from 'lit';
import { DcwElement } from '../shared/dcw-element.js';
import { comparisonData } from './bundled-data.js';
import type { Dimension, Region, Role, Salary } from '../shared/dataset/schema.js';
import { bandOf, datedYear, outlookFor, salariesFor, sourceOf } from '../shared/figures.js';
import { resolveRegion } from '../shared/role-region.js';
import { sourceCitation } from '../shared/source-citation.js';
import { formatList, formatMoney, formatNumber, numberFormat } from '../shared/intl-cache.js';
import { messagesFor } from '../shared/messages.js';
import { emit } from '../shared/events.js';
import { NARROW_REM, narrowViewport } from '../shared/page-watch.js';
import { doneSkills } from '../skills-checklist/progress-store.js';
import essentialSkills from './essential-skills.json';
import { chooseDimensions, chooseRoles, itemKey, parseIds, pick, sharedItems } from './comparison.js';
import { messages } from './messages.js';
import { styles } from './role-comparison.styles.js';

/** A figure line, "Label: **value**"; nothing without a value. */
const line = (label: string, value: string) => (value ? html`<div>${label}: <strong>${value}</strong></div>` : nothing);
const muted = (text: string) => html`<div class="muted">${text}</div>`;

/**
 * Two or three developer roles side by side: rows are dimensions (focus, languages, tools, pay,
 * outlook, …), columns are roles. List values are tags, and items more than one shown role has
 * are marked as shared. The pay row reads the same figures as `<dcw-salary-calculator>`: it leads
 * with the calculator's figure and band, then the newest figure of each other occupation measured,
 * each in its own period (hour, week, month, year) with its source.
 *
 * When wide it is a `<table>` with a caption and scoped header cells; when narrow (its own width
 * 40rem or less) one card per dimension with the roles inside. Only the layout in use is in the
 * DOM: rendering both and hiding one with a container query cost three times the script and
 * twice the style work of one. A ResizeObserver switches them before the browser paints.
 *
 * Once the reader has ticked skills in a `<dcw-skills-checklist>` (on this page or another of the
 * site), a last "Your skills" row shows, for each role, the share of its essential skills done,
 * and follows ticks live. The bundled data's essential skill ids per role are in
 * essential-skills.json (the skills themselves are not in this widget's script); custom data
 * with skills uses its own.
 *
 * @tag dcw-role-comparison
 * @summary Front-end, back-end and full-stack roles compared side by side, with sourced pay and outlook.
 *
 * @attr {string} roles - Space-separated role ids, 2 or 3. Default `frontend backend`. Unknown ids are ignored with a notice; under two known ids show the default pair, over three the first three.
 * @attr {string} dimensions - Space-separated dimension ids to show, in that order. Default: all. Unknown ids are ignored with a notice.
 * @attr {string} highlight - Role id to emphasise, visually and for screen readers. Set when a reader picks a role. Ids of roles not shown are ignored with a notice.
 * @attr {string} region - Region id for the pay and outlook rows, or `auto`: the region of the locale (`en-CA` → `ca`) when the dataset has it, else the default. Default: the page's `<meta name="dcw:region">`, else the dataset's default region.
 * @attr {string} locale - BCP 47 locale for text and number formats. Default: its own `lang`, the page's `<meta name="dcw:locale">`, the nearest ancestor's `lang`, then the browser's.
 * @attr {'auto' | 'light' | 'dark'} theme - Colour scheme; `auto` follows `dark-selector` when set, else the system. Default: the page's `<meta name="dcw:theme">`, else `auto`.
 * @attr {string} src - URL of a dataset JSON to use instead of the bundled one.
 *
 * @fires {CustomEvent<DcwRoleSelectDetail>} dcw-role-select - A reader picked a role with its button; `detail: { role }`. Not fired when `highlight` is set from code.
 * @fires {CustomEvent<DcwErrorDetail>} dcw-error - Custom data could not be loaded or is invalid.
 *
 * @cssprop --dcw-font-family - Font family (default: inherited from the page).
 * @cssprop --dcw-font-size - Base font size.
 * @cssprop --dcw-text-color - Text colour.
 * @cssprop --dcw-muted-color - Secondary text (sources).
 * @cssprop --dcw-surface-color - Background.
 * @cssprop --dcw-subtle-color - Background of the highlighted role.
 * @cssprop --dcw-border-color - Borders of cells, cards, tags and buttons.
 * @cssprop --dcw-accent-color - Shared tags, the picked role's button, the highlight bar, links.
 * @cssprop --dcw-accent-contrast-color - Text on the accent colour.
 * @cssprop --dcw-radius - Corner radius.
 * @cssprop --dcw-spacing - Spacing unit.
 * @cssprop --dcw-focus-ring - Focus outline.
 *
 * @csspart base - The widget's frame.
 * @csspart notice - Notices about ignored attribute values.
 * @csspart error - The alert shown when custom data is refused.
 * @csspart table - The table (wide layout).
 * @csspart caption - The table caption and the narrow layout's title.
 * @csspart row - A table row.
 * @csspart header - Any header cell (also `role-header` or `dimension-header`).
 * @csspart role-header - A column header naming a role.
 * @csspart dimension-header - A row header naming a dimension.
 * @csspart cell - A table data cell.
 * @csspart select - A role's button (`aria-pressed` when it is the highlighted role).
 * @csspart tag - A list item shown as a tag.
 * @csspart shared - A tag whose item more than one shown role has (also has part `tag`).
 * @csspart legend - The line explaining the shared marker.
 * @csspart cards - The narrow layout.
 * @csspart card - One dimension's card in the narrow layout.
 * @csspart card-header - A card's title.
 * @csspart source - A figure's source line, with its period.
 * @csspart dated - "published 2021" beside a figure more than three years older than the dataset.
 */
export class DcwRoleComparison extends DcwElement {
  static override styles = [...DcwElement.styles, styles];

  protected override get bundledData() {
    return comparisonData;
  }
  static override properties = { roles: {}, dimensions: {}, highlight: { reflect: true }, narrow: { state: true } };

  /** Cards rather than the table: on a narrow viewport, else as the observer measures the widget. */
  declare protected narrow: boolean;

  // Watches an empty, zero-height line at the top of the content rather than the host: it is as
  // wide as the host but keeps its size when the layout swaps, so the swap never resizes what is
  // observed (which would end in a "ResizeObserver loop" error). The observation is kept while the
  // element is off the page: it reports again when the element is put back, and the observer
  // goes with the element when that is garbage.
  #resize = new ResizeObserver(() => {
    // Layout is clean inside an observer callback, so these reads cost nothing. Hidden (no width): no change.
    const width = this.clientWidth;
    if (width) this.narrow = width <= NARROW_REM * parseFloat(getComputedStyle(document.documentElement).fontSize);
  });

  constructor() {
    super();
    this.narrow = !!narrowViewport?.matches;
  }

  /** A checklist here or in another tab changed the reader's progress: the "Your skills" row reads it again. */
  #onProgress = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('dcw-progress-change', this.#onProgress);
    addEventListener('storage', this.#onProgress);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('dcw-progress-change', this.#onProgress);
    removeEventListener('storage', this.#onProgress);
  }

  /**
   * Starts measuring once the viewport is wide enough for either layout (DcwElement re-renders
   * when it crosses 40rem). On a narrow one it does not: besides saving the work, an observer
   * callback in the page's first paint makes Lighthouse count that whole paint as this script's
   * (a blocking task on mobile).
   */
  protected override updated(): void {
    // Observing again is allowed (it restarts the observation, so one more report of the same width).
    const probe = this.renderRoot.querySelector('.probe');
    if (probe && !narrowViewport?.matches) this.#resize.observe(probe);
  }

  /** Space-separated role ids to compare, 2 or 3. */
  roles = 'frontend backend';

  /** Space-separated dimension ids to show, in order; all when unset. */
  declare dimensions?: string;

  /** Role id to emphasise; a reader's pick sets it. */
  declare highlight?: string;

  get #m() {
    return messagesFor(messages, this.currentLocale);
  }

  protected renderContent(): TemplateResult {
    const m = this.#m;
    const [asked, from] = this.regionAsked;
    const { region, notice } = resolveRegion(this.data, asked, this.currentLocale, this.shared.unknownValue, from);
    const roles = chooseRoles(this.data.roles, this.roles);
    const dims = chooseDimensions(this.data.dimensions, this.dimensions);
    // Only a role that is shown can be highlighted.
    const picked = pick(roles.items, parseIds(this.highlight));
    const hl = picked.items[0]?.id;
    const list = (items: Array<{ name: string }>) =>
      formatList(
        this.currentLocale,
        items.map((x) => x.name),
      );
    const names = list(roles.items);
    const caption = m.caption(names);
    // Unknown ids are named, with what is shown instead.
    const unknown = (attribute: string, ids: string[], shown = names) =>
      ids.length ? this.shared.unknownValue(attribute, ids.join(' '), shown) : undefined;
    const cls = (r: Role) => (r.id === hl ? 'hl' : '');
    const mark = (r: Role) => (r.id === hl ? html`<span class="visually-hidden"> ${m.highlighted}</span>` : nothing);
    const button = (r: Role) =>
      html`<button part="select" aria-pressed=${r.id === hl} @click=${() => this.#select(r.id)}>${r.name}</button>${mark(r)}`;
    let anyShared = false;
    const rows = dims.items.map((d) => {
      const shared = sharedItems(roles.items.map((r) => r.values[d.id]));
      anyShared ||= shared.size > 0;
      const figures = d.kind === 'pay' || d.kind === 'outlook';
      const head = figures ? html`${d.name} <span class="muted">(${region.name})</span>` : d.name;
      return [head, roles.items.map((r) => this.#cell(d, r, region, shared))] as const;
    });
    const progress = this.#progress(roles.items);
    if (progress) rows.push([m.yourSkills, progress]);

    const cards = html`<div part="cards">
      <p part="caption">${caption}</p>
      <div class="picker" role="group" aria-labelledby="pick">
        <span id="pick" class="muted">${m.pickRole}</span>
        ${roles.items.map(button)}
      </div>
      ${rows.map(
        ([head, cells]) => html`<section part="card">
          <h3 part="card-header">${head}</h3>
          <dl>
            ${roles.items.map(
              (r, j) => html`<div class=${cls(r)}>
                <dt>${r.name}${mark(r)}</dt>
                <dd>${cells[j]}</dd>
              </div>`,
            )}
          </dl>
        </section>`,
      )}
    </div>`;

    const table = html`<table part="table">
      <caption part="caption">${caption}</caption>
      <thead>
        <tr part="row">
          <td></td>
          ${roles.items.map((r) => html`<th scope="col" part="header role-header" class=${cls(r)}>${button(r)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ([head, cells]) => html`<tr part="row">
            <th scope="row" part="header dimension-header">${head}</th>
            ${roles.items.map((r, j) => html`<td part="cell" class=${cls(r)}>${cells[j]}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;

    const legend = html`<p part="legend">
      <span class="shared" aria-hidden="true">↔</span>
      ${m.legend}
    </p>`;

    return html`${this.renderNotices([
      notice,
      unknown('roles', roles.unknown),
      roles.fallback && m.roleCount(names),
      unknown('dimensions', dims.unknown, list(dims.items)),
      unknown('highlight', picked.unknown),
    ])}
      <div class="probe"></div>
      ${this.narrow ? cards : table}
      ${anyShared ? legend : nothing}`;
  }

  /**
   * Each role's share of its essential skills done, once the reader has ticked anything for a
   * shown role; undefined before.
   */
  #progress(roles: Role[]) {
    const m = this.#m;
    const done = roles.map((r) => doneSkills(r.id));
    if (!done.some((ids) => ids.length)) return undefined;
    const custom = this.data.skills;
    const percent = numberFormat(this.currentLocale, { style: 'percent' });
    return roles.map((r, i) => {
      const essential = custom.length
        ? custom
            .filter((c) => c.role === r.id)
            .flatMap((c) => c.items.filter((s) => s.level === 'essential').map((s) => s.id))
        : ((essentialSkills as Record<string, string[] | undefined>)[r.id] ?? []);
      if (!essential.length) return muted(m.notStated);
      const count = essential.filter((id) => done[i]!.includes(id)).length;
      return m.skillsDone(
        formatNumber(this.currentLocale, count),
        formatNumber(this.currentLocale, essential.length),
        percent.format(count / essential.length),
      );
    });
  }

  #select(role: string): void {
    this.highlight = role;
    emit(this, 'dcw-role-select', { role });
  }

  /** One role's value in one row: its figures for pay and outlook, else a text or a list of tags. */
  #cell(d: Dimension, role: Role, region: Region, shared: Set<string>) {
    if (d.kind === 'pay') return this.#pay(role.id, region);
    if (d.kind === 'outlook') return this.#outlook(role.id, region);
    const value = role.values[d.id];
    if (!value?.length) return muted(this.#m.notStated);
    if (typeof value === 'string') return value;
    return html`<ul>
      ${value.map((item) =>
        shared.has(itemKey(item))
          ? html`<li part="tag shared" class="shared">
              <span aria-hidden="true">↔ </span>${item}<span class="visually-hidden"> ${this.#m.shared}</span>
            </li>`
          : html`<li part="tag">${item}</li>`,
      )}
    </ul>`;
  }

  /**
   * The leading figure (the calculator's) with its band, then the newest figure of each other
   * occupation or job title measured, each in its own period with its source; none: "No published
   * figure". Older releases for the same occupation are left to the calculator, which lists every
   * figure: a table cell is read at a glance.
   */
  #pay(role: string, region: Region) {
    // As the calculator does with no experience given: the all-levels figures, else whatever there is.
    const all = salariesFor(this.data, role, region.id);
    const general = all.filter((s) => !s.experience);
    const [main, ...rest] = general.length ? general : all;
    if (!main) return muted(this.shared.noFigure);
    const seen = new Set([main.occupation]);
    const others = rest.filter((s) => !seen.has(s.occupation) && seen.add(s.occupation));
    const band = bandOf(main);
    const money = (n: number) => this.#money(n, main.period, region);
    return html`${line(this.#m.median, this.#perPeriod(main, region))}
      ${
        band
          ? line(this.#m.band(band.lowPercentile, band.highPercentile), `${money(band.low)} – ${money(band.high)}`)
          : nothing
      }
      ${main.note ? muted(main.note) : nothing}
      ${this.#cite(main)}
      ${others.map(
        (s) => html`<div class="other">
          ${this.#perPeriod(s, region)}
          ${this.#cite(s)}
        </div>`,
      )}`;
  }

  /** A figure with its period: "€6,528 per month"; an average says so. */
  #perPeriod(salary: Salary, region: Region): string {
    const m = this.#m;
    const amount = `${this.#money(salary.median, salary.period, region)} ${m.per[salary.period]}`;
    return salary.measure === 'average' ? `${amount} (${m.average})` : amount;
  }

  /** As the calculator does: hourly figures with cents, longer periods in whole units. */
  #money(amount: number, period: Salary['period'], region: Region): string {
    return formatMoney(this.currentLocale, amount, region.currency, period === 'hour' ? 2 : 0);
  }

  #outlook(role: string, region: Region) {
    const m = this.#m;
    const locale = this.currentLocale;
    const o = outlookFor(this.data, role, region.id);
    const growth = o?.growthPercent;
    if (!o || (growth ?? o.openingsPerYear ?? o.employment ?? o.projectedEmployment) === undefined)
      return muted(this.shared.noFigure);
    const count = (n: number | undefined) => (n === undefined ? '' : formatNumber(locale, n));
    const percent = numberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });
    return html`${line(m.growth(o.span), growth === undefined ? '' : percent.format(growth / 100))}
      ${line(m.openings, count(o.openingsPerYear))}
      ${line(m.employment, count(o.employment))}
      ${line(m.projected(o.span), count(o.projectedEmployment))}
      ${o.note ? muted(o.note) : nothing}
      ${this.#cite(o)}`;
  }

  /** A figure's source line, naming the occupation the figure is for and, for an old one, its year. */
  #cite(figure: { source: string; occupation: string }) {
    const source = sourceOf(this.data, figure.source);
    return sourceCitation(source, this.shared, figure.occupation, datedYear(this.data, source));
  }
}
