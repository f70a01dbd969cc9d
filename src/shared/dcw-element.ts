import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset } from './dataset/schema.js';
import type { DataIssue } from './dataset/validate.js';
import { loadValidator } from './dataset/validator.js';
import { fetchJson, resolveDataUrl } from './dataset/fetch-json.js';
import { resolveLocale } from './locale.js';
import { pageMatches, pageSetting, watchPage, watchPageRoots } from './page-watch.js';
import { languageOf, messagesFor, sharedMessages } from './messages.js';
import { translationGeneration } from './translations.js';
import { emit } from './events.js';
import { tokens } from './tokens.styles.js';

export type Theme = 'auto' | 'light' | 'dark';

/** A reason to refuse custom data, already worded for the reader. */
class Refusal extends Error {}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The base every widget extends: locale, theme, and the dataset (bundled, `src`, or an inline
 * `<script type="application/json">` child), with one way of reporting bad data; the page
 * defaults (`<meta name="dcw:region|locale|theme|dark-selector">`, an attribute wins), lazy
 * rendering, and following a role picked in a comparison (`linked`).
 *
 * Subclasses implement `renderContent()`; the base wraps it in `part="base"` with the data notice.
 *
 * @attr {string} dark-selector - A CSS selector such as `.dark` or `[data-theme=dark]`: with the `auto` theme the widget is dark while the page's `<html>` or `<body>` matches it, light otherwise, and follows changes live. Default: `<meta name="dcw:dark-selector">`, else none (the system's scheme). An invalid selector is ignored with a notice.
 * @attr {'eager' | 'lazy'} [loading=eager] - `lazy`: render only when within about one screen of the viewport (keep its box's size reserved with CSS, so nothing shifts).
 * @attr {boolean} [linked=false] - Follow the role a reader picks in a `<dcw-role-comparison>` on the same page (calculator and checklist: as if `role-id` named it).
 */
export abstract class DcwElement extends LitElement {
  static override styles = [tokens];

  // A `static properties` block rather than decorators: the same behaviour in fewer bundle bytes.
  static override properties: PropertyDeclarations = {
    locale: {},
    theme: { reflect: true },
    darkSelector: { attribute: 'dark-selector' },
    loading: {},
    linked: { type: Boolean },
    src: {},
    region: {},
    data: { state: true },
    fetching: { state: true },
    waiting: { state: true },
    dataProblem: { state: true },
    currentLocale: { state: true },
    translations: { state: true },
  };

  /** BCP 47 locale for text and number formats. Default: its own `lang`, the page's `<meta name="dcw:locale">`, the nearest ancestor's `lang`, then the browser's. */
  declare locale?: string;

  /**
   * `auto` follows `dark-selector` when there is one, else `prefers-color-scheme`; `light` or
   * `dark` force one. Unset: the page's `<meta name="dcw:theme">`, else `auto`.
   */
  declare theme?: Theme;

  /**
   * A CSS selector (`.dark`, `[data-theme=dark]`): with the `auto` theme the widget is dark while
   * the page's `<html>` or `<body>` matches it, light otherwise, following changes live. Unset:
   * the page's `<meta name="dcw:dark-selector">`. An invalid selector is ignored with a notice.
   */
  declare darkSelector?: string;

  /** `lazy`: render only once within about a screen of the viewport. Default `eager`. */
  declare loading?: 'eager' | 'lazy';

  /** Follow the role a reader picks in a `<dcw-role-comparison>` on the same page. */
  declare linked: boolean;

  /** URL of a dataset JSON with the bundled dataset's schema. Fetched without credentials. */
  declare src?: string;

  /** Region id from the dataset (`us`, …). Default: the page's `<meta name="dcw:region">`, else the dataset's default region. */
  declare region?: string;

  /** The dataset in use: the bundled one until a custom one has loaded and validated. */
  declare protected data: Dataset;

  /** Custom data is being fetched; the widget shows a short status instead of figures that may change. */
  declare protected fetching: boolean;

  /** `loading="lazy"` and not yet near the viewport: nothing is rendered. */
  declare protected waiting: boolean;

  /** Why custom data was refused, shown in a `role="alert"` notice. */
  declare protected dataProblem?: string;

  /** The resolved locale (never empty, always usable by `Intl`). */
  declare protected currentLocale: string;

  /**
   * Which registration of translations the text is from (`translationGeneration()`): a change
   * counts as a changed property, so a subclass that derives text in `willUpdate` derives it again.
   */
  declare protected translations: number;

  constructor() {
    super();
    this.linked = false;
    this.fetching = false;
    this.waiting = false;
    this.currentLocale = 'en-US';
  }

  #loadController?: AbortController;
  #unwatchPage?: () => void;
  #nearby?: IntersectionObserver;

  /**
   * The region asked for and where it was asked (for a notice): the `region` attribute, else the
   * page's `<meta name="dcw:region">`.
   */
  protected get regionAsked(): [region: string | undefined, from: string] {
    return this.region?.trim() ? [this.region, 'region'] : [pageSetting('region'), '<meta name="dcw:region">'];
  }

  /**
   * Called when a reader picks a role in a comparison on the page and this widget is `linked`:
   * shows that role, as if `role-id` named it.
   */
  protected followRole(role: string): void {
    this.setAttribute('role-id', role);
  }

  #onRoleSelect = (event: Event) => {
    const role = (event as CustomEvent<{ role?: unknown }>).detail?.role;
    if (this.linked && event.target !== this && typeof role === 'string') this.followRole(role);
  };

  /**
   * UI language for the current locale: its tag or nearest parent with text, shipped or registered
   * (`de-CH` → `de`; `fr-FR` → `fr` once French is registered), else `en`. The base's `lang`.
   */
  protected get language(): string {
    return languageOf(this.currentLocale);
  }

  protected get shared() {
    return messagesFor(sharedMessages, this.currentLocale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-renders now and on each lang, viewport or translation change: the locale is resolved on every update.
    this.#unwatchPage = watchPage(() => this.requestUpdate());
    document.addEventListener('dcw-role-select', this.#onRoleSelect);
    // Lazy: nothing rendered until within about one screen of the viewport (once rendered, it
    // stays); put back in the page while still waiting, it waits again.
    if (this.loading === 'lazy' && (this.waiting || !this.hasUpdated) && globalThis.IntersectionObserver) {
      this.waiting = true;
      this.#nearby = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.waiting = false;
          this.#nearby?.disconnect();
        },
        { rootMargin: '100% 0px' },
      );
      this.#nearby.observe(this);
    }
    // Before the data loads, so that a refusal is worded in the page's language, not the default's.
    this.currentLocale = resolveLocale(this, this.locale);
    // The bundled data until custom data has loaded (subclass getters are not there in the constructor).
    this.data ??= this.bundledData;
    this.#loadData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Both are harmless to call again, so neither needs clearing.
    this.#unwatchPage?.();
    this.#loadController?.abort();
    this.#nearby?.disconnect();
    document.removeEventListener('dcw-role-select', this.#onRoleSelect);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On every update, not only when `locale` changes: an ancestor's `lang` may have changed, or
    // the element may have been moved under another one. Microseconds: formatters are cached.
    this.currentLocale = resolveLocale(this, this.locale);
    this.translations = translationGeneration();
    // A reconnect (moved in the page) reloads from connectedCallback; here only `src` changes.
    if (changed.has('src') && changed.get('src') !== undefined) this.#loadData();
  }

  /**
   * Picks the data source: `src`, else an inline JSON child, else the bundled dataset. Custom
   * data waits for the validator, requested at the same time as the data.
   */
  #loadData(): void {
    this.#loadController?.abort();
    this.#loadController = undefined;
    this.#inlineData = undefined;
    this.fetching = false;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (!this.src && !inline) {
      this.#useData(this.bundledData);
      return;
    }
    let json: Promise<unknown>;
    if (this.src) {
      const src = this.src;
      let url: string;
      try {
        url = resolveDataUrl(src).href;
      } catch (error) {
        this.#refuse([], this.shared.loadFailed(src, (error as Error).message));
        return;
      }
      const controller = new AbortController();
      this.#loadController = controller;
      json = fetchJson(url, controller.signal).catch((error: unknown) => {
        throw new Refusal(this.shared.loadFailed(src, messageOf(error)));
      });
    } else {
      try {
        json = Promise.resolve(JSON.parse(inline!.textContent ?? '') as unknown);
      } catch {
        this.#refuse([{ path: '(root)', message: 'expected valid JSON' }]);
        return;
      }
      this.#loadController = new AbortController();
    }
    const { signal } = this.#loadController;
    const validator = loadValidator().catch((error: unknown) => {
      throw new Refusal(this.shared.checkerFailed(messageOf(error)));
    });
    this.fetching = true;
    const settled = Promise.all([json, validator]).then(
      ([value, validate]) => {
        if (signal.aborted) return;
        this.fetching = false;
        const result = validate(value);
        if (result.ok) this.#useData(result.data);
        else this.#refuse(result.issues);
      },
      (error: unknown) => {
        if (signal.aborted) return;
        this.fetching = false;
        this.#refuse([], error instanceof Refusal ? error.message : messageOf(error));
      },
    );
    // Inline data needs no network, only the validator: `updateComplete` waits for it (a `src`
    // that never answers must not hold `updateComplete` forever, so it does not wait for that).
    this.#inlineData = this.src ? undefined : settled;
  }

  /** Settles once inline data has been checked and is in use or refused. */
  #inlineData?: Promise<void>;

  /** Resolves once the element has rendered, with its inline data when it has any. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#inlineData;
    return super.getUpdateComplete();
  }

  #useData(data: Dataset): void {
    this.data = data;
    this.dataProblem = undefined;
  }

  #refuse(issues: DataIssue[], reason?: string): void {
    const first = issues[0];
    const message = reason ?? (first ? this.shared.invalidData(first.path, first.message) : this.shared.usingBuiltIn);
    this.data = this.bundledData;
    this.dataProblem = message;
    emit(this, 'dcw-error', { message, issues });
  }

  /** Short notices (bad attributes) as a polite status; shown above the content. */
  protected renderNotices(notices: ReadonlyArray<string | undefined>): TemplateResult | typeof nothing {
    const list = notices.filter((n): n is string => !!n);
    return list.length
      ? html`<div class="notice" role="status" part="notice">${list.map((n) => html`<p>${n}</p>`)}</div>`
      : nothing;
  }

  /** The bundled data this widget shows (its slice of the dataset, see dataset/bundled.ts). */
  protected abstract get bundledData(): Dataset;

  protected abstract renderContent(): unknown;

  /**
   * The colour scheme set on the frame (`light`, `dark`, or none to follow the system), from
   * `theme` or its meta, and for `auto` the dark selector, with a notice when that is invalid.
   */
  #scheme(): [scheme: string, notice?: string] {
    const theme = this.theme ?? pageSetting('theme');
    if (theme === 'light' || theme === 'dark') return [theme];
    const selector = this.darkSelector?.trim() || pageSetting('dark-selector');
    // Anything else is `auto`: with a selector, light or dark as the page is; without, the system's.
    if (!selector) return [''];
    const dark = pageMatches(selector);
    if (dark !== undefined) watchPageRoots();
    return dark === undefined ? ['', this.shared.badSelector(selector)] : [dark ? 'dark' : 'light'];
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.waiting) return nothing;
    const [scheme, notice] = this.#scheme();
    return html`<div part="base" class="base ${scheme}" lang=${this.language}>
      ${this.renderNotices([notice])}
      ${
        this.dataProblem
          ? html`<div class="notice" role="alert" part="error">
            <p>${this.dataProblem}</p>
            <p>${this.shared.usingBuiltIn}</p>
          </div>`
          : nothing
      }
      ${this.fetching ? html`<p role="status" class="muted">${this.shared.loading}</p>` : this.renderContent()}
    </div>`;
  }
}
