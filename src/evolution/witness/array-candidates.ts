// Candidate arrays of the array keyword family, for ./candidates.ts: lengths at the min/maxItems
// bounds of both versions, duplicates, tuples, and one-element arrays of every type.

import { MAX_ARRAY, type ValueGen } from './generate.js';
import { GENERIC_VALUES, num } from './scalar-candidates.js';
import { itemSchemas, JSON_TYPES, valueKey, type Obj } from './schema.js';

/** Arrays: lengths at the bounds of both versions, duplicates, tuples, elements of every type. */
export function* arrayVariants(
  gen: ValueGen,
  nodes: readonly unknown[],
  conj: readonly Obj[],
  o: Obj | undefined,
  n: Obj | undefined,
): Generator<unknown> {
  const base = gen.value(nodes, { types: ['array'] });
  const arr: unknown[] = Array.isArray(base) ? base : [];
  yield arr;
  const elems = (i: number, count: number) => gen.values(itemSchemas(conj, i), {}, count);
  const e0 = elems(0, 3);
  const first = e0[0] ?? 'example';
  const lengths = new Set<number>([1, 2]);
  for (const s of [o, n, ...conj]) {
    for (const k of ['minItems', 'maxItems']) {
      const b = num(s, k);
      if (b !== undefined) for (const d of [0, 1, -1]) if (b + d >= 0 && b + d <= MAX_ARRAY) lengths.add(b + d);
    }
  }
  const unique = conj.some((c) => c.uniqueItems === true);
  const tuple = Array.isArray(conj.find((c) => Array.isArray(c.items))?.items);
  // Distinct elements too when the new schema wants them unique: a witness of a length bound
  // must not be rejected only for its duplicates (that is the uniqueItems change's witness).
  const distinctToo = n?.uniqueItems === true && !unique && !tuple;
  for (const len of lengths) {
    for (const distinct of distinctToo && len > 1 ? [true, false] : [unique || tuple]) {
      const out: unknown[] = [];
      const used = new Set<string>();
      for (let i = 0; i < len; i++) {
        let v: unknown = first;
        if (distinct)
          v =
            gen.values(itemSchemas(conj, i), {}, Math.min(used.size + 1, 50)).find((x) => !used.has(valueKey(x))) ??
            first;
        used.add(valueKey(v));
        out.push(v);
      }
      yield out;
    }
  }
  // duplicates (uniqueItems)
  yield [first, first];
  // one element of each kind the old items allow
  for (const v of e0) yield [v];
  for (const t of JSON_TYPES) for (const v of gen.values(itemSchemas(conj, 0), { types: [t] }, 1)) yield [v];
  // elements matching the new `contains`, or not
  if (n && n.contains !== undefined) yield [first];
  for (const v of GENERIC_VALUES) yield [v];
}
