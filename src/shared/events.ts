/**
 * Every event the elements fire, declared once. Each is a CustomEvent that bubbles and is
 * composed (it crosses shadow roots, so a listener on `document` hears it).
 * `GlobalEventHandlersEventMap` makes `addEventListener('dcw-…', e => e.detail)` typed for users.
 */
import type { DataIssue } from './dataset/validate.js';

/** `dcw-error`: custom data was refused and the bundled data is shown. */
export interface DcwErrorDetail {
  /** What the widget shows in its alert, in the page's language. */
  message: string;
  /** Each problem found in the JSON (`path`, `message`, in English); empty when it could not be loaded at all. */
  issues: DataIssue[];
}

/** `dcw-salary-change`: what the calculator shows after a reader's change. */
export interface DcwSalaryChangeDetail {
  /** The role id in use. */
  role: string;
  /** The region id in use (never `auto`: the region it resolved to). */
  region: string;
  /** Years of experience asked for (0–60), null when none or an unusable value is given. */
  experience: number | null;
  /** ISO 4217 code of the region's currency, for `median`, `band` and `pay`. */
  currency: string;
  /** The leading figure as published (per `period`: a German figure is monthly), null when none. */
  median: number | null;
  /** The period `median` and `band` are published for (`hour`, `week`, `month`, `year`), null when none. */
  period: 'hour' | 'week' | 'month' | 'year' | null;
  /** The published percentile band around the median, in the same period, null when not published. */
  band: { low: number; high: number; lowPercentile: number; highPercentile: number } | null;
  /** The reader's pay as an annual amount, null when none is entered. */
  pay: number | null;
}

/** `dcw-progress-change`: the checklist's progress after a reader's change. */
export interface DcwProgressChangeDetail {
  /** The role id whose skills are listed. */
  role: string;
  /** Ids of the done items of the role, in data order (as the `checked` property). */
  checked: string[];
  /** How many of the shown items are done. */
  done: number;
  /** How many items are shown (after the `categories` and `level` filters). */
  total: number;
  /** `done` as a percentage of `total`, 0–100. */
  percent: number;
}

/** `dcw-role-select`: a reader picked a role in the comparison. */
export interface DcwRoleSelectDetail {
  /** The picked role's id, now in `highlight`. */
  role: string;
}

export interface DcwEventMap {
  'dcw-error': CustomEvent<DcwErrorDetail>;
  'dcw-salary-change': CustomEvent<DcwSalaryChangeDetail>;
  'dcw-progress-change': CustomEvent<DcwProgressChangeDetail>;
  'dcw-role-select': CustomEvent<DcwRoleSelectDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends DcwEventMap {}
}

/** Fires a typed event; the name fixes the detail type, so a wrong detail does not compile. */
export function emit<K extends keyof DcwEventMap>(
  target: EventTarget,
  name: K,
  detail: DcwEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
