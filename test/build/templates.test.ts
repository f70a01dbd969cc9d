import { expect, fixture } from '@open-wc/testing';
import { render } from 'lit';
import { attributes, text, TemplatesFixture } from './templates.fixture.js';

/**
 * The build's template minifier (scripts/template-minifier.mjs, applied to templates.fixture.ts by
 * the test server as by the build to src/) leaves what a reader sees as written: visible text,
 * attribute values, bound values and CSS strings. The expected values are written out by hand.
 */
describe('template minifier', () => {
  const mount = async (template: unknown) => {
    const host = await fixture<HTMLDivElement>('<div></div>');
    render(template, host);
    return host;
  };

  it('runs on the fixture (else the tests below would prove nothing)', () => {
    const styles = TemplatesFixture.styles as { cssText: string };
    expect(styles.cssText).to.equal(':host{--label:"a  b"}p::before{content:"  >  "}');
  });

  it('keeps visible text, pre-formatted text and bound values as written', async () => {
    const host = await mount(text());
    await expect(host).to.be.accessible();
    // White space in ordinary text is collapsed by the browser anyway: visible text is what counts.
    expect(host.querySelector<HTMLElement>('#words')!.innerText).to.equal('Use width="100" here, it\'s "fine" & ok');
    expect(host.querySelector('#pre')!.textContent).to.equal('a  b\n  c');
    const bound = host.querySelector('#bound')!;
    expect(bound.textContent).to.equal('x  y');
    expect(bound.getAttribute('title')).to.equal('a  b');
  });

  it('keeps attribute values, empty ones included, exactly', async () => {
    const host = await mount(attributes());
    await expect(host).to.be.accessible();
    const input = host.querySelector('input')!;
    expect(input.getAttribute('value')).to.equal('a  b');
    expect(input.getAttribute('title')).to.equal('x = "y"');
    expect(input.getAttribute('data-empty')).to.equal('');
    expect(input.getAttribute('aria-label')).to.equal('Pay  =  hours × rate');
  });

  it('keeps strings in CSS exactly', async () => {
    const el = await fixture('<dcw-templates-fixture></dcw-templates-fixture>');
    await expect(el).to.be.accessible();
    expect(getComputedStyle(el).getPropertyValue('--label').trim()).to.equal('"a  b"');
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!, '::before').content).to.equal('"  >  "');
  });
});
