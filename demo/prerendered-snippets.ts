/**
 * The builder's "prerendered" snippet: asks `/prerender` for the current settings' markup
 * (debounced; a newer request aborts the older one), shows the script-only snippet until the
 * answer is in, and says what is happening in a polite status. An answer for older settings never
 * replaces a newer snippet. Without the endpoint (a static copy of the demo) it keeps the
 * script-only snippet and gives the CLI command instead.
 */
import { requestPrerender, type PrerenderAnswer } from './prerender-client.js';
import {
  PRERENDER_COMMAND,
  buildSnippet,
  byteSize,
  embedMarkup,
  prerenderedSnippet,
  type SnippetState,
} from './snippet.js';

/** Typing a pay or a colour sends one request once the reader pauses, not one per key. */
const DEBOUNCE_MS = 250;

export class PrerenderedSnippets {
  /** The markup whose snippet is shown or on its way; `''` when showing script only. */
  #wanted = '';
  #pending?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  /** The last answer, so going back to the same settings asks nothing. */
  #last?: { markup: string; html: string };
  /** Once the endpoint is known to be missing, it is not asked again. */
  #missing = false;

  constructor(
    /** Puts a snippet in the code box. */
    private readonly show: (text: string) => void,
    /** The polite status under the code box (`role="status"`). */
    private readonly status: HTMLElement,
  ) {}

  /** Shows the prerendered snippet for `state`, or what stands in for it while it cannot. */
  update(state: SnippetState): void {
    const markup = embedMarkup(state);
    if (markup === this.#wanted) return;
    this.#cancel();
    this.#wanted = markup;
    if (this.#missing) return this.#unavailable(state);
    const cached = this.#last?.markup === markup ? prerenderedSnippet(state, this.#last.html) : undefined;
    if (cached) return this.#ready(state, cached);
    this.show(buildSnippet(state));
    this.#say('Prerendering the widget… Until it is ready, the code above is the script-only one.');
    const controller = new AbortController();
    this.#pending = controller;
    this.#timer = setTimeout(() => void this.#request(state, markup, controller), DEBOUNCE_MS);
  }

  /** Back to script only: drops any request on its way and clears the status. */
  stop(): void {
    this.#cancel();
    this.#wanted = '';
    this.#say('');
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#pending?.abort();
    this.#pending = undefined;
  }

  async #request(state: SnippetState, markup: string, controller: AbortController): Promise<void> {
    let answer: PrerenderAnswer;
    try {
      answer = await requestPrerender(markup, controller.signal);
    } catch {
      return; // Aborted: newer settings, or script only, took over.
    }
    if (this.#pending !== controller) return;
    this.#pending = undefined;
    if (answer.kind === 'prerendered') {
      const text = prerenderedSnippet(state, answer.markup);
      if (text) {
        this.#last = { markup, html: answer.markup };
        return this.#ready(state, text);
      }
      // Text that is not this markup prerendered: whatever answered is not the endpoint.
      answer = { kind: 'unavailable' };
    }
    if (answer.kind === 'unavailable') {
      this.#missing = true;
      return this.#unavailable(state);
    }
    this.show(buildSnippet(state));
    this.#say(`Could not prerender: ${answer.message} The code above is the script-only one.`);
  }

  #ready(state: SnippetState, text: string): void {
    this.show(text);
    this.#say(
      `Prerendered: ${byteSize(text)} of HTML to paste (the script-only code is ${byteSize(buildSnippet(state))}).`,
    );
  }

  #unavailable(state: SnippetState): void {
    this.show(buildSnippet(state));
    const command = document.createElement('code');
    command.textContent = PRERENDER_COMMAND;
    this.status.replaceChildren(
      'Prerendering needs Node, and this copy of the builder is served without it (npm start serves it). ' +
        'The code above is the script-only one: to prerender it, paste it into your page, then run ',
      command,
      '.',
    );
  }

  #say(text: string): void {
    if (this.status.textContent !== text) this.status.textContent = text;
  }
}
