/**
 * Gives an element an inline `<script type="application/json">` dataset child, as a site owner
 * would write it (Lit templates cannot bind inside <script>, so tests build it by hand).
 * A string is used as the script's text as is (so broken JSON can be tested); anything else is
 * serialised. Returns the element.
 */
export function withInlineData<E extends Element>(el: E, data: unknown): E {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof data === 'string' ? data : JSON.stringify(data);
  el.append(script);
  return el;
}
