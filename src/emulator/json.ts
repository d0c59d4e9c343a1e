// JSON helpers of the emulator's own: canonical text (for ETags and change detection) and deep
// equality. The emulator shares no code with the product it checks (docs/cxone-api.md is its only
// source), so it does not borrow the product's versions of these.

/** JSON text with object keys sorted: equal content gives equal text. Bodies are at most 256 deep (http.ts). */
export function canonical(value: unknown): string {
  return JSON.stringify(sorted(value));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.keys(value)
    .sort()
    .map((k) => [k, sorted((value as Record<string, unknown>)[k])] as const);
  // fromEntries defines own properties: a "__proto__" key stays data.
  return Object.fromEntries(entries);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 6901 pointer segment. */
export function segment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
