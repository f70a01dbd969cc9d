// The pages and datasets the benchmark measures, built in memory.
import { readFileSync } from 'node:fs';
import { ALL_IN_SCRIPT, WIDGETS } from '../widgets.mjs';

const BUNDLE = `/${ALL_IN_SCRIPT}`;
/** The first-render probe, inlined at the end of each first-render page's body (see ready.js). */
const PROBE = `<script>${readFileSync(new URL('./ready.js', import.meta.url), 'utf8')}</script>`;

/** Each widget's attributes on the bench pages, by tag; the article has a section for each. */
const ATTRIBUTES = {
  'dcw-role-comparison': 'roles="frontend backend fullstack" highlight="backend"',
  'dcw-salary-calculator': 'role-id="backend" region="us"',
  'dcw-skills-checklist': 'role-id="backend"',
};

/** Article text around the widgets, so layout shift and first render are measured in a page like a blog post. */
const para = (topic) =>
  `<p>Readers who ask about ${topic} usually want figures they can trust and a sense of what the work is like day to day. The section below answers with sourced data, and the paragraph after it puts the numbers in context for someone choosing a path.</p>`;

/**
 * The article, with `hosts[tag]` (markup) in that widget's section. Every page has the same text
 * and headings, with one widget or three: only the widgets (or their static copies) differ.
 */
function article(scripts, hosts) {
  const at = (tag) => hosts[tag] ?? '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Becoming a back-end developer</title><link rel="icon" href="data:,">
${scripts}
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem}</style>
</head>
<body><main><article>
<h1>Becoming a back-end developer</h1>
${para('the back end')}
<h2>Front end vs back end</h2>${para('roles')}
${at('dcw-role-comparison')}
<h2>What does a back-end developer earn?</h2>${para('pay')}
${at('dcw-salary-calculator')}
<h2>Back-end skills checklist</h2>${para('skills')}
${at('dcw-skills-checklist')}
${para('next steps')}
</article></main>${PROBE}</body>
</html>`;
}

/**
 * The first-render pages, each a widgets page and its static twin, served at `path` and
 * `staticPath`: the three widgets from the all-in script (`/bench/widgets.html`, also the page
 * of the layout-shift and interaction measures); the same page run through `prerender` (issue
 * 20), against the same twin, captured from `twinFrom`; then each widget alone from its own
 * script, as README tells a site owner to embed them.
 */
export const FIRST_RENDER_PAGES = [
  {
    id: 'three',
    label: 'three widgets, all-in script',
    tags: WIDGETS.map((w) => w.tag),
    script: ALL_IN_SCRIPT,
    path: '/bench/widgets.html',
    staticPath: '/bench/static.html',
  },
  {
    id: 'prerendered',
    label: 'three widgets prerendered, all-in script',
    tags: WIDGETS.map((w) => w.tag),
    script: ALL_IN_SCRIPT,
    prerendered: true,
    path: '/bench/prerendered.html',
    staticPath: '/bench/static.html',
    twinFrom: '/bench/widgets.html',
  },
  ...WIDGETS.map((w) => ({
    id: w.tag,
    label: `${w.tag} alone, its own script`,
    tags: [w.tag],
    script: w.script,
    path: `/bench/${w.tag}.html`,
    staticPath: `/bench/${w.tag}.static.html`,
  })),
];

/** The widgets of `tags`, loaded by `script` (a dist/ path), as README tells a site owner to embed them. */
export const widgetsPage = (tags = WIDGETS.map((w) => w.tag), script = ALL_IN_SCRIPT) =>
  article(
    `<script src="/${script}" defer></script>`,
    Object.fromEntries(tags.map((tag) => [tag, `<${tag} data-bench ${ATTRIBUTES[tag]}></${tag}>`])),
  );

/**
 * The HTML served at a first-render page's `path`: its widgets page, run through the package's
 * `prerender` (dist/esm/prerender.js, so import this only after the build) when `target.prerendered`.
 */
export async function firstRenderHtml(target) {
  const page = widgetsPage(target.tags, target.script);
  if (!target.prerendered) return page;
  const { prerender } = await import(new URL('../../dist/esm/prerender.js', import.meta.url).href);
  return prerender(page);
}

/**
 * The same content with no JavaScript for the widgets: each widget's rendered shadow tree and
 * styles (`captured`: { tag, html, css }, read from the widgets page), as declarative shadow DOM.
 * Same text, same CSS, same layout; only the script work is missing, which is what the ratio is
 * meant to show.
 */
export function staticPage(captured) {
  const host = ({ html, css }) =>
    `<div data-bench><template shadowrootmode="open"><style>${css}</style>${html.replace(/<!--[^]*?-->/g, '')}</template></div>`;
  return article('', Object.fromEntries(captured.map((c) => [c.tag, host(c)])));
}

/** Only the bundle: elements are mounted from page scripts (interaction, scale, memory). */
export const blankPage = () =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,"><script src="${BUNDLE}"></script></head><body></body></html>`;

/** The bundled dataset with its skills replaced by `n` generated items, 20 per category, all for `backend`. */
export function checklistDataset(base, n) {
  const skills = [];
  for (let start = 0; start < n; start += 20) {
    const c = start / 20 + 1;
    const items = [];
    for (let i = start + 1; i <= Math.min(n, start + 20); i++) {
      items.push({
        id: `s-${i}`,
        name: `Skill ${i}`,
        description: `What skill ${i} covers, in one sentence of the usual length for the checklist.`,
        level: ['essential', 'recommended', 'optional'][i % 3],
        link: 'https://developer.mozilla.org/en-US/docs/Web',
      });
    }
    skills.push({ id: `c-${c}`, role: 'backend', name: `Category ${c}`, items });
  }
  return { ...base, skills };
}

/** The bundled dataset with `count` dimensions: pay and outlook kept, the rest generated text and lists. */
export function comparisonDataset(base, count) {
  const dimensions = base.dimensions.filter((d) => d.kind === 'pay' || d.kind === 'outlook');
  for (let i = dimensions.length + 1; i <= count; i++)
    dimensions.push({ id: `d-${i}`, name: `Dimension ${i}`, kind: i % 2 ? 'text' : 'list' });
  const value = (role, d, j) =>
    d.kind === 'list'
      ? Array.from({ length: 6 }, (_, k) => `Tool ${(j + k) % 10}`)
      : `${role.name}: one sentence about ${d.name.toLowerCase()}, of the usual length.`;
  const roles = base.roles.map((r) => ({
    ...r,
    values: Object.fromEntries(
      dimensions.filter((d) => d.kind === 'text' || d.kind === 'list').map((d, j) => [d.id, value(r, d, j)]),
    ),
  }));
  return { ...base, dimensions, roles };
}
