// Cursor pagination: follow `next_cursor` (absent, null or "" on the last page) with `?cursor=`.

import type { RequestCore } from './request.js';

export interface PageSpec {
  /** Path without query. */
  path: string;
  /** Fixed query parameters (page size included). */
  query: Record<string, string>;
  /** Where the page's items are: `entities`, `entries`, `filter_ids`. */
  itemsKey: string;
}

/** A guard against a server that never stops (or loops): no real tenant has this many pages. */
export const MAX_PAGES = 10_000;

export async function collectPages<T>(core: RequestCore, spec: PageSpec): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; ; page++) {
    const params = new URLSearchParams(spec.query);
    if (cursor !== undefined) params.set('cursor', cursor);
    const path = `${spec.path}?${params.toString()}`;
    const { body } = await core.call({ method: 'GET', path });
    const obj =
      body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
    const list = obj?.[spec.itemsKey];
    const label = `GET ${spec.path}`;
    if (!Array.isArray(list)) {
      throw core.fail(`${label}: the response has no "${spec.itemsKey}" array — check api-base-url`, {
        endpoint: label,
      });
    }
    // One by one: a spread of a huge page would overflow the call stack (a hostile or broken server).
    for (const item of list as T[]) items.push(item);
    const next = obj?.next_cursor;
    if (next === undefined || next === null || next === '') return items;
    if (typeof next !== 'string' && typeof next !== 'number') {
      throw core.fail(`${label}: next_cursor is not a string`, { endpoint: label });
    }
    cursor = String(next);
    if (seen.has(cursor) || page + 1 >= MAX_PAGES) {
      throw core.fail(`${label}: pagination does not end (cursor repeated or more than ${MAX_PAGES} pages)`, {
        endpoint: label,
      });
    }
    seen.add(cursor);
  }
}
