// custom-elements.json from the elements' JSDoc (@tag, @attr, @fires, @cssprop, @csspart).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts file under a folder (no glob library: the analyzer's own globby is not ours to import). */
const tsFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));

/**
 * Internal reactive state is declared in `static properties` with `state: true`; the analyzer
 * would list it as public attributes. This plugin drops those names from the manifest.
 */
function dropInternalState() {
  const internal = new Set();
  for (const file of tsFiles('src')) {
    for (const match of readFileSync(file, 'utf8').matchAll(/(\w+): \{[^}]*\bstate: true/g)) internal.add(match[1]);
  }
  return {
    name: 'dcw-drop-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !internal.has(a.fieldName ?? a.name));
          if (decl.members) decl.members = decl.members.filter((m) => !internal.has(m.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/messages.ts', 'src/shared/dataset/**'],
  outdir: '.',
  // Attributes come from each element's @attr JSDoc, which says more than the fields do (defaults,
  // fallbacks); the Lit plugin would replace those descriptions with the fields' own.
  litelement: false,
  dependencies: false,
  packagejson: false,
  plugins: [dropInternalState()],
};
