import { expect, waitUntil } from '@open-wc/testing';
import data from '../../src/shared/dataset/dataset.json';
import { ATTRIBUTES, TAGS, buildSnippet, cssValue, type SnippetState } from '../../demo/snippet.js';
import * as classes from '../../src/classes.js';
import widgets from '../../src/widgets.json';
import {
  axeViolations,
  click,
  closeFrames,
  expectClean,
  openBuilder,
  parse,
  paste,
  previewElement,
  previewRendered,
  set,
  snippetOf,
} from './builder-page.js';

/**
 * The embed builder (demo/index.html, demo/builder.ts, demo/snippet.ts). The snippet logic is
 * unit-tested; the page is framed, driven through its controls, and the snippet it gives is pasted
 * into a blank page with the widget's own built script (`dist/dcw-….js`, built by `npm run build`;
 * helpers in builder-page.ts). The prerendered snippet: builder-prerendered.test.ts.
 */
describe('embed builder: the snippet', () => {
  const state = (
    tag: SnippetState['tag'],
    attributes: SnippetState['attributes'],
    styles: SnippetState['styles'] = {},
  ): SnippetState => ({
    tag,
    attributes,
    styles,
  });

  it('starts with the documented script tag, then the bare element when nothing is set', () => {
    expect(buildSnippet(state('dcw-role-comparison', {}))).to.equal(
      `<script src="https://your-cdn.example/dev-career-widgets/dist/dcw-role-comparison.js" defer></script>\n<dcw-role-comparison></dcw-role-comparison>`,
    );
  });

  it('HTML-escapes attribute values (", <, &, >, \'), so the value comes back intact and nothing else is added', () => {
    const raw = `a"b<c&d>'e"><img src=x onerror="alert(1)">`;
    const snippet = buildSnippet(state('dcw-skills-checklist', { 'storage-key': raw }));
    expect(snippet).to.contain(
      'storage-key="a&quot;b&lt;c&amp;d&gt;&#39;e&quot;&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"',
    );
    const doc = parse(snippet);
    expect(doc.querySelector('dcw-skills-checklist')!.getAttribute('storage-key')).to.equal(raw);
    expect(doc.querySelectorAll('img').length).to.equal(0);
  });

  it('leaves out attributes at their defaults, empty values and false booleans', () => {
    const defaults = state('dcw-salary-calculator', {
      'role-id': 'backend',
      region: data.defaultRegion,
      theme: 'auto',
      'pay-period': 'year',
      'hours-per-week': '40',
      'weeks-per-year': '52',
      pay: '  ',
      locale: '',
      compare: false,
    });
    expect(buildSnippet(defaults)).to.equal(
      `<script src="https://your-cdn.example/dev-career-widgets/dist/dcw-salary-calculator.js" defer></script>\n<dcw-salary-calculator></dcw-salary-calculator>`,
    );
    expect(
      buildSnippet(state('dcw-role-comparison', { roles: 'frontend backend', region: data.defaultRegion })),
    ).to.not.contain('roles=');
  });

  it('offers every registered widget, and for each only attributes the element reads', () => {
    expect(TAGS).to.deep.equal(widgets.map((w) => w.tag));
    for (const { tag, class: name } of widgets) {
      const element = (classes as Record<string, unknown>)[name] as { observedAttributes: string[] };
      expect(element.observedAttributes, tag).to.include.members([...ATTRIBUTES[tag as (typeof TAGS)[number]]]);
    }
    expect(ATTRIBUTES['dcw-skills-checklist']).to.not.include('region');
  });

  it('writes set attributes in the documented order, booleans bare, and ignores attributes of other elements', () => {
    const snippet = buildSnippet(
      state('dcw-salary-calculator', {
        theme: 'dark',
        compare: true,
        pay: '70000',
        'role-id': 'fullstack',
        roles: 'backend frontend',
        'no-persist': true,
      }),
    );
    expect(snippet.split('\n').at(-1)).to.equal(
      '<dcw-salary-calculator role-id="fullstack" pay="70000" compare theme="dark"></dcw-salary-calculator>',
    );
    expect(buildSnippet(state('dcw-role-comparison', { roles: 'backend  frontend\nfullstack' }))).to.contain(
      ' roles="backend frontend fullstack"',
    );
  });

  it('adds a <style> scoped to the tag only when a property is set', () => {
    expect(buildSnippet(state('dcw-skills-checklist', {}))).to.not.contain('<style');
    expect(
      buildSnippet(state('dcw-skills-checklist', {}, { '--dcw-accent-color': ' ', '--dcw-radius': '' })),
    ).to.not.contain('<style');
    const snippet = buildSnippet(
      state(
        'dcw-skills-checklist',
        { level: 'essential' },
        { '--dcw-accent-color': '#8a2be2', '--dcw-spacing': '0.75rem' },
      ),
    );
    expect(snippet).to.equal(
      [
        '<script src="https://your-cdn.example/dev-career-widgets/dist/dcw-skills-checklist.js" defer></script>',
        '<style>',
        '  dcw-skills-checklist {',
        '    --dcw-accent-color: #8a2be2;',
        '    --dcw-spacing: 0.75rem;',
        '  }',
        '</style>',
        '<dcw-skills-checklist level="essential"></dcw-skills-checklist>',
      ].join('\n'),
    );
  });

  it('keeps CSS values from ending the declaration, the rule or the <style> element', () => {
    expect(cssValue(' red; } body { display: none </style><script>alert(1)</script> ')).to.equal(
      'red  body  display: none /stylescriptalert(1)/script',
    );
    const snippet = buildSnippet(
      state('dcw-role-comparison', {}, { '--dcw-font-family': `"Inter", sans-serif;}</style><b>x</b>` }),
    );
    const doc = parse(snippet);
    expect(doc.querySelectorAll('style').length).to.equal(1);
    expect(doc.querySelectorAll('b').length).to.equal(0);
    expect(doc.querySelector('style')!.textContent).to.contain('--dcw-font-family: "Inter", sans-serif/stylebx/b;');
  });
});

describe('embed builder: the page', () => {
  afterEach(closeFrames);

  /** The preview is the snippet's own element: same tag, same attributes. */
  function expectPreviewMatches(doc: Document): void {
    const pasted = parse(snippetOf(doc)).body.lastElementChild!;
    const shown = previewElement(doc);
    expect(shown.localName).to.equal(pasted.localName);
    const attributes = (el: Element) =>
      [...el.attributes]
        .map((a) => [a.name, a.value])
        .filter(([name]) => name !== 'theme' || pasted.hasAttribute('theme'));
    expect(attributes(shown)).to.deep.equal(attributes(pasted));
  }

  /** Relative luminance (0 black to 1 white) of a computed `rgb(…)` colour. */
  function luminance(color: string): number {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }

  it('builds a salary calculator snippet from its controls; pasted into a blank page it renders as chosen', async () => {
    const doc = await openBuilder();
    click(doc, 'input[name="tag"][value="dcw-salary-calculator"]');
    set(doc, '#calc-role', 'fullstack');
    set(doc, '#f-region', 'world');
    set(doc, '#calc-pay', '70000');
    set(doc, '#f-theme', 'dark');
    click(doc, 'input[name="compare"]');
    // A colour the browser cannot read is flagged and left out.
    set(doc, '#css-accent', 'bluish');
    expect(snippetOf(doc)).to.not.contain('<style');
    expect(doc.querySelector('#css-accent')!.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.querySelector<HTMLElement>('#css-accent-error')!.hidden).to.equal(false);
    set(doc, '#css-accent', '#8a2be2');
    expect(doc.querySelector('#css-accent')!.getAttribute('aria-invalid')).to.equal('false');
    set(doc, '#css-radius', '0');
    const snippet = snippetOf(doc);
    expect(snippet).to.equal(
      [
        '<script src="https://your-cdn.example/dev-career-widgets/dist/dcw-salary-calculator.js" defer></script>',
        '<style>',
        '  dcw-salary-calculator {',
        '    --dcw-accent-color: #8a2be2;',
        '    --dcw-radius: 0;',
        '  }',
        '</style>',
        '<dcw-salary-calculator role-id="fullstack" region="world" pay="70000" compare theme="dark"></dcw-salary-calculator>',
      ].join('\n'),
    );
    await previewRendered(doc);
    expectPreviewMatches(doc);

    const { el, probe } = await paste(snippet, 'dcw-salary-calculator');
    const root = el.shadowRoot!;
    const header = root.querySelector('[part~="header"]')!.textContent!;
    expect(header).to.contain(data.regions.find((r) => r.id === 'world')!.name);
    expect(header).to.contain(data.roles.find((r) => r.id === 'fullstack')!.name);
    expect(root.querySelector('[part~="compare"]'), 'the comparison table (compare)').to.exist;
    expect(
      luminance(getComputedStyle(root.querySelector('[part~="base"]')!).backgroundColor),
      'dark background',
    ).to.be.below(0.05);
    expect(getComputedStyle(el).getPropertyValue('--dcw-accent-color').trim()).to.equal('#8a2be2');
    expect(getComputedStyle(root.querySelector('[part~="base"]')!).borderTopLeftRadius).to.equal('0px');
    expectClean(probe(), el);
  });

  it('builds a skills checklist snippet with escaped values and picked categories that the widget takes as they are', async () => {
    const doc = await openBuilder();
    click(doc, 'input[name="tag"][value="dcw-skills-checklist"]');
    // The checklist reads no region: the builder does not offer one.
    const region = doc.querySelector<HTMLSelectElement>('#f-region')!;
    expect(region.closest<HTMLElement>('.field')!.hidden, 'region field hidden').to.equal(true);
    expect(region.disabled, 'region left out of the form').to.equal(true);
    set(doc, '#chk-role', 'frontend');
    const categories = data.skills.filter((s) => s.role === 'frontend').slice(0, 2);
    for (const c of categories) click(doc, `#chk-categories input[value="${c.id}"]`);
    set(doc, '#chk-level', 'essential');
    const key = `my "site" <progress> & more`;
    set(doc, '#chk-storage', key);
    click(doc, 'input[name="no-persist"]');
    set(doc, '#f-theme', 'light');
    const snippet = snippetOf(doc);
    expect(snippet.split('\n').at(-1)).to.equal(
      `<dcw-skills-checklist role-id="frontend" categories="${categories.map((c) => c.id).join(' ')}" level="essential" storage-key="my &quot;site&quot; &lt;progress&gt; &amp; more" no-persist theme="light"></dcw-skills-checklist>`,
    );
    expect(snippet).to.not.contain('<style');
    await previewRendered(doc);
    expectPreviewMatches(doc);

    const { el, probe } = await paste(snippet, 'dcw-skills-checklist');
    expect(el.getAttribute('storage-key')).to.equal(key);
    const shown = [...el.shadowRoot!.querySelectorAll('[part~="category"]')];
    expect(shown.length).to.equal(2);
    expect(shown[0]!.textContent).to.contain(categories[0]!.name);
    expect(
      luminance(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor),
      'light background',
    ).to.be.above(0.9);
    expectClean(probe(), el);
  });

  it('builds a role comparison snippet: columns in order, a role emphasised, chosen rows', async () => {
    const doc = await openBuilder();
    // Picking the back end for column 1 moves the front end to column 2, where the back end was.
    set(doc, '#cmp-role-1', 'backend');
    expect(doc.querySelector<HTMLSelectElement>('#cmp-role-2')!.value).to.equal('frontend');
    set(doc, '#cmp-role-3', 'fullstack');
    set(doc, '#cmp-highlight', 'fullstack');
    // Every row ticked is the default (all rows): no attribute.
    for (const d of data.dimensions) click(doc, `#cmp-dimensions input[value="${d.id}"]`);
    expect(snippetOf(doc)).to.not.contain('dimensions=');
    for (const d of data.dimensions.slice(2)) click(doc, `#cmp-dimensions input[value="${d.id}"]`);
    const snippet = snippetOf(doc);
    const rows = data.dimensions.slice(0, 2);
    expect(snippet.split('\n').at(-1)).to.equal(
      `<dcw-role-comparison roles="backend frontend fullstack" dimensions="${rows.map((d) => d.id).join(' ')}" highlight="fullstack"></dcw-role-comparison>`,
    );
    await previewRendered(doc);
    expectPreviewMatches(doc);

    const { el, probe } = await paste(snippet, 'dcw-role-comparison');
    const root = el.shadowRoot!;
    const columns = [...root.querySelectorAll('[part~="role-header"] [part~="select"]')].map((button) =>
      button.textContent!.trim(),
    );
    expect(columns).to.deep.equal(
      ['backend', 'frontend', 'fullstack'].map((id) => data.roles.find((r) => r.id === id)!.name),
    );
    expect([...root.querySelectorAll('[part~="dimension-header"]')].map((th) => th.textContent!.trim())).to.deep.equal(
      rows.map((d) => d.name),
    );
    expect(root.querySelector('[part~="role-header"] [aria-pressed="true"]')!.textContent!.trim()).to.equal(
      data.roles.find((r) => r.id === 'fullstack')!.name,
    );
    expectClean(probe(), el);
  });

  it('copies the snippet, or selects all of it when the clipboard is refused, and says which', async () => {
    const doc = await openBuilder();
    const status = doc.querySelector('#copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    click(doc, '#copy');
    await waitUntil(() => status.textContent!.trim(), 'no copy status', { timeout: 5000 });
    const textarea = doc.querySelector<HTMLTextAreaElement>('#snippet')!;
    if (/^Copied/.test(status.textContent!)) {
      expect(status.textContent).to.equal('Copied to the clipboard.');
    } else {
      expect(status.textContent).to.match(/selected, press Ctrl\+C/);
      expect(doc.activeElement).to.equal(textarea);
      expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([0, textarea.value.length]);
    }
    // A new snippet clears the status, so it never speaks of an older one.
    set(doc, '#f-theme', 'dark');
    expect(status.textContent).to.equal('');
  });

  for (const tag of ['dcw-role-comparison', 'dcw-salary-calculator', 'dcw-skills-checklist']) {
    it(`passes axe with the ${tag} settings and preview`, async () => {
      const doc = await openBuilder();
      click(doc, `input[name="tag"][value="${tag}"]`);
      await previewRendered(doc);
      expect(previewElement(doc).localName).to.equal(tag);
      // Only the chosen element's settings are shown.
      const shown = [...doc.querySelectorAll<HTMLFieldSetElement>('fieldset[data-tag]')]
        .filter((f) => !f.hidden)
        .map((f) => f.dataset.tag);
      expect(shown).to.deep.equal([tag]);
      expect(await axeViolations(doc)).to.deep.equal([]);
    });
  }

  it('fits a 360 px wide screen with every widget, with no sideways scrolling', async () => {
    const doc = await openBuilder(360);
    for (const tag of ['dcw-salary-calculator', 'dcw-skills-checklist', 'dcw-role-comparison']) {
      click(doc, `input[name="tag"][value="${tag}"]`);
      await previewRendered(doc);
      expect(previewElement(doc).localName).to.equal(tag);
      const page = doc.documentElement;
      expect(page.clientWidth, 'frame width').to.be.at.most(360);
      expect(page.scrollWidth, `${tag}: page width`).to.be.at.most(page.clientWidth);
    }
  });

  it('labels every control and links to the other demo pages and the article', async () => {
    const doc = await openBuilder();
    for (const control of doc.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      const labelled = control.labels?.length || control.getAttribute('aria-label');
      expect(labelled, `${control.outerHTML} has a label`).to.be.ok;
    }
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include.members([
      './article.html',
      './role-comparison.html',
      './salary-calculator.html',
      './skills-checklist.html',
    ]);
  });
});
