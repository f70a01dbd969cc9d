// custom-elements.json from the elements' JSDoc (@tag, @attr, @fires, @cssprop, @csspart).
import { readFileSync } from 'node:fs';
import { globbySync } from 'globby';

/**
 * Internal reactive state is declared in `static properties` with `state: true`; the analyzer
 * would list it as public attributes. This plugin drops those names from the manifest.
 */
function dropInternalState() {
  const internal = new Set();
  for (const file of globbySync('src/**/*.ts')) {
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
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [dropInternalState()],
};
