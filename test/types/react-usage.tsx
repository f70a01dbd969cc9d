// Compiled by `npm run typecheck` (tsconfig.types.json): the React JSX types accept the
// documented attributes and reject wrong ones.
import type {} from '../../src/react.js';

export const ok = (
  <>
    <dcw-salary-calculator role-id="backend" region="us" pay-period="month" pay={4000} compare theme="dark" />
    <dcw-skills-checklist role-id="frontend" level="essential" no-persist />
    <dcw-role-comparison roles="frontend backend fullstack" highlight="backend" locale="de-DE" />
  </>
);

// @ts-expect-error: theme is auto, light or dark
export const badTheme = <dcw-role-comparison theme="blue" />;

// @ts-expect-error: pay-period is hour, week, month or year
export const badPeriod = <dcw-salary-calculator pay-period="fortnight" />;

// @ts-expect-error: the checklist reads no region
export const checklistRegion = <dcw-skills-checklist region="us" />;

export const onError = <dcw-skills-checklist ondcw-error={(event) => event.detail.issues.length} />;
