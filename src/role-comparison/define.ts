import { defineElement } from '../shared/define.js';
import { DcwRoleComparison } from './role-comparison.js';

defineElement('dcw-role-comparison', DcwRoleComparison);

export { DcwRoleComparison };

declare global {
  interface HTMLElementTagNameMap {
    'dcw-role-comparison': DcwRoleComparison;
  }
}
