import type { Plugin } from 'vite';
export function minifyLitTemplates(source: string): string;
export function minifyTemplates(): Plugin;
