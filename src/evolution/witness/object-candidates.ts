// Candidate objects of the object keyword family, for ./candidates.ts: the minimal object, without
// each newly required member, with each declared, extra, newly declared or pattern-named member,
// filled to each min/maxProperties bound, with propertyNames probes, triggering each dependency.

import { NONE, freshKeys, type ValueGen } from './generate.js';
import { patternSamples } from './regex.js';
import { GENERIC_STRINGS, num, stringValues } from './scalar-candidates.js';
import { has, isObj, propertySchemas, setOwn, type Obj } from './schema.js';

const MAX_PROPERTY_VARIANTS = 60;

/**
 * Objects: minimal; without each newly required member; with each optional one; with extra members;
 * filled to maxProperties.
 */
export function* objectVariants(
  gen: ValueGen,
  nodes: readonly unknown[],
  conj: readonly Obj[],
  o: Obj | undefined,
  n: Obj | undefined,
): Generator<unknown> {
  const base = gen.value(nodes, { types: ['object'] });
  const obj: Obj = isObj(base) ? base : {};
  yield obj;
  const with_ = (k: string, v: unknown): Obj => {
    const out = { ...obj };
    setOwn(out, k, v);
    return out;
  };
  const without = (k: string): Obj => {
    const out = { ...obj };
    delete out[k];
    return out;
  };
  // newly required members, left out (with the old value schema's members otherwise present)
  const newRequired =
    n && Array.isArray(n.required) ? n.required.filter((k): k is string => typeof k === 'string') : [];
  for (const k of newRequired) if (has(obj, k)) yield without(k);
  // members the new version drops first, then every declared member
  const declared = [
    ...new Set([
      ...(o && isObj(o.properties) ? Object.keys(o.properties) : []),
      ...conj.flatMap((c) => (isObj(c.properties) ? Object.keys(c.properties) : [])),
    ]),
  ];
  const dropped = declared.filter((k) => n && !(isObj(n.properties) && has(n.properties, k)));
  let count = 0;
  let all: Obj = { ...obj };
  for (const k of [...dropped, ...declared.filter((k) => !dropped.includes(k))]) {
    if (count++ >= MAX_PROPERTY_VARIANTS) break;
    if (has(obj, k)) continue;
    const vs = gen.values(propertySchemas(conj, k), {}, 2);
    for (const v of vs) yield with_(k, v);
    if (vs[0] !== undefined) {
      all = { ...all };
      setOwn(all, k, vs[0]);
    }
  }
  yield all;
  // members no properties declare, valued by additionalProperties (or anything, when it is absent)
  for (const k of freshKeys(conj, 2, true)) {
    const schemas = propertySchemas(conj, k);
    for (const v of [...gen.values(schemas, {}, 3), 'example', 0, null, true, {}, []]) yield with_(k, v);
  }
  // members the new version declares (by name or by pattern) that the old one leaves open, valued in every way
  const anyValues = ['example', 0, 0.5, null, true, {}, [], ''];
  if (n && isObj(n.properties)) {
    for (const k of Object.keys(n.properties).slice(0, MAX_PROPERTY_VARIANTS)) {
      if (has(obj, k) || declared.includes(k)) continue;
      for (const v of [...gen.values(propertySchemas(conj, k), {}, 2), ...anyValues]) yield with_(k, v);
    }
  }
  for (const s of [n, o, ...conj]) {
    if (!s || !isObj(s.patternProperties)) continue;
    for (const p of Object.keys(s.patternProperties).slice(0, 10)) {
      const key = patternSamples(p, [3]).find((k) => !has(obj, k));
      if (key === undefined) continue;
      for (const v of [...gen.values(propertySchemas(conj, key), {}, 2), ...anyValues]) yield with_(key, v);
    }
  }
  // as many members as each bound of either version allows, and one more
  const sizes = new Set<number>();
  for (const s of [o, n, ...conj]) {
    for (const k of ['minProperties', 'maxProperties']) {
      const b = num(s, k);
      if (b !== undefined)
        for (const d of [0, 1, -1]) if (b + d > Object.keys(obj).length && b + d <= 200) sizes.add(b + d);
    }
  }
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const filled: Obj = { ...obj };
    for (const k of [...declared, ...freshKeys(conj, size, true)]) {
      if (Object.keys(filled).length >= size) break;
      if (has(filled, k)) continue;
      const v = gen.value(propertySchemas(conj, k));
      if (v !== NONE) setOwn(filled, k, v);
    }
    yield filled;
  }
  // member names for propertyNames: names the old one shapes (its pattern, lengths, enum), then usual ones
  if ((o && o.propertyNames !== undefined) || (n && n.propertyNames !== undefined)) {
    const shaped = [...take(stringValues([], schemaOf(o?.propertyNames), schemaOf(n?.propertyNames)), 12)];
    for (const k of [
      ...new Set([...shaped, ...GENERIC_STRINGS.slice(0, 10), 'Extra', 'extra-field', 'EXTRA_FIELD', 'x'.repeat(65)]),
    ]) {
      if (has(obj, k)) continue;
      const v = gen.value(propertySchemas(conj, k));
      yield with_(k, v === NONE ? 'example' : v);
    }
  }
  // objects that trigger a dependency (with what the old version requires along, and nothing more)
  const depKeys = new Set<string>();
  for (const s of [n, o, ...conj])
    if (s && isObj(s.dependencies)) for (const k of Object.keys(s.dependencies).slice(0, 20)) depKeys.add(k);
  for (const k of depKeys) {
    if (has(obj, k)) continue;
    const v = gen.value(nodes, { types: ['object'], requireKeys: [k] });
    if (v !== NONE) yield v;
  }
}

function schemaOf(v: unknown): Obj | undefined {
  return isObj(v) ? v : undefined;
}

function* take<T>(items: Iterable<T>, count: number): Generator<T> {
  if (count <= 0) return;
  let i = 0;
  for (const x of items) {
    yield x;
    if (++i >= count) return;
  }
}
