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
  perYear: string;
  perHour: string;
  growth: (span: string) => string;
  openings: string;
  employment: string;
  notStated: string;
  ignored: (attribute: string, values: string) => string;
  tooFew: (shown: string) => string;
  tooMany: string;
}

export const messages: Catalogue<RoleComparisonMessages> = {
  en: {
    caption: (roles) => `Comparison: ${roles}`,
    pickRole: 'Highlight a role',
    highlighted: '(highlighted)',
    shared: '(shared)',
    legend: 'Shared: in more than one of the roles shown',
    median: 'Median',
    band: (low, high) => `${low}th–${high}th percentile`,
    perYear: 'per year',
    perHour: 'per hour',
    growth: (span) => `Growth ${span}`,
    openings: 'Openings per year',
    employment: 'Jobs',
    notStated: 'Not stated',
    ignored: (attribute, values) => `Unknown ${attribute} ignored: ${values}.`,
    tooFew: (shown) => `Fewer than two known roles; showing ${shown}.`,
    tooMany: 'At most three roles can be compared; showing the first three.',
  },
  es: {
    caption: (roles) => `Comparación: ${roles}`,
    pickRole: 'Destacar un perfil',
    highlighted: '(destacado)',
    shared: '(compartido)',
    legend: 'Compartido: en más de uno de los perfiles mostrados',
    median: 'Mediana',
    band: (low, high) => `Percentiles ${low}–${high}`,
    perYear: 'al año',
    perHour: 'por hora',
    growth: (span) => `Crecimiento ${span}`,
    openings: 'Vacantes al año',
    employment: 'Empleos',
    notStated: 'Sin datos',
    ignored: (attribute, values) => `Se ignoran valores desconocidos de ${attribute}: ${values}.`,
    tooFew: (shown) => `Menos de dos perfiles conocidos; se muestran ${shown}.`,
    tooMany: 'Se comparan como máximo tres perfiles; se muestran los tres primeros.',
  },
  de: {
    caption: (roles) => `Vergleich: ${roles}`,
    pickRole: 'Rolle hervorheben',
    highlighted: '(hervorgehoben)',
    shared: '(gemeinsam)',
    legend: 'Gemeinsam: in mehr als einer der gezeigten Rollen',
    median: 'Median',
    band: (low, high) => `${low}.–${high}. Perzentil`,
    perYear: 'pro Jahr',
    perHour: 'pro Stunde',
    growth: (span) => `Wachstum ${span}`,
    openings: 'Offene Stellen pro Jahr',
    employment: 'Beschäftigte',
    notStated: 'Keine Angabe',
    ignored: (attribute, values) => `Unbekannte Werte für ${attribute} ignoriert: ${values}.`,
    tooFew: (shown) => `Weniger als zwei bekannte Rollen; angezeigt werden ${shown}.`,
    tooMany: 'Höchstens drei Rollen lassen sich vergleichen; angezeigt werden die ersten drei.',
  },
};
