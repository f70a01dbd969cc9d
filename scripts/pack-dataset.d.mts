import type { Plugin } from 'vite';
/** The bundled dataset as a module whose skill items travel as rows and are rebuilt on load. */
export function packCode(data: unknown): string;
export function packDataset(): Plugin;
