import registry from '../widgets.json';

/** The tags `prerender` writes into: every widget of the registry (src/widgets.json). */
export const WIDGET_TAGS: readonly string[] = registry.map((w) => w.tag);
