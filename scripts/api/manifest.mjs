// custom-elements.json, read once and checked: the file everything about the public API is derived
// from (README tables, src/react.ts, the attribute lists the builder and the tests use). A check
// here fails `npm run docs:check`, so a gap in an element's JSDoc fails `npm test`.
import { readFileSync } from 'node:fs';
import { WIDGETS } from '../widgets.mjs';

/** Internal reactive state; the config's plugin keeps it out, so seeing it means the config did not load. */
const INTERNAL_STATE = ['data', 'loading', 'dataProblem', 'currentLocale', 'translations'];

/** The base class's declaration name: what it documents, every widget inherits. */
export const BASE_CLASS = 'DcwElement';

/** Throws with every problem found, so one run names them all. */
function fail(problems) {
  if (problems.length) throw new Error(`custom-elements.json: ${problems.join('\n  ')}`);
}

/**
 * The manifest with, for each widget of the registry (src/widgets.json, in its order), its
 * declaration; and the base class's. Fails on anything a user of the API would miss: a widget not
 * in the manifest (or a tag the registry does not list), an attribute without a type or default,
 * an event without its detail type or description, a shared attribute or event not inherited, a
 * class that src/index.ts or src/classes.ts does not export.
 */
export function loadManifest(path = 'custom-elements.json') {
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const problems = [];

  // The manifest ships in the package: only the sources' modules. (When the analyzer could not
  // load its config it silently analysed dist/ and test/ as well.)
  const stray = manifest.modules.map((m) => m.path).filter((p) => !p.startsWith('src/'));
  if (stray.length) problems.push(`modules outside src/ (${stray.slice(0, 3).join(', ')}): does the config load?`);

  const base = declarations.find((d) => d.name === BASE_CLASS);
  if (!base) problems.push(`no ${BASE_CLASS} declaration`);

  const tagged = declarations.filter((d) => d.tagName).map((d) => d.tagName);
  for (const tag of tagged) {
    if (!WIDGETS.some((w) => w.tag === tag)) problems.push(`${tag} is not in src/widgets.json`);
  }

  // The entries that hand the classes to users: all of them registered, and unregistered.
  for (const entry of ['src/index.ts', 'src/classes.ts']) {
    const exported = manifest.modules.find((m) => m.path === entry)?.exports?.map((e) => e.name) ?? [];
    for (const { class: name } of WIDGETS) {
      if (!exported.includes(name)) problems.push(`${entry} does not export ${name}`);
    }
  }

  // Every event a class fires (`emit(this, 'dcw-…'`) is documented on it with @fires.
  for (const mod of manifest.modules) {
    const fired = [...readFileSync(mod.path, 'utf8').matchAll(/\bemit\(this, '([\w-]+)'/g)].map((m) => m[1]);
    for (const decl of mod.declarations ?? []) {
      for (const name of fired) {
        if (decl.kind === 'class' && !(decl.events ?? []).some((e) => e.name === name))
          problems.push(
            `${decl.name} fires ${name} (${mod.path}) but does not document it: @fires {CustomEvent<Detail>} ${name}`,
          );
      }
    }
  }

  const elements = WIDGETS.map((widget) => {
    const decl = declarations.find((d) => d.tagName === widget.tag);
    if (!decl) {
      problems.push(`no ${widget.tag}: is its class JSDoc (@tag) directly above the class?`);
      return { widget, decl: {} };
    }
    if (decl.name !== widget.class)
      problems.push(`${widget.tag} is class ${decl.name}, the registry says ${widget.class}`);
    const where = (what) => `${widget.tag} ${what}`;
    for (const a of decl.attributes ?? []) {
      if (INTERNAL_STATE.includes(a.fieldName ?? a.name)) problems.push(where(`lists internal state ${a.name}`));
      if (!a.type?.text) problems.push(where(`attribute ${a.name} has no type: @attr {type} [${a.name}=default]`));
      if (!a.default) problems.push(where(`attribute ${a.name} has no default: @attr {type} [${a.name}=default]`));
      if (!a.description) problems.push(where(`attribute ${a.name} has no description`));
    }
    for (const e of decl.events ?? []) {
      if (!/^CustomEvent<\w+>$/.test(e.type?.text ?? ''))
        problems.push(where(`event ${e.name} has no detail type: @fires {CustomEvent<Detail>} ${e.name}`));
      if (!e.description) problems.push(where(`event ${e.name} has no description`));
    }
    // What the base documents reaches every widget (the analyzer copies it along `extends`).
    for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties']) {
      for (const item of base?.[kind] ?? []) {
        if (!(decl[kind] ?? []).some((i) => i.name === item.name))
          problems.push(where(`does not inherit ${kind} ${item.name}`));
      }
    }
    return { widget, decl };
  });
  fail(problems);
  return { manifest, base, elements };
}

/** `[region=(dataset's default)]`: a default worked out at run time is written in parentheses. */
export const isLiteralDefault = (value) => !!value && !value.startsWith('(');
