import { html, noChange, nothing, type PropertyValues } from 'lit';
import { DcwElement } from '../shared/dcw-element.js';
import { skillsData } from './bundled-data.js';
import type { Role, Skill, SkillCategory } from '../shared/dataset/schema.js';
import { emit } from '../shared/events.js';
import { formatNumber, formatPercent } from '../shared/intl-cache.js';
import { messagesFor } from '../shared/messages.js';
import { resolveRole } from '../shared/role-region.js';
import { checklistMessages } from './messages.js';
import { checklistStyles } from './skills-checklist.styles.js';
import {
  decodeShare,
  encodeShare,
  KEY,
  parseProgress,
  readProgress,
  serialize,
  SHARE_PREFIX,
  writeProgress,
  type Progress,
  type StoreStatus,
} from './progress-store.js';

const LEVELS = ['essential', 'recommended', 'optional'] as const;
/** Values of `open`, the first being the default. */
const OPEN = ['first', 'all', 'none'] as const;

/** An item's mark (none when not started): done counts toward progress, learning is counted apart. */
type Mark = 'done' | 'learning';

/** Connected checklists: a save reaches the others with the same key at once, even when storage refuses it. */
const connected = new Set<DcwSkillsChecklist>();

interface View {
  role: Role;
  /**
   * The shown categories with their shown items; categories left empty by the level filter are
   * left out. A role with `skillsFrom` (full stack) lists those roles' categories too, each item
   * once, and categories of the same name as one.
   */
  cats: Array<[SkillCategory, Skill[]]>;
  /** Ids of the categories `open` opens. */
  opened: Set<string>;
  /** Every shown item (what the percent counts). */
  items: Skill[];
  /** Every item id of the role (all categories and levels), in data order. */
  known: Set<string>;
  notices: string[];
  /** Index in LEVELS of the lowest level shown. */
  max: number;
  /** The text in the current locale (looked up once per view, not once per item). */
  m: (typeof checklistMessages)['en'];
}

/**
 * The skills a role needs, grouped in categories, to tick off as done or mark as being learnt,
 * with progress kept in `localStorage` across visits.
 *
 * @tag dcw-skills-checklist
 * @summary A skills checklist with progress (done and learning) kept in the browser, export/import and a share link.
 *
 * @attr {string} role-id - Role id from the dataset; prefer this over `role`, which accessibility checkers read as an ARIA role
 * @attr {string} role - Role id whose skills are listed. Default `backend`; unknown → default with a notice. `role-id` wins when both are set. `fullstack` lists the front-end and back-end skills together, shared ones once.
 * @attr {string} categories - Space-separated category ids to show; unknown ids are ignored with a notice. Default: all.
 * @attr {string} level - `essential`, `recommended` or `optional`: that level and above. Default (or bad value): all.
 * @attr {'first'|'all'|'none'} [open=first] - Which categories start open: the first, all or none; a closed one still shows its count and progress. Unknown → `first` with a notice.
 * @attr {string} [storage-key=dcw-skills] - `localStorage` key for progress. By default one key keeps every role's progress, so a skill two roles share is ticked in both; a site that sets its own key keeps that checklist's progress there.
 * @attr {boolean} no-persist - Keep progress in memory only.
 * @attr {string} locale - BCP 47 locale for text and numbers.
 * @attr {string} theme - `auto`, `light` or `dark`.
 * @attr {string} src - URL of a custom dataset JSON.
 *
 * @prop {string[]} checked - Ids of the done items of the role. Setting it replaces them without firing an event.
 *
 * @fires dcw-progress-change - After every change by the reader: `{ role, checked, done, total, percent }` (`role` is the role id; percent 0–100 of the shown items).
 *
 * @cssprop --dcw-font-family
 * @cssprop --dcw-font-size
 * @cssprop --dcw-text-color
 * @cssprop --dcw-muted-color
 * @cssprop --dcw-surface-color
 * @cssprop --dcw-subtle-color
 * @cssprop --dcw-border-color
 * @cssprop --dcw-accent-color
 * @cssprop --dcw-accent-contrast-color
 * @cssprop --dcw-danger-color
 * @cssprop --dcw-radius
 * @cssprop --dcw-spacing
 * @cssprop --dcw-focus-ring
 *
 * @csspart base - The outer box.
 * @csspart header - Title and overall progress.
 * @csspart toolbar - Level filter and expand/collapse buttons.
 * @csspart category - One category: its disclosure button, progress and items (printed whole where it fits, ticks as ☑ / ☐).
 * @csspart toggle - A category's disclosure button.
 * @csspart item - One skill.
 * @csspart badge - A skill's level badge.
 * @csspart learn - A skill's "Learning" toggle (`aria-pressed`).
 * @csspart progress - A `<progress>` bar (overall and per category).
 * @csspart input - The level select.
 * @csspart actions - Export, import, share and reset.
 * @csspart confirm - An inline confirmation (reset, shared progress).
 * @csspart notice - Notices about attributes or storage.
 * @csspart error - The custom data alert.
 */
export class DcwSkillsChecklist extends DcwElement {
  static override styles = [...DcwElement.styles, checklistStyles];

  protected override get bundledData() {
    return skillsData;
  }

  static override properties = {
    role: {},
    roleId: { attribute: 'role-id' },
    categories: {},
    level: {},
    storageKey: { attribute: 'storage-key' },
    noPersist: { type: Boolean, attribute: 'no-persist' },
    open: {},
    expanded: { attribute: false },
    asking: { attribute: false },
    offer: { attribute: false },
    link: { attribute: false },
    note: { attribute: false },
  };

  /** Role id whose skills are listed. Default `backend`; `role-id` wins when both are set. */
  override role = 'backend';
  /** Role id from the dataset; prefer this over `role`, which accessibility checkers read as an ARIA role. */
  declare roleId?: string;
  /** Space-separated category ids to show. */
  declare categories?: string;
  /** Lowest level shown: `essential`, `recommended` or `optional`. */
  declare level?: string;
  /** `localStorage` key. Default `dcw-skills`, shared by every role. */
  declare storageKey?: string;
  /** Keep progress in memory only. */
  noPersist = false;
  /** Which categories start open: `first`, `all` or `none`. */
  declare open?: string;

  /** Ids of open categories once the reader opened or closed one; until then `open` decides. */
  private expanded?: Set<string>;
  /** The reset confirmation is open. */
  private asking = false;
  /** Progress from a share link, offered until the reader answers. */
  private offer?: Progress & { role: string };
  /** The share link, shown as a link to copy when the clipboard refused it. */
  private link?: string;
  /** A short message after an action (a polite status). */
  private note?: string;

  /** Marks by item id, including ids the dataset does not know (kept, never counted). Changes call `requestUpdate`. */
  #marks = new Map<string, Mark>();
  #status: StoreStatus = 'none';
  #key?: string;
  #preset?: string[];
  #view?: View;

  get #m() {
    return messagesFor(checklistMessages, this.currentLocale);
  }

  /** Ids of the done items of the role, in data order. Setting it replaces them (no event). */
  get checked(): string[] {
    return this.#view
      ? [...this.#view.known].filter((id) => this.#marks.get(id) === 'done')
      : [...(this.#preset ?? [])];
  }

  set checked(ids: string[]) {
    const list = Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
    if (!this.#view) {
      this.#preset = list;
      return;
    }
    for (const [id, mark] of this.#marks) if (mark === 'done' && this.#view.known.has(id)) this.#marks.delete(id);
    for (const id of list) this.#marks.set(id, 'done');
    this.#save();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    addEventListener('storage', this.#onStorage);
    this.offer = decodeShare(location.hash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    removeEventListener('storage', this.#onStorage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('open')) this.expanded = undefined;
    // A tick or a storage sync changes marks, which are no property: the view of the data stays.
    if (changed.size || !this.#view) this.#view = this.#resolve();
    const key = this.storageKey?.trim() || KEY;
    if (key !== this.#key || changed.has('noPersist')) this.#load(key);
  }

  /** What to show, from the data and the attributes; a bad attribute value falls back and adds a notice. */
  #resolve(): View {
    const { skills } = this.data;
    const { unknownValue } = this.shared;
    const m = this.#m;
    const notices: string[] = [];
    const { role, notice } = resolveRole(this.data, this.role, this.roleId, unknownValue);
    if (notice) notices.push(notice);
    const all = [role.id, ...(role.skillsFrom ?? [])].flatMap((id) => skills.filter((c) => c.role === id));
    const ids: string[] = this.categories?.match(/\S+/g) ?? [];
    const chosen = all.filter((c) => ids.includes(c.id));
    const shown = chosen.length ? chosen : all;
    const unknown = ids.filter((id) => !chosen.some((c) => c.id === id));
    if (unknown.length)
      notices.push(unknownValue('categories', unknown.join(' '), shown.map((c) => c.name).join(', ')));
    let max = LEVELS.indexOf((this.level?.trim().toLowerCase() || 'optional') as (typeof LEVELS)[number]);
    if (max < 0) {
      max = 2;
      notices.push(unknownValue('level', this.level!, m.allLevels));
    }
    // Each item once, in the first category that lists it; categories of one name (two roles' "Testing") as one.
    const listed = new Set<string>();
    const byName = new Map<string, [SkillCategory, Skill[]]>();
    for (const c of shown) {
      const items = c.items.filter((i) => {
        if (LEVELS.indexOf(i.level) > max || listed.has(i.id)) return false;
        listed.add(i.id);
        return true;
      });
      const same = byName.get(c.name);
      if (same) same[1].push(...items);
      else byName.set(c.name, [c, items]);
    }
    const cats = [...byName.values()].filter(([, items]) => items.length);
    const open = this.open?.trim().toLowerCase() || 'first';
    if (!OPEN.includes(open as (typeof OPEN)[number])) notices.push(unknownValue('open', this.open!, '"first"'));
    const opened = new Set((open === 'all' ? cats : open === 'none' ? [] : cats.slice(0, 1)).map(([c]) => c.id));
    return {
      role,
      opened,
      known: new Set(all.flatMap((c) => c.items.map((i) => i.id))),
      notices,
      max,
      cats,
      items: cats.flatMap(([, items]) => items),
      m,
    };
  }

  #load(key: string): void {
    this.#key = key;
    const stored = this.noPersist ? undefined : readProgress(key);
    this.#status = stored?.status ?? 'none';
    this.#apply(stored?.progress);
    if (this.#preset) this.checked = this.#preset;
    this.#preset = undefined;
  }

  /** Replaces every mark with the given progress (none: clears them); done wins over learning. */
  #apply(p?: Progress): void {
    this.#marks = new Map();
    for (const id of p?.learning ?? []) this.#marks.set(id, 'learning');
    for (const id of p?.done ?? []) this.#marks.set(id, 'done');
    this.requestUpdate();
  }

  /** Every mark (every role's, and ids the dataset no longer knows). */
  get #progress(): Progress {
    return this.#progressOf(() => true);
  }

  #progressOf(keep: (id: string) => boolean): Progress {
    const ids = (mark: Mark) => [...this.#marks].filter(([id, m]) => m === mark && keep(id)).map(([id]) => id);
    return { done: ids('done'), learning: ids('learning') };
  }

  /** Keeps progress (in storage unless no-persist), tells same-key checklists, and fires the event on a reader's change. */
  #save(byReader?: boolean): void {
    const progress = this.#progress;
    if (!this.noPersist) {
      this.#status = writeProgress(this.#key!, progress) ? 'ok' : 'unavailable';
      for (const other of connected) {
        if (other !== this && other.#key === this.#key && !other.noPersist) other.#apply(progress);
      }
    }
    this.requestUpdate();
    if (byReader) this.#fire();
  }

  #fire(): void {
    const { items, role } = this.#view!;
    const done = this.#count(items);
    const total = items.length;
    emit(this, 'dcw-progress-change', {
      role: role.id,
      checked: this.checked,
      done,
      total,
      percent: total ? Math.round((done / total) * 100) : 0,
    });
  }

  /** Another tab changed storage. */
  #onStorage = (e: Event): void => {
    const { key } = e as StorageEvent;
    if (this.noPersist || (key !== null && key !== this.#key)) return;
    const { progress, status } = readProgress(this.#key!);
    if (status === 'ok' || status === 'none') this.#apply(progress);
  };

  /** A reader's change to one item. */
  #mark(id: string, mark?: Mark): void {
    if (mark) this.#marks.set(id, mark);
    else this.#marks.delete(id);
    this.#save(true);
  }

  #exportFile(): void {
    const a = document.createElement('a');
    a.href = 'data:application/json,' + encodeURIComponent(serialize(this.#progress));
    a.download = `dcw-skills-${this.#view!.role.id}.json`;
    a.click();
  }

  /** The level filter's change: a reader's choice, so it fires like a tick does. */
  async #onLevel(e: Event): Promise<void> {
    this.level = (e.target as HTMLSelectElement).value;
    await this.updateComplete;
    this.#fire();
  }

  /** The file input's change: reads the chosen file, then clears the input so the same file can be chosen again. */
  #onImport(e: Event): void {
    const input = e.target as HTMLInputElement;
    void this.importFile(input.files![0]!);
    input.value = '';
  }

  /**
   * Replaces progress with an exported file's; resolves to whether it was used. A bad file
   * changes nothing and says so in the status line, as unreadable saved progress does.
   * Called before the element is on the page, it waits until it has rendered there.
   */
  async importFile(file: Blob): Promise<boolean> {
    let p: Progress | undefined;
    await this.updateComplete;
    try {
      if (file.size < 2e6) p = parseProgress(JSON.parse(await file.text()));
    } catch {
      /* not JSON (or no file at all) */
    }
    this.link = undefined;
    this.note = p ? this.#m.imported : this.#m.unreadable;
    if (p) this.#replace(p);
    return !!p;
  }

  async #share(): Promise<void> {
    const url = new URL(location.href);
    const { role, known } = this.#view!;
    url.hash =
      SHARE_PREFIX +
      encodeShare(
        role.id,
        this.#progressOf((id) => known.has(id)),
      );
    this.note = this.link = undefined;
    try {
      await navigator.clipboard.writeText(url.href);
      this.note = this.#m.copied;
    } catch {
      this.link = url.href;
    }
  }

  /**
   * A reader's replacing of this checklist's progress (import, accepted share link; none: reset):
   * the role's items take the given marks; other roles' skills keep theirs.
   */
  #replace(p: Progress = { done: [], learning: [] }): void {
    for (const id of this.#view!.known) this.#marks.delete(id);
    for (const id of p.learning) this.#marks.set(id, 'learning');
    for (const id of p.done) this.#marks.set(id, 'done');
    this.#save(true);
  }

  #answerOffer(accept: boolean): void {
    if (accept) this.#replace(this.offer);
    this.offer = undefined;
    if (location.hash.startsWith(SHARE_PREFIX)) {
      try {
        history.replaceState(history.state, '', location.pathname + location.search);
      } catch {
        /* sandboxed */
      }
    }
  }

  async #askReset(): Promise<void> {
    this.asking = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.reset button:last-child')?.focus();
  }

  #answerReset(clear: boolean): void {
    if (clear) this.#replace();
    this.asking = false;
    this.renderRoot.querySelector<HTMLElement>('.ask-reset')?.focus();
  }

  #count(items: Skill[], mark: Mark = 'done'): number {
    return items.filter((i) => this.#marks.get(i.id) === mark).length;
  }

  /** Done count, percent and learning count of some items (never none: empty categories are not shown). */
  #renderBar(items: Skill[], label: string) {
    const m = this.#m;
    const n = (v: number) => formatNumber(this.currentLocale, v);
    const done = this.#count(items);
    const learning = this.#count(items, 'learning');
    return html`<div class="progress">
      <progress part="progress" max=${items.length} value=${done} aria-label=${label}></progress>
      ${m.progress(n(done), n(items.length), formatPercent(this.currentLocale, done / items.length))}${learning ? ` · ${m.learningCount(n(learning))}` : ''}
    </div>`;
  }

  #renderAsk(text: string, yes: string, answer: (yes: boolean) => void, cls = '') {
    return html`<div part="confirm" class="notice ${cls}" role="group" aria-label=${text}>
      <p>${text}</p>
      <button @click=${() => answer(true)}>${yes}</button>
      <button @click=${() => answer(false)}>${this.#m.cancel}</button>
    </div>`;
  }

  /** Per shown category, by position: what it was last rendered from (its item list, then their marks). */
  #rendered: unknown[][] = [];

  /**
   * Whether category `i` would render as it did last time: the same item list (a new view of the
   * data, a locale, level or open/closed change makes new lists) with the same marks. Lit then
   * keeps it as it is (`noChange`), so a tick in a 2,000-item checklist re-renders one category,
   * not all 2,000 items' bindings.
   */
  #unchanged(i: number, items: Skill[]): boolean {
    const key = [items, ...items.map((item) => this.#marks.get(item.id))];
    const last = this.#rendered[i];
    this.#rendered[i] = key;
    return !!last && last.length === key.length && key.every((k, j) => k === last[j]);
  }

  #renderItem = (item: Skill) => {
    const { m } = this.#view!;
    const mark = this.#marks.get(item.id);
    return html`<li part="item" class=${mark ?? ''}>
      <label><input type="checkbox" .checked=${mark === 'done'} aria-describedby="d-${item.id}" @change=${(e: Event) => this.#mark(item.id, (e.target as HTMLInputElement).checked ? 'done' : undefined)}>${item.name}</label>
      <span part="badge" class="badge">${m[item.level]}</span>
      <button part="learn" class="learn" aria-pressed=${mark === 'learning'} @click=${() => this.#mark(item.id, mark === 'learning' ? undefined : 'learning')}>
        ${m.learning}<span class="visually-hidden"> ${item.name}</span>
      </button>
      <div class="desc" id="d-${item.id}">${item.description}${item.link ? html` <a href=${item.link}>${m.docs}<span class="visually-hidden">: ${item.name}</span></a>` : nothing}</div>
    </li>`;
  };

  protected renderContent() {
    const { role, cats, opened, items, max, notices, m } = this.#view!;
    const status = this.#status === 'unavailable' ? m.notKept : this.#status === 'garbage' ? m.unreadable : '';
    return html`${this.renderNotices([...notices, status])}
      ${this.offer?.role === role.id ? this.#renderAsk(m.loadShared, m.import, (yes) => this.#answerOffer(yes)) : nothing}
      <div part="header">
        <h2>${m.title(role.name)}</h2>
        ${items.length ? this.#renderBar(items, role.name) : nothing}
      </div>
      ${
        cats.length
          ? html`<div part="toolbar">
              <label>
                ${m.show}
                <select part="input" @change=${this.#onLevel}>
                  ${LEVELS.map((level, i) => html`<option value=${level} ?selected=${i === max}>${[m.essential, m.upTo(m.recommended), m.allLevels][i]}</option>`)}
                </select>
              </label>
              <button @click=${() => (this.expanded = new Set(cats.map(([c]) => c.id)))}>${m.expandAll}</button>
              <button @click=${() => (this.expanded = new Set())}>${m.collapseAll}</button>
            </div>
            ${cats.map(([cat, items], i) => {
              if (this.#unchanged(i, items)) return noChange;
              const shown = this.expanded ?? opened;
              const open = shown.has(cat.id);
              return html`<div part="category">
                <div class="head">
                  <h3>
                    <button part="toggle" aria-expanded=${open} @click=${() => {
                      const next = new Set(shown);
                      if (open) next.delete(cat.id);
                      else next.add(cat.id);
                      this.expanded = next;
                    }}>${cat.name}</button>
                    <span class="print">${cat.name}</span>
                  </h3>
                  ${this.#renderBar(items, cat.name)}
                </div>
                <ul ?hidden=${!open}>
                  ${items.map(this.#renderItem)}
                </ul>
              </div>`;
            })}`
          : html`<p>${m.noSkills}</p>`
      }
      <div part="actions">
        <button @click=${this.#exportFile}>${m.export}</button>
        <button @click=${() => this.renderRoot.querySelector<HTMLElement>('[type=file]')!.click()}>${m.import}</button>
        <input type="file" hidden accept=".json" @change=${this.#onImport}>
        <button @click=${this.#share}>${m.share}</button>
        <button class="ask-reset" @click=${this.#askReset}>${m.reset}</button>
      </div>
      ${this.asking ? this.#renderAsk(m.resetAsk, m.reset, (yes) => this.#answerReset(yes), 'reset') : nothing}
      ${this.link ? html`<a class="share" href=${this.link}>${m.share}</a>` : nothing}
      <p class="note" role="status">${this.note}</p>`;
  }
}
