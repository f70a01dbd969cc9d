/**
 * A site's registered strings laid over ours. Each is checked against the English string of the
 * same name, because a translation written in plain JavaScript has no types to catch a mistake,
 * and a mistake must cost one string, never the widget.
 */
import { isObject, warnTranslation } from './translations.js';

type Strings = Record<string, unknown>;
type Message = (...args: unknown[]) => unknown;

/** What a value must be to stand in for English's. */
function kindOf(english: unknown): string {
  if (typeof english === 'function') return 'a function returning a string';
  return isObject(english) ? 'an object of strings' : 'a string';
}

/**
 * A site's function, answering with English when it throws or returns something other than a
 * string (`undefined` on screen is worse than English). Warns once, not on every render.
 */
function guarded(site: Message, english: Message, lang: string, name: string): Message {
  let warned = false;
  return (...args) => {
    try {
      const text = site(...args);
      if (typeof text === 'string') return text;
    } catch {
      // Falls through to English.
    }
    if (!warned) warnTranslation(lang, `${name} threw or returned no string; showing English`);
    warned = true;
    return english(...args);
  };
}

/**
 * Copies each of `site`'s strings that has the kind of English's string of that name into
 * `messages` (in place), going into groups such as `periods`; warns about and skips the rest.
 */
export function overlaySiteStrings(messages: Strings, english: Strings, site: Strings, lang: string, where: string) {
  for (const [key, value] of Object.entries(site)) {
    const model = english[key];
    const name = `${where}.${key}`;
    // Own keys only: `__proto__` or `toString` are names of no string of ours.
    if (!Object.hasOwn(english, key)) warnTranslation(lang, `${name} is not a string of ours; ignored`);
    else if (typeof model === 'string' && typeof value === 'string') messages[key] = value;
    else if (typeof model === 'function' && typeof value === 'function')
      messages[key] = guarded(value as Message, model as Message, lang, name);
    else if (isObject(model) && isObject(value)) {
      const group = { ...(messages[key] as Strings) };
      overlaySiteStrings(group, model, value, lang, name);
      messages[key] = group;
    } else warnTranslation(lang, `${name} should be ${kindOf(model)}; ignored`);
  }
}
