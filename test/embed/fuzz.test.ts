import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import { BROKEN_TEXT, ELEMENTS, shadowText, TAGS, type Tag } from './elements.js';

/**
 * Property-based fuzzing of every attribute of every element, with random
 * disconnect / reconnect steps in between. After every step the widget must still answer:
 * no uncaught error, a rendered frame, and no NaN / undefined / Infinity on screen.
 * The seed is fixed so a failure reproduces; `npm run fuzz` runs many more cases
 * (DCW_FUZZ_RUNS, read from the page the runner builds).
 */
const SEED = 20261125;
const RUNS = Number((globalThis as { DCW_FUZZ_RUNS?: number }).DCW_FUZZ_RUNS ?? 50);

const edgeValues = fc.constantFrom(
  '',
  ' ',
  '\t\n',
  '0',
  '-0',
  '-1',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '0x10',
  '1,000',
  '1.000,50',
  '١٢٣',
  '9'.repeat(400),
  'backend',
  'frontend',
  'fullstack',
  'us',
  'world',
  'de-DE',
  'es-ES',
  'ar-EG',
  'dark',
  'light',
  'hour',
  'week',
  'month',
  'year',
  'essential',
  'optional',
  '<img src=x onerror=alert(1)>',
  'constructor',
  '__proto__',
);
const value = fc.oneof(
  edgeValues,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.string({ minLength: 2000, maxLength: 4000 }),
);

type Step =
  | { kind: 'set'; name: string; value: string }
  | { kind: 'remove'; name: string }
  | { kind: 'detach' }
  | { kind: 'attach' };

function steps(tag: Tag) {
  const name = fc.constantFrom(...ELEMENTS[tag]);
  return fc.array(
    fc.oneof(
      { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), name, value }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), name }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'detach' as const }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'attach' as const }) },
    ),
    { minLength: 1, maxLength: 8 },
  );
}

describe('fuzzing attributes and lifecycle', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => localStorage.clear());

  for (const tag of TAGS) {
    it(`<${tag}> answers after any sequence of attribute values`, async function () {
      this.timeout(120_000);
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const details = await fc.check(
        fc.asyncProperty(steps(tag), async (sequence: Step[]) => {
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          host.append(el);
          for (const step of sequence) {
            if (step.kind === 'set') el.setAttribute(step.name, step.value);
            else if (step.kind === 'remove') el.removeAttribute(step.name);
            else if (step.kind === 'detach') el.remove();
            else host.append(el);
            await el.updateComplete;
          }
          host.append(el);
          await el.updateComplete;
          const text = shadowText(el);
          el.remove();
          expect(errors).to.deep.equal([]);
          expect(el.shadowRoot!.querySelector('[part~="base"]')).to.not.equal(null);
          expect(text).to.not.match(BROKEN_TEXT);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      // Say what broke and on which input, shortened: the raw report can run to megabytes.
      if (details.failed) {
        const cause =
          details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        throw new Error(
          `${cause.slice(0, 500)}\nseed ${details.seed}, path ${details.counterexamplePath}: ${JSON.stringify(details.counterexample).slice(0, 500)}`,
        );
      }
    });
  }
});
