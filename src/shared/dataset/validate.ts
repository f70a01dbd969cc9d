/**
 * Turns unknown JSON into a Dataset or a short list of readable problems, each naming its JSON
 * path. Leaf checks name their expectation themselves (schema.ts), and the few structural issues
 * are phrased here.
 *
 * The entry of the validator file (`dist/dcw-validate.js`, and `dev-career-widgets/validate` for
 * npm users): widgets load it only when a page gives them custom data (see validator.ts).
 */
import { safeParse, type core } from 'zod/mini';
import { datasetSchema, type Dataset } from './schema.js';
import { checkIntegrity, type DataIssue } from './integrity.js';
import { formatPath } from './json-path.js';

export type { DataIssue };
export type DatasetResult = { ok: true; data: Dataset } | { ok: false; issues: DataIssue[] };

/** More than this many problems are summarised by the first ones; a hostile file can have millions. */
const MAX_ISSUES = 20;

type RawIssue = core.$ZodIssue;

function expectation(issue: RawIssue): string {
  // Leaf checks carry their own expectation (see schema.ts); zod's own issues here are about
  // objects and lists only; list lengths are checked in integrity.ts.
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return 'invalid value';
}

/**
 * Public, at `dev-career-widgets/validate` (README "Embed"): checks JSON against the dataset's schema
 * and cross-references, as the widgets do with custom data. Never throws: `{ ok: true, data }`, or
 * `{ ok: false, issues }` with the first 20 problems, each `{ path, message }` in English.
 */
export function validateDataset(input: unknown): DatasetResult {
  const parsed = safeParse(datasetSchema, input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues
        .slice(0, MAX_ISSUES)
        .map((issue) => ({ path: formatPath(issue.path), message: expectation(issue) })),
    };
  }
  const issues = checkIntegrity(parsed.data);
  return issues.length ? { ok: false, issues: issues.slice(0, MAX_ISSUES) } : { ok: true, data: parsed.data };
}
