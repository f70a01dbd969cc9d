import { expect } from '@open-wc/testing';
import { TAGS } from './elements.js';
import { hangingFetch } from '../support/hanging-fetch.js';

/**
 * 1,000 create / attach / detach cycles of each element leave no listener behind on window or
 * document, and a `src` fetch still running when the element leaves the page is aborted.
 */
function countListeners(targets: EventTarget[]) {
  const active = new Map<string, number>();
  const originals = targets.map((t) => ({ t, add: t.addEventListener, remove: t.removeEventListener }));
  for (const { t, add, remove } of originals) {
    t.addEventListener = function (type: string, ...rest: unknown[]) {
      active.set(type, (active.get(type) ?? 0) + 1);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    };
    t.removeEventListener = function (type: string, ...rest: unknown[]) {
      active.set(type, (active.get(type) ?? 0) - 1);
      return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
    };
  }
  return {
    net: () => [...active.entries()].filter(([, n]) => n !== 0),
    restore: () =>
      originals.forEach(({ t, add, remove }) =>
        Object.assign(t, { addEventListener: add, removeEventListener: remove }),
      ),
  };
}

describe('lifecycle', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: 1,000 attach/detach cycles leave no window or document listeners`, async function () {
      this.timeout(120_000);
      const counter = countListeners([window, document]);
      try {
        for (let i = 0; i < 1000; i++) {
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          document.body.append(el);
          // A task, not only a microtask, every 50 cycles: otherwise the loop holds the page's
          // load event, and a slow engine's navigation times out before the test can finish.
          if (i % 50 === 0) await el.updateComplete.then(() => new Promise((r) => setTimeout(r, 0)));
          el.remove();
        }
        await new Promise((r) => setTimeout(r, 0));
        expect(counter.net()).to.deep.equal([]);
      } finally {
        counter.restore();
      }
    });

    it(`<${tag}>: a src fetch still running is aborted when the element is removed`, async () => {
      const fetchStub = hangingFetch();
      try {
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        el.setAttribute('src', `/never-answers-${tag}.json`);
        document.body.append(el);
        await el.updateComplete;
        expect(fetchStub.signal()?.aborted).to.equal(false);
        el.remove();
        expect(fetchStub.signal()?.aborted).to.equal(true);
      } finally {
        fetchStub.restore();
      }
    });
  }
});
