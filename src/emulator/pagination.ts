// Cursor pagination: opaque cursors (base64url of a small JSON), page sizes validated, and pages
// cut from a list already in its deterministic order.

import { ApiError } from './http.js';
import type { PlatformVariant } from './variant.js';

interface CursorData {
  /** Which listing the cursor belongs to: a cursor of one list is refused by another. */
  l: string;
  /** Sort key of the last item served (keyset pagination: stable when items are added). */
  k?: string;
  /** Offset, for listings without a unique key (audit log, group membership). */
  o?: number;
}

export function encodeCursor(data: CursorData): string {
  return Buffer.from(JSON.stringify(data), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, listing: string): CursorData {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    data = undefined;
  }
  const c = data as CursorData | undefined;
  if (
    !c ||
    typeof c !== 'object' ||
    c.l !== listing ||
    (c.k !== undefined && typeof c.k !== 'string') ||
    (c.o !== undefined && (!Number.isInteger(c.o) || c.o < 0))
  ) {
    throw new ApiError(
      400,
      'INVALID_CURSOR',
      'the cursor is not one this listing issued; start again without a cursor',
    );
  }
  return c;
}

/** A page-size query parameter: a positive integer up to `max`; `fallback` when absent. */
export function pageSize(query: URLSearchParams, name: string, fallback: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^\d{1,7}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new ApiError(400, 'INVALID_PAGE_SIZE', `${name} must be an integer from 1 to ${max}`, [
      { parameter: name, value: raw, message: `out of range 1..${max}` },
    ]);
  }
  return Number(raw);
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/** Keyset page over items sorted by `key` (unique, ascending). */
export function keysetPage<T>(
  sorted: T[],
  key: (item: T) => string,
  size: number,
  cursor: string | null,
  listing: string,
): Page<T> {
  let start = 0;
  if (cursor) {
    const after = decodeCursor(cursor, listing).k ?? '';
    start = sorted.findIndex((item) => compareKeys(key(item), after) > 0);
    if (start < 0) start = sorted.length;
  }
  const items = sorted.slice(start, start + size);
  const more = start + size < sorted.length;
  return {
    items,
    next_cursor: more && items.length > 0 ? encodeCursor({ l: listing, k: key(items[items.length - 1]!) }) : null,
  };
}

/** Offset page over an append-only or replaced list. */
export function offsetPage<T>(list: T[], size: number, cursor: string | null, listing: string): Page<T> {
  const start = cursor ? (decodeCursor(cursor, listing).o ?? 0) : 0;
  const items = list.slice(start, start + size);
  const end = start + items.length;
  return { items, next_cursor: end < list.length ? encodeCursor({ l: listing, o: end }) : null };
}

/** A listing's body: its items and the cursor, which on the last page is null or absent (per variant). */
export function pageBody(
  variant: PlatformVariant,
  fields: Record<string, unknown>,
  next: string | null,
): Record<string, unknown> {
  return next !== null || variant.lastPageCursor === 'null' ? { ...fields, next_cursor: next } : fields;
}

/** Code-unit order: deterministic across locales (unlike localeCompare). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
