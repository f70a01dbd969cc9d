import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { DcwElement } from '../../src/shared/dcw-element.js';
import { formatMoney } from '../../src/shared/intl-cache.js';
import { bundledDataset } from '../../src/shared/dataset/bundled.js';
import { resolveRegion } from '../../src/shared/role-region.js';

/**
 * A test-only element on the shared base: shows the dataset version, the region and the first
 * median of that region, so the base's locale, theme and data handling can be tested before
 * (and apart from) the real widgets.
 */
@customElement('dcw-probe')
export class DcwProbe extends DcwElement {
  // `region` is no base attribute (the checklist has none): the probe declares it as the widgets that read it do.
  static override properties = { region: {} };

  declare region?: string;

  protected override get bundledData() {
    return bundledDataset;
  }

  protected renderContent() {
    const { region, notice } = resolveRegion(this.data, this.region, this.currentLocale, this.shared.unknownValue);
    const salary = this.data.salaries.find((s) => s.region === region.id);
    return html`${this.renderNotices([notice])}
      <p part="result">
        <span class="version">${this.data.version}</span>
        <span class="region">${region.name}</span>
        <span class="locale">${this.currentLocale}</span>
        <span class="money">${salary ? formatMoney(this.currentLocale, salary.median, region.currency) : this.shared.noFigure}</span>
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dcw-probe': DcwProbe;
  }
}
