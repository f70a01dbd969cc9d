// Generated from custom-elements.json by `npm run docs` (scripts/api/react-types.mjs); `npm run docs:check`
// fails when it differs. Change the elements' JSDoc, not this file.

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

/** What every widget accepts, besides the usual HTML attributes. */
export interface CommonProps {
  /** BCP 47 locale for text and number formats: its own or the nearest ancestor's `lang`, else `navigator.language`, else `en-US`. */
  locale?: string;
  /** Colour scheme: `auto` follows `prefers-color-scheme`; `light` or `dark` force one. */
  theme?: 'auto' | 'light' | 'dark';
  /** URL of a dataset JSON with the bundled dataset's schema, used instead of the bundled one. Fetched without credentials. */
  src?: string;
  /** Custom data from `src` or an inline JSON child could not be loaded or is invalid; the widget shows the bundled data. `detail: { message, issues }`. */
  'ondcw-error'?: (event: CustomEvent<DcwErrorDetail>) => void;
}

type WidgetProps<Props> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & CommonProps & Props;

/** `<dcw-role-comparison>`'s own attributes and events. */
export interface DcwRoleComparisonProps {
  /** Space-separated role ids, 2 or 3. Unknown ids are ignored with a notice; under two known ids show the default pair, over three the first three. */
  roles?: string;
  /** Space-separated dimension ids to show, in that order. Unknown ids are ignored with a notice. */
  dimensions?: string;
  /** Role id to emphasise, visually and for screen readers. Set when a reader picks a role. Ids of roles not shown are ignored with a notice. */
  highlight?: string;
  /** Region id for the pay and outlook rows, or `auto`: the region of the locale (`en-CA` → `ca`) when the dataset has it, else the default. Unknown → the dataset's default region, with a notice. */
  region?: string;
  /** A reader picked a role with its button; `detail: { role }`. Not fired when `highlight` is set from code. */
  'ondcw-role-select'?: (event: CustomEvent<DcwRoleSelectDetail>) => void;
}

/** `<dcw-salary-calculator>`'s own attributes and events. */
export interface DcwSalaryCalculatorProps {
  /** Role id from the dataset (`backend`, `frontend`, `fullstack`). Unknown → `backend`, with a notice. `role-id` wins when both are given. */
  role?: string;
  /** Role id from the dataset; prefer this over `role`, which accessibility checkers read as an ARIA role. */
  'role-id'?: string;
  /** Region id from the dataset, or `auto`: the region of the locale (`de-DE` → `de`) when the dataset has it, else the default. Unknown → the dataset's default region, with a notice. */
  region?: string;
  /** Years of professional experience; picks figures by experience where the dataset has them. */
  experience?: number | string;
  /** The reader's pay in the region's currency. Zero, negative or non-numeric → refused with an inline message. */
  pay?: number | string;
  /** Period of `pay`. */
  'pay-period'?: 'hour' | 'week' | 'month' | 'year';
  /** Hours per week for conversions, 1–168 (clamped). Unset: the region's convention (40 in the US, or 40 where the data names none). */
  'hours-per-week'?: number | string;
  /** Weeks per year for conversions, 1–53 (clamped). Unset: the region's convention (52 in the US, or 52 where the data names none). */
  'weeks-per-year'?: number | string;
  /** Also list the other roles for the same region, with the difference. */
  compare?: boolean;
  /** After each change the reader makes (never when code sets a property). `median` and `band` are as published, in `period` (a German figure is monthly); `pay` is annual. */
  'ondcw-salary-change'?: (event: CustomEvent<DcwSalaryChangeDetail>) => void;
}

/** `<dcw-skills-checklist>`'s own attributes and events. */
export interface DcwSkillsChecklistProps {
  /** Role id whose skills are listed. Unknown → `backend`, with a notice. `role-id` wins when both are set. */
  role?: string;
  /** Role id from the dataset; prefer this over `role`, which accessibility checkers read as an ARIA role. */
  'role-id'?: string;
  /** Space-separated category ids to show; unknown ids are ignored with a notice. */
  categories?: string;
  /** The lowest level shown: that level and above. A bad value shows all, with a notice. */
  level?: 'essential' | 'recommended' | 'optional';
  /** `localStorage` key for progress. */
  'storage-key'?: string;
  /** Keep progress in memory only. */
  'no-persist'?: boolean;
  /** After every change by the reader: `{ role, checked, done, total, percent }` (`role` is the role id; percent 0–100 of the shown items). */
  'ondcw-progress-change'?: (event: CustomEvent<DcwProgressChangeDetail>) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'dcw-role-comparison': WidgetProps<DcwRoleComparisonProps>;
      'dcw-salary-calculator': WidgetProps<DcwSalaryCalculatorProps>;
      'dcw-skills-checklist': WidgetProps<DcwSkillsChecklistProps>;
    }
  }
}
