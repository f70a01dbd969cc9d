import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DcwElement } from '../shared/dcw-element.js';
import { salariesFor, sourceOf } from '../shared/figures.js';
import { sourceCitation } from '../shared/source-citation.js';
import { formatMoney, formatNumber, numberFormat } from '../shared/intl-cache.js';
import { messagesFor } from '../shared/messages.js';
import { emit, type DcwSalaryChangeDetail } from '../shared/events.js';
import type { Salary } from '../shared/dataset/schema.js';
import { annualPay, clampSetting, fromAnnual, LIMITS, parseNumber, percentileOf, PERIODS, publishedPoints, toAnnual, type Period, type Point } from './pay.js';
import { rangeChart } from './chart.js';
import { salaryMessages } from './messages.js';
import { styles } from './salary-calculator.styles.js';

/** Numbers from attributes: blank is "not given", anything unparsable is NaN (refused with a message). */
const num = { fromAttribute: parseNumber };
type NumberField = 'pay' | 'hoursPerWeek' | 'weeksPerYear';

/**
 * What a role pays in a region, as a median and a published percentile band, converted between
 * hour, week, month and year, and where the reader's own pay stands. Every figure is cited.
 *
 * @tag dcw-salary-calculator
 * @summary Median pay and percentile band for a role and region, conversions, and the reader's position.
 *
 * @attr role - Role id from the dataset (`backend`, `frontend`, `fullstack`). Unknown → `backend`, with a notice. Default `backend`.
 * @attr region - Region id from the dataset. Unknown → the dataset's default region, with a notice.
 * @attr experience - Years of professional experience; picks figures by experience where the dataset has them.
 * @attr pay - The reader's pay in the region's currency. Zero, negative or non-numeric → refused with an inline message.
 * @attr pay-period - Period of `pay`: `hour`, `week`, `month` or `year` (default).
 * @attr hours-per-week - Hours per week for conversions, 1–168 (clamped). Default 40.
 * @attr weeks-per-year - Weeks per year for conversions, 1–53 (clamped). Default 52.
 * @attr compare - Boolean: also list the other roles for the same region, with the difference.
 * @attr locale - BCP 47 locale for text and numbers. Default: nearest ancestor `lang`, then the browser's.
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

  /** Role id from the dataset. */
  @property() override role = 'backend';

  /** Years of professional experience, where the dataset has figures by experience. */
  @property({ converter: num }) experience?: number;

  /** The reader's pay, per `payPeriod`, in the region's currency. */
  @property({ converter: num }) pay?: number;

  /** Period of `pay`: `hour`, `week`, `month` or `year`. */
  @property({ attribute: 'pay-period' }) payPeriod = 'year';

  /** Hours a week for conversions (1–168). */
  @property({ attribute: 'hours-per-week', converter: num }) hoursPerWeek?: number = 40;

  /** Weeks a year for conversions (1–53). */
  @property({ attribute: 'weeks-per-year', converter: num }) weeksPerYear?: number = 52;

  /** Also show the other roles for the same region. */
  @property({ type: Boolean }) compare = false;

  /** What the reader typed into each number input, so a re-render never rewrites their text. */
  private typed: Partial<Record<NumberField, string>> = {};

  /** Everything the view and the event need, resolved leniently from the properties. */
  private resolve() {
    const m = messagesFor(salaryMessages, this.currentLocale);
    const { roles } = this.data;
    const { region, notice } = this.resolveRegion();
    const notices = [notice];
    const wanted = this.role?.trim().toLowerCase() || 'backend';
    const role = roles.find((r) => r.id === wanted) ?? roles.find((r) => r.id === 'backend') ?? roles[0]!;
    if (role.id !== wanted) notices.push(this.shared.unknownValue('role', this.role ?? '', role.name));
    let period = (this.payPeriod?.trim().toLowerCase() || 'year') as Period;
    if (!PERIODS.includes(period)) {
      notices.push(this.shared.unknownValue('pay-period', this.payPeriod ?? '', m.periods.year));
      period = 'year';
    }
    const x = this.experience;
    const experience = x !== undefined && x >= 0 && x <= 60 ? x : null;
    if (x !== undefined && experience === null) notices.push(this.shared.unknownValue('experience', this.getAttribute('experience') ?? String(x), m.allLevels));
    const hours = clampSetting(this.hoursPerWeek, 40, LIMITS.hoursPerWeek);
    const weeks = clampSetting(this.weeksPerYear, 52, LIMITS.weeksPerYear);
    const schedule = { hoursPerWeek: hours.value, weeksPerYear: weeks.value };
    const figuresOf = (roleId: string) => {
      const all = salariesFor(this.data, roleId, region.id);
      const general = all.filter((s) => !s.experience);
      if (experience === null) return general.length ? general : all;
      const byExperience = all.filter((s) => s.experience && s.experience.min <= experience && (s.experience.max ?? 60) >= experience);
      return byExperience.length ? byExperience : general;
    };
    const figures = figuresOf(role.id);
    if (experience !== null && !figures.some((s) => s.experience)) notices.push(m.noExperience);
    const main = figures[0];
    const annual = (s: Salary | undefined) => s && toAnnual(s.median, s.period, schedule);
    const raw = main ? publishedPoints(main) : [];
    const points: Point[] = raw.map(([p, v]) => [p, toAnnual(v, main!.period, schedule)]);
    const you = annualPay(this.pay, period, schedule);
    const first = raw[0];
    const last = raw[raw.length - 1];
    const detail: DcwSalaryChangeDetail = {
      role: role.id,
      region: region.id,
      experience,
      currency: region.currency,
      median: main?.median ?? null,
      band: first && last && last[0] > first[0] ? { low: first[1], high: last[1], lowPercentile: first[0], highPercentile: last[0] } : null,
      pay: you.annual ?? null,
    };
    return { m, roles, role, region, notices, period, hours, weeks, schedule, figures, figuresOf, main, annual, points, you, detail };
  }

  /** One handler for every control: the control's `name` is the property it sets. */
  private onInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    const name = control.name;
    if (control.type === 'number') {
      // Half-typed text ("1e") has no value yet; wait for the next keystroke.
      if (control.validity.badInput) return;
      this.typed[name as NumberField] = control.value;
    }
    (this as unknown as Record<string, unknown>)[name] =
      control.type === 'checkbox' ? control.checked : control.type === 'number' ? (control.value === '' ? undefined : Number(control.value)) : control.value;
    emit(this, 'dcw-salary-change', this.resolve().detail);
  }

  private text(name: NumberField): string {
    const value = this[name];
    const typed = this.typed[name];
    if (typed !== undefined && (typed === '' ? value === undefined : Number(typed) === value)) return typed;
    return value === undefined || Number.isNaN(value) ? '' : String(value);
  }

  protected renderContent() {
    const r = this.resolve();
    const { m, main, schedule, points, you, region } = r;
    const locale = this.currentLocale;
    const money = (v: number, period: Period = 'year') => formatMoney(locale, v, region.currency, period === 'hour' ? 2 : 0);
    const count = (v: number) => formatNumber(locale, v, 2);
    const cite = (s: Salary) => sourceCitation(sourceOf(this.data, s.source), this.shared.source, s.occupation);
    const position = you.annual !== undefined ? percentileOf(you.annual, points) : undefined;
    const where = position && m[position.kind](Math.round(position.percentile!));
    const youText = where ? m.you(money(you.annual!), where) : '';
    const mainAnnual = r.annual(main);
    const lowest = points[0];
    const highest = points[points.length - 1];
    const onInput = this.onInput;

    const field = (id: string, label: string, control: unknown, message?: string) =>
      html`<div>
        <label for=${id}>${label}</label>${control}${message ? html`<p id=${`${id}-msg`} class="msg" part="message">${message}</p>` : nothing}
      </div>`;
    const number = (id: string, name: NumberField, min: number, max: number | undefined, message?: string) =>
      html`<input id=${id} name=${name} part="input" type="number" inputmode="decimal" min=${min} max=${max ?? nothing} step="any"
        .value=${live(this.text(name))} aria-invalid=${message ? 'true' : 'false'} aria-describedby=${message ? `${id}-msg` : nothing} @input=${onInput} />`;
    const clamped = (s: { value: number; changed: boolean }) => (s.changed ? m.clamped(count(s.value)) : undefined);
    const payMessage = you.problem && (you.problem === 'invalid' ? m.invalid : m.tooHigh);

    const cells = (period: Period) => {
      const published = main && (main.period === period || (period === 'hour' && main.hourlyMedian !== undefined));
      const median = main && (period === 'hour' && main.hourlyMedian !== undefined ? main.hourlyMedian : fromAnnual(mainAnnual!, period, schedule));
      return html`<tr>
        <th scope="row">${m.periods[period]}</th>
        ${main ? html`<td>${money(median!, period)}${published ? html` <span class="small">(${m.published})</span>` : nothing}</td>` : nothing}
        ${you.annual !== undefined ? html`<td>${money(fromAnnual(you.annual, period, schedule), period)}</td>` : nothing}
      </tr>`;
    };

    const compareRows = r.roles.map((role) => ({ role, figure: r.figuresOf(role.id)[0] }));
    const signed = numberFormat(locale, { style: 'currency', currency: region.currency, minimumFractionDigits: 0, maximumFractionDigits: 0, signDisplay: 'exceptZero' });

    return html`${this.renderNotices(r.notices)}
      <p class="header" part="header">${m.title(r.role.name, region.name)}</p>
      <div class="layout">
        <div class="form" part="form">
          ${field(
            'role',
            m.role,
            html`<select id="role" name="role" part="input" .value=${live(r.role.id)} @change=${onInput}>
              ${r.roles.map((x) => html`<option value=${x.id} ?selected=${x.id === r.role.id}>${x.name}</option>`)}
            </select>`,
          )}
          ${field(
            'region',
            m.region,
            html`<select id="region" name="region" part="input" .value=${live(region.id)} @change=${onInput}>
              ${this.data.regions.map((x) => html`<option value=${x.id} ?selected=${x.id === region.id}>${x.name}</option>`)}
            </select>`,
          )}
          <div class="pair">
            ${field('pay', m.pay, number('pay', 'pay', 0, undefined, payMessage), payMessage)}
            ${field(
              'period',
              m.payPeriod,
              html`<select id="period" name="payPeriod" part="input" .value=${live(r.period)} @change=${onInput}>
                ${PERIODS.map((p) => html`<option value=${p} ?selected=${p === r.period}>${m.periods[p]}</option>`)}
              </select>`,
            )}
          </div>
          <div class="pair">
            ${field('hours', m.hours, number('hours', 'hoursPerWeek', ...LIMITS.hoursPerWeek, clamped(r.hours)), clamped(r.hours))}
            ${field('weeks', m.weeks, number('weeks', 'weeksPerYear', ...LIMITS.weeksPerYear, clamped(r.weeks)), clamped(r.weeks))}
          </div>
          <div class="check">
            <input id="compare" name="compare" part="input" type="checkbox" .checked=${live(this.compare)} @change=${onInput} />
            <label for="compare">${m.compare}</label>
          </div>
        </div>

        <div class="results" part="result" aria-live="polite">
          ${main
            ? html`<p>
                  <span>${m.median[main.period]}</span>
                  <strong class="figure">${money(main.median, main.period)}</strong>
                  ${cite(main)}
                </p>
                ${main.note ? html`<p class="small">${main.note}</p>` : nothing}
                ${rangeChart({
                  points,
                  pay: you.annual,
                  label:
                    (points.length > 1
                      ? m.chart(money(lowest![1]), m.pct(lowest![0]), money(highest![1]), m.pct(highest![0]), money(mainAnnual!))
                      : `${m.median.year}: ${money(mainAnnual!)}.`) + (youText ? ` ${youText}` : ''),
                  money: (v) => money(v),
                  pct: m.pct,
                  caption: m.percentiles,
                  colPct: m.colPct,
                  colAmount: m.colAmount,
                  you: m.pay,
                })}`
            : html`<p><strong class="figure none">${this.shared.noFigure}</strong></p>`}
          ${youText ? html`<p class="position">${youText}</p>` : nothing}
          ${main || you.annual !== undefined
            ? html`<div>
                <table part="table" class="conversions">
                  <caption>${m.conversions}</caption>
                  <tr>
                    <th scope="col">${m.payPeriod}</th>
                    ${main ? html`<th scope="col">${m.colMedian}</th>` : nothing}
                    ${you.annual !== undefined ? html`<th scope="col">${m.pay}</th>` : nothing}
                  </tr>
                  ${PERIODS.map(cells)}
                </table>
                <p class="small formula">${m.formula(count(schedule.hoursPerWeek), count(schedule.weeksPerYear), count(schedule.hoursPerWeek * schedule.weeksPerYear))}</p>
              </div>`
            : nothing}
          ${r.figures.length > 1
            ? html`<div class="others">
                <p>${m.others}</p>
                <ul>
                  ${r.figures.slice(1).map(
                    (s) =>
                      html`<li>
                        ${money(s.median, s.period)} ${m.per[s.period]}${s.hourlyMedian ? html`, ${money(s.hourlyMedian, 'hour')} ${m.per.hour}` : nothing}
                        — ${cite(s)}
                      </li>`,
                  )}
                </ul>
              </div>`
            : nothing}
          ${this.compare
            ? html`<div>
                <table part="table compare" class="compare">
                  <caption>${m.compareCaption(region.name)}</caption>
                  <tr>
                    <th scope="col">${m.role}</th>
                    <th scope="col">${m.colMedian}</th>
                    <th scope="col">${m.colDiff}</th>
                  </tr>
                  ${compareRows.map(({ role, figure }) => {
                    const value = r.annual(figure);
                    return html`<tr class=${role.id === r.role.id ? 'selected' : ''}>
                      <th scope="row">${role.name}${role.id === r.role.id ? html` <span class="small">${m.selected}</span>` : nothing}</th>
                      <td>${value === undefined ? this.shared.noFigure : money(value)}</td>
                      <td>${value === undefined || mainAnnual === undefined ? '–' : signed.format(value - mainAnnual)}</td>
                    </tr>`;
                  })}
                </table>
                <ul class="small">
                  ${compareRows.map(({ role, figure }) => (figure && role.id !== r.role.id ? html`<li>${role.name}: ${cite(figure)}</li>` : nothing))}
                </ul>
              </div>`
            : nothing}
        </div>
      </div>`;
  }
}
