import { html, nothing } from 'lit';

/**
 * A data table: an optional header row, and rows whose first cell is the row's header.
 * `undefined` cells are left out, so an optional column needs no special case.
 */
export const dataTable = (
  className: string,
  part: string | undefined,
  head: unknown[] | undefined,
  rows: unknown[][],
) =>
  html`<table class=${className} part=${part ?? nothing}>
    ${head ? html`<tr>${head.map((cell) => (cell === undefined ? nothing : html`<th scope="col">${cell}</th>`))}</tr>` : nothing}
    ${rows.map(([header, ...cells]) => html`<tr><th scope="row">${header}</th>${cells.map((cell) => (cell === undefined ? nothing : html`<td>${cell}</td>`))}</tr>`)}
  </table>`;
