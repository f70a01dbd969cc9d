// Lit's `html` and `css` templates, minified by a parser for the one-tag scripts: minify-literals
// (through rollup-plugin-html-literals) finds the templates with the TypeScript parser, and
// html-minifier-terser and clean-css rewrite them. Conservative: white space collapses to one
// space but never goes, empty attributes stay, entities stay as written.
//
// The test server applies the same plugin to test/build/templates.fixture.ts only, and
// test/build/templates.test.ts checks that text, attribute values and CSS strings come out as
// written (web-test-runner.config.mjs).
import htmlLiterals from 'rollup-plugin-html-literals';

export const MINIFY_OPTIONS = { conservativeCollapse: true, removeEmptyAttributes: false, decodeEntities: false };

/** The Rollup/Vite plugin, for the files `include` names (globs). */
export const templateMinifier = (include) =>
  htmlLiterals({ include, failOnError: true, options: { minifyOptions: MINIFY_OPTIONS } });
