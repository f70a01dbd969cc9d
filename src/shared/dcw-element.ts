import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset } from './dataset/schema.js';
import type { DataIssue } from './dataset/validate.js';
import { loadValidator } from './dataset/validator.js';
import { fetchJson, resolveDataUrl } from './dataset/fetch-json.js';
import { resolveLocale } from './locale.js';
import { watchPage } from './page-watch.js';
import { languageOf, messagesFor, sharedMessages } from './messages.js';
import { translationGeneration } from './translations.js';
import { emit } from './events.js';
import { tokens } from './tokens.styles.js';

export type Theme = 'auto' | 'light' | 'dark';

/** A reason to refuse custom data: already worded for the reader, or the problems found in it. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly issues: DataIssue[] = [],
  ) {
    super(message);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The JSON of an inline `<script type="application/json">` child, or a refusal naming the problem. */
function parseInline(script: Element): Promise<unknown> {
  try {
    return Promise.resolve(JSON.parse(script.textContent ?? '') as unknown);
  } catch {
    return Promise.reject(new Refusal('not JSON', [{ path: '(root)', message: 'expected valid JSON' }]));
  }
}

/**
 * The base every widget extends: locale, theme, and the dataset (bundled, `src`, or an inline
 * `<script type="application/json">` child), with one way of reporting bad data.
 *
 * Subclasses implement `renderContent()`; the base wraps it in `part="base"` with the data notice.
 *
 * What every widget shares is documented here once: the manifest analyzer copies these tags to
 * each subclass (`inheritedFrom`), and a subclass documents only its own attributes, events and
 * parts (or a part again, to say what it holds in that widget). A default in parentheses is
 * worked out when the element renders; any other is the value used when the attribute is absent.
 *
 * @attr {string} [locale=(own or ancestor's lang)] - BCP 47 locale for text and number formats: its own or the nearest ancestor's `lang`, else `navigator.language`, else `en-US`.
 * @attr {'auto' | 'light' | 'dark'} [theme=auto] - Colour scheme: `auto` follows `prefers-color-scheme`; `light` or `dark` force one.
 * @attr {string} [src=(bundled dataset)] - URL of a dataset JSON with the bundled dataset's schema, used instead of the bundled one. Fetched without credentials.
 *
 * @fires {CustomEvent<DcwErrorDetail>} dcw-error - Custom data from `src` or an inline JSON child could not be loaded or is invalid; the widget shows the bundled data. `detail: { message, issues }`.
 *
 * @csspart base - The widget's frame.
 * @csspart notice - Notices about attribute values that were not used as given.
 * @csspart error - The alert shown when custom data is refused.
 *
 * @cssprop --dcw-font-family - Font family (default: inherited from the page).
 * @cssprop --dcw-font-size - Base font size (default `1rem`).
 * @cssprop --dcw-text-color - Text.
 * @cssprop --dcw-muted-color - Sources and secondary text.
 * @cssprop --dcw-surface-color - Background.
 * @cssprop --dcw-subtle-color - Notices, highlights and quiet fills.
 * @cssprop --dcw-border-color - Borders, rules and chart axes.
 * @cssprop --dcw-accent-color - Links, buttons, markers and the highlight.
 * @cssprop --dcw-accent-contrast-color - Text on the accent colour.
 * @cssprop --dcw-danger-color - Messages about refused input.
 * @cssprop --dcw-radius - Corner radius (default `0.5rem`).
 * @cssprop --dcw-spacing - Spacing unit (default `1rem`).
 * @cssprop --dcw-focus-ring - Focus outline.
 */
export abstract class DcwElement extends LitElement {
  static override styles = [tokens];

  // A `static properties` block rather than decorators: the same behaviour in fewer bundle bytes.
  static override properties: PropertyDeclarations = {
    locale: {},
    theme: { reflect: true },
    src: {},
    data: { state: true },
    loading: { state: true },
    dataProblem: { state: true },
    currentLocale: { state: true },
    translations: { state: true },
  };

  /** BCP 47 locale for text and number formats. Default: its own or the nearest ancestor's `lang`, then the browser's. */
  declare locale?: string;

  /** `auto` follows `prefers-color-scheme`; `light` or `dark` force one. */
  declare theme: Theme;

  /** URL of a dataset JSON with the bundled dataset's schema. Fetched without credentials. */
  declare src?: string;

  /** The dataset in use: the bundled one until a custom one has loaded and validated. */
  declare protected data: Dataset;

  /** Custom data is being fetched; the widget shows a short status instead of figures that may change. */
  declare protected loading: boolean;

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
    this.theme = 'auto';
    this.loading = false;
    this.currentLocale = 'en-US';
  }

  #loadController?: AbortController;
  #unwatchPage?: () => void;

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
  }

  /**
   * A declarative shadow root written by `prerender` is replaced, not hydrated: its content is
   * cleared here and the first render (a microtask later, before any paint) fills it again, so
   * the page shows the same box throughout and the scripts carry no hydration code.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
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
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (!this.src && !inline) {
      this.#loadController = this.#inlineData = undefined;
      this.loading = false;
      this.#useData(this.bundledData);
      return;
    }
    const controller = (this.#loadController = new AbortController());
    const json = this.src ? this.#fetchSrc(this.src, controller.signal) : parseInline(inline!);
    const validator = loadValidator().catch((error: unknown) => {
      throw new Refusal(this.shared.checkerFailed(messageOf(error)));
    });
    this.loading = true;
    const settled = Promise.all([json, validator]).then(
      ([value, validate]) => {
        if (controller.signal.aborted) return;
        this.loading = false;
        const result = validate(value);
        if (result.ok) this.#useData(result.data);
        else this.#refuse(result.issues);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.loading = false;
        if (error instanceof Refusal) this.#refuse(error.issues, error.issues.length ? undefined : error.message);
        else this.#refuse([], messageOf(error));
      },
    );
    // Inline data needs no network, only the validator: `updateComplete` waits for it (a `src`
    // that never answers must not hold `updateComplete` forever, so it does not wait for that).
    this.#inlineData = this.src ? undefined : settled;
  }

  /** The JSON at `src`, or a refusal saying why it could not be had. */
  async #fetchSrc(src: string, signal: AbortSignal): Promise<unknown> {
    // A URL refused by `resolveDataUrl` and a failed fetch both end up here, as one rejection.
    try {
      return await fetchJson(resolveDataUrl(src).href, signal);
    } catch (error) {
      throw new Refusal(this.shared.loadFailed(src, messageOf(error)));
    }
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
