// Helpers on JSON values shared by the soundness generators and the property (see
// ../evolution-arbitraries.mjs): copy, object test, dropping undefined keys, and deep equality as
// ajv sees it (canonical JSON with sorted keys).

export const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
export const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
export const compact = (o) => {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
};

/** JSON with sorted keys (deep-equality key as ajv sees it). */
export function canonical(v) {
  const sort = (x) =>
    Array.isArray(x)
      ? x.map(sort)
      : isObj(x)
        ? Object.fromEntries(
            Object.keys(x)
              .sort()
              .map((k) => [k, sort(x[k])]),
          )
        : x;
  return JSON.stringify(sort(v));
}
export const same = (a, b) => canonical(a) === canonical(b);
