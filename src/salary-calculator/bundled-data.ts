/** The bundled data the calculator shows: pay and outlook with their sources; no skills, no comparison rows. */
import {
  asOf,
  defaultRegion,
  outlook,
  regions,
  roles,
  salaries,
  sources,
  version,
} from '../shared/dataset/dataset.json';
import type { Dataset } from '../shared/dataset/schema.js';

export const payData = {
  version,
  asOf,
  defaultRegion,
  roles,
  sources,
  regions,
  salaries,
  outlook,
  dimensions: [],
  skills: [],
} as unknown as Dataset;
