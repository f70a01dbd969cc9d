/**
 * The zod building blocks the dataset schema needs (object, array, custom, and optional),
 * taken from `zod/v4/core`, the engine `zod/mini` wraps. `zod/mini`'s schema classes add
 * chainable methods (`.check`, `.parse`, `.brand`, …) that this package never calls but that
 * tie all of zod's parse functions into the bundle: going to the core saves 0.5 KB gzip of the
 * one-script bundle's 30 KB budget. Parsing, issues and inferred types are zod's, unchanged.
 */
import * as core from 'zod/v4/core';

export type { $ZodIssue as ZodIssue, $ZodType as ZodType } from 'zod/v4/core';
export type Infer<T extends core.$ZodType> = core.output<T>;

/**
 * The plain object parser. (zod/mini's `object` is this one too; the faster `$ZodObjectJIT`
 * probes `new Function`, which a strict CSP reports as a violation even when the probe is caught.)
 */
export const object = <T extends core.$ZodShape>(shape: T) =>
  new core.$ZodObject({ type: 'object', shape }) as core.$ZodObject<T>;

export const array = <T extends core.$ZodType>(element: T) =>
  new core.$ZodArray({ type: 'array', element }) as core.$ZodArray<T>;

/**
 * May be absent. A copy of `schema` flagged optional the way zod's own optional wrapper flags
 * itself (`optin`/`optout`), which is all zod's object parser and type inference look at; the
 * wrapper class itself would add 0.2 KB gzip.
 */
export const optional = <T extends core.$ZodType>(schema: T) => {
  const copy = new schema._zod.constr(schema._zod.def) as T;
  copy._zod.optin = copy._zod.optout = 'optional';
  return copy as T & { _zod: { optin: 'optional'; optout: 'optional' } };
};

/** A value of type T that passes `test`; `expected` becomes the issue's message. */
export const custom = <T>(test: (value: unknown) => boolean, expected: string) =>
  core._custom(core.$ZodCustom, test, expected) as core.$ZodCustom<T, T>;

export { safeParse } from 'zod/v4/core';
