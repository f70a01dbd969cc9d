import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { registerTranslation, type Translation } from '../../src/exports.js';
import { $, text } from '../support/query.js';
import { withInlineData } from '../support/inline-data.js';

/** BLS May 2024 software developers (median 133,080 USD), so the figures here do not follow the bundled data. */
let bls = '';
before(async () => {
  bls = await (await fetch('/raw/test/salary-calculator/fixtures/bls-2024.json')).text();
});

/** A calculator on the BLS fixture (inline JSON) with the given attributes. */
async function calculator(attributes: Record<string, string>): Promise<HTMLElement> {
  const el = withInlineData(document.createElement('dcw-salary-calculator'), bls);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await fixture(el);
  await el.updateComplete;
  return el;
}

/**
 * Registrations are page-wide and this file runs in a page of its own, so each test registers a
 * language no other test here uses (or strings no other test reads).
 */
describe('registerTranslation', () => {
  it('adds French in a few lines: French strings, English where left out, French number format', async () => {
    registerTranslation('fr', {
      shared: { source: 'Source' },
      salary: {
        role: 'Poste',
        pay: 'Votre salaire',
        periods: { year: 'Année' },
        median: { year: 'Salaire annuel médian' },
        formula: (h, w, t) => `Année = heure × ${h} h × ${w} semaines = ${t} h ; mois = année ÷ 12.`,
      },
    });
    const el = await calculator({ locale: 'fr-FR', pay: '120000' });
    await expect(el).to.be.accessible();
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('fr');
    expect(text(el, 'label[for="role"]')).to.equal('Poste');
    expect(text(el, 'label[for="pay"]')).to.equal('Votre salaire');
    expect(text(el, '#period option[value="year"]')).to.equal('Année');
    // Left out: English.
    expect(text(el, 'label[for="hours"]')).to.equal('Hours per week');
    expect(text(el, '#period option[value="month"]')).to.equal('Month');
    // fr-FR groups thousands with a narrow no-break space and writes "$US" after the number.
    expect(text(el, '.results p')).to.match(/^Salaire annuel médian 133 080 \$US Source/);
    expect(text(el, '.formula')).to.equal('Année = heure × 40 h × 52 semaines = 2 080 h ; mois = année ÷ 12.');
  });

  it('re-renders the widgets already on the page, the checklist too', async () => {
    const wrapper = await fixture(html`<div lang="it-IT">
      <dcw-salary-calculator></dcw-salary-calculator>
      <dcw-skills-checklist no-persist categories="be-vcs"></dcw-skills-checklist>
    </div>`);
    const salary = wrapper.querySelector('dcw-salary-calculator')!;
    const checklist = wrapper.querySelector('dcw-skills-checklist')!;
    await salary.updateComplete;
    await checklist.updateComplete;
    await expect(salary).to.be.accessible();
    await expect(checklist).to.be.accessible();
    expect(text(salary, 'label[for="role"]')).to.equal('Role');
    expect(text(checklist, 'h2')).to.equal('Back-end developer: skills');
    expect($(salary, '[part="base"]')!.getAttribute('lang')).to.equal('en');

    registerTranslation('it', {
      salary: { role: 'Ruolo' },
      checklist: { title: (role) => `${role}: competenze` },
    });
    await waitUntil(() => text(salary, 'label[for="role"]') === 'Ruolo', 'the calculator kept its English');
    await waitUntil(() => text(checklist, 'h2') === 'Back-end developer: competenze', 'the checklist kept its English');
    await expect(salary).to.be.accessible();
    await expect(checklist).to.be.accessible();
    expect($(salary, '[part="base"]')!.getAttribute('lang')).to.equal('it');
    expect($(checklist, '[part="base"]')!.getAttribute('lang')).to.equal('it');
  });

  it('falls from de-CH to de to English, and counts the element’s own lang first', async () => {
    registerTranslation('de-CH', { salary: { pay: 'Ihr Lohn' } });
    const wrapper = await fixture(html`<div lang="en-US">
      <dcw-salary-calculator lang="de-CH"></dcw-salary-calculator>
      <dcw-salary-calculator lang="de-AT"></dcw-salary-calculator>
    </div>`);
    const [swiss, austrian] = [...wrapper.querySelectorAll('dcw-salary-calculator')];
    await swiss!.updateComplete;
    await austrian!.updateComplete;
    await expect(swiss).to.be.accessible();
    expect($(swiss!, '[part="base"]')!.getAttribute('lang')).to.equal('de-CH');
    expect(text(swiss!, 'label[for="pay"]')).to.equal('Ihr Lohn');
    expect(text(swiss!, 'label[for="role"]')).to.equal('Rolle'); // German, as shipped
    expect(text(swiss!, 'label[for="region"]')).to.equal('Region'); // not in the German catalogue: English
    await expect(austrian).to.be.accessible();
    expect($(austrian!, '[part="base"]')!.getAttribute('lang')).to.equal('de');
    expect(text(austrian!, 'label[for="pay"]')).to.equal('Ihr Gehalt');
  });

  it('changes an English string, which is then also the fallback of other languages', async () => {
    registerTranslation('en', { salary: { compare: 'Compare with the other roles' } });
    const wrapper = await fixture(html`<div>
      <dcw-salary-calculator locale="en-GB"></dcw-salary-calculator>
      <dcw-salary-calculator locale="ja-JP"></dcw-salary-calculator>
    </div>`);
    for (const el of wrapper.querySelectorAll('dcw-salary-calculator')) {
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect(text(el, 'label[for="compare"]')).to.equal('Compare with the other roles');
      expect(text(el, 'label[for="role"]')).to.equal('Role');
    }
  });

  it('ignores garbage with a warning and never breaks a widget', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const anything = registerTranslation as (lang: unknown, translation: unknown) => void;
      anything(undefined, { salary: { role: 'x' } });
      anything('not a language tag!', { salary: { role: 'x' } });
      anything('nl', 'Rol');
      anything('nl', [{ salary: { role: 'x' } }]);
      anything('nl', { salery: { role: 'x' }, salary: 'Rol' });
      anything(
        'nl',
        new Proxy(
          {},
          {
            ownKeys() {
              throw new Error('no keys');
            },
          },
        ),
      );
      anything('nl', {
        salary: {
          role: 42,
          pay: () => 'Uw salaris', // English has a string here
          periods: 'Jaar', // English has a group here
          position: { within: 'rond het', nonsense: 'x' },
          hours: 'Uren per week',
          // An own `__proto__` key, as JSON.parse makes one (a literal's would set the prototype).
          ...JSON.parse('{"__proto__": {"polluted": "yes"}}'),
          pct: () => {
            throw new Error('broken translation');
          },
          you: () => undefined,
        },
      } as unknown as Translation);
      expect(warnings).to.deep.equal([
        "dev-career-widgets: registerTranslation('undefined'): not a valid language tag; ignored",
        "dev-career-widgets: registerTranslation('not a language tag!'): not a valid language tag; ignored",
        "dev-career-widgets: registerTranslation('nl'): the translation is not an object; ignored",
        "dev-career-widgets: registerTranslation('nl'): the translation is not an object; ignored",
        `dev-career-widgets: registerTranslation('nl'): "salery" is not a catalogue (shared, salary, checklist, comparison); ignored`,
        "dev-career-widgets: registerTranslation('nl'): salary is not an object of strings; ignored",
        "dev-career-widgets: registerTranslation('nl'): reading the translation threw (no keys); ignored",
      ]);
      warnings.length = 0;

      const el = await calculator({ locale: 'nl-NL', pay: '120000' });
      await expect(el).to.be.accessible();
      expect(text(el, 'label[for="hours"]')).to.equal('Uren per week');
      expect(text(el, 'label[for="role"]')).to.equal('Role');
      expect(text(el, 'label[for="pay"]')).to.equal('Your pay');
      expect(text(el, '#period option[value="year"]')).to.equal('Year');
      expect(text(el, '.position')).to.match(
        /^Your pay, US\$ 120\.000 a year, is rond het 39th percentile \(approximate\)\.$/,
      );
      expect(text(el)).to.not.match(/undefined|NaN|\[object Object\]|polluted/);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(warnings.sort()).to.deep.equal(
        [
          "dev-career-widgets: registerTranslation('nl'): salary.role should be a string; ignored",
          "dev-career-widgets: registerTranslation('nl'): salary.pay should be a string; ignored",
          "dev-career-widgets: registerTranslation('nl'): salary.periods should be an object of strings; ignored",
          "dev-career-widgets: registerTranslation('nl'): salary.position.nonsense is not a string of ours; ignored",
          "dev-career-widgets: registerTranslation('nl'): salary.__proto__ is not a string of ours; ignored",
          "dev-career-widgets: registerTranslation('nl'): salary.pct threw or returned no string; showing English",
          "dev-career-widgets: registerTranslation('nl'): salary.you threw or returned no string; showing English",
        ].sort(),
      );
    } finally {
      console.warn = warn;
    }
  });
});
