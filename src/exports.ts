/** Public types and helpers shared by every entry point. */
export type * from './shared/events.js';
export type * from './shared/dataset/schema.js';
export type { Theme } from './shared/dcw-element.js';
// DcwElement, the base class, is not exported: its protected members (data, renderNotices, …) change
// as the widgets need, so it is no extension point. The classes that extend it are the public API.
export type { DataIssue, DatasetResult } from './shared/dataset/validate.js';
export { registerTranslation } from './shared/translations.js';
export type { CatalogueMessages, CatalogueName, PartialMessages, Translation } from './shared/translations.js';
export type { SharedMessages } from './shared/messages.js';
export type { SalaryMessages } from './salary-calculator/messages.js';
export type { ChecklistMessages } from './skills-checklist/messages.js';
export type { RoleComparisonMessages } from './role-comparison/messages.js';
