import { html, nothing } from 'lit';
import type { Source } from './dataset/schema.js';

/** The shared words a citation uses (see `sharedMessages`). */
export interface CitationWords {
  source: string;
  periodUnknown: string;
  dated: (year: number) => string;
}

/**
 * A source as one line: "BLS, May 2024 — Software Developers (SOC 15-1252)", linked to the
 * publisher's page, with "published 2021" when `datedYear` (see figures.ts) says the figure is
 * old. Every figure shows its period: a source that gives none says so rather than going quiet.
 * `url` is https-only by schema, so the link is safe to render. `noreferrer` also means
 * `noopener` (HTML spec), so the source's page gets neither this page nor its address.
 */
export function sourceCitation(
  source: Source | undefined,
  words: CitationWords,
  occupation?: string,
  datedYear?: number,
) {
  if (!source) return nothing;
  const when = source.period ?? (source.year === undefined ? words.periodUnknown : String(source.year));
  return html`<span part="source" class="source">
    ${words.source}:
    <a href=${source.url} target="_blank" rel="noreferrer">${source.title}</a>,
    ${source.publisher}, ${when}${occupation ? html` — ${occupation}` : nothing}${
      datedYear === undefined ? nothing : html` <span part="dated" class="dated">(${words.dated(datedYear)})</span>`
    }
  </span>`;
}
