import { expect } from '@open-wc/testing';
import { minifyLitTemplates } from '../../scripts/minify-templates.mjs';

describe('minifyLitTemplates (build plugin)', () => {
  it('collapses white space in html and css templates, not in other strings', () => {
    const source =
      'const a = html`\n  <p>\n    ${x}\n  </p>\n`; const b = `keep\n  this`; const c = css`\n  :host {\n    color: red;\n  }\n`;';
    expect(minifyLitTemplates(source)).to.equal(
      'const a = html`<p>${x}</p>`; const b = `keep\n  this`; const c = css` :host{color:red}`;',
    );
  });

  it('minifies templates nested in expressions and leaves expression code alone', () => {
    const source = "html`<ul>\n  ${items.map((i) => html`\n    <li title=${'a  b'}>${i}</li>\n  `)}\n</ul>`";
    expect(minifyLitTemplates(source)).to.equal(
      "html`<ul>${items.map((i) => html`<li title=${'a  b'}>${i}</li>`)}</ul>`",
    );
  });

  it('keeps escapes and object literals inside expressions', () => {
    const source = 'html`<p class=${classMap({ a: true })}>\\`  x</p>`';
    expect(minifyLitTemplates(source)).to.equal('html`<p class=${classMap({ a: true })}>\\` x</p>`');
  });

  it('drops white space only where a block-level tag makes it invisible', () => {
    const source =
      'html`\n  <div class="a">\n    <label>x</label>\n    <span>y</span> ${z}\n  </div>\n  <p>t <strong>u</strong> ${v} <button>w</button></p>\n`';
    expect(minifyLitTemplates(source)).to.equal(
      'html`<div class=a><label>x</label> <span>y</span> ${z}</div><p>t <strong>u</strong> ${v} <button>w</button></p>`',
    );
  });

  it('keeps white space inside svg text and by tags whose names only start like a block tag', () => {
    const source = 'svg`<text> a </text> <path d=x /> <pattern> b </pattern>`';
    expect(minifyLitTemplates(source)).to.equal('svg`<text> a </text> <path d=x /> <pattern> b </pattern>`');
  });

  it('tightens container and media query ranges in css', () => {
    expect(minifyLitTemplates('css`@container (width >= 40rem) { a { b: c } }`')).to.equal(
      'css`@container (width>=40rem){a{b:c}}`',
    );
  });
});
