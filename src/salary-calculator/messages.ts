import type { Catalogue } from '../shared/messages.js';
import type { Period, Position } from './pay.js';

/** English ordinal: 1st, 2nd, 3rd, 11th, 21st. */
const ord = (n: number) => {
  const t = n % 100;
  return n + (t > 10 && t < 14 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));
};

/** UI text of `<dcw-salary-calculator>`. Dataset text (role and region names) is shown as given. */
export interface SalaryMessages {
  role: string;
  region: string;
  pay: string;
  payPeriod: string;
  hours: string;
  weeks: string;
  compare: string;
  periods: Record<Period, string>;
  median: Record<Period, string>;
  /** Label of a figure the source publishes as an average rather than a median. */
  average: Record<Period, string>;
  /** A figure published per hour, week or month as a year, with the factors shown: "Year = €6,528 × 12 = €78,336". */
  annualOf: (amount: string, factors: string, total: string) => string;
  /** Heading of the list of further figures for the same role and region. */
  otherFigures: string;
  pct: (p: number) => string;
  /** Goes before `pct(p)`: "below the" 10th percentile. */
  position: Record<Position['kind'], string>;
  /** After a position between published percentiles (interpolated). */
  approximate: string;
  you: (pay: string, where: string) => string;
  formula: (hours: string, weeks: string, total: string) => string;
  published: string;
  colMedian: string;
  colDiff: string;
  /** Why a pay was refused (see `annualPay`). */
  payProblem: Record<'invalid' | 'high', string>;
  clamped: (used: string) => string;
  /** The experience asked for is not usable, or the data has no figures by experience. */
  noExperience: (asked: string) => string;
  selected: string;
}

export const messages: Catalogue<'salary'> = {
  name: 'salary',
  en: {
    role: 'Role',
    region: 'Region',
    pay: 'Your pay',
    payPeriod: 'Pay period',
    hours: 'Hours per week',
    weeks: 'Weeks per year',
    compare: 'Compare roles',
    periods: { hour: 'Hour', week: 'Week', month: 'Month', year: 'Year' },
    median: {
      hour: 'Median hourly pay',
      week: 'Median weekly pay',
      month: 'Median monthly pay',
      year: 'Median annual pay',
    },
    average: {
      hour: 'Average hourly pay',
      week: 'Average weekly pay',
      month: 'Average monthly pay',
      year: 'Average annual pay',
    },
    annualOf: (amount, factors, total) => `Year = ${amount} × ${factors} = ${total}`,
    otherFigures: 'Other published figures',
    pct: (p) => `${ord(p)} percentile`,
    position: { below: 'below the', within: 'around the', above: 'above the' },
    approximate: 'approximate',
    you: (pay, where) => `Your pay, ${pay} a year, is ${where}.`,
    formula: (h, w, t) => `Year = hour × ${h} h × ${w} weeks = ${t} h; month = year ÷ 12.`,
    published: 'published',
    colMedian: 'Median',
    colDiff: 'Difference',
    payProblem: { invalid: 'Enter a number above zero.', high: 'Too high to compare.' },
    clamped: (used) => `Out of range; using ${used}.`,
    noExperience: (asked) => `No figures for experience "${asked}"; showing all levels.`,
    selected: '(selected)',
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
    median: { hour: 'Mediana por hora', week: 'Mediana semanal', month: 'Mediana mensual', year: 'Mediana anual' },
    average: { hour: 'Media por hora', week: 'Media semanal', month: 'Media mensual', year: 'Media anual' },
    annualOf: (amount, factors, total) => `Año = ${amount} × ${factors} = ${total}`,
    otherFigures: 'Otras cifras publicadas',
    pct: (p) => `percentil ${p}`,
    position: { below: 'bajo el', within: 'en torno al', above: 'sobre el' },
    approximate: 'aproximado',
    you: (pay, where) => `Tu sueldo, ${pay} al año, está ${where}.`,
    formula: (h, w, t) => `Año = hora × ${h} h × ${w} semanas = ${t} h; mes = año ÷ 12.`,
    published: 'publicado',
    colMedian: 'Mediana',
    colDiff: 'Diferencia',
    payProblem: { invalid: 'Introduce un número mayor que cero.', high: 'Demasiado alto para comparar.' },
    clamped: (used) => `Fuera de rango; se usa ${used}.`,
    noExperience: (asked) => `Sin cifras para la experiencia «${asked}»; se muestran todas.`,
    selected: '(seleccionado)',
  },
  de: {
    role: 'Rolle',
    pay: 'Ihr Gehalt',
    payPeriod: 'Zeitraum',
    hours: 'Stunden pro Woche',
    weeks: 'Wochen pro Jahr',
    compare: 'Rollen vergleichen',
    periods: { hour: 'Stunde', week: 'Woche', month: 'Monat', year: 'Jahr' },
    median: {
      hour: 'Medianer Stundenlohn',
      week: 'Medianer Wochenlohn',
      month: 'Medianes Monatsgehalt',
      year: 'Medianes Jahresgehalt',
    },
    average: {
      hour: 'Durchschnittlicher Stundenlohn',
      week: 'Durchschnittlicher Wochenlohn',
      month: 'Durchschnittliches Monatsgehalt',
      year: 'Durchschnittliches Jahresgehalt',
    },
    annualOf: (amount, factors, total) => `Jahr = ${amount} × ${factors} = ${total}`,
    otherFigures: 'Weitere veröffentlichte Zahlen',
    pct: (p) => `${p}. Perzentil`,
    position: { below: 'unter dem', within: 'etwa beim', above: 'über dem' },
    approximate: 'Näherungswert',
    you: (pay, where) => `Ihr Gehalt, ${pay} pro Jahr, liegt ${where}.`,
    formula: (h, w, t) => `Jahr = Stunde × ${h} h × ${w} Wochen = ${t} h; Monat = Jahr ÷ 12.`,
    published: 'veröffentlicht',
    colDiff: 'Differenz',
    payProblem: { invalid: 'Bitte eine Zahl über null eingeben.', high: 'Zu hoch für einen Vergleich.' },
    clamped: (used) => `Außerhalb des Bereichs; es gilt ${used}.`,
    noExperience: (asked) => `Keine Zahlen für Erfahrung „${asked}“; alle gezeigt.`,
    selected: '(ausgewählt)',
  },
};
