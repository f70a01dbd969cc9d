/** The bundled data the checklist shows: the roles and their skills; no pay, no sources. */
import { asOf, defaultRegion, roles, skills, version } from '../shared/dataset/dataset.json';
import type { Dataset } from '../shared/dataset/schema.js';

export const skillsData = {
  version,
  asOf,
  defaultRegion,
  roles,
  skills,
  sources: [],
  regions: [],
  salaries: [],
  outlook: [],
  dimensions: [],
} as unknown as Dataset;
