import * as z from 'zod/mini';
import { datasetSchema } from './schema2.js';
(globalThis as any).x = (v: unknown) => z.safeParse(datasetSchema, v);
