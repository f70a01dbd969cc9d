/**
 * JSX types for React 19 users: `import type {} from 'dev-career-widgets/react';` once (or add it
 * to `types`), and `<dcw-salary-calculator role-id="backend" />` typechecks in a .tsx file.
 * Types only: importing it registers nothing and ships no code.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  DcwErrorDetail,
  DcwProgressChangeDetail,
  DcwRoleSelectDetail,
  DcwSalaryChangeDetail,
} from './shared/events.js';

type Theme = 'auto' | 'light' | 'dark';

/** What every element accepts, besides the usual HTML attributes. */
interface CommonProps {
  locale?: string;
  theme?: Theme;
  src?: string;
  region?: string;
  onDcwError?: (event: CustomEvent<DcwErrorDetail>) => void;
}

type WidgetProps<Props> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & CommonProps & Props;

export interface DcwSalaryCalculatorProps {
  'role-id'?: string;
  experience?: number | string;
  pay?: number | string;
  'pay-period'?: 'hour' | 'week' | 'month' | 'year';
  'hours-per-week'?: number | string;
  'weeks-per-year'?: number | string;
  compare?: boolean;
  'ondcw-salary-change'?: (event: CustomEvent<DcwSalaryChangeDetail>) => void;
}

export interface DcwSkillsChecklistProps {
  'role-id'?: string;
  categories?: string;
  level?: 'essential' | 'recommended' | 'optional';
  'storage-key'?: string;
  'no-persist'?: boolean;
  'ondcw-progress-change'?: (event: CustomEvent<DcwProgressChangeDetail>) => void;
}

export interface DcwRoleComparisonProps {
  roles?: string;
  dimensions?: string;
  highlight?: string;
  'ondcw-role-select'?: (event: CustomEvent<DcwRoleSelectDetail>) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'dcw-salary-calculator': WidgetProps<DcwSalaryCalculatorProps>;
      'dcw-skills-checklist': WidgetProps<DcwSkillsChecklistProps>;
      'dcw-role-comparison': WidgetProps<DcwRoleComparisonProps>;
    }
  }
}
