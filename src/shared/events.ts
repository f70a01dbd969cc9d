/**
 * Every event the elements fire, declared once. Each is a CustomEvent that bubbles and is
 * composed (it crosses shadow roots, so a listener on `document` hears it).
 * `GlobalEventHandlersEventMap` makes `addEventListener('dcw-…', e => e.detail)` typed for users.
 */
import type { DataIssue } from './dataset/validate.js';

export interface DcwErrorDetail {
  message: string;
  issues: DataIssue[];
}

export interface DcwSalaryChangeDetail {
  role: string;
  region: string;
  experience: number | null;
  currency: string;
  /** The leading figure as published (per `period`: a German figure is monthly), null when none. */
  median: number | null;
  /** The period `median` and `band` are published for (`hour`, `week`, `month`, `year`), null when none. */
  period: 'hour' | 'week' | 'month' | 'year' | null;
  /** The published band around the median (see `bandOf`), in the same period, null when not published. */
  band: { low: number; high: number; lowPercentile: number; highPercentile: number } | null;
  /** The reader's pay as an annual amount, null when none is entered. */
  pay: number | null;
}

export interface DcwProgressChangeDetail {
  role: string;
  checked: string[];
  done: number;
  total: number;
  percent: number;
}

export interface DcwRoleSelectDetail {
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
