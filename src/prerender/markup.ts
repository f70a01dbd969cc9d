/**
 * Plain HTML for the fallbacks, escaped by construction: `markup` escapes every value it is given
 * except markup it made itself, as Lit's `html` does in the widgets. (Lit's server renderer would
 * add its part markers to every line; a feed reader gets plain HTML.)
 */

/** HTML made by `markup`, inserted as it is. */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (or an attribute value) as HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type Value = Markup | string | number | undefined | null | false | ReadonlyArray<Value>;

const valueHtml = (value: Value): string =>
  value instanceof Markup
    ? value.html
    : Array.isArray(value)
      ? value.map(valueHtml).join('')
      : value === undefined || value === null || value === false
        ? ''
        : escapeHtml(String(value));

export function markup(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? valueHtml(values[i]!) : ''), ''));
}
