import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { $, $$, norm, textOf } from '../support/query.js';
import '../../src/role-comparison/define.js';
import '../../src/skills-checklist/define.js';
import type { DcwRoleComparison } from '../../src/role-comparison/define.js';
import { bundledDataset } from '../../src/shared/dataset/bundled.js';

/** The essential skill ids of a role in the bundled dataset. */
const essential = (role: string) =>
  bundledDataset.skills
    .filter((c) => c.role === role)
    .flatMap((c) => c.items.filter((s) => s.level === 'essential').map((s) => s.id));

const save = (role: string, done: string[]) =>
  localStorage.setItem(`dcw-skills:${role}`, JSON.stringify({ v: 1, done, learning: [] }));

/** The "Your skills" row's cells (table) or card values, in role order; none when there is no such row. */
function progressCells(el: DcwRoleComparison, head = 'Your skills'): string[] {
  const row = $$(el, 'tbody tr').find((tr) => textOf(tr.querySelector('th')) === head);
  if (row) return [...row.querySelectorAll('td')].map((td) => textOf(td));
  const card = $$(el, '[part="card"]').find((c) => textOf(c.querySelector('h3')) === head);
  return card ? [...card.querySelectorAll('dd')].map((dd) => textOf(dd)) : [];
}

describe('<dcw-role-comparison> "Your skills" row', () => {
  const clear = () => ['backend', 'frontend', 'fullstack'].forEach((r) => localStorage.removeItem(`dcw-skills:${r}`));
  beforeEach(clear);
  afterEach(clear);

  it('is not shown before the reader has ticked anything', async () => {
    const el = await fixture<DcwRoleComparison>(html`<dcw-role-comparison locale="en-US"></dcw-role-comparison>`);
    await expectAccessible(el);
    expect(progressCells(el)).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.not.contain('Your skills');
  });

  it('shows, for each role, the share of its essential skills done, from the checklist storage', async () => {
    const backend = essential('backend');
    expect(backend.length).to.be.greaterThan(4);
    // Two essential skills done, and one that is not essential, which does not count.
    const other = bundledDataset.skills
      .filter((c) => c.role === 'backend')
      .flatMap((c) => c.items)
      .find((s) => s.level !== 'essential')!.id;
    save('backend', [backend[0]!, backend[1]!, other]);
    const el = await fixture<DcwRoleComparison>(
      html`<dcw-role-comparison roles="frontend backend" locale="en-US"></dcw-role-comparison>`,
    );
    await expectAccessible(el);
    const percent = Math.round((2 / backend.length) * 100);
    expect(progressCells(el)).to.deep.equal([
      `0%: 0 of ${essential('frontend').length} essential skills done`,
      `${percent}%: 2 of ${backend.length} essential skills done`,
    ]);
  });

  it('is in the narrow layout too, and in German', async () => {
    save('frontend', essential('frontend'));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><dcw-role-comparison roles="frontend backend" locale="de-DE"></dcw-role-comparison></div>`,
    );
    const el = wrapper.querySelector<DcwRoleComparison>('dcw-role-comparison')!;
    await waitUntil(() => $(el, '[part="cards"]'), 'no cards at 320 px');
    await expectAccessible(el);
    const n = essential('frontend').length;
    expect(progressCells(el, 'Ihre Fähigkeiten').map(norm)).to.deep.equal([
      `100 %: ${n} von ${n} grundlegenden Fähigkeiten erledigt`,
      `0 %: 0 von ${essential('backend').length} grundlegenden Fähigkeiten erledigt`,
    ]);
  });

  it('follows a checklist on the page live, and changes from another tab (storage events)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <dcw-role-comparison roles="frontend backend" locale="en-US"></dcw-role-comparison>
        <dcw-skills-checklist role-id="backend" locale="en-US"></dcw-skills-checklist>
      </div>`,
    );
    const el = wrapper.querySelector<DcwRoleComparison>('dcw-role-comparison')!;
    const checklist = wrapper.querySelector('dcw-skills-checklist')!;
    await el.updateComplete;
    expect(progressCells(el)).to.deep.equal([]);
    const first = essential('backend')[0]!;
    const box = $(checklist, `input[aria-describedby="d-${first}"]`) as HTMLInputElement;
    expect(box, `checkbox of ${first}`).to.exist;
    box.click();
    const total = essential('backend').length;
    await waitUntil(() => progressCells(el)[1]?.includes(`1 of ${total}`), 'the row did not follow the tick');
    await expectAccessible(el);

    // Another tab ticks front-end skills: a storage event, which this tab does not get by itself.
    save('frontend', essential('frontend').slice(0, 3));
    window.dispatchEvent(new StorageEvent('storage', { key: 'dcw-skills:frontend' }));
    await waitUntil(() => progressCells(el)[0]?.includes('3 of'), 'the row did not follow the storage event');
    await expectAccessible(el);
  });

  it('ignores unreadable storage: no row, nothing broken', async () => {
    localStorage.setItem('dcw-skills:backend', '{not json');
    const el = await fixture<DcwRoleComparison>(html`<dcw-role-comparison locale="en-US"></dcw-role-comparison>`);
    await expectAccessible(el);
    expect(progressCells(el)).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.not.match(/NaN|undefined/);
  });
});
