import { html, nothing, type PropertyValues } from 'lit';
import { DcwElement } from '../shared/dcw-element.js';
import { payData } from './bundled-data.js';
import { sourceCitation } from '../shared/source-citation.js';
import { formatMoney, formatNumber } from '../shared/intl-cache.js';
import { emit } from '../shared/events.js';
import { LIMITS, parseNumber, PERIODS, type Period } from './pay.js';
import { salaryView, type Figure, type SalaryView } from './salary-view.js';
import { rangeChart } from './chart.js';
import { dataTable } from './table.js';
import { styles } from './salary-calculator.styles.js';

/** Numbers from attributes: blank is "not given", anything unparsable is NaN (refused with a message). */
const numeric = { fromAttribute: parseNumber };
type NumberField = 'pay' | 'hoursPerWeek' | 'weeksPerYear';

/**
 * What a role pays in a region, as a median and a published percentile band, converted between
 * hour, week, month and year, and where the reader's own pay stands. Every figure is cited.
 *
 * @tag dcw-salary-calculator
 * @summary Median pay and percentile band for a role and region, conversions, and the reader's position.
 *
 * @attr {string} [role=backend] - Role id from the dataset (`backend`, `frontend`, `fullstack`). Unknown → `backend`, with a notice. `role-id` wins when both are given.
 * @attr {string} [role-id=(role)] - Role id from the dataset; prefer this over `role`, which accessibility checkers read as an ARIA role.
 * @attr {string} [region=(dataset's default)] - Region id from the dataset, or `auto`: the region of the locale (`de-DE` → `de`) when the dataset has it, else the default. Unknown → the dataset's default region, with a notice.
 * @attr {number} [experience=(all levels)] - Years of professional experience; picks figures by experience where the dataset has them.
 * @attr {number} [pay=(none)] - The reader's pay in the region's currency. Zero, negative or non-numeric → refused with an inline message.
 * @attr {'hour' | 'week' | 'month' | 'year'} [pay-period=year] - Period of `pay`.
 * @attr {number} [hours-per-week=(region's convention)] - Hours per week for conversions, 1–168 (clamped). Unset: the region's convention (40 in the US, or 40 where the data names none).
 * @attr {number} [weeks-per-year=(region's convention)] - Weeks per year for conversions, 1–53 (clamped). Unset: the region's convention (52 in the US, or 52 where the data names none).
 * @attr {boolean} [compare=false] - Also list the other roles for the same region, with the difference.
 *
 * @fires {CustomEvent<DcwSalaryChangeDetail>} dcw-salary-change - After each change the reader makes (never when code sets a property). `median` and `band` are as published, in `period` (a German figure is monthly); `pay` is annual.
 *
 * @csspart header - The title line (role and region).
 * @csspart form - The controls column.
 * @csspart input - Each form control (selects, number inputs, checkbox).
 * @csspart message - An inline message under a control whose value was refused or clamped.
 * @csspart result - The results (a polite live region).
 * @csspart chart - The SVG range chart.
 * @csspart table - The conversions table and the comparison table.
 * @csspart compare - The comparison table.
 * @csspart source - Each source citation, with the figure's period.
 * @csspart dated - "published 2021" beside a figure more than three years older than the dataset.
 */
export class DcwSalaryCalculator extends DcwElement {
  static override styles = [...DcwElement.styles, styles];

  static override properties = {
    role: {},
    roleId: { attribute: 'role-id' },
    region: {},
    experience: { converter: numeric },
    pay: { converter: numeric },
    payPeriod: { attribute: 'pay-period' },
    hoursPerWeek: { attribute: 'hours-per-week', converter: numeric },
    weeksPerYear: { attribute: 'weeks-per-year', converter: numeric },
    compare: { type: Boolean },
  };

  /** Role id from the dataset (`backend`, `frontend`, `fullstack`). Unknown → `backend`, with a notice. `roleId` wins when both are set. */
  override role = 'backend';

  /** Role id from the dataset; prefer this over `role`, which accessibility checkers read as an ARIA role. Wins over `role` when both are set. */
  roleId?: string;

  /** Region id from the dataset, or `auto` (the locale's region). Unset: the dataset's default region. */
  region?: string;

  /** Years of professional experience, where the dataset has figures by experience. */
  experience?: number;

  /** The reader's pay, per `payPeriod`, in the region's currency. */
  pay?: number;

  /** Period of `pay`: `hour`, `week`, `month` or `year`. */
  payPeriod = 'year';

  /** Hours a week for conversions (1–168). Unset: the region's convention (40 in the US). */
  hoursPerWeek?: number;

  /** Weeks a year for conversions (1–53). Unset: the region's convention (52 in the US). */
  weeksPerYear?: number;

  /** Also show the other roles for the same region. */
  compare = false;

  protected override get bundledData() {
    return payData;
  }

  /** What the reader typed into each number input, so a re-render never rewrites their text. */
  #typed: Partial<Record<NumberField, string>> = {};

  /** What is shown, worked out from the data and the inputs before each render. */
  #view?: SalaryView;

  /**
   * A pay typed into a prerendered form before the script ran is kept: read here, before the
   * base clears the prerendered shadow root, and handled as if typed after upgrade (the reader's
   * change, so `dcw-salary-change` follows the first render).
   */
  protected override createRenderRoot() {
    // Its `value` attribute (`defaultValue`) is what the server wrote: only a change is the reader's.
    const field = this.shadowRoot?.querySelector<HTMLInputElement>('#pay');
    if (field && field.value !== field.defaultValue) void this.#change(() => this.#setNumber('pay', field.value));
    return super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#view = salaryView(this.data, {
      locale: this.currentLocale,
      role: this.role,
      roleId: this.roleId,
      region: this.region,
      experience: this.experience,
      experienceText: this.getAttribute('experience'),
      pay: this.pay,
      payPeriod: this.payPeriod,
      hoursPerWeek: this.hoursPerWeek,
      weeksPerYear: this.weeksPerYear,
    });
  }

  /** Applies a reader's change, then fires `dcw-salary-change` once the view shows it. */
  async #change(apply: () => void): Promise<void> {
    apply();
    await this.updateComplete;
    emit(this, 'dcw-salary-change', this.#view!.detail);
  }

  #onRole = (event: Event) =>
    this.#change(() => {
      const { value } = event.target as HTMLSelectElement;
      // Writes back to whichever attribute names the role (`role-id` wins).
      if (this.#view!.roleField === 'roleId') this.roleId = value;
      else this.role = value;
    });

  #onRegion = (event: Event) => this.#change(() => (this.region = (event.target as HTMLSelectElement).value));

  #onPayPeriod = (event: Event) => this.#change(() => (this.payPeriod = (event.target as HTMLSelectElement).value));

  #onCompare = (event: Event) => this.#change(() => (this.compare = (event.target as HTMLInputElement).checked));

  /** Every number input's handler: the reader's text is kept as typed, the property it is named after gets its number. */
  #onNumber = (event: Event) => {
    const { name, value, validity } = event.target as HTMLInputElement;
    // Half-typed text ("1e") has no value yet; wait for the next keystroke.
    if (validity.badInput) return;
    void this.#change(() => this.#setNumber(name as NumberField, value));
  };

  /** The reader's text kept as typed, its number in the property. */
  #setNumber(name: NumberField, value: string) {
    this.#typed[name] = value;
    this[name] = value ? Number(value) : undefined;
  }

  /**
   * The text of a number input: what the reader typed while it still means the property's value;
   * an unset hours or weeks field shows the value in use (the region's convention).
   */
  #text(name: NumberField, used?: number): string {
    const value = this[name];
    const typed = this.#typed[name];
    if (typed === undefined && value === undefined && used !== undefined) return String(used);
    return (typed ? Number(typed) : undefined) === value ? (typed ?? '') : Number.isFinite(value) ? String(value) : '';
  }

  /** Money in the region's currency: per hour with cents, longer periods in whole units. */
  #money({ locale, region }: SalaryView, amount: number, period?: Period): string {
    return formatMoney(locale, amount, region.currency, period === 'hour' ? 2 : 0);
  }

  #cite(view: SalaryView, { salary, source, dated }: Figure) {
    return sourceCitation(source, view.shared, salary.occupation, dated);
  }

  /** "Median monthly pay", or "Average …" for a source that publishes an average. */
  #label({ m }: SalaryView, { salary }: Figure): string {
    return (salary.measure === 'average' ? m.average : m.median)[salary.period];
  }

  protected renderContent() {
    const view = this.#view!;
    return html`${this.renderNotices(view.notices)}
      <p class="header" part="header">${view.role.name}, ${view.region.name}</p>
      <div class="layout">
        ${this.#renderForm(view)}
        <div class="results" part="result" aria-live="polite">
          ${this.#renderFigure(view)}
          ${this.#renderChart(view)}
          ${this.#renderConversions(view)}
          ${this.#renderOthers(view)}
          ${this.compare ? this.#renderCompare(view) : nothing}
        </div>
      </div>`;
  }

  #renderField(id: string, label: string, control: unknown, message?: string) {
    return html`<label for=${id}>${label}</label>
      ${control}
      ${message ? html`<p id=${`${id}-msg`} part="message">${message}</p>` : nothing}`;
  }

  #renderChoice(
    id: string,
    label: string,
    options: ReadonlyArray<{ id: string; name: string }>,
    current: string,
    onChange: (event: Event) => void,
  ) {
    return this.#renderField(
      id,
      label,
      html`<select id=${id} part="input" @change=${onChange}>
        ${options.map((o) => html`<option value=${o.id} .selected=${o.id === current}>${o.name}</option>`)}
      </select>`,
    );
  }

  #renderNumber(
    id: string,
    name: NumberField,
    label: string,
    [min, max]: readonly [number, number?],
    message?: string,
    used?: number,
  ) {
    return this.#renderField(
      id,
      label,
      html`<input
        id=${id}
        name=${name}
        part="input"
        type="number"
        min=${min}
        max=${max ?? nothing}
        step="any"
        .value=${this.#text(name, used)}
        aria-invalid=${!!message}
        aria-describedby=${message ? `${id}-msg` : nothing}
        @input=${this.#onNumber}
      >`,
      message,
    );
  }

  #renderForm(view: SalaryView) {
    const { m, role, region, period, you, hours, weeks, locale } = view;
    const periods = PERIODS.map((id) => ({ id, name: m.periods[id] }));
    const clamped = (s: { value: number; changed: boolean }) =>
      s.changed ? m.clamped(formatNumber(locale, s.value, 2)) : undefined;
    return html`<div class="form" part="form">
      ${this.#renderChoice('role', m.role, this.data.roles, role.id, this.#onRole)}
      ${this.#renderChoice('region', m.region, this.data.regions, region.id, this.#onRegion)}
      ${this.#renderNumber('pay', 'pay', m.pay, [0], you.problem && m.payProblem[you.problem])}
      ${this.#renderChoice('period', m.payPeriod, periods, period, this.#onPayPeriod)}
      ${this.#renderNumber('hours', 'hoursPerWeek', m.hours, LIMITS.hoursPerWeek, clamped(hours), hours.value)}
      ${this.#renderNumber('weeks', 'weeksPerYear', m.weeks, LIMITS.weeksPerYear, clamped(weeks), weeks.value)}
      <label for="compare">
        <input id="compare" part="input" type="checkbox" .checked=${this.compare} @change=${this.#onCompare}>
        ${m.compare}
      </label>
    </div>`;
  }

  /** The leading figure as published, its source and period, and its annual equivalent with the factors shown. */
  #renderFigure(view: SalaryView) {
    const { main, shared, m, schedule, locale } = view;
    if (!main) return html`<p><strong class="figure">${shared.noFigure}</strong></p>`;
    const { salary, annual } = main;
    const count = (n: number) => formatNumber(locale, n, 2);
    const factors =
      salary.period === 'hour'
        ? `${count(schedule.hoursPerWeek)} × ${count(schedule.weeksPerYear)}`
        : salary.period === 'week'
          ? count(schedule.weeksPerYear)
          : '12';
    return html`<p>
        ${this.#label(view, main)}
        <strong class="figure">${this.#money(view, salary.median, salary.period)}</strong>
        ${this.#cite(view, main)}
      </p>
      ${
        salary.period === 'year'
          ? nothing
          : html`<p class="small annual">
              ${m.annualOf(this.#money(view, salary.median, salary.period), factors, this.#money(view, annual))}
            </p>`
      }
      ${salary.note ? html`<p class="small">${salary.note}</p>` : nothing}`;
  }

  /** Where the reader's pay stands, in words. */
  #positionText(view: SalaryView): string {
    const { position, you, m } = view;
    if (!position) return '';
    const within = position.kind === 'within' ? ` (${m.approximate})` : '';
    return m.you(
      this.#money(view, you.annual!),
      `${m.position[position.kind]} ${m.pct(Math.round(position.percentile!))}${within}`,
    );
  }

  /** The band chart with the same numbers as a hidden table, and the reader's position. */
  #renderChart(view: SalaryView) {
    const { main, points, annualBand, you, m } = view;
    if (!main) return nothing;
    const youText = this.#positionText(view);
    const percentiles = points.map(([p, v]) => [m.pct(p), this.#money(view, v)]);
    const label = `${percentiles.map((row) => row.join(': ')).join('; ')}.${youText && ` ${youText}`}`;
    if (you.annual !== undefined) percentiles.push([m.pay, this.#money(view, you.annual)]);
    return html`${rangeChart(points, annualBand, you.annual, label, (v) => this.#money(view, v))}
      ${dataTable('visually-hidden', undefined, undefined, percentiles)}
      ${youText ? html`<p class="position">${youText}</p>` : nothing}`;
  }

  /** Hour, week, month and year for the median and the reader's pay, with the arithmetic used. */
  #renderConversions(view: SalaryView) {
    const { main, you, m, conversions, hours, weeks, region, locale } = view;
    const hasPay = you.annual !== undefined;
    if (!main && !hasPay) return nothing;
    const count = (n: number) => formatNumber(locale, n, 2);
    const rows = conversions.map((c) => [
      m.periods[c.period],
      c.median === undefined
        ? undefined
        : `${this.#money(view, c.median, c.period)}${c.published ? ` (${m.published})` : ''}`,
      c.pay === undefined ? undefined : this.#money(view, c.pay, c.period),
    ]);
    return html`${dataTable('conversions', 'table', [m.payPeriod, main && m.colMedian, hasPay ? m.pay : undefined], rows)}
      <p class="small formula">${m.formula(count(hours.value), count(weeks.value), count(hours.value * weeks.value))}</p>
      ${region.convention ? html`<p class="small convention">${region.convention}</p>` : nothing}`;
  }

  /** The other published figures for the same role and region, each with its period and source. */
  #renderOthers(view: SalaryView) {
    if (!view.others.length) return nothing;
    return html`<p class="small">${view.m.otherFigures}</p>
      <ul class="others">
        ${view.others.map(
          (figure) => html`<li>
            ${this.#label(view, figure)}: ${this.#money(view, figure.salary.median, figure.salary.period)}${
              figure.salary.hourlyMedian === undefined
                ? ''
                : `; ${view.m.periods.hour}: ${this.#money(view, figure.salary.hourlyMedian, 'hour')}`
            }
            — ${this.#cite(view, figure)}
            ${figure.salary.note ? html`<span class="small">${figure.salary.note}</span>` : nothing}
          </li>`,
        )}
      </ul>`;
  }

  /** Every role's leading figure for the region as a year, with the difference from the selected one. */
  #renderCompare(view: SalaryView) {
    const { m, shared, role, byRole } = view;
    const difference = (d: number) => `${d > 0 ? '+' : ''}${this.#money(view, d)}`;
    const rows = byRole.map(({ role: r, figure, difference: d }) => [
      r.id === role.id ? `${r.name} ${m.selected}` : r.name,
      figure ? this.#money(view, figure.annual) : shared.noFigure,
      d === undefined ? '–' : difference(d),
    ]);
    return html`${dataTable('compare', 'table compare', [m.role, m.colMedian, m.colDiff], rows)}
      <ul class="small">
        ${byRole.map(({ role: r, figure }) =>
          figure && r.id !== role.id ? html`<li>${r.name}: ${this.#cite(view, figure)}</li>` : nothing,
        )}
      </ul>`;
  }
}
