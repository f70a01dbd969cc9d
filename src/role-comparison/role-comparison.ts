import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DcwElement } from '../shared/dcw-element.js';
import type { Dimension, Region, Role } from '../shared/dataset/schema.js';
import { outlookFor, primarySalary, sourceOf } from '../shared/figures.js';
import { sourceCitation } from '../shared/source-citation.js';
import { formatMoney, formatNumber, numberFormat } from '../shared/intl-cache.js';
import { messagesFor } from '../shared/messages.js';
import { emit } from '../shared/events.js';
import { bandOf, chooseDimensions, chooseRoles, itemKey, sharedItems } from './comparison.js';
import { messages } from './messages.js';
import { styles } from './role-comparison.styles.js';

/**
 * Two or three developer roles side by side: rows are dimensions (focus, languages, tools, pay,
 * outlook, …), columns are roles. List values are tags, and items more than one shown role has
 * are marked as shared. The pay row reads the same figures as `<dcw-salary-calculator>`.
 *
 * When wide it is a `<table>` with a caption and scoped header cells; when narrow (its own width
 * under 40rem) one card per dimension with the roles inside.
 *
 * @tag dcw-role-comparison
 * @summary Front-end, back-end and full-stack roles compared side by side, with sourced pay and outlook.
 *
 * @attr {string} roles - Space-separated role ids, 2 or 3. Default `frontend backend`. Unknown ids are ignored with a notice; under two known ids show the default pair, over three the first three.
 * @attr {string} dimensions - Space-separated dimension ids to show, in that order. Default: all. Unknown ids are ignored with a notice.
 * @attr {string} highlight - Role id to emphasise, visually and for screen readers. Set when a reader picks a role. Unknown ids are ignored with a notice.
 * @attr {string} region - Region id for the pay and outlook rows. Default: the dataset's default region.
 * @attr {string} locale - BCP 47 locale for text and number formats.
 * @attr {'auto' | 'light' | 'dark'} theme - Colour scheme. Default `auto`.
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
 * @csspart source - A figure's source line.
 */
export class DcwRoleComparison extends DcwElement {
  static override styles = [...DcwElement.styles, styles];

  /** Space-separated role ids to compare, 2 or 3. */
  @property() roles = 'frontend backend';

  /** Space-separated dimension ids to show, in order; all when unset. */
  @property() dimensions?: string;

  /** Role id to emphasise; a reader's pick sets it. */
  @property({ reflect: true }) highlight?: string;

  protected renderContent(): TemplateResult {
    const m = messagesFor(messages, this.currentLocale);
    const { region, notice } = this.resolveRegion();
    const roles = chooseRoles(this.data.roles, this.roles);
    const dims = chooseDimensions(this.data.dimensions, this.dimensions);
    const wanted = this.highlight?.trim().toLowerCase();
    const hl = roles.items.find((r) => r.id === wanted)?.id;
    const quoted = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');
    const names = new Intl.ListFormat(this.currentLocale).format(roles.items.map((r) => r.name));
    const caption = m.caption(names);
    const shared = dims.items.map((d) => sharedItems(roles.items.map((r) => r.values[d.id])));
    // Each cell once; the table and the cards render the same templates.
    const cells = dims.items.map((d, i) => roles.items.map((r) => this.value(d, r, region, shared[i]!)));
    const cls = (r: Role) => (r.id === hl ? 'hl' : '');
    const mark = (r: Role) => (r.id === hl ? html`<span class="visually-hidden"> ${m.highlighted}</span>` : nothing);
    const button = (r: Role) =>
      html`<button type="button" part="select" aria-pressed=${r.id === hl} @click=${() => this.select(r.id)}>${r.name}</button>${mark(r)}`;
    const header = (d: Dimension) =>
      d.kind === 'pay' || d.kind === 'outlook' ? html`${d.name} <span class="muted">(${region.name})</span>` : d.name;

    return html`${this.renderNotices([
        notice,
        roles.unknown.length ? m.ignored('roles', quoted(roles.unknown)) : undefined,
        roles.fallback ? (roles.fallback === 'few' ? m.tooFew(names) : m.tooMany) : undefined,
        dims.unknown.length ? m.ignored('dimensions', quoted(dims.unknown)) : undefined,
        wanted && !hl ? m.ignored('highlight', quoted([wanted])) : undefined,
      ])}
      <table part="table">
        <caption part="caption">${caption}</caption>
        <thead>
          <tr part="row">
            <td class="corner"></td>
            ${roles.items.map((r) => html`<th scope="col" part="header role-header" class=${cls(r)}>${button(r)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${dims.items.map(
            (d, i) => html`<tr part="row">
              <th scope="row" part="header dimension-header">${header(d)}</th>
              ${roles.items.map((r, j) => html`<td part="cell" class=${cls(r)}>${cells[i]![j]}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
      <div class="cards" part="cards">
        <p class="caption" part="caption">${caption}</p>
        <div class="picker" role="group" aria-labelledby="pick"><span id="pick" class="muted">${m.pickRole}</span>${roles.items.map(button)}</div>
        ${dims.items.map(
          (d, i) => html`<section class="card" part="card">
            <h3 part="card-header">${header(d)}</h3>
            <dl>
              ${roles.items.map((r, j) => html`<dt class=${cls(r)}>${r.name}${mark(r)}</dt><dd class=${cls(r)}>${cells[i]![j]}</dd>`)}
            </dl>
          </section>`,
        )}
      </div>
      ${shared.some((s) => s.size)
        ? html`<p class="legend" part="legend"><span class="tag shared mark" aria-hidden="true">↔</span> ${m.legend}</p>`
        : nothing}`;
  }

  private select(role: string): void {
    this.highlight = role;
    emit(this, 'dcw-role-select', { role });
  }

  private value(d: Dimension, role: Role, region: Region, shared: Set<string>) {
    const m = messagesFor(messages, this.currentLocale);
    if (d.kind === 'pay') return this.pay(role.id, region);
    if (d.kind === 'outlook') return this.outlook(role.id, region);
    const value = role.values[d.id];
    if (!value?.length) return html`<span class="muted">${m.notStated}</span>`;
    if (typeof value === 'string') return value;
    return html`<ul class="tags">
      ${value.map((item) =>
        shared.has(itemKey(item))
          ? html`<li part="tag shared" class="tag shared"><span class="mark" aria-hidden="true">↔ </span>${item}<span class="visually-hidden"> ${m.shared}</span></li>`
          : html`<li part="tag" class="tag">${item}</li>`,
      )}
    </ul>`;
  }

  /** Median and band as published, in the region's currency; the calculator reads the same `primarySalary`. */
  private pay(role: string, region: Region) {
    const m = messagesFor(messages, this.currentLocale);
    const salary = primarySalary(this.data, role, region.id);
    if (!salary) return this.none();
    // As the calculator does: annual figures in whole units, hourly ones with cents.
    const money = (n: number) => formatMoney(this.currentLocale, n, region.currency, salary.period === 'hour' ? 2 : 0);
    const band = bandOf(salary);
    return html`<span class="fig">${m.median}: <strong>${money(salary.median)}</strong> ${salary.period === 'hour' ? m.perHour : m.perYear}</span>
      ${band ? html`<span class="fig">${m.band(band.lowPercentile, band.highPercentile)}: ${money(band.low)} – ${money(band.high)}</span>` : nothing}
      ${salary.note ? html`<span class="fig muted">${salary.note}</span>` : nothing}
      ${sourceCitation(sourceOf(this.data, salary.source), this.shared.source, salary.occupation)}`;
  }

  private outlook(role: string, region: Region) {
    const m = messagesFor(messages, this.currentLocale);
    const o = outlookFor(this.data, role, region.id);
    if (!o || (o.growthPercent ?? o.openingsPerYear ?? o.employment) === undefined) return this.none();
    const locale = this.currentLocale;
    const line = (label: string, value: string | undefined) =>
      value ? html`<span class="fig">${label}: <strong>${value}</strong></span>` : nothing;
    const count = (n: number | undefined) => (n === undefined ? undefined : formatNumber(locale, n));
    const growth =
      o.growthPercent === undefined
        ? undefined
        : numberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(o.growthPercent / 100);
    return html`${line(m.growth(o.span), growth)}${line(m.openings, count(o.openingsPerYear))}${line(m.employment, count(o.employment))}
    ${sourceCitation(sourceOf(this.data, o.source), this.shared.source, o.occupation)}`;
  }

  private none() {
    return html`<span class="muted">${this.shared.noFigure}</span>`;
  }
}
