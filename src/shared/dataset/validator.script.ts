/**
 * `validator.ts` for the one-tag scripts (the build swaps one module for the other): the
 * validator is `dcw-validate.js`, an ES module built beside the scripts in `dist/`, so a CDN
 * folder, a self-hosted copy of `dist/` and a `type="module"` script tag all find it. It is
 * loaded with `import()`, which a strict CSP allows from the script's origin (`script-src`) and
 * Trusted Types do not cover; the browser requests it once per page, however many widgets ask.
 */
import widgets from '../../widgets.json';
import type { Validate } from './validator.js';

export type { Validate };

/** The file names of our scripts, to find the one that loaded this code when `currentScript` is not set. */
const OUR_SCRIPTS = new RegExp(`/(dev-career-widgets|${widgets.map((w) => w.tag).join('|')})\\.js([?#]|$)`);

/**
 * The URL of the script running this code, read while it runs: `document.currentScript` for a
 * classic script; for `type="module"` (where it is null) the first script tag naming one of our
 * files; else the page itself, where the import then fails with the usual data alert.
 */
const scriptUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => OUR_SCRIPTS.test(s.src))?.src ||
  document.baseURI;

/** Where the validator is: `dcw-validate.js` in the script's own folder. */
export const validatorUrl = new URL('dcw-validate.js', scriptUrl).href;

export const loadValidator = (): Promise<Validate> =>
  import(/* @vite-ignore */ validatorUrl).then(
    (m: typeof import('./validate.js')) => m.validateDataset,
    () => Promise.reject(new Error(`${validatorUrl} did not load`)),
  );
