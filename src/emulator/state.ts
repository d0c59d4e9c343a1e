// The emulator's store: schemas and filters by id, groups, the audit log, issued tokens. Entities
// carry a revision; the strong ETag is a hash of content and revision.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isRecord } from './http.js';
import { canonical } from './json.js';
import type { EmulatorSeedData, EmulatorState, FilterStatus, StoredFilter, StoredSchema } from './types.js';
import type { PlatformVariant } from './variant.js';

/** Fields the platform assigns to a schema (never stored as content; a client may send them back). */
export const SCHEMA_PLATFORM_FIELDS: readonly string[] = ['id', 'etag'];
/** Fields the platform assigns to a filter, including the ones some variants add. */
export const FILTER_PLATFORM_FIELDS: readonly string[] = [
  'id',
  'etag',
  'status',
  'message',
  'revision',
  'activated_at',
  'created_at',
  'updated_at',
];

export function createState(): EmulatorState {
  return {
    schemas: new Map(),
    filters: new Map(),
    groups: new Map(),
    audit: [],
    tokens: new Map(),
    deadFilters: new Set(),
    lastHitAt: new Map(),
    counters: { schema: 0, filter: 0 },
  };
}

export function etagOf(kind: 'schema' | 'filter', id: string, revision: number, doc: unknown): string {
  const hash = createHash('sha256')
    .update(`${kind}\0${id}\0${revision}\0${canonical(doc)}`)
    .digest('base64url');
  return `"${hash.slice(0, 27)}"`;
}

export const schemaEtag = (s: StoredSchema): string => etagOf('schema', s.id, s.revision, s.doc);
export const filterEtag = (f: StoredFilter): string => etagOf('filter', f.id, f.revision, f.doc);

export function nextId(state: EmulatorState, kind: 'schema' | 'filter'): string {
  const prefix = kind === 'schema' ? 'sch' : 'flt';
  let id: string;
  do id = `${prefix}-${String(++state.counters[kind]).padStart(4, '0')}`;
  while (kind === 'schema' ? state.schemas.has(id) : state.filters.has(id));
  return id;
}

/** Schema as the API shows it: the stored document plus `id` and `etag`. */
export function schemaEntity(s: StoredSchema): Record<string, unknown> {
  return { ...s.doc, id: s.id, etag: schemaEtag(s) };
}

export function filterEntity(f: StoredFilter, variant: PlatformVariant, exportState = false): Record<string, unknown> {
  return {
    ...f.doc,
    id: f.id,
    status: f.status,
    etag: filterEtag(f),
    ...(f.message !== undefined ? { message: f.message } : {}),
    ...(variant.filterTimestamps
      ? { created_at: f.createdAt ?? null, updated_at: f.updatedAt ?? f.createdAt ?? null }
      : {}),
    ...(exportState ? { revision: f.revision, activated_at: f.activatedAt ?? null } : {}),
  };
}

/** A copy of `doc` without the fields the platform assigns (clients send back what they read). */
export function withoutFields(doc: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  // fromEntries defines own properties: a "__proto__" key stays data, never a prototype.
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !fields.includes(k)));
}

const STATUSES: readonly FilterStatus[] = ['DRAFT', 'PENDING_ACTIVATION', 'ACTIVE', 'FAILED'];

/**
 * Load seed data (a registry export file path, or data) into an empty state. Seeded filters are
 * ACTIVE unless they say otherwise.
 */
export function seedState(state: EmulatorState, seed: string | EmulatorSeedData, now: Date): void {
  // Seeded entities were written before the emulator started: a day before, unless they say when.
  const before = new Date(now.getTime() - 86_400_000).toISOString();
  let data: EmulatorSeedData;
  if (typeof seed === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(seed, 'utf8').replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new Error(`emulator seed ${seed}: ${(err as Error).message}`);
    }
    if (!isRecord(parsed)) throw new Error(`emulator seed ${seed}: expected a registry export ({"entities": [...]})`);
    data = {
      schemas: Array.isArray(parsed.entities) ? parsed.entities : Array.isArray(parsed.schemas) ? parsed.schemas : [],
      ...(Array.isArray(parsed.filters) ? { filters: parsed.filters } : {}),
      ...(isRecord(parsed.groups) ? { groups: parsed.groups as Record<string, string[]> } : {}),
    };
  } else {
    data = seed;
  }
  const titles = new Set<string>();
  for (const [i, entity] of (data.schemas ?? []).entries()) {
    if (!isRecord(entity) || typeof entity.title !== 'string' || entity.title === '')
      throw new Error(`emulator seed: schemas[${i}] is not a schema with a title`);
    if (titles.has(entity.title)) throw new Error(`emulator seed: schema title "${entity.title}" appears twice`);
    titles.add(entity.title);
    const id =
      typeof entity.id === 'string' && entity.id !== '' && !state.schemas.has(entity.id)
        ? entity.id
        : nextId(state, 'schema');
    state.schemas.set(id, { id, revision: 1, doc: withoutFields(entity, SCHEMA_PLATFORM_FIELDS) });
  }
  const names = new Set<string>();
  for (const [i, entity] of (data.filters ?? []).entries()) {
    if (!isRecord(entity) || typeof entity.name !== 'string' || entity.name === '')
      throw new Error(`emulator seed: filters[${i}] is not a filter with a name`);
    if (names.has(entity.name)) throw new Error(`emulator seed: filter name "${entity.name}" appears twice`);
    names.add(entity.name);
    const id =
      typeof entity.id === 'string' && entity.id !== '' && !state.filters.has(entity.id)
        ? entity.id
        : nextId(state, 'filter');
    const status = STATUSES.includes(entity.status as FilterStatus) ? (entity.status as FilterStatus) : 'ACTIVE';
    state.filters.set(id, {
      id,
      revision: 1,
      doc: withoutFields(entity, FILTER_PLATFORM_FIELDS),
      status,
      createdAt: typeof entity.created_at === 'string' ? entity.created_at : before,
      updatedAt: typeof entity.updated_at === 'string' ? entity.updated_at : before,
      ...(typeof entity.message === 'string' ? { message: entity.message } : {}),
    });
  }
  for (const [group, ids] of Object.entries(data.groups ?? {})) {
    if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string'))
      throw new Error(`emulator seed: group "${group}" is not a list of filter ids`);
    state.groups.set(group, [...ids]);
  }
}

/** Content fingerprints of every entity, to find what an out-of-band mutation changed. */
export interface Snapshot {
  schemas: Map<string, { revision: number; content: string; cxoneVersion: string | null; title: string }>;
  filters: Map<string, { revision: number; content: string; name: string; status: string }>;
  groups: Map<string, string>;
}

export function snapshot(state: EmulatorState): Snapshot {
  return {
    schemas: new Map(
      [...state.schemas].map(([id, s]) => [
        id,
        {
          revision: s.revision,
          content: canonical(s.doc),
          cxoneVersion: versionOf(s.doc),
          title: String(s.doc.title ?? ''),
        },
      ]),
    ),
    filters: new Map(
      [...state.filters].map(([id, f]) => [
        id,
        { revision: f.revision, content: canonical(f.doc), name: String(f.doc.name ?? ''), status: f.status },
      ]),
    ),
    groups: new Map([...state.groups].map(([id, ids]) => [id, JSON.stringify(ids)])),
  };
}

export function versionOf(doc: Record<string, unknown>): string | null {
  return typeof doc.cxoneVersion === 'string' ? doc.cxoneVersion : null;
}
