import * as z from 'zod/mini';
import { datasetSchema } from '../src/shared/dataset/schema.js';
(globalThis as any).x = (v: unknown) => z.safeParse(datasetSchema, v);
