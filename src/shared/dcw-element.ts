import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { bundledDataset } from './dataset/bundled.js';
import type { Dataset } from './dataset/schema.js';
import { validateDataset, type DataIssue } from './dataset/validate.js';
import { fetchJson, resolveDataUrl } from './dataset/fetch-json.js';
import { resolveLocale } from './locale.js';
import { watchPage } from './page-watch.js';
import { languageOf, messagesFor, sharedMessages, type Language } from './messages.js';
import { emit } from './events.js';
import { tokens } from './tokens.styles.js';

export type Theme = 'auto' | 'light' | 'dark';

/**
 * The base every widget extends: locale, theme, and the dataset (bundled, `src`, or an inline
 * `<script type="application/json">` child), with one way of reporting bad data.
 *
 * Subclasses implement `renderContent()`; the base wraps it in `part="base"` with the data notice.
 */
export abstract class DcwElement extends LitElement {
  static override styles = [tokens];

  // A `static properties` block rather than decorators: the same behaviour in fewer bundle bytes.
  static override properties: PropertyDeclarations = {
    locale: {},
    theme: { reflect: true },
    src: {},
    region: {},
    data: { state: true },
    loading: { state: true },
    dataProblem: { state: true },
    currentLocale: { state: true },
  };

  /** BCP 47 locale for text and number formats. Default: nearest ancestor `lang`, then the browser's. */
  declare locale?: string;

  /** `auto` follows `prefers-color-scheme`; `light` or `dark` force one. */
  declare theme: Theme;

  /** URL of a dataset JSON with the bundled dataset's schema. Fetched without credentials. */
  declare src?: string;

  /** Region id from the dataset (`us`, …). Default: the dataset's default region. */
  declare region?: string;

  /** The dataset in use: the bundled one until a custom one has loaded and validated. */
  declare protected data: Dataset;

  /** Custom data is being fetched; the widget shows a short status instead of figures that may change. */
  declare protected loading: boolean;

  /** Why custom data was refused, shown in a `role="alert"` notice. */
  declare protected dataProblem?: string;

  /** The resolved locale (never empty, always usable by `Intl`). */
  declare protected currentLocale: string;

  constructor() {
    super();
    this.theme = 'auto';
    this.data = bundledDataset;
    this.loading = false;
    this.currentLocale = 'en-US';
  }

  #loadController?: AbortController;
  #unwatchPage?: () => void;

  /** UI language for the current locale (English when the locale's language has no catalogue). */
  protected get language(): Language {
    return languageOf(this.currentLocale);
  }

  protected get shared() {
    return messagesFor(sharedMessages, this.currentLocale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-renders now and on each lang or viewport change: the locale is resolved on every update.
    this.#unwatchPage = watchPage(() => this.requestUpdate());
    // Before the data loads, so that a refusal is worded in the page's language, not the default's.
    this.currentLocale = resolveLocale(this, this.locale);
    this.#loadData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Both are harmless to call again, so neither needs clearing.
    this.#unwatchPage?.();
    this.#loadController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On every update, not only when `locale` changes: an ancestor's `lang` may have changed, or
    // the element may have been moved under another one. Microseconds: formatters are cached.
    this.currentLocale = resolveLocale(this, this.locale);
    // A reconnect (moved in the page) reloads from connectedCallback; here only `src` changes.
    if (changed.has('src') && changed.get('src') !== undefined) this.#loadData();
  }

  /** Picks the data source: `src`, else an inline JSON child, else the bundled dataset. */
  #loadData(): void {
    this.#loadController?.abort();
    if (this.src) {
      this.#loadFrom(this.src);
      return;
    }
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (!inline) {
      this.#useData(bundledDataset);
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(inline.textContent ?? '');
    } catch {
      this.#refuse([{ path: '(root)', message: 'expected valid JSON' }]);
      return;
    }
    this.#accept(json);
  }

  #loadFrom(src: string): void {
    let url: string;
    try {
      url = resolveDataUrl(src).href;
    } catch (error) {
      this.#refuse([], this.shared.loadFailed(src, (error as Error).message));
      return;
    }
    const controller = new AbortController();
    this.#loadController = controller;
    this.loading = true;
    fetchJson(url, controller.signal).then(
      (json) => {
        if (controller.signal.aborted) return;
        this.loading = false;
        this.#accept(json);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.loading = false;
        this.#refuse([], this.shared.loadFailed(src, error instanceof Error ? error.message : String(error)));
      },
    );
  }

  #accept(json: unknown): void {
    const result = validateDataset(json);
    if (result.ok) this.#useData(result.data);
    else this.#refuse(result.issues);
  }

  #useData(data: Dataset): void {
    this.data = data;
    this.dataProblem = undefined;
  }

  #refuse(issues: DataIssue[], reason?: string): void {
    const first = issues[0];
    const message = reason ?? (first ? this.shared.invalidData(first.path, first.message) : this.shared.usingBuiltIn);
    this.data = bundledDataset;
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

  protected abstract renderContent(): unknown;

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.language}>
      ${
        this.dataProblem
          ? html`<div class="notice" role="alert" part="error">
            <p>${this.dataProblem}</p>
            <p>${this.shared.usingBuiltIn}</p>
          </div>`
          : nothing
      }
      ${this.loading ? html`<p role="status" class="muted">${this.shared.loading}</p>` : this.renderContent()}
    </div>`;
  }
}
