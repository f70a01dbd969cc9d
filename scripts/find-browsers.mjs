// Finds the Debian-packaged browsers the tests run in. No test tool may download its own browser.
import { existsSync } from 'node:fs';

export const BROWSERS = {
  chromium: {
    package: 'chromium',
    candidates: [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
  },
  firefox: {
    package: 'firefox-esr',
    candidates: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
  },
  webkit: {
    package: 'webkit2gtk-driver xvfb xauth',
    candidates: [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'],
    extra: ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/bin/xvfb-run'],
  },
};

/**
 * Flags for Debian's Chromium as root on a machine with no network beyond the registries: no
 * sandbox (root), no GPU, and none of the background connections this machine refuses.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Path of the browser's binary, or undefined when it is not installed. */
export function findBrowser(name) {
  const spec = BROWSERS[name];
  const path = spec.candidates.find((p) => p && existsSync(p));
  if (!path) return undefined;
  if (spec.extra && !spec.extra.every((p) => existsSync(p))) return undefined;
  return path;
}

/** The browsers asked for by DCW_BROWSERS (comma-separated), all three by default. */
export function wantedBrowsers() {
  const list = (process.env.DCW_BROWSERS ?? 'chromium,firefox,webkit')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of list)
    if (!BROWSERS[name]) throw new Error(`Unknown browser "${name}" in DCW_BROWSERS (chromium, firefox, webkit)`);
  return list;
}
