import { html, nothing } from 'lit';
import type { Source } from './dataset/schema.js';

/**
 * A source as one line: "BLS, May 2024 — Software Developers (SOC 15-1252)", linked to the
 * publisher's page. `url` is https-only by schema, so the link is safe to render. `noreferrer`
 * also means `noopener` (HTML spec), so the source's page gets neither this page nor its address.
 */
export function sourceCitation(source: Source | undefined, label: string, occupation?: string) {
  if (!source) return nothing;
  const when = source.period ?? String(source.year);
  return html`<span part="source" class="source">
    ${label}:
    <a href=${source.url} target="_blank" rel="noreferrer">${source.title}</a>,
    ${source.publisher}, ${when}${occupation ? html` — ${occupation}` : nothing}
  </span>`;
}
