/**
 * The page-wide `DevCareerWidgets` object of the one-tag scripts. Each script adds its exports
 * (the element classes, and what exports.ts shares) and keeps what another of our scripts put
 * there, so a per-widget script and the all-in script on one page do not overwrite each other.
 * Used only by the scripts' entries (scripts/build.mjs); the ES modules touch no global.
 */
declare global {
  var DevCareerWidgets: Record<string, unknown> | undefined;
}

export function publishGlobal(api: object): void {
  globalThis.DevCareerWidgets = Object.assign(globalThis.DevCareerWidgets ?? {}, api);
}
