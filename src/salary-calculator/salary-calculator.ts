import { html, nothing } from 'lit';
import { DcwElement } from '../shared/dcw-element.js';
import { payData } from './bundled-data.js';
import { salariesFor, sourceOf } from '../shared/figures.js';
import { sourceCitation } from '../shared/source-citation.js';
import { formatMoney, formatNumber } from '../shared/intl-cache.js';
import { messagesFor } from '../shared/messages.js';
import { emit, type DcwSalaryChangeDetail } from '../shared/events.js';
import type { Salary } from '../shared/dataset/schema.js';
import {
  annualPay,
  clampSetting,
  fromAnnual,
  LIMITS,
  parseNumber,
  percentileOf,
  PERIODS,
  publishedPoints,
  toAnnual,
  type Period,
  type Point,
} from './pay.js';
import { rangeChart } from './chart.js';
import { dataTable } from './table.js';
import { salaryMessages } from './messages.js';
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
 * @attr role - Role id from the dataset (`backend`, `frontend`, `fullstack`). Unknown → `backend`, with a notice. Default `backend`. `role-id` wins when both are given.
 * @attr role-id - Role id from the dataset; prefer this over `role`, which accessibility checkers read as an ARIA role
 * @attr region - Region id from the dataset. Unknown → the dataset's default region, with a notice.
 * @attr experience - Years of professional experience; picks figures by experience where the dataset has them.
 * @attr pay - The reader's pay in the region's currency. Zero, negative or non-numeric → refused with an inline message.
 * @attr pay-period - Period of `pay`: `hour`, `week`, `month` or `year` (default).
 * @attr hours-per-week - Hours per week for conversions, 1–168 (clamped). Default 40.
 * @attr weeks-per-year - Weeks per year for conversions, 1–53 (clamped). Default 52.
 * @attr compare - Boolean: also list the other roles for the same region, with the difference.
 * @attr locale - BCP 47 locale for text and numbers. Default: its own or the nearest ancestor's `lang`, then the browser's.
 * @attr theme - `auto` (default), `light` or `dark`.
 * @attr src - URL of a dataset JSON to use instead of the bundled one.
 *
 * @fires dcw-salary-change - {DcwSalaryChangeDetail} After each change the reader makes (never when code sets a property).
 * @fires dcw-error - {DcwErrorDetail} When custom data from `src` or inline JSON is refused.
 *
 * @cssprop --dcw-font-family - Font family (default: inherited from the page).
 * @cssprop --dcw-font-size - Base font size.
 * @cssprop --dcw-text-color - Text, median marker.
 * @cssprop --dcw-muted-color - Sources and secondary text.
 * @cssprop --dcw-surface-color - Background.
 * @cssprop --dcw-subtle-color - Notices and the outer percentile band.
 * @cssprop --dcw-border-color - Borders, table rules, chart axis.
 * @cssprop --dcw-accent-color - Links, band outline, inner band and the reader's pay marker.
 * @cssprop --dcw-danger-color - Inline input messages.
 * @cssprop --dcw-radius - Corner radius.
 * @cssprop --dcw-spacing - Spacing unit.
 * @cssprop --dcw-focus-ring - Focus outline.
 *
 * @csspart base - The outer box.
 * @csspart header - The title line (role and region).
 * @csspart form - The controls column.
 * @csspart input - Each form control (selects, number inputs, checkbox).
 * @csspart message - An inline message under a control whose value was refused or clamped.
 * @csspart result - The results (a polite live region).
 * @csspart chart - The SVG range chart.
 * @csspart table - The conversions table and the comparison table.
 * @csspart compare - The comparison table.
 * @csspart source - Each source citation.
 * @csspart notice - Notices about attribute values that were not used as given.
 * @csspart error - The alert shown when custom data is refused.
 */
export class DcwSalaryCalculator extends DcwElement {
  static override styles = [...DcwElement.styles, styles];

  protected override get bundledData() {
    return payData;
  }

  static override properties = {
    role: {},
    roleId: { attribute: 'role-id' },
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

  /** Years of professional experience, where the dataset has figures by experience. */
  experience?: number;

  /** The reader's pay, per `payPeriod`, in the region's currency. */
  pay?: number;

  /** Period of `pay`: `hour`, `week`, `month` or `year`. */
  payPeriod = 'year';

  /** Hours a week for conversions (1–168). */
  hoursPerWeek?: number = 40;

  /** Weeks a year for conversions (1–53). */
  weeksPerYear?: number = 52;

  /** Also show the other roles for the same region. */
  compare = false;

  /** What the reader typed into each number input, so a re-render never rewrites their text. */
  #typed: Partial<Record<NumberField, string>> = {};

  /** What the last render showed, as `dcw-salary-change` reports it. */
  #detail?: DcwSalaryChangeDetail;

  /** One handler for every control: the control's `name` is the property it sets. Fires once the view shows the change. */
  async #onInput(event: Event): Promise<void> {
    const { name, type, value, checked, validity } = event.target as HTMLInputElement;
    // Half-typed text ("1e") has no value yet; wait for the next keystroke.
    if (validity.badInput) return;
    if (type === 'number') this.#typed[name as NumberField] = value;
    (this as unknown as Record<string, unknown>)[name] =
      type === 'checkbox' ? checked : type === 'number' ? (value ? Number(value) : undefined) : value;
    await this.updateComplete;
    emit(this, 'dcw-salary-change', this.#detail!);
  }

  /** The text of a number input: what the reader typed while it still means the property's value. */
  #text(name: NumberField): string {
    const value = this[name];
    const typed = this.#typed[name] ?? '';
    return (typed ? Number(typed) : undefined) === value ? typed : Number.isFinite(value) ? String(value) : '';
  }

  protected renderContent() {
    const m = messagesFor(salaryMessages, this.currentLocale);
    const { data, shared, currentLocale: locale } = this;
    const { roles } = data;
    const { region, notice } = this.resolveRegion();
    const notices = [notice];
    const money = (v: number, period?: Period) => formatMoney(locale, v, region.currency, period === 'hour' ? 2 : 0);
    const count = (v: number) => formatNumber(locale, v, 2);
    const cite = (s: Salary) => sourceCitation(sourceOf(data, s.source), shared.source, s.occupation);

    /** The option an attribute names (any case, blank → `fallback`); an unknown one → `fallback`, with a notice. */
    const pick = <T extends { id: string; name: string }>(
      attribute: string,
      given: string | undefined,
      options: readonly T[],
      fallback: string,
    ) => {
      const wanted = given?.trim().toLowerCase() || fallback;
      const found = options.find((o) => o.id === wanted);
      if (found) return found;
      const used = options.find((o) => o.id === fallback) ?? options[0]!;
      notices.push(shared.unknownValue(attribute, given ?? '', used.name));
      return used;
    };
    const { role, notice: roleNotice } = this.resolveRole(this.role, this.roleId);
    notices.push(roleNotice);
    // The role select writes back to whichever attribute names the role (`role-id` wins).
    const roleField = this.roleId?.trim() ? 'roleId' : 'role';
    const periods = PERIODS.map((id) => ({ id, name: m.periods[id] }));
    const period = pick('pay-period', this.payPeriod, periods, 'year').id;
    const x = this.experience;
    const experience = x !== undefined && x >= 0 && x <= 60 ? x : null;
    const hours = clampSetting(this.hoursPerWeek, 40, LIMITS.hoursPerWeek);
    const weeks = clampSetting(this.weeksPerYear, 52, LIMITS.weeksPerYear);
    const schedule = { hoursPerWeek: hours.value, weeksPerYear: weeks.value };

    /** A role's figures for the region: by experience when asked for and published, else all levels. */
    const figuresOf = (roleId: string) => {
      const all = salariesFor(data, roleId, region.id);
      const general = all.filter((s) => !s.experience);
      if (experience === null) return general.length ? general : all;
      const byExperience = all.filter(
        (s) => s.experience && s.experience.min <= experience && (s.experience.max ?? 60) >= experience,
      );
      return byExperience.length ? byExperience : general;
    };
    const figures = figuresOf(role.id);
    if (x !== undefined && !figures.some((s) => s.experience))
      notices.push(m.noExperience(this.getAttribute('experience') ?? String(x)));
    const main = figures[0];
    const annual = (s?: Salary) => s && toAnnual(s.median, s.period, schedule);
    const mainAnnual = annual(main);
    const published = main ? publishedPoints(main) : [];
    const points = published.map(([p, v]): Point => [p, toAnnual(v, main!.period, schedule)]);
    const you = annualPay(this.pay, period, schedule);
    const hasPay = you.annual !== undefined;
    this.#detail = {
      role: role.id,
      region: region.id,
      experience,
      currency: region.currency,
      median: main?.median ?? null,
      band:
        published.length > 1
          ? {
              low: published[0]![1],
              high: published.at(-1)![1],
              lowPercentile: published[0]![0],
              highPercentile: published.at(-1)![0],
            }
          : null,
      pay: you.annual ?? null,
    };

    const position = percentileOf(you.annual ?? NaN, points);
    const youText = position
      ? m.you(
          money(you.annual!),
          `${m.position[position.kind]} ${m.pct(Math.round(position.percentile!))}${position.kind === 'within' ? ` (${m.approximate})` : ''}`,
        )
      : '';
    const percentiles = points.map(([p, v]) => [m.pct(p), money(v)]);
    const chartLabel = `${percentiles.map((row) => row.join(': ')).join('; ')}.${youText && ` ${youText}`}`;
    if (hasPay) percentiles.push([m.pay, money(you.annual!)]);
    const conversions = PERIODS.map((p) => {
      const asPublished = main && (p === main.period ? main.median : p === 'hour' ? main.hourlyMedian : undefined);
      return [
        m.periods[p],
        main &&
          `${money(asPublished ?? fromAnnual(mainAnnual!, p, schedule), p)}${asPublished === undefined ? '' : ` (${m.published})`}`,
        hasPay ? money(fromAnnual(you.annual!, p, schedule), p) : undefined,
      ];
    });
    const byRole = roles.map((r) => [r, figuresOf(r.id)[0]] as const);
    const difference = (value: number) => {
      const d = Math.round(value - mainAnnual!) || 0;
      return `${d > 0 ? '+' : ''}${money(d)}`;
    };

    const onInput = this.#onInput;
    const field = (id: string, label: string, control: unknown, message?: string) =>
      html`<label for=${id}>${label}</label>${control}${message ? html`<p id=${`${id}-msg`} part="message">${message}</p>` : nothing}`;
    const choice = (
      id: string,
      name: string,
      label: string,
      options: ReadonlyArray<{ id: string; name: string }>,
      current: string,
    ) =>
      field(
        id,
        label,
        html`<select id=${id} name=${name} part="input" @change=${onInput}>
          ${options.map((o) => html`<option value=${o.id} .selected=${o.id === current}>${o.name}</option>`)}
        </select>`,
      );
    const numberField = (
      id: string,
      name: NumberField,
      label: string,
      [min, max]: readonly [number, number?],
      message?: string,
    ) =>
      field(
        id,
        label,
        html`<input id=${id} name=${name} part="input" type="number" min=${min} max=${max ?? nothing} step="any"
          .value=${this.#text(name)} aria-invalid=${!!message} aria-describedby=${message ? `${id}-msg` : nothing} @input=${onInput}>`,
        message,
      );
    const clamped = (s: { value: number; changed: boolean }) => (s.changed ? m.clamped(count(s.value)) : undefined);

    return html`${this.renderNotices(notices)}
      <p class="header" part="header">${role.name}, ${region.name}</p>
      <div class="layout">
        <div class="form" part="form">
          ${choice('role', roleField, m.role, roles, role.id)}
          ${choice('region', 'region', m.region, data.regions, region.id)}
          ${numberField('pay', 'pay', m.pay, [0], you.problem && m.payProblem[you.problem])}
          ${choice('period', 'payPeriod', m.payPeriod, periods, period)}
          ${numberField('hours', 'hoursPerWeek', m.hours, LIMITS.hoursPerWeek, clamped(hours))}
          ${numberField('weeks', 'weeksPerYear', m.weeks, LIMITS.weeksPerYear, clamped(weeks))}
          <label for="compare"><input id="compare" name="compare" part="input" type="checkbox" .checked=${this.compare} @change=${onInput}> ${m.compare}</label>
        </div>

        <div class="results" part="result" aria-live="polite">
          <p>${main && m.median[main.period]} <strong class="figure">${main ? money(main.median, main.period) : shared.noFigure}</strong> ${main && cite(main)}</p>
          ${main?.note ? html`<p class="small">${main.note}</p>` : nothing}
          ${main ? [rangeChart(points, you.annual, chartLabel, money), dataTable('visually-hidden', undefined, undefined, percentiles)] : nothing}
          ${youText ? html`<p class="position">${youText}</p>` : nothing}
          ${
            main || hasPay
              ? html`${dataTable('conversions', 'table', [m.payPeriod, main && m.colMedian, hasPay ? m.pay : undefined], conversions)}
                <p class="small formula">${m.formula(count(hours.value), count(weeks.value), count(hours.value * weeks.value))}</p>`
              : nothing
          }
          ${
            figures.length > 1
              ? html`<ul class="others">
                  ${figures.slice(1).map(
                    (s) =>
                      html`<li>
                        ${m.periods[s.period]}: ${money(s.median, s.period)}${s.hourlyMedian ? `; ${m.periods.hour}: ${money(s.hourlyMedian, 'hour')}` : ''} — ${cite(s)}
                      </li>`,
                  )}
                </ul>`
              : nothing
          }
          ${
            this.compare
              ? html`${dataTable(
                  'compare',
                  'table compare',
                  [m.role, m.colMedian, m.colDiff],
                  byRole.map(([r, figure]) => {
                    const value = annual(figure);
                    return [
                      r.id === role.id ? `${r.name} ${m.selected}` : r.name,
                      value === undefined ? shared.noFigure : money(value),
                      value === undefined || mainAnnual === undefined ? '–' : difference(value),
                    ];
                  }),
                )}
                <ul class="small">
                  ${byRole.map(([r, figure]) => (figure && r.id !== role.id ? html`<li>${r.name}: ${cite(figure)}</li>` : nothing))}
                </ul>`
              : nothing
          }
        </div>
      </div>`;
  }
}
