/**
 * Turns unknown JSON into a Dataset or a short list of readable problems, each naming its JSON
 * path. `zod/mini` ships no English error text (that would cost bundle bytes), so the
 * expectation is phrased here from the issue's own fields.
 */
import * as z from 'zod/mini';
import { datasetSchema, type Dataset } from './schema.js';
import { checkIntegrity, type DataIssue } from './integrity.js';

export type { DataIssue };
export type DatasetResult = { ok: true; data: Dataset } | { ok: false; issues: DataIssue[] };

/** More than this many problems are summarised by the first ones; a hostile file can have millions. */
const MAX_ISSUES = 20;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(root)';
}

type RawIssue = z.core.$ZodIssue;

function expectation(issue: RawIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' ? 'expected non-empty text' : `expected at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : ''}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `expected ${issue.format === 'date' ? 'a date like "2026-01-31"' : issue.format}`;
    default:
      return 'invalid value';
  }
}

export function validateDataset(input: unknown): DatasetResult {
  const parsed = z.safeParse(datasetSchema, input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({ path: formatPath(issue.path), message: expectation(issue) })),
    };
  }
  const issues = checkIntegrity(parsed.data);
  return issues.length ? { ok: false, issues: issues.slice(0, MAX_ISSUES) } : { ok: true, data: parsed.data };
}
