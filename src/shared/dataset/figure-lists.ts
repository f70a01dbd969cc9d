/**
 * The bundled lists behind the pay and outlook figures, for the widgets that show them (their
 * `bundled-data.ts`): imported by name, so a script without those widgets carries none of them.
 */
import { asOf, defaultRegion, outlook, regions, roles, salaries, sources, version } from './dataset.json';

export const figureLists = { version, asOf, defaultRegion, roles, sources, regions, salaries, outlook };
