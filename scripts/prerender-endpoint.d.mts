import type { IncomingMessage, ServerResponse } from 'node:http';
export const PRERENDER_PATH: string;
export const MAX_BODY_BYTES: number;
export function answerPrerender(req: IncomingMessage): Promise<{ status: number; body: string; allow?: string }>;
export function prerenderConnect(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void>;
export function prerenderKoa(ctx: unknown, next: () => Promise<unknown>): Promise<unknown>;
