/**
 * Registers all three elements. This is the entry of the one-script bundle
 * (`dist/dev-career-widgets.js`) and of the package's main ESM entry.
 */
export { DcwSalaryCalculator } from './salary-calculator/define.js';
export { DcwSkillsChecklist } from './skills-checklist/define.js';
export { DcwRoleComparison } from './role-comparison/define.js';
export * from './exports.js';
