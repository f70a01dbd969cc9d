import type { Catalogue } from '../shared/messages.js';

/** UI text of `<dcw-role-comparison>`. Dataset text (role and dimension names, values) is shown as given. */
export interface RoleComparisonMessages {
  caption: (roles: string) => string;
  /** Label of the role buttons' group in the narrow layout. */
  pickRole: string;
  /** Read after the highlighted role's name. */
  highlighted: string;
  /** Read after a list item that more than one shown role has. */
  shared: string;
  legend: string;
  median: string;
  band: (low: number, high: number) => string;
  /** After a figure: "per month". */
  per: Record<'hour' | 'week' | 'month' | 'year', string>;
  /** After a figure its source publishes as an average rather than a median. */
  average: string;
  /** Employment projected for the end of the span. */
  projected: (span: string) => string;
  growth: (span: string) => string;
  openings: string;
  employment: string;
  notStated: string;
  /** Head of the row with the reader's checklist progress. */
  yourSkills: string;
  /** A role's essential skills done: counts and percent already formatted. */
  skillsDone: (done: string, total: string, percent: string) => string;
  /** `roles` named under two known roles (the default pair is shown) or over three (the first three are). */
  roleCount: (shown: string) => string;
}

/** `es` and `de` leave out what is the same as in English. */
export const messages: Catalogue<'comparison'> = {
  name: 'comparison',
  en: {
    caption: (roles) => `Comparison: ${roles}`,
    pickRole: 'Highlight a role',
    highlighted: '(highlighted)',
    shared: '(shared)',
    legend: 'Shared by more than one role',
    median: 'Median',
    band: (low, high) => `${low}th–${high}th percentile`,
    per: { hour: 'per hour', week: 'per week', month: 'per month', year: 'per year' },
    average: 'average',
    projected: (span) => `Projected jobs, ${span}`,
    growth: (span) => `Growth ${span}`,
    openings: 'Openings per year',
    employment: 'Jobs',
    notStated: 'Not stated',
    roleCount: (shown) => `Compares 2 or 3 roles; showing ${shown}.`,
    yourSkills: 'Your skills',
    skillsDone: (done, total, percent) => `${percent}: ${done} of ${total} essential skills done`,
  },
  es: {
    caption: (roles) => `Comparación: ${roles}`,
    pickRole: 'Destacar un perfil',
    highlighted: '(destacado)',
    shared: '(compartido)',
    legend: 'Compartido por varios perfiles',
    median: 'Mediana',
    band: (low, high) => `Percentiles ${low}–${high}`,
    per: { hour: 'por hora', week: 'por semana', month: 'al mes', year: 'al año' },
    average: 'media',
    projected: (span) => `Empleos previstos, ${span}`,
    growth: (span) => `Crecimiento ${span}`,
    openings: 'Vacantes al año',
    employment: 'Empleos',
    notStated: 'Sin datos',
    roleCount: (shown) => `Compara 2 o 3 perfiles; se muestran ${shown}.`,
    yourSkills: 'Tus habilidades',
    skillsDone: (done, total, percent) => `${percent}: ${done} de ${total} habilidades esenciales completadas`,
  },
  de: {
    caption: (roles) => `Vergleich: ${roles}`,
    pickRole: 'Rolle hervorheben',
    highlighted: '(hervorgehoben)',
    shared: '(gemeinsam)',
    legend: 'Mehreren Rollen gemeinsam',
    band: (low, high) => `${low}.–${high}. Perzentil`,
    per: { hour: 'pro Stunde', week: 'pro Woche', month: 'pro Monat', year: 'pro Jahr' },
    average: 'Durchschnitt',
    projected: (span) => `Erwartete Beschäftigte, ${span}`,
    growth: (span) => `Wachstum ${span}`,
    openings: 'Offene Stellen pro Jahr',
    employment: 'Beschäftigte',
    notStated: 'Keine Angabe',
    roleCount: (shown) => `Vergleicht 2 oder 3 Rollen; angezeigt: ${shown}.`,
    yourSkills: 'Ihre Fähigkeiten',
    skillsDone: (done, total, percent) => `${percent}: ${done} von ${total} grundlegenden Fähigkeiten erledigt`,
  },
};
