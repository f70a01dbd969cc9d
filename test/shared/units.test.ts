import { expect } from '@open-wc/testing';
import { formatPath } from '../../src/shared/dataset/json-path.js';
import { validateDataset } from '../../src/shared/dataset/validate.js';
import { formatList, formatMoney, formatPercent, numberFormat } from '../../src/shared/intl-cache.js';
import { languageOf, messagesFor, sharedMessages } from '../../src/shared/messages.js';
import { canonicalLocale } from '../../src/shared/locale.js';
import { bundledDataset } from '../../src/shared/dataset/bundled.js';

describe('validateDataset', () => {
  it('accepts the bundled dataset', () => {
    expect(validateDataset(bundledDataset)).to.deep.equal({ ok: true, data: bundledDataset });
  });

  it('names the JSON path of each problem', () => {
    const broken = structuredClone(bundledDataset) as unknown as Record<string, unknown>;
    (broken.regions as Array<Record<string, unknown>>)[0]!.currency = 'dollars';
    const result = validateDataset(broken);
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.issues[0]).to.deep.equal({
        path: 'regions[0].currency',
        message: 'an ISO 4217 currency code like "USD"',
      });
  });

  it('catches broken references and duplicate ids', () => {
    const broken = structuredClone(bundledDataset);
    broken.salaries[0]!.source = 'nowhere';
    broken.regions.splice(1, 0, { ...broken.regions[0]! }); // the repeat is the second region
    const result = validateDataset(broken);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      const paths = result.issues.map((i) => i.path);
      expect(paths).to.include('salaries[0].source');
      expect(paths).to.include('regions[1].id');
    }
  });

  it('names an item id repeated in another category at the repeat, since progress is stored by item id', () => {
    const broken = structuredClone(bundledDataset);
    broken.skills[0]!.items[0]!.id = 'repeated-id';
    broken.skills[1]!.items[2]!.id = 'repeated-id';
    const result = validateDataset(broken);
    expect(result.ok ? [] : result.issues).to.deep.equal([
      { path: 'skills[1].items[2].id', message: 'duplicate id "repeated-id"' },
    ]);
  });

  it('refuses a non-object and an unknown currency code', () => {
    expect(validateDataset('nope')).to.deep.equal({
      ok: false,
      issues: [{ path: '(root)', message: 'expected object' }],
    });
    const broken = structuredClone(bundledDataset);
    broken.regions[0]!.currency = 'QQQ';
    const result = validateDataset(broken);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).to.include('regions[0].currency');
  });

  it('formats paths', () => {
    expect(formatPath([])).to.equal('(root)');
    expect(formatPath(['skills', 3, 'items', 0, 'link'])).to.equal('skills[3].items[0].link');
  });
});

describe('Intl helpers', () => {
  it('caches one formatter per locale and options', () => {
    expect(numberFormat('de-DE', { maximumFractionDigits: 0 })).to.equal(
      numberFormat('de-DE', { maximumFractionDigits: 0 }),
    );
    expect(numberFormat('de-DE')).to.not.equal(numberFormat('es-ES'));
  });

  it('keeps the 100 most recently used formatters, so locales without end cannot grow it without end', () => {
    // 150 keys no other test uses: more than the cache holds, whatever was in it before.
    const options = (i: number): Intl.NumberFormatOptions => ({
      minimumIntegerDigits: 1 + (i % 21),
      maximumFractionDigits: Math.floor(i / 21),
    });
    const evicted = numberFormat('en-GB', options(0));
    const kept = numberFormat('en-GB', options(1));
    for (let i = 2; i < 152; i++) {
      numberFormat('en-GB', options(i));
      numberFormat('en-GB', options(1)); // used again: moves to the back of the queue
    }
    expect(numberFormat('en-GB', options(1))).to.equal(kept);
    expect(numberFormat('en-GB', options(0))).to.not.equal(evicted);
  });

  it('joins lists for the locale', () => {
    expect(formatList('en-US', ['Go', 'Java', 'Rust'])).to.equal('Go, Java, and Rust');
    expect(formatList('es-ES', ['Go', 'Java', 'Rust'])).to.equal('Go, Java y Rust');
    expect(formatList('de-DE', ['Go', 'Java', 'Rust'])).to.equal('Go, Java und Rust');
  });

  it('formats money in full and percents for the locale', () => {
    expect(formatMoney('en-US', 132270, 'USD')).to.equal('$132,270');
    expect(formatMoney('de-DE', 132270, 'EUR')).to.match(/^132\.270\s€$/);
    expect(formatPercent('en-US', 0.42)).to.equal('42%');
  });
});

describe('messages and locales', () => {
  it('picks the language with English fallback', () => {
    expect(languageOf('de-AT')).to.equal('de');
    expect(languageOf('es-419')).to.equal('es');
    expect(languageOf('fr-FR')).to.equal('en');
    expect(messagesFor(sharedMessages, 'es-MX').noFigure).to.equal('No hay cifra publicada');
    expect(messagesFor(sharedMessages, 'ja-JP').noFigure).to.equal('No published figure');
  });

  it('canonicalises valid tags and rejects invalid ones', () => {
    expect(canonicalLocale('EN-us')).to.equal('en-US');
    expect(canonicalLocale('')).to.equal(undefined);
    expect(canonicalLocale('not a locale')).to.equal(undefined);
  });
});
