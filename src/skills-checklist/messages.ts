import type { Catalogue } from '../shared/messages.js';

/** UI text of `<dcw-skills-checklist>`. Numbers arrive already formatted through `Intl`. Unknown attribute values use the shared `unknownValue`. */
export interface ChecklistMessages {
  title: (role: string) => string;
  noSkills: string;
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
  docs: string;
  notKept: string;
  /** Saved progress that is not valid progress (it is ignored, and kept until the next change). */
  unreadable: string;
  export: string;
  /** The import button, and the answer that accepts shared progress. */
  import: string;
  imported: string;
  share: string;
  copied: string;
  loadShared: string;
  cancel: string;
  /** The reset button, and the answer that confirms it. */
  reset: string;
  resetAsk: string;
}

export const checklistMessages: Catalogue<'checklist'> = {
  name: 'checklist',
  en: {
    title: (role) => `${role}: skills`,
    noSkills: 'No skills listed.',
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
    docs: 'Docs',
    notKept: 'Progress will not be kept.',
    unreadable: 'Unreadable progress ignored.',
    export: 'Export',
    import: 'Import',
    imported: 'Progress imported.',
    share: 'Share link',
    copied: 'Link copied.',
    loadShared: 'Import shared progress? (replaces yours)',
    cancel: 'Cancel',
    reset: 'Reset',
    resetAsk: 'Reset all progress?',
  },
  es: {
    title: (role) => `${role}: habilidades`,
    noSkills: 'No hay habilidades.',
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
    notKept: 'El progreso no se guardará.',
    unreadable: 'Progreso ilegible ignorado.',
    export: 'Exportar',
    import: 'Importar',
    imported: 'Progreso importado.',
    share: 'Compartir enlace',
    copied: 'Enlace copiado.',
    loadShared: '¿Importar progreso compartido? (reemplaza el tuyo)',
    cancel: 'Cancelar',
    reset: 'Reiniciar',
    resetAsk: '¿Reiniciar todo el progreso?',
  },
  de: {
    title: (role) => `${role}: Kenntnisse`,
    noSkills: 'Keine Kenntnisse.',
    allLevels: 'Alle Stufen',
    essential: 'Grundlegend',
    recommended: 'Empfohlen',
    upTo: (level) => `${level} und höher`,
    show: 'Anzeigen',
    expandAll: 'Alle aufklappen',
    collapseAll: 'Alle zuklappen',
    progress: (d, t, p) => `${d} von ${t} erledigt (${p})`,
    learningCount: (n) => `${n} in Arbeit`,
    learning: 'Lerne ich',
    docs: 'Doku',
    notKept: 'Fortschritt wird nicht gespeichert.',
    unreadable: 'Unlesbarer Fortschritt ignoriert.',
    export: 'Exportieren',
    import: 'Importieren',
    imported: 'Fortschritt importiert.',
    share: 'Link teilen',
    copied: 'Link kopiert.',
    loadShared: 'Geteilten Fortschritt importieren? (ersetzt deinen)',
    cancel: 'Abbrechen',
    reset: 'Zurücksetzen',
    resetAsk: 'Gesamten Fortschritt zurücksetzen?',
  },
};
