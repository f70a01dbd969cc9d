// custom-elements.json from the elements' JSDoc (@tag, @attr, @fires, @cssprop, @csspart).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/messages.ts', 'src/shared/dataset/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
