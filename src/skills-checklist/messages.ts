import type { Catalogue } from '../shared/messages.js';

/** Numbers arrive already formatted through `Intl`. */
export const checklistMessages: Catalogue<{
  title: (role: string) => string;
  noSkills: (role: string) => string;
  unknownCategory: (id: string) => string;
  allLevels: string;
  essential: string;
  recommended: string;
  optional: string;
  upTo: (level: string) => string;
  show: string;
  expandAll: string;
  collapseAll: string;
  progress: (done: string, total: string, percent: string) => string;
  learningCount: (n: string) => string;
  learning: string;
  progressOf: (name: string) => string;
  docs: string;
  notKept: string;
  garbage: string;
  exportFile: string;
  importFile: string;
  badFile: string;
  imported: string;
  share: string;
  shareLink: string;
  copied: string;
  loadShared: string;
  load: string;
  cancel: string;
  reset: string;
  resetAsk: string;
  clear: string;
}> = {
  en: {
    title: (role) => `${role}: skills`,
    noSkills: (role) => `No skills listed for ${role}.`,
    unknownCategory: (id) => `Unknown category "${id}" ignored.`,
    allLevels: 'All levels',
    essential: 'Essential',
    recommended: 'Recommended',
    optional: 'Optional',
    upTo: (level) => `${level} and above`,
    show: 'Show',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    progress: (d, t, p) => `${d} of ${t} done (${p})`,
    learningCount: (n) => `${n} learning`,
    learning: 'Learning',
    progressOf: (name) => `Progress: ${name}`,
    docs: 'Docs',
    notKept: 'Progress will not be kept: this browser blocks saving it.',
    garbage: 'Saved progress was unreadable and is ignored.',
    exportFile: 'Export',
    importFile: 'Import',
    badFile: 'Not a progress export file. Nothing changed.',
    imported: 'Progress imported.',
    share: 'Share link',
    shareLink: 'Link to your progress',
    copied: 'Link copied.',
    loadShared: 'Load shared progress? (replaces yours)',
    load: 'Load',
    cancel: 'Cancel',
    reset: 'Reset',
    resetAsk: 'Clear all progress?',
    clear: 'Clear',
  },
  es: {
    title: (role) => `${role}: habilidades`,
    noSkills: (role) => `No hay habilidades para ${role}.`,
    unknownCategory: (id) => `Categoría desconocida «${id}» ignorada.`,
    allLevels: 'Todos los niveles',
    essential: 'Esencial',
    recommended: 'Recomendada',
    optional: 'Opcional',
    upTo: (level) => `${level} o más`,
    show: 'Mostrar',
    expandAll: 'Expandir todo',
    collapseAll: 'Contraer todo',
    progress: (d, t, p) => `${d} de ${t} hechas (${p})`,
    learningCount: (n) => `${n} aprendiendo`,
    learning: 'Aprendiendo',
    progressOf: (name) => `Progreso: ${name}`,
    docs: 'Documentación',
    notKept: 'El progreso no se guardará: este navegador lo impide.',
    garbage: 'El progreso guardado era ilegible y se ignora.',
    exportFile: 'Exportar',
    importFile: 'Importar',
    badFile: 'No es un archivo de progreso exportado. Nada cambió.',
    imported: 'Progreso importado.',
    share: 'Enlace para compartir',
    shareLink: 'Enlace a tu progreso',
    copied: 'Enlace copiado.',
    loadShared: '¿Cargar el progreso compartido? (reemplaza el tuyo)',
    load: 'Cargar',
    cancel: 'Cancelar',
    reset: 'Reiniciar',
    resetAsk: '¿Borrar todo el progreso?',
    clear: 'Borrar',
  },
  de: {
    title: (role) => `${role}: Kenntnisse`,
    noSkills: (role) => `Keine Kenntnisse für ${role}.`,
    unknownCategory: (id) => `Unbekannte Kategorie „${id}“ ignoriert.`,
    allLevels: 'Alle Stufen',
    essential: 'Grundlegend',
    recommended: 'Empfohlen',
    optional: 'Optional',
    upTo: (level) => `${level} und höher`,
    show: 'Anzeigen',
    expandAll: 'Alle aufklappen',
    collapseAll: 'Alle zuklappen',
    progress: (d, t, p) => `${d} von ${t} erledigt (${p})`,
    learningCount: (n) => `${n} in Arbeit`,
    learning: 'Lerne ich',
    progressOf: (name) => `Fortschritt: ${name}`,
    docs: 'Doku',
    notKept: 'Fortschritt wird nicht gespeichert: Der Browser verhindert es.',
    garbage: 'Gespeicherter Fortschritt war unlesbar und wird ignoriert.',
    exportFile: 'Exportieren',
    importFile: 'Importieren',
    badFile: 'Keine Fortschritts-Exportdatei. Nichts geändert.',
    imported: 'Fortschritt importiert.',
    share: 'Link teilen',
    shareLink: 'Link zu deinem Fortschritt',
    copied: 'Link kopiert.',
    loadShared: 'Geteilten Fortschritt laden? (ersetzt deinen)',
    load: 'Laden',
    cancel: 'Abbrechen',
    reset: 'Zurücksetzen',
    resetAsk: 'Gesamten Fortschritt löschen?',
    clear: 'Löschen',
  },
};
