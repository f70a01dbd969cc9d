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
  copy: string;
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
    noSkills: (role) => `No skills are listed for ${role} in this data.`,
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
    notKept: 'Your progress will not be kept: this browser does not allow saving it.',
    garbage: 'Saved progress could not be read and was ignored.',
    exportFile: 'Export',
    importFile: 'Import',
    badFile: 'That file is not a skills progress export. Nothing was changed.',
    imported: 'Progress imported.',
    share: 'Share link',
    shareLink: 'Link to your progress',
    copy: 'Copy',
    copied: 'Link copied.',
    loadShared: 'Load shared progress? (replaces yours)',
    load: 'Load',
    cancel: 'Cancel',
    reset: 'Reset',
    resetAsk: 'Clear all progress in this checklist?',
    clear: 'Clear',
  },
  es: {
    title: (role) => `${role}: habilidades`,
    noSkills: (role) => `No hay habilidades para ${role} en estos datos.`,
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
    notKept: 'Tu progreso no se guardará: este navegador no lo permite.',
    garbage: 'El progreso guardado no se pudo leer y se ignoró.',
    exportFile: 'Exportar',
    importFile: 'Importar',
    badFile: 'Ese archivo no es una exportación de progreso. No se cambió nada.',
    imported: 'Progreso importado.',
    share: 'Enlace para compartir',
    shareLink: 'Enlace a tu progreso',
    copy: 'Copiar',
    copied: 'Enlace copiado.',
    loadShared: '¿Cargar el progreso compartido? (reemplaza el tuyo)',
    load: 'Cargar',
    cancel: 'Cancelar',
    reset: 'Reiniciar',
    resetAsk: '¿Borrar todo el progreso de esta lista?',
    clear: 'Borrar',
  },
  de: {
    title: (role) => `${role}: Kenntnisse`,
    noSkills: (role) => `Für ${role} sind in diesen Daten keine Kenntnisse aufgeführt.`,
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
    notKept: 'Dein Fortschritt wird nicht gespeichert: Dieser Browser erlaubt es nicht.',
    garbage: 'Der gespeicherte Fortschritt war unlesbar und wurde ignoriert.',
    exportFile: 'Exportieren',
    importFile: 'Importieren',
    badFile: 'Diese Datei ist kein Fortschritts-Export. Nichts wurde geändert.',
    imported: 'Fortschritt importiert.',
    share: 'Link teilen',
    shareLink: 'Link zu deinem Fortschritt',
    copy: 'Kopieren',
    copied: 'Link kopiert.',
    loadShared: 'Geteilten Fortschritt laden? (ersetzt deinen)',
    load: 'Laden',
    cancel: 'Abbrechen',
    reset: 'Zurücksetzen',
    resetAsk: 'Gesamten Fortschritt dieser Liste löschen?',
    clear: 'Löschen',
  },
};
