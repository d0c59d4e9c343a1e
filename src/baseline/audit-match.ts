// Reading the platform's audit log by meaning, not by our emulator's field names. The contract
// guarantees `{timestamp, actor, action, filter_id, ...}` and nothing about how a schema entry
// names its schema: an entry is about an item when any of its other fields holds the item's live
// id or its title/name. Entries of the platform's own lifecycle (status changes, activation, the
// actor `platform`) change no content: who changed an item is the newest entry that did.
// Used by drift's attribution and the plan's "reverts a live change".

import { escapeControl } from '../core/log-safe.js';
import { oneLine } from '../cxone/errors.js';
import type { Entity } from '../cxone/index.js';

/** Fields that say who, when and what, never which item. */
const NOT_AN_ITEM = new Set([
  'timestamp',
  'actor',
  'action',
  'source',
  'message',
  'status',
  'details',
  'revision',
  'before_version',
  'after_version',
  'before_cxone_version',
  'after_cxone_version',
]);

export function isEntry(e: unknown): e is Entity {
  return e !== null && typeof e === 'object' && !Array.isArray(e);
}

/** An entry that changed content: not the platform's lifecycle (status, activation) nor the actor `platform`. */
export function changesContent(e: Entity): boolean {
  if (typeof e.actor === 'string' && e.actor.toLowerCase() === 'platform') return false;
  const action = typeof e.action === 'string' ? e.action.toLowerCase() : '';
  return !/status|activat|lifecycle/.test(action);
}

export type ItemKind = 'schema' | 'filter' | 'group';
const KINDS: readonly ItemKind[] = ['schema', 'filter', 'group'];

/**
 * The entry may be about an item of `kind`. A field that says a kind (entity_kind, kind,
 * resource_type, object, type) decides when its value names exactly one of the three
 * (`EVENT_SCHEMA` names schema; `type: "UPDATE"` names none). Otherwise an id field named after
 * exactly one kind decides (`schema_id`, `filterId`, `group_id`). Otherwise it may be.
 */
export function aboutKind(e: Entity, kind: ItemKind): boolean {
  for (const key of ['entity_kind', 'kind', 'resource_type', 'object', 'type']) {
    const v = typeof e[key] === 'string' ? (e[key] as string).toLowerCase() : undefined;
    const named = v === undefined ? [] : KINDS.filter((k) => v.includes(k));
    if (named.length === 1) return named[0] === kind;
  }
  const byId = KINDS.filter((k) =>
    Object.keys(e).some((key) => ID_FIELD[k].test(key) && e[key] !== null && e[key] !== undefined),
  );
  if (byId.length === 1) return byId[0] === kind;
  return true;
}

const ID_FIELD: Record<ItemKind, RegExp> = {
  schema: /^schema[_-]?id$/i,
  filter: /^filter[_-]?id$/i,
  group: /^group[_-]?id$/i,
};

/**
 * The entry names the item: some field (other than who/when/what) holds one of its ids or names.
 * With `kind`, a field named after another kind (a schema's `filter_id`, a filter's `group_id`)
 * is not read: a filter and a schema may share a name.
 */
export function namesItem(e: Entity, ids: readonly string[], names: readonly string[], kind?: ItemKind): boolean {
  const others = kind === undefined ? [] : KINDS.filter((k) => k !== kind);
  for (const [key, value] of Object.entries(e)) {
    if (NOT_AN_ITEM.has(key)) continue;
    if (others.some((k) => key.toLowerCase().includes(k))) continue;
    const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
    if (text !== undefined && (ids.includes(text) || names.includes(text))) return true;
  }
  return false;
}

/**
 * The entries of one filter's own log (`?filter_id=F`) that changed its content: drift, health and
 * the plan read it alike.
 */
export function contentEntries(log: readonly unknown[], filterId: string): Entity[] {
  return log.filter(
    (e): e is Entity =>
      isEntry(e) && (e.filter_id === undefined || idText(e.filter_id) === filterId) && changesContent(e),
  );
}

/** The entry is about the item of `kind` with these live ids and names (the tenant-wide log). */
export function entryAbout(e: Entity, kind: ItemKind, ids: readonly string[], names: readonly string[]): boolean {
  return aboutKind(e, kind) && namesItem(e, ids, names, kind);
}

/** Longest actor, action or timestamp repeated from the audit log: the log is the tenant's data. */
const MAX_FIELD = 200;

/**
 * A field of an entry as text for reports and logs: a string or number only, on one line, no
 * control characters, bounded.
 */
export function entryText(v: unknown): string | undefined {
  const text = idText(v);
  return text === undefined || text === '' ? undefined : oneLine(escapeControl(text), MAX_FIELD);
}

/** The newest entry by timestamp (ISO strings, as the contract has them); entries without one sort first. */
export function newestEntry(entries: readonly Entity[]): Entity | undefined {
  let best: Entity | undefined;
  const at = (e: Entity) => (typeof e.timestamp === 'string' ? e.timestamp : '');
  for (const e of entries) if (!best || at(e) >= at(best)) best = e;
  return best;
}

/** An id as text, when it is one (a string or a number): never String() of an object. */
export function idText(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}
