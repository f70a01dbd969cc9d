/**
 * Templates that a careless minifier would change: double spaces, quotes, `=` and `&` in text and
 * attribute values, CSS strings, a quote inside an expression's comment. The test server minifies
 * this file with the build's own template minifier (scripts/template-minifier.mjs); the test
 * (templates.test.ts) checks what renders against the values written out there by hand.
 */
import { css, html, LitElement } from 'lit';

export const text = () => html`
  <div>
    <p id="words">Use  width="100" here, it's  "fine" &amp; ok</p>
    <pre id="pre">a  b
  c</pre>
    <span id="bound" title=${'a  b'}>${/* it's a binding */ 'x  y'}</span>
  </div>
`;

export const attributes = () =>
  html`<input id="input" value="a  b" title='x = "y"' data-empty="" aria-label="Pay  =  hours × rate">`;

export class TemplatesFixture extends LitElement {
  static override styles = css`
    :host {
      --label: "a  b";
    }
    p::before {
      content: "  >  ";
    }
  `;

  override render() {
    return html`<p>styled</p>`;
  }
}
customElements.define('dcw-templates-fixture', TemplatesFixture);
