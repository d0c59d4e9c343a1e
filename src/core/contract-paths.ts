// Safe, stable file names for exported contracts: kebab-case of the schema title or filter name
// (InteractionEnded -> interaction-ended.yaml, chat_abandonments -> chat-abandonments.yaml), only
// [a-z0-9-], bounded length, never a reserved device name, unique case-insensitively (a clash gets
// -2, -3 ... in name order, so the same tenant always exports to the same paths).
// In core: export writes these paths and drift names them for live-only items, the same ones.

export const SCHEMA_DIR = 'cxone/schemas';
export const FILTER_DIR = 'cxone/filters';

const MAX_STEM = 80;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

export function fileStem(name: string, fallback: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/-+$/, '');
  if (stem === '') return fallback;
  return RESERVED.test(stem) ? `${stem}-${fallback}` : stem;
}

/** Name -> repo-relative path for every name, unique within `dir`. */
export function assignPaths(names: Iterable<string>, dir: string, fallback: string): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of [...names].sort()) {
    const stem = fileStem(name, fallback);
    let candidate = stem;
    for (let n = 2; taken.has(candidate); n++) candidate = `${stem}-${n}`;
    taken.add(candidate);
    out.set(name, `${dir}/${candidate}.yaml`);
  }
  return out;
}
