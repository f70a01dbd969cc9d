// Progress is kept per skill, not per role (issue 21): one tick for every role, and the migration
// of what earlier versions saved (per-role keys, exported files, share links).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/skills-checklist/define.js';
import type { DcwSkillsChecklist } from '../../src/skills-checklist/define.js';
import { decodeShare, KEY, readProgress } from '../../src/skills-checklist/progress-store.js';
import { skillsData } from '../../src/skills-checklist/bundled-data.js';
import { $, $$, text } from '../support/query.js';
import { expectAccessible } from '../support/axe.js';

/** Checklists of the bundled data side by side, as a page with several of them. */
async function page(...roles: string[]): Promise<DcwSkillsChecklist[]> {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  const els = roles.map((role) => {
    const el = document.createElement('dcw-skills-checklist');
    el.setAttribute('role-id', role);
    return el;
  });
  root.append(...els);
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}

const box = (el: DcwSkillsChecklist, id: string) => $<HTMLInputElement>(el, `[aria-describedby="d-${id}"]`);
const ids = (el: DcwSkillsChecklist) =>
  $$(el, '[part="item"] input').map((i) => i.getAttribute('aria-describedby')!.slice(2));
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');
const itemsOf = (role: string) =>
  skillsData.skills.filter((c) => c.role === role).flatMap((c) => c.items.map((i) => i.id));

describe('<dcw-skills-checklist> progress per skill', function () {
  // Several bundled checklists through axe take several seconds in WebKit on a busy machine.
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  it('ticks Git in the back-end checklist and shows it in the front-end and full-stack ones, and after reload', async () => {
    const [be, fe, fs] = await page('backend', 'frontend', 'fullstack');
    await expectAccessible(be!);
    box(be!, 'git')!.click();
    await Promise.all([be, fe, fs].map((el) => el!.updateComplete));
    for (const el of [be!, fe!, fs!]) {
      await expectAccessible(el);
      expect(box(el, 'git')!.checked, el.roleId).to.be.true;
      expect(el.checked, el.roleId).to.include('git');
    }
    expect(stored()).to.deep.equal({ v: 1, done: ['git'], learning: [] });
    // Reload: new checklists read the same storage.
    for (const el of [be, fe, fs]) el!.remove();
    const again = await page('frontend', 'fullstack', 'backend');
    for (const el of again) {
      await expectAccessible(el);
      expect(box(el, 'git')!.checked, el.roleId).to.be.true;
    }
    // Unticking in one unticks everywhere.
    box(again[0]!, 'git')!.click();
    await Promise.all(again.map((el) => el.updateComplete));
    for (const el of again) expect(box(el, 'git')!.checked, el.roleId).to.be.false;
  });

  it('lists the front-end and back-end skills together for fullstack, shared ones once', async () => {
    const [fs] = await page('fullstack');
    await expectAccessible(fs!);
    const listed = ids(fs!);
    const expected = new Set([...itemsOf('frontend'), ...itemsOf('backend')]);
    expect(listed.length).to.equal(new Set(listed).size);
    expect(new Set(listed)).to.deep.equal(expected);
    for (const shared of ['git', 'http', 'https', 'cors', 'package-management']) expect(listed).to.include(shared);
    expect(text(fs!, '[part="header"] .progress')).to.equal(`0 of ${expected.size} done (0%)`);
    // Categories of one name (both roles' "Testing") are one.
    const names = $$(fs!, '[part="toggle"]').map((t) => t.textContent!.trim());
    expect(names.length).to.equal(new Set(names).size);
  });

  it('resets only the role’s own skills', async () => {
    const [be, fe] = await page('backend', 'frontend');
    be!.checked = ['git', 'be-sql'];
    fe!.checked = ['fe-dom', 'git'];
    await Promise.all([be!.updateComplete, fe!.updateComplete]);
    expect(stored().done).to.have.members(['git', 'be-sql', 'fe-dom']);
    $$<HTMLButtonElement>(fe!, 'button')
      .find((b) => b.textContent!.trim() === 'Reset')!
      .click();
    await fe!.updateComplete;
    await expectAccessible(fe!);
    $<HTMLButtonElement>(fe!, '.reset button')!.click();
    await Promise.all([be!.updateComplete, fe!.updateComplete]);
    expect(fe!.checked).to.deep.equal([]);
    expect(be!.checked).to.deep.equal(['be-sql']);
    expect(stored().done).to.deep.equal(['be-sql']);
  });

  describe('migration of saved progress', () => {
    it('merges the old per-role keys without losing a tick, unknown ids included, and removes them once written', async () => {
      localStorage.setItem(
        'dcw-skills:backend',
        JSON.stringify({ v: 1, done: ['be-git', 'be-sql', 'be-gone'], learning: ['be-cors'] }),
      );
      localStorage.setItem(
        'dcw-skills:frontend',
        JSON.stringify({ v: 1, done: ['fe-dom', 'fe-cors'], learning: ['fe-git'] }),
      );
      localStorage.setItem('dcw-skills:retired-role', JSON.stringify({ v: 1, done: ['old-skill'], learning: [] }));
      const [be, fe] = await page('backend', 'frontend');
      await expectAccessible(be!);
      expect(be!.checked).to.have.members(['git', 'be-sql', 'cors']);
      expect(fe!.checked).to.have.members(['git', 'fe-dom', 'cors']);
      expect($(be!, '[part="notice"]')).to.be.null;
      // Nothing written yet: the old keys are still there.
      expect(localStorage.getItem('dcw-skills:backend')).not.to.be.null;
      expect(localStorage.getItem(KEY)).to.be.null;
      box(be!, 'be-indexes')!.click();
      await be!.updateComplete;
      const saved = stored();
      expect(saved.done).to.have.members(['git', 'be-sql', 'be-gone', 'fe-dom', 'cors', 'old-skill', 'be-indexes']);
      expect(saved.learning).to.deep.equal([]);
      for (const role of ['backend', 'frontend', 'retired-role'])
        expect(localStorage.getItem(`dcw-skills:${role}`), role).to.be.null;
    });

    it('leaves an unreadable old key where it is and still reads the others', async () => {
      localStorage.setItem('dcw-skills:backend', '{not json');
      localStorage.setItem('dcw-skills:frontend', JSON.stringify({ v: 1, done: ['fe-git'], learning: [] }));
      const [be] = await page('backend');
      await expectAccessible(be!);
      expect(be!.checked).to.deep.equal(['git']);
      box(be!, 'be-sql')!.click();
      await be!.updateComplete;
      expect(stored().done).to.have.members(['git', 'be-sql']);
      expect(localStorage.getItem('dcw-skills:backend')).to.equal('{not json');
      expect(localStorage.getItem('dcw-skills:frontend')).to.be.null;
    });

    it('keeps the old keys when the new value cannot be written (full quota), and the ticks on screen', async () => {
      const old = JSON.stringify({ v: 1, done: ['be-git'], learning: [] });
      localStorage.setItem('dcw-skills:backend', old);
      const { setItem } = Storage.prototype;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const [be] = await page('backend');
        box(be!, 'be-sql')!.click();
        await be!.updateComplete;
        await expectAccessible(be!);
        expect(be!.checked).to.have.members(['git', 'be-sql']);
        expect(text(be!, '[part="notice"]')).to.contain('will not be kept');
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(localStorage.getItem('dcw-skills:backend')).to.equal(old);
      expect(localStorage.getItem(KEY)).to.be.null;
      expect(readProgress(KEY).progress.done).to.deep.equal(['git']);
    });

    it('reads an old export and an old share link with the renamed ids', async () => {
      const [fe] = await page('frontend');
      const file = new Blob([JSON.stringify({ v: 1, done: ['fe-git', 'fe-http-basics'], learning: ['fe-https'] })]);
      expect(await fe!.importFile(file)).to.be.true;
      await fe!.updateComplete;
      await expectAccessible(fe!);
      expect(fe!.checked).to.have.members(['git', 'http']);
      expect($(fe!, '[aria-describedby="d-https"]')!.closest('[part="item"]')!.className).to.equal('learning');
      expect(decodeShare('#dcw-skills=backend~be-git,be-sql~be-cors')).to.deep.equal({
        role: 'backend',
        done: ['git', 'be-sql'],
        learning: ['cors'],
      });
    });

    it('keeps a site’s own storage-key, old ids in it renamed', async () => {
      localStorage.setItem('my-site-progress', JSON.stringify({ v: 1, done: ['be-git'], learning: [] }));
      const root = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('dcw-skills-checklist');
      el.setAttribute('storage-key', 'my-site-progress');
      root.append(el);
      await el.updateComplete;
      await expectAccessible(el);
      expect(el.checked).to.deep.equal(['git']);
      box(el, 'be-sql')!.click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem('my-site-progress')!).done).to.have.members(['git', 'be-sql']);
      expect(localStorage.getItem(KEY)).to.be.null;
    });
  });
});
