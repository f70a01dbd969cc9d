import type { Catalogue } from '../shared/messages.js';
import type { Period } from './pay.js';

/** English ordinal: 1st, 2nd, 3rd, 11th, 21st. */
const ord = (n: number) => {
  const t = n % 100;
  return n + (t > 10 && t < 14 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));
};

export interface SalaryMessages {
  role: string;
  region: string;
  pay: string;
  payPeriod: string;
  hours: string;
  weeks: string;
  compare: string;
  periods: Record<Period, string>;
  /** "an hour" / "a year" after an amount. */
  per: Record<'hour' | 'year', string>;
  title: (role: string, region: string) => string;
  median: Record<'hour' | 'year', string>;
  pct: (p: number) => string;
  within: (p: number) => string;
  below: (p: number) => string;
  above: (p: number) => string;
  you: (pay: string, where: string) => string;
  chart: (low: string, lowP: string, high: string, highP: string, median: string) => string;
  formula: (hours: string, weeks: string, total: string) => string;
  published: string;
  conversions: string;
  colMedian: string;
  colPct: string;
  colAmount: string;
  colDiff: string;
  invalid: string;
  tooHigh: string;
  clamped: (used: string) => string;
  allLevels: string;
  noExperience: string;
  others: string;
  compareCaption: (region: string) => string;
  selected: string;
  percentiles: string;
}

export const salaryMessages: Catalogue<SalaryMessages> = {
  en: {
    role: 'Role',
    region: 'Region',
    pay: 'Your pay',
    payPeriod: 'Pay period',
    hours: 'Hours per week',
    weeks: 'Weeks per year',
    compare: 'Compare roles',
    periods: { hour: 'Hour', week: 'Week', month: 'Month', year: 'Year' },
    per: { hour: 'an hour', year: 'a year' },
    title: (role, region) => `${role}: pay in ${region}`,
    median: { hour: 'Median hourly pay', year: 'Median annual pay' },
    pct: (p) => `${ord(p)} percentile`,
    within: (p) => `around the ${ord(p)} percentile (approximate)`,
    below: (p) => `below the ${ord(p)} percentile`,
    above: (p) => `above the ${ord(p)} percentile`,
    you: (pay, where) => `Your pay, ${pay} a year, is ${where}.`,
    chart: (low, lowP, high, highP, median) => `Published pay from ${low} (${lowP}) to ${high} (${highP}); median ${median}.`,
    formula: (h, w, t) => `Year = hour × ${h} h × ${w} weeks = ${t} h; month = year ÷ 12; week = year ÷ ${w}.`,
    published: 'published',
    conversions: 'Conversions',
    colMedian: 'Median',
    colPct: 'Percentile',
    colAmount: 'Annual pay',
    colDiff: 'Difference',
    invalid: 'Enter a number above zero.',
    tooHigh: 'That amount is too high to compare.',
    clamped: (used) => `Out of range; using ${used}.`,
    allLevels: 'all experience levels',
    noExperience: 'No figures by experience here; showing all experience levels.',
    others: 'Other published figures',
    compareCaption: (region) => `Median pay by role, ${region}`,
    selected: '(selected)',
    percentiles: 'Published percentiles',
  },
  es: {
    role: 'Puesto',
    region: 'Región',
    pay: 'Tu sueldo',
    payPeriod: 'Periodo',
    hours: 'Horas por semana',
    weeks: 'Semanas por año',
    compare: 'Comparar puestos',
    periods: { hour: 'Hora', week: 'Semana', month: 'Mes', year: 'Año' },
    per: { hour: 'por hora', year: 'al año' },
    title: (role, region) => `${role}: sueldo en ${region}`,
    median: { hour: 'Sueldo mediano por hora', year: 'Sueldo anual mediano' },
    pct: (p) => `percentil ${p}`,
    within: (p) => `en torno al percentil ${p} (aproximado)`,
    below: (p) => `por debajo del percentil ${p}`,
    above: (p) => `por encima del percentil ${p}`,
    you: (pay, where) => `Tu sueldo, ${pay} al año, está ${where}.`,
    chart: (low, lowP, high, highP, median) => `Sueldo publicado de ${low} (${lowP}) a ${high} (${highP}); mediana ${median}.`,
    formula: (h, w, t) => `Año = hora × ${h} h × ${w} semanas = ${t} h; mes = año ÷ 12; semana = año ÷ ${w}.`,
    published: 'publicado',
    conversions: 'Conversiones',
    colMedian: 'Mediana',
    colPct: 'Percentil',
    colAmount: 'Sueldo anual',
    colDiff: 'Diferencia',
    invalid: 'Introduce un número mayor que cero.',
    tooHigh: 'Esa cantidad es demasiado alta para compararla.',
    clamped: (used) => `Fuera de rango; se usa ${used}.`,
    allLevels: 'todos los niveles de experiencia',
    noExperience: 'No hay cifras por experiencia; se muestran todos los niveles.',
    others: 'Otras cifras publicadas',
    compareCaption: (region) => `Sueldo mediano por puesto, ${region}`,
    selected: '(seleccionado)',
    percentiles: 'Percentiles publicados',
  },
  de: {
    role: 'Rolle',
    region: 'Region',
    pay: 'Ihr Gehalt',
    payPeriod: 'Zeitraum',
    hours: 'Stunden pro Woche',
    weeks: 'Wochen pro Jahr',
    compare: 'Rollen vergleichen',
    periods: { hour: 'Stunde', week: 'Woche', month: 'Monat', year: 'Jahr' },
    per: { hour: 'pro Stunde', year: 'pro Jahr' },
    title: (role, region) => `${role}: Gehalt in ${region}`,
    median: { hour: 'Medianer Stundenlohn', year: 'Medianes Jahresgehalt' },
    pct: (p) => `${p}. Perzentil`,
    within: (p) => `etwa beim ${p}. Perzentil (Näherungswert)`,
    below: (p) => `unter dem ${p}. Perzentil`,
    above: (p) => `über dem ${p}. Perzentil`,
    you: (pay, where) => `Ihr Gehalt, ${pay} pro Jahr, liegt ${where}.`,
    chart: (low, lowP, high, highP, median) => `Veröffentlichtes Gehalt von ${low} (${lowP}) bis ${high} (${highP}); Median ${median}.`,
    formula: (h, w, t) => `Jahr = Stunde × ${h} h × ${w} Wochen = ${t} h; Monat = Jahr ÷ 12; Woche = Jahr ÷ ${w}.`,
    published: 'veröffentlicht',
    conversions: 'Umrechnung',
    colMedian: 'Median',
    colPct: 'Perzentil',
    colAmount: 'Jahresgehalt',
    colDiff: 'Differenz',
    invalid: 'Bitte eine Zahl über null eingeben.',
    tooHigh: 'Dieser Betrag ist für einen Vergleich zu hoch.',
    clamped: (used) => `Außerhalb des Bereichs; verwendet wird ${used}.`,
    allLevels: 'alle Erfahrungsstufen',
    noExperience: 'Keine Zahlen nach Erfahrung; angezeigt werden alle Erfahrungsstufen.',
    others: 'Weitere veröffentlichte Zahlen',
    compareCaption: (region) => `Medianes Gehalt nach Rolle, ${region}`,
    selected: '(ausgewählt)',
    percentiles: 'Veröffentlichte Perzentile',
  },
};
