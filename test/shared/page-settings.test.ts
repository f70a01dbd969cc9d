import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { $, $$, text, textOf } from '../support/query.js';
import '../support/probe-element.js';
import type { DcwProbe } from '../support/probe-element.js';
import '../../src/role-comparison/define.js';
import '../../src/salary-calculator/define.js';
import '../../src/skills-checklist/define.js';
import type { DcwRoleComparison } from '../../src/role-comparison/define.js';
import type { DcwSalaryCalculator } from '../../src/salary-calculator/define.js';
import { bundledDataset } from '../../src/shared/dataset/bundled.js';

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 34)';
const surface = (el: Element) => getComputedStyle($(el, '[part="base"]')!).backgroundColor;
const roleName = (id: string) => bundledDataset.roles.find((r) => r.id === id)!.name;

/** Page defaults: `<meta name="dcw:…">` tags in the head, taken off after each test. */
const metas: HTMLMetaElement[] = [];
function meta(name: string, content: string): void {
  const tag = document.createElement('meta');
  tag.name = `dcw:${name}`;
  tag.content = content;
  document.head.append(tag);
  metas.push(tag);
}

afterEach(() => {
  metas.splice(0).forEach((m) => m.remove());
  document.documentElement.classList.remove('dark');
  document.body.removeAttribute('data-theme');
});

describe('page defaults (<meta name="dcw:…">)', () => {
  it('dcw:region is every widget’s region; a region attribute wins', async () => {
    meta('region', 'de');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <dcw-salary-calculator locale="en-US"></dcw-salary-calculator>
        <dcw-salary-calculator locale="en-US" region="ca"></dcw-salary-calculator>
        <dcw-role-comparison locale="en-US"></dcw-role-comparison>
      </div>`,
    );
    const [fromMeta, own] = wrapper.querySelectorAll<DcwSalaryCalculator>('dcw-salary-calculator');
    const comparison = wrapper.querySelector<DcwRoleComparison>('dcw-role-comparison')!;
    await comparison.updateComplete;
    await expectAccessible(fromMeta!);
    expect(text(fromMeta!, '[part="header"]')).to.equal(`${roleName('backend')}, Germany`);
    expect(text(own!, '[part="header"]')).to.equal(`${roleName('backend')}, Canada`);
    expect(text(comparison)).to.contain('(Germany)');
    await expectAccessible(comparison);
  });

  it('an unknown dcw:region shows the default region with a notice naming the meta tag, never an error', async () => {
    meta('region', 'atlantis');
    const el = await fixture<DcwSalaryCalculator>(html`<dcw-salary-calculator locale="en-US"></dcw-salary-calculator>`);
    await expectAccessible(el);
    expect(text(el, '[part="header"]')).to.equal(`${roleName('backend')}, United States`);
    expect(text(el, '[part="notice"]')).to.equal('Unknown <meta name="dcw:region"> "atlantis"; showing United States.');
  });

  it('dcw:locale sets text and number formats; the locale attribute and the element’s own lang win', async () => {
    meta('locale', 'de-DE');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-US">
        <dcw-probe></dcw-probe>
        <dcw-probe locale="es-ES"></dcw-probe>
        <dcw-probe lang="en-GB"></dcw-probe>
      </div>`,
    );
    const [page, attribute, own] = wrapper.querySelectorAll<DcwProbe>('dcw-probe');
    await page!.updateComplete;
    await expectAccessible(page!);
    expect(text(page!, '.locale')).to.equal('de-DE');
    expect($(page!, '[part="base"]')!.getAttribute('lang')).to.equal('de');
    expect(text(attribute!, '.locale')).to.equal('es-ES');
    expect(text(own!, '.locale')).to.equal('en-GB');
  });

  it('a dcw:locale Intl cannot use is skipped, as a bad lang is', async () => {
    meta('locale', 'not a locale!');
    const el = await fixture<DcwProbe>(html`<div lang="es-MX"><dcw-probe></dcw-probe></div>`);
    const probe = el.querySelector<DcwProbe>('dcw-probe')!;
    await probe.updateComplete;
    await expectAccessible(probe);
    expect(text(probe, '.locale')).to.equal('es-MX');
  });

  it('dcw:theme sets the theme; the theme attribute wins; an unknown value is auto', async () => {
    meta('theme', 'dark');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><dcw-probe></dcw-probe><dcw-probe theme="light"></dcw-probe></div>`,
    );
    const [page, own] = wrapper.querySelectorAll<DcwProbe>('dcw-probe');
    await page!.updateComplete;
    await expectAccessible(page!);
    expect(surface(page!)).to.equal(DARK);
    expect(page!.hasAttribute('theme'), 'the meta is not written onto the element').to.equal(false);
    expect(surface(own!)).to.equal(LIGHT);
    metas[0]!.content = 'purple';
    page!.requestUpdate();
    await page!.updateComplete;
    // Auto: the system's scheme, light in the test browsers.
    expect(surface(page!)).to.equal(LIGHT);
    await expectAccessible(page!);
  });
});

describe('dark-selector', () => {
  it('with theme auto, the widget is dark while <html> matches, following it live', async () => {
    const el = await fixture<DcwProbe>(html`<dcw-probe dark-selector=".dark"></dcw-probe>`);
    await expectAccessible(el);
    expect(surface(el)).to.equal(LIGHT);
    document.documentElement.classList.add('dark');
    await waitUntil(() => surface(el) === DARK, 'did not turn dark with <html class="dark">');
    await expectAccessible(el);
    document.documentElement.classList.remove('dark');
    await waitUntil(() => surface(el) === LIGHT, 'did not turn light again');
  });

  it('from dcw:dark-selector, on <body> too, for every widget; theme="light" still wins', async () => {
    meta('dark-selector', '[data-theme=dark]');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <dcw-salary-calculator locale="en-US"></dcw-salary-calculator>
        <dcw-role-comparison locale="en-US"></dcw-role-comparison>
        <dcw-probe theme="light"></dcw-probe>
      </div>`,
    );
    const calculator = wrapper.querySelector('dcw-salary-calculator')!;
    const comparison = wrapper.querySelector('dcw-role-comparison')!;
    const pinned = wrapper.querySelector('dcw-probe')!;
    await (comparison as DcwRoleComparison).updateComplete;
    expect([surface(calculator), surface(comparison)]).to.deep.equal([LIGHT, LIGHT]);
    document.body.setAttribute('data-theme', 'dark');
    await waitUntil(
      () => surface(calculator) === DARK && surface(comparison) === DARK,
      'did not follow <body data-theme="dark">',
    );
    await expectAccessible(calculator as HTMLElement);
    await expectAccessible(comparison as HTMLElement);
    expect(surface(pinned)).to.equal(LIGHT);
    document.body.setAttribute('data-theme', 'light');
    await waitUntil(() => surface(calculator) === LIGHT, 'did not turn light again');
  });

  it('an invalid selector: the system scheme, with a notice, never an exception', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<DcwProbe>(html`<dcw-probe dark-selector="..dark[" locale="en-US"></dcw-probe>`);
      await expectAccessible(el);
      expect(surface(el)).to.equal(LIGHT);
      expect(text(el, '[part="notice"]')).to.equal(
        'Invalid dark-selector "..dark["; following the system colour scheme.',
      );
      // A meta with a bad selector says so too; the attribute, when valid, wins over it.
      meta('dark-selector', ':::');
      const other = await fixture<DcwProbe>(html`<dcw-probe locale="es-ES"></dcw-probe>`);
      await expectAccessible(other);
      expect(text(other, '[part="notice"]')).to.contain('«:::»');
      const fine = await fixture<DcwProbe>(html`<dcw-probe dark-selector=".dark"></dcw-probe>`);
      expect($(fine, '[part="notice"]')).to.equal(null);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});

describe('loading="lazy"', () => {
  it('renders a widget below the fold only when it comes near, in its reserved box: no layout shift', async () => {
    const shifts: number[] = [];
    const supported = PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
    const observer = supported
      ? new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => shifts.push((e as PerformanceEntry & { value: number }).value)),
        )
      : undefined;
    observer?.observe({ type: 'layout-shift' });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 300vh"></div>
        <dcw-probe loading="lazy" style="min-height: 240px"></dcw-probe>
        <dcw-role-comparison loading="lazy" locale="en-US" style="min-height: 40px"></dcw-role-comparison>
        <div id="after">After the widgets</div>
      </div>`,
    );
    try {
      const probe = wrapper.querySelector<DcwProbe>('dcw-probe')!;
      const comparison = wrapper.querySelector<DcwRoleComparison>('dcw-role-comparison')!;
      const after = wrapper.querySelector('#after')!;
      await probe.updateComplete;
      await nextFrame();
      await nextFrame();
      // Far below the fold: nothing rendered yet, the reserved box is there.
      expect($(probe, '[part="base"]'), 'probe rendered early').to.equal(null);
      expect($(comparison, '[part="base"]'), 'comparison rendered early').to.equal(null);
      expect(probe.getBoundingClientRect().height).to.equal(240);
      const top = probe.getBoundingClientRect().top + scrollY;
      const afterTop = after.getBoundingClientRect().top + scrollY;
      expect(afterTop - top).to.equal(240 + 40);

      // Scrolled to within a screen of the probe: it renders, in the same box.
      scrollTo(0, top - innerHeight * 1.5);
      await waitUntil(() => $(probe, '[part="base"]'), 'the lazy probe did not render on scroll');
      await probe.updateComplete;
      await nextFrame();
      expect(probe.getBoundingClientRect().top + scrollY).to.equal(top);
      expect(probe.getBoundingClientRect().height).to.equal(240);
      probe.scrollIntoView();
      await expectAccessible(probe);
      expect(text(probe, '.region')).to.equal('United States');

      comparison.scrollIntoView();
      await waitUntil(() => $(comparison, 'table'), 'the lazy comparison did not render on scroll');
      await expectAccessible(comparison);
      expect($$(comparison, 'tbody tr').length).to.equal(bundledDataset.dimensions.length);
      await nextFrame();
      if (observer)
        expect(
          shifts.reduce((a, b) => a + b, 0),
          'CLS',
        ).to.equal(0);
    } finally {
      observer?.disconnect();
      scrollTo(0, 0);
    }
  });

  it('moved while still waiting, it still renders when it comes near', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><div style="height: 300vh"></div><section></section><dcw-probe loading="lazy"></dcw-probe></div>`,
    );
    const probe = wrapper.querySelector<DcwProbe>('dcw-probe')!;
    await probe.updateComplete;
    expect($(probe, '[part="base"]')).to.equal(null);
    wrapper.querySelector('section')!.append(probe);
    await probe.updateComplete;
    try {
      probe.scrollIntoView();
      await waitUntil(() => $(probe, '[part="base"]'), 'the moved lazy probe did not render');
      await expectAccessible(probe);
    } finally {
      scrollTo(0, 0);
    }
  });

  it('eager by default: renders at once wherever it is', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><div style="height: 300vh"></div><dcw-probe></dcw-probe></div>`,
    );
    const probe = wrapper.querySelector<DcwProbe>('dcw-probe')!;
    await probe.updateComplete;
    expect($(probe, '[part="base"]')).to.exist;
    probe.scrollIntoView();
    await expectAccessible(probe);
    scrollTo(0, 0);
  });
});

describe('linked widgets', () => {
  it('a role picked in a comparison switches the linked calculators and checklists, not the others', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <dcw-role-comparison roles="frontend backend fullstack" locale="en-US"></dcw-role-comparison>
        <dcw-salary-calculator linked region="us" locale="en-US"></dcw-salary-calculator>
        <dcw-skills-checklist linked no-persist locale="en-US"></dcw-skills-checklist>
        <dcw-salary-calculator region="us" locale="en-US"></dcw-salary-calculator>
      </div>`,
    );
    const comparison = wrapper.querySelector<DcwRoleComparison>('dcw-role-comparison')!;
    const [linked, free] = wrapper.querySelectorAll<DcwSalaryCalculator>('dcw-salary-calculator');
    const checklist = wrapper.querySelector('dcw-skills-checklist')!;
    await comparison.updateComplete;
    const pick = (id: string) =>
      $$(comparison, '[part~="select"]')
        .find((b) => textOf(b) === roleName(id))!
        .click();

    pick('fullstack');
    await waitUntil(
      () => text(linked!, '[part="header"]') === `${roleName('fullstack')}, United States`,
      'the linked calculator did not follow',
    );
    await waitUntil(
      () => text(checklist, 'h2').startsWith(roleName('fullstack')),
      'the linked checklist did not follow',
    );
    await expectAccessible(linked!);
    await expectAccessible(checklist as HTMLElement);
    expect(text(free!, '[part="header"]')).to.equal(`${roleName('backend')}, United States`);
    expect((linked!.shadowRoot!.querySelector('#role') as HTMLSelectElement).value).to.equal('fullstack');

    // No longer linked: the next pick leaves it.
    linked!.linked = false;
    pick('frontend');
    await waitUntil(() => text(checklist, 'h2').startsWith(roleName('frontend')), 'the checklist did not follow');
    await linked!.updateComplete;
    expect(text(linked!, '[part="header"]')).to.equal(`${roleName('fullstack')}, United States`);
  });
});
