import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { DcwElement } from '../shared/dcw-element.js';
import type { Role, Skill, SkillCategory } from '../shared/dataset/schema.js';
import { emit } from '../shared/events.js';
import { formatNumber, formatPercent } from '../shared/intl-cache.js';
import { messagesFor } from '../shared/messages.js';
import { checklistMessages } from './messages.js';
import { checklistStyles } from './skills-checklist.styles.js';
import {
  broadcast,
  decodeShare,
  encodeShare,
  parseProgress,
  progressBus,
  readProgress,
  serialize,
  SHARE_PREFIX,
  writeProgress,
  type Progress,
  type StoreStatus,
  type SyncDetail,
} from './progress-store.js';

const LEVELS = ['essential', 'recommended', 'optional'] as const;

interface View {
  role: Role;
  cats: Array<{ cat: SkillCategory; items: Skill[] }>;
  /** Every item id of the role (all categories and levels), in data order. */
  known: Set<string>;
  notices: string[];
  /** Index in LEVELS of the lowest level shown. */
  max: number;
}

/**
 * The skills a role needs, grouped in categories, to tick off as done or mark as being learnt,
 * with progress kept in `localStorage` across visits.
 *
 * @tag dcw-skills-checklist
 * @summary A skills checklist with progress (done and learning) kept in the browser, export/import and a share link.
 *
 * @attr {string} role - Role id whose skills are listed. Default `backend`; unknown → default with a notice.
 * @attr {string} categories - Space-separated category ids to show; unknown ids are ignored with a notice. Default: all.
 * @attr {string} level - `essential`, `recommended` or `optional`: that level and above. Default (or bad value): all.
 * @attr {string} storage-key - `localStorage` key for progress. Default `dcw-skills:<role>`.
 * @attr {boolean} no-persist - Keep progress in memory only.
 * @attr {string} locale - BCP 47 locale for text and numbers.
 * @attr {string} theme - `auto`, `light` or `dark`.
 * @attr {string} src - URL of a custom dataset JSON.
 *
 * @prop {string[]} checked - Ids of the done items of the role. Setting it replaces them without firing an event.
 *
 * @fires dcw-progress-change - After every change by the reader: `{ role, checked, done, total, percent }` (percent 0–100 of the shown items).
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
 * @csspart category - One category: its disclosure button, progress and items.
 * @csspart toggle - A category's disclosure button.
 * @csspart item - One skill.
 * @csspart badge - A skill's level badge.
 * @csspart progress - A `<progress>` bar (overall and per category).
 * @csspart input - Form controls (level select, share link).
 * @csspart actions - Export, import, share and reset.
 * @csspart confirm - An inline confirmation (reset, shared progress).
 * @csspart notice - Notices about attributes or storage.
 * @csspart error - The custom data alert.
 */
export class DcwSkillsChecklist extends DcwElement {
  static override styles = [...DcwElement.styles, checklistStyles];

  /** Role id whose skills are listed. */
  @property() override role = 'backend';
  /** Space-separated category ids to show. */
  @property() categories?: string;
  /** Lowest level shown: `essential`, `recommended` or `optional`. */
  @property() level?: string;
  /** `localStorage` key. Default `dcw-skills:<role>`. */
  @property({ attribute: 'storage-key' }) storageKey?: string;
  /** Keep progress in memory only. */
  @property({ type: Boolean, attribute: 'no-persist' }) noPersist = false;

  @state() private done = new Set<string>();
  @state() private learning = new Set<string>();
  @state() private collapsed = new Set<string>();
  @state() private status: StoreStatus = 'none';
  @state() private asking = false;
  @state() private offer?: Progress & { role: string };
  @state() private link?: string;
  /** A short message after an action; `true` second makes it an alert. */
  @state() private note?: [string, boolean?];

  private key?: string;
  private preset?: string[];
  private view?: View;
  private sig?: unknown[];

  private get m() {
    return messagesFor(checklistMessages, this.currentLocale);
  }

  /** Ids of the done items of the role, in data order. Setting it replaces them (no event). */
  get checked(): string[] {
    return this.view ? [...this.view.known].filter((id) => this.done.has(id)) : [...(this.preset ?? [])];
  }

  set checked(ids: string[]) {
    const list = Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
    if (!this.view) {
      this.preset = list;
      this.requestUpdate();
      return;
    }
    const done = new Set(list);
    for (const id of this.done) if (!this.view.known.has(id)) done.add(id);
    for (const id of done) this.learning.delete(id);
    this.done = done;
    this.save(false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    progressBus.addEventListener('change', this.onSync);
    window.addEventListener('storage', this.onStorage);
    this.offer = decodeShare(location.hash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    progressBus.removeEventListener('change', this.onSync);
    window.removeEventListener('storage', this.onStorage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const sig = [this.data, this.role, this.categories, this.level, this.currentLocale];
    if (!this.sig || sig.some((v, i) => v !== this.sig![i])) {
      this.sig = sig;
      this.view = this.resolve();
    }
    const key = this.storageKey?.trim() || `dcw-skills:${this.view!.role.id}`;
    if (key !== this.key || changed.has('noPersist')) this.load(key);
  }

  private resolve(): View {
    const { roles, skills } = this.data;
    const notices: string[] = [];
    const wanted = this.role?.trim().toLowerCase() || 'backend';
    let role = roles.find((r) => r.id === wanted);
    if (!role) {
      role = roles.find((r) => r.id === 'backend') ?? roles[0]!;
      notices.push(this.shared.unknownValue('role', this.role, role.name));
    }
    const all = skills.filter((c) => c.role === role.id);
    const known = new Set(all.flatMap((c) => c.items.map((i) => i.id)));
    let cats = all;
    const ids = this.categories?.trim().split(/\s+/).filter(Boolean) ?? [];
    if (ids.length) {
      const have = new Set(all.map((c) => c.id));
      for (const id of ids) if (!have.has(id)) notices.push(this.m.unknownCategory(id));
      const want = new Set(ids);
      const chosen = all.filter((c) => want.has(c.id));
      if (chosen.length) cats = chosen;
    }
    let max = 2;
    const level = this.level?.trim().toLowerCase();
    if (level) {
      max = LEVELS.indexOf(level as (typeof LEVELS)[number]);
      if (max < 0) {
        max = 2;
        notices.push(this.shared.unknownValue('level', this.level!, this.m.allLevels));
      }
    }
    return {
      role,
      known,
      notices,
      max,
      cats: cats
        .map((cat) => ({ cat, items: cat.items.filter((i) => LEVELS.indexOf(i.level) <= max) }))
        .filter((c) => c.items.length),
    };
  }

  private load(key: string): void {
    this.key = key;
    const { progress, status } = this.noPersist ? { progress: { done: [], learning: [] }, status: 'none' as const } : readProgress(key);
    this.status = status;
    this.apply(progress);
    if (this.preset) {
      const preset = this.preset;
      this.preset = undefined;
      this.checked = preset;
    }
  }

  private apply(p: Progress): void {
    this.done = new Set(p.done);
    this.learning = new Set(p.learning.filter((id) => !this.done.has(id)));
  }

  private get progress(): Progress {
    return { done: [...this.done], learning: [...this.learning] };
  }

  /** Keeps progress (storage unless no-persist), tells same-key checklists, and fires the event on reader changes. */
  private save(user: boolean): void {
    const p = this.progress;
    if (!this.noPersist && this.key) {
      this.status = writeProgress(this.key, p) ? 'ok' : 'unavailable';
      broadcast({ key: this.key, source: this, ...p });
    }
    this.requestUpdate();
    if (user) this.fire();
  }

  private fire(): void {
    const { done, total } = this.count(this.view!.cats.flatMap((c) => c.items));
    emit(this, 'dcw-progress-change', {
      role: this.view!.role.id,
      checked: this.checked,
      done,
      total,
      percent: total ? Math.round((done / total) * 100) : 0,
    });
  }

  private onSync = (e: Event): void => {
    const d = (e as CustomEvent<SyncDetail>).detail;
    if (d.key !== this.key || d.source === this || this.noPersist) return;
    this.apply(d);
    this.offer = undefined;
  };

  private onStorage = (e: StorageEvent): void => {
    if (!this.key || this.noPersist || (e.key !== null && e.key !== this.key)) return;
    const { progress, status } = readProgress(this.key);
    if (status !== 'unavailable' && status !== 'garbage') this.apply(progress);
  };

  private onItemChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    const id = input.dataset['id'];
    if (!id) return;
    if (input.checked) {
      this.done.add(id);
      this.learning.delete(id);
    } else this.done.delete(id);
    this.save(true);
  }

  private onItemClick(e: Event): void {
    const id = (e.target as Element).closest<HTMLElement>('[data-learn]')?.dataset['learn'];
    if (!id) return;
    if (this.learning.has(id)) this.learning.delete(id);
    else {
      this.learning.add(id);
      this.done.delete(id);
    }
    this.save(true);
  }

  private toggleCategory(e: Event): void {
    const id = (e.currentTarget as HTMLElement).dataset['cat']!;
    const next = new Set(this.collapsed);
    if (!next.delete(id)) next.add(id);
    this.collapsed = next;
  }

  private async onLevel(e: Event): Promise<void> {
    this.level = (e.target as HTMLSelectElement).value;
    await this.updateComplete;
    this.fire();
  }

  private exportFile(): void {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([serialize(this.progress, { role: this.view!.role.id })], { type: 'application/json' }));
    a.download = `${this.key!.replace(/[^\w-]+/g, '-')}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  private onImport(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.importFile(file).finally(() => (input.value = ''));
  }

  /** Replaces progress with an exported file's. A bad file changes nothing and shows why; resolves to whether it was used. */
  async importFile(file: Blob): Promise<boolean> {
    let p: Progress | undefined;
    try {
      if (file.size < 2_000_000) p = parseProgress(JSON.parse(await file.text()));
    } catch {
      /* not JSON */
    }
    if (!p) {
      this.note = [this.m.badFile, true];
      return false;
    }
    this.apply(p);
    this.save(true);
    this.note = [this.m.imported];
    return true;
  }

  private async share(): Promise<void> {
    const url = new URL(location.href);
    url.hash = SHARE_PREFIX.slice(1) + encodeShare(this.view!.role.id, this.progress);
    this.note = this.link = undefined;
    try {
      await navigator.clipboard.writeText(url.href);
      this.note = [this.m.copied];
    } catch {
      this.link = url.href;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.share input')?.select();
    }
  }

  private answerOffer(accept: boolean): void {
    if (accept && this.offer) {
      this.apply(this.offer);
      this.save(true);
    }
    this.offer = undefined;
    if (location.hash.startsWith(SHARE_PREFIX)) {
      try {
        history.replaceState(history.state, '', location.pathname + location.search);
      } catch {
        /* sandboxed */
      }
    }
  }

  private async askReset(): Promise<void> {
    this.asking = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.reset button:last-child')?.focus();
  }

  private answerReset(clear: boolean): void {
    if (clear) {
      this.done = new Set();
      this.learning = new Set();
      this.save(true);
    }
    this.asking = false;
    this.renderRoot.querySelector<HTMLElement>('.ask-reset')?.focus();
  }

  private count(items: Skill[]): { done: number; learning: number; total: number } {
    let done = 0;
    let learning = 0;
    for (const { id } of items) {
      if (this.done.has(id)) done++;
      else if (this.learning.has(id)) learning++;
    }
    return { done, learning, total: items.length };
  }

  private renderProgress(items: Skill[], label: string) {
    const { done, learning, total } = this.count(items);
    const n = (v: number) => formatNumber(this.currentLocale, v);
    return html`<div class="progress">
      <progress part="progress" max=${total || 1} .value=${done} aria-label=${this.m.progressOf(label)}></progress>
      <span>${this.m.progress(n(done), n(total), formatPercent(this.currentLocale, total ? done / total : 0))}${learning
          ? ` · ${this.m.learningCount(n(learning))}`
          : nothing}</span>
    </div>`;
  }

  private renderConfirm(text: string, yes: string, cls: string, answer: (yes: boolean) => void) {
    return html`<div class="confirm ${cls}" part="confirm" role="group" aria-label=${text}>
      <p>${text}</p>
      <button type="button" @click=${() => answer(true)}>${yes}</button>
      <button type="button" @click=${() => answer(false)}>${this.m.cancel}</button>
    </div>`;
  }

  private renderItem = (item: Skill) => {
    const m = this.m;
    const done = this.done.has(item.id);
    const learning = !done && this.learning.has(item.id);
    return html`<li part="item" class="item ${done ? 'done' : learning ? 'learning' : ''}">
      <input type="checkbox" id="i-${item.id}" data-id=${item.id} .checked=${done} aria-describedby="d-${item.id}" />
      <div>
        <label for="i-${item.id}">${item.name}</label>
        <span part="badge" class="badge ${item.level}">${m[item.level]}</span>
        <span class="desc" id="d-${item.id}">${item.description}</span>
        ${item.link ? html`<a href=${item.link}>${m.docs}<span class="visually-hidden">: ${item.name}</span></a>` : nothing}
      </div>
      <button type="button" class="learn" data-learn=${item.id} aria-pressed=${learning ? 'true' : 'false'}>
        ${m.learning}<span class="visually-hidden"> ${item.name}</span>
      </button>
    </li>`;
  };

  protected renderContent() {
    const m = this.m;
    const view = this.view!;
    const { role, cats, max } = view;
    const notices = [...view.notices, this.status === 'unavailable' ? m.notKept : this.status === 'garbage' ? m.garbage : undefined];
    const offer = this.offer?.role === role.id;
    return html`${this.renderNotices(notices)}
      ${offer ? this.renderConfirm(m.loadShared, m.load, 'offer', (yes) => this.answerOffer(yes)) : nothing}
      <div part="header" class="header">
        <h2>${m.title(role.name)}</h2>
        ${cats.length ? this.renderProgress(cats.flatMap((c) => c.items), role.name) : nothing}
      </div>
      ${cats.length
        ? html`<div part="toolbar" class="toolbar">
              <label
                >${m.show}
                <select part="input" @change=${this.onLevel}>
                  <option value="optional" ?selected=${max === 2}>${m.allLevels}</option>
                  <option value="essential" ?selected=${max === 0}>${m.essential}</option>
                  <option value="recommended" ?selected=${max === 1}>${m.upTo(m.recommended)}</option>
                </select></label
              >
              <button type="button" @click=${() => (this.collapsed = new Set())}>${m.expandAll}</button>
              <button type="button" @click=${() => (this.collapsed = new Set(cats.map((c) => c.cat.id)))}>${m.collapseAll}</button>
            </div>
            <div class="cats" @change=${this.onItemChange} @click=${this.onItemClick}>
              ${cats.map(({ cat, items }) => {
                const open = !this.collapsed.has(cat.id);
                return html`<div part="category" class="category">
                  <h3>
                    <button type="button" part="toggle" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="c-${cat.id}" data-cat=${cat.id} @click=${this.toggleCategory}>
                      ${cat.name}
                    </button>
                  </h3>
                  ${this.renderProgress(items, cat.name)}
                  <ul id="c-${cat.id}" ?hidden=${!open}>
                    ${repeat(items, (i) => i.id, this.renderItem)}
                  </ul>
                </div>`;
              })}
            </div>`
        : html`<p class="empty">${m.noSkills(role.name)}</p>`}
      <div part="actions" class="actions">
        <button type="button" @click=${this.exportFile}>${m.exportFile}</button>
        <label class="file">${m.importFile}<input type="file" class="visually-hidden" accept=".json,application/json" @change=${this.onImport} /></label>
        <button type="button" @click=${this.share}>${m.share}</button>
        <button type="button" class="ask-reset" @click=${this.askReset}>${m.reset}</button>
      </div>
      ${this.asking ? this.renderConfirm(m.resetAsk, m.clear, 'reset', (yes) => this.answerReset(yes)) : nothing}
      ${this.link
        ? html`<label class="share">${m.shareLink} <input part="input" readonly .value=${this.link} /></label>`
        : nothing}
      <p class="note" role="status">${this.note?.[1] ? '' : this.note?.[0]}</p>
      ${this.note?.[1] ? html`<p class="note alert" role="alert">${this.note[0]}</p>` : nothing}`;
  }
}
