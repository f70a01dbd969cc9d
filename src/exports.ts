/** Public types and helpers shared by every entry point. */
export type * from './shared/events.js';
export type * from './shared/dataset/schema.js';
export type { Theme } from './shared/dcw-element.js';
export { DcwElement } from './shared/dcw-element.js';
export type { DataIssue, DatasetResult } from './shared/dataset/validate.js';
