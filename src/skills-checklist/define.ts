import { defineElement } from '../shared/define.js';
import { DcwSkillsChecklist } from './skills-checklist.js';

defineElement('dcw-skills-checklist', DcwSkillsChecklist);

export { DcwSkillsChecklist };

declare global {
  interface HTMLElementTagNameMap {
    'dcw-skills-checklist': DcwSkillsChecklist;
  }
}
