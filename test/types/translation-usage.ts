// Compiled by `npm run typecheck` (tsconfig.types.json): a partial translation compiles, typed
// from the catalogues; a misspelt name or a value of the wrong kind does not.
import type { Translation } from '../../src/exports.js';

export const partial: Translation = {
  salary: { pay: 'Votre salaire', periods: { year: 'Année' }, you: (pay, where) => `${pay} ${where}` },
  checklist: { title: (role) => `${role} : compétences` },
};

// @ts-expect-error: no catalogue is called "salery"
export const badCatalogue: Translation = { salery: { pay: 'x' } };

// @ts-expect-error: pay is a string, not a function
export const badKind: Translation = { salary: { pay: () => 'x' } };

// @ts-expect-error: pct takes the percentile, a number
export const badParameter: Translation = { salary: { pct: (p: string) => p } };

// @ts-expect-error: a period name that does not exist
export const badGroup: Translation = { salary: { periods: { fortnight: 'Quinzaine' } } };
