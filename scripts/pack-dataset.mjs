// A Vite plugin for the shipped builds: the bundled dataset's skill items travel as rows
// `[id, name, description, level, link?]` (level as an index into LEVELS) and are turned back
// into the very same objects when the bundle loads. The four keys repeated on each of the 100
// items were a tenth of the bundle's gzip bytes spent on the dataset. src/shared/dataset/dataset.json
// stays the one source; test/dist/bundle.test.ts checks the bundle's data equals it.
import { readFileSync } from 'node:fs';

const LEVELS = ['essential', 'recommended', 'optional'];
const CATEGORY_KEYS = ['id', 'role', 'name', 'items'];
const ITEM_KEYS = ['id', 'name', 'description', 'level', 'link'];
const VIRTUAL = '\0dcw-bundled-dataset';

/** Fails the build on anything a row cannot carry, so packing never drops a field. */
function check(object, keys, where) {
  const extra = Object.keys(object).filter((k) => !keys.includes(k));
  if (extra.length)
    throw new Error(`pack-dataset: ${where} has ${extra.join(', ')}, which the packed form does not carry`);
}

export function packCode(data) {
  const skills = data.skills.map((c, ci) => {
    check(c, CATEGORY_KEYS, `skills[${ci}]`);
    return [
      c.id,
      c.role,
      c.name,
      c.items.map((item, ii) => {
        check(item, ITEM_KEYS, `skills[${ci}].items[${ii}]`);
        const level = LEVELS.indexOf(item.level);
        if (level < 0) throw new Error(`pack-dataset: skills[${ci}].items[${ii}] has level "${item.level}"`);
        return [item.id, item.name, item.description, level, ...(item.link === undefined ? [] : [item.link])];
      }),
    ];
  });
  return `const LEVELS = ${JSON.stringify(LEVELS)};
export default { ...${JSON.stringify({ ...data, skills: [] })}, skills: ${JSON.stringify(skills)}.map(([id, role, name, items]) => ({
  id, role, name,
  items: items.map(([id, name, description, level, link]) => link === undefined ? { id, name, description, level: LEVELS[level] } : { id, name, description, level: LEVELS[level], link }),
})) };
`;
}

export function packDataset() {
  return {
    name: 'dcw-pack-dataset',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './dataset.json' && importer?.replace(/\\/g, '/').endsWith('/src/shared/dataset/bundled.ts'))
        return VIRTUAL;
      return null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      const file = new URL('../src/shared/dataset/dataset.json', import.meta.url);
      this.addWatchFile(file.pathname);
      return packCode(JSON.parse(readFileSync(file, 'utf8')));
    },
  };
}
