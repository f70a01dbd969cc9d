import { defineElement } from '../shared/define.js';
import { DcwSalaryCalculator } from './salary-calculator.js';

defineElement('dcw-salary-calculator', DcwSalaryCalculator);

export { DcwSalaryCalculator };

declare global {
  interface HTMLElementTagNameMap {
    'dcw-salary-calculator': DcwSalaryCalculator;
  }
}
