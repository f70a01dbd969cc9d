/**
 * The element classes without registering any tag, for users who define their own names:
 * `customElements.define('my-salary', DcwSalaryCalculator)`.
 */
export { DcwSalaryCalculator } from './salary-calculator/salary-calculator.js';
export { DcwSkillsChecklist } from './skills-checklist/skills-checklist.js';
export { DcwRoleComparison } from './role-comparison/role-comparison.js';
export * from './exports.js';
