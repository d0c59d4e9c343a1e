// One generated tenant: schemas, filters and routing-group memberships, created through the
// emulator's HTTP API so that the emulator's own validation confirms each entity is one the
// platform accepts. A refusal is a generator bug, reported with the emulator's message.

import type { Emulator } from '../../../../src/emulator/index.js';
import { call, token } from '../../../emulator/helpers.js';
import { generateFilter } from './filter-gen.js';
import { Rng } from './prng.js';
import { generateSchema, MAX_BYTES, type Json, type Leaf } from './schema-gen.js';
import { hostileNames, RawNumber } from './strings.js';

export interface TenantSpec {
  seed: number;
  schemas: { [key: string]: Json }[];
  filters: { [key: string]: Json }[];
  /** Group id -> indexes into `filters`, in the order the group lists them. */
  groups: Map<string, number[]>;
}

/** Routing group ids: some read as integers (a filter may name them as numbers), some awkward in a URL. */
const GROUP_IDS = ['grp-1', 'GRP-1', '42', '0', '7', '007', 'grp/ä b', 'routing group 🎉', 'g?x=1#f'];

export function generateTenant(seed: number, size: { schemas: number; filters: number }): TenantSpec {
  const rng = new Rng(seed);
  const titles = hostileNames(rng.fork(), size.schemas, false);
  const leaves: Leaf[] = [];
  const schemas = titles.map((title, i) => {
    // The first is as wide as the platform allows; the second exactly as large.
    const s = generateSchema(rng.fork(), title, { wide: i === 0 });
    leaves.push(...s.leaves);
    return i === 1 ? padToLimit(s.doc) : withinLimit(s.doc);
  });
  const groups = rng.sample(GROUP_IDS, rng.int(2, GROUP_IDS.length));
  const names = hostileNames(rng.fork(), size.filters, true);
  const filters = names.map((name) => generateFilter(rng.fork(), name, leaves, groups).doc);
  return { seed, schemas, filters, groups: memberships(rng.fork(), filters, groups) };
}

/**
 * Each filter that names a group is in it (the product reads a filter outside its target group
 * as drift); some filters are in other groups too, or in a group while naming none; lists are in
 * no particular order.
 */
function memberships(rng: Rng, filters: { [key: string]: Json }[], groups: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>(groups.map((g) => [g, []]));
  filters.forEach((f, i) => {
    const target = f.target_group_id;
    if ((typeof target === 'string' || typeof target === 'number') && out.has(String(target)))
      out.get(String(target))!.push(i);
    if (rng.chance(0.2)) {
      const other = out.get(rng.pick(groups))!;
      if (!other.includes(i)) other.push(i);
    }
  });
  for (const [g, list] of out) out.set(g, rng.sample(list, list.length));
  return out;
}

/** The JSON text of a body, RawNumbers written as their exact text. */
export function toJsonText(value: Json): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) =>
    v instanceof RawNumber ? `\u0000RAWNUMBER${raws.push(v.text) - 1}\u0000` : v,
  );
  return text.replace(/"\\u0000RAWNUMBER(\d+)\\u0000"/g, (_m, i: string) => raws[Number(i)]!);
}

/** Bytes as the platform measures a schema: compact JSON of what it parsed, UTF-8. */
function platformBytes(doc: { [key: string]: Json }): number {
  return Buffer.byteLength(JSON.stringify(JSON.parse(toJsonText(doc))), 'utf8');
}

/** Long descriptions can add up past 256 KiB: drop nested ones (bounded by the schema's size) until it fits. */
function withinLimit(doc: { [key: string]: Json }): { [key: string]: Json } {
  for (let i = 0; i < 10_000 && platformBytes(doc) > MAX_BYTES; i++)
    if (!dropOneDescription(doc.properties ?? null)) doc.description = '';
  return doc;
}

function dropOneDescription(node: Json): boolean {
  if (node === null || typeof node !== 'object' || node instanceof RawNumber) return false;
  if (!Array.isArray(node) && typeof node.description === 'string' && node.description.length > 0) {
    delete node.description;
    return true;
  }
  return (Object.values(node) as Json[]).some(dropOneDescription);
}

/** Exactly 262,144 bytes: the largest schema the platform accepts, padded in its description. */
function padToLimit(doc: { [key: string]: Json }): { [key: string]: Json } {
  withinLimit(doc);
  doc.description = `${typeof doc.description === 'string' ? doc.description : ''}${'x'.repeat(Math.max(0, MAX_BYTES - platformBytes(doc)))}`;
  return doc;
}

/** Create the tenant through the API; returns nothing, the emulator's state is the tenant. */
export async function populate(em: Emulator, spec: TenantSpec): Promise<void> {
  const tok = await token(em);
  const post = async (path: string, doc: { [key: string]: Json }, what: string): Promise<string> => {
    const r = await call(em, tok, 'POST', path, toJsonText(doc));
    if (r.status !== 201)
      throw new Error(
        `generator bug: the emulator refused ${what} ${JSON.stringify(doc.title ?? doc.name)}: ${r.status} ${JSON.stringify(r.body)}`,
      );
    return String(r.body.id);
  };
  for (const s of spec.schemas) await post('/api/v2/eventbridge/schemas', s, 'schema');
  const ids: string[] = [];
  for (const f of spec.filters) ids.push(await post('/api/v2/event-processing/filters', f, 'filter'));
  for (const [g, members] of spec.groups) {
    const r = await call(em, tok, 'PUT', `/api/v2/event-processing/filter-groups/${encodeURIComponent(g)}/filters`, {
      filter_ids: members.map((i) => ids[i]!),
    });
    if (r.status !== 200)
      throw new Error(
        `generator bug: the emulator refused the membership of group ${JSON.stringify(g)}: ${r.status} ${JSON.stringify(r.body)}`,
      );
  }
}
