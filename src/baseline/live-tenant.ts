// The whole live tenant, as the deploy applies to it and the drift run compares with it: every
// schema (the registry export, all pages) and every filter (the filter list, all pages), keyed by
// title and name, platform fields set apart.

import { PlatformError } from '../core/errors.js';
import type { CxoneClient, Entity } from '../cxone/index.js';
import { fetchLiveState } from './live-api.js';
import { filterContent, type LiveFilterState, type LiveState } from './types.js';

export interface LiveItem {
  id?: string;
  etag?: string;
  /** Content without the platform-assigned fields. */
  doc: Record<string, unknown>;
  /** A schema nested deeper than a contract file may be (see LiveSchema.tooDeep). */
  tooDeep?: true;
}

export type LiveFilter = LiveFilterState;

export interface LiveTenant {
  source: string;
  schemas: Map<string, LiveItem>;
  filters: Map<string, LiveFilter>;
}

export interface TenantReadOptions {
  exportPageSize?: number;
  /** Schemas already read (a check's live baseline): taken as they are, not fetched again. */
  schemas?: LiveState;
}

export async function readLiveTenant(client: CxoneClient, options: TenantReadOptions = {}): Promise<LiveTenant> {
  const [state, filters] = await Promise.all([
    options.schemas ?? fetchLiveState(client, client.baseUrl, options.exportPageSize),
    options.schemas?.filters ?? readLiveFilters(client),
  ]);
  const schemas = new Map<string, LiveItem>(
    [...state.schemas].map(([title, s]) => [
      title,
      {
        ...(s.id !== undefined ? { id: s.id } : {}),
        ...(s.etag !== undefined ? { etag: s.etag } : {}),
        doc: s.doc,
        ...(s.tooDeep ? { tooDeep: s.tooDeep } : {}),
      },
    ]),
  );
  return { source: state.source, schemas, filters };
}

/**
 * Every live filter (all pages), by name; a nameless or doubled name is a platform answer this tool
 * does not understand.
 */
export async function readLiveFilters(client: CxoneClient): Promise<Map<string, LiveFilter>> {
  const filters = new Map<string, LiveFilter>();
  for (const [i, e] of (await client.listFilters()).entries()) {
    if (e === null || typeof e !== 'object' || Array.isArray(e))
      throw new PlatformError(
        `GET /api/v2/event-processing/filters: entity ${i} is not an object; the platform answered something this tool does not understand`,
      );
    const name = e.name;
    if (typeof name !== 'string' || name === '')
      throw new PlatformError(
        `GET /api/v2/event-processing/filters: entity ${i} has no "name"; the platform answered something this tool does not understand`,
      );
    if (filters.has(name))
      throw new PlatformError(`GET /api/v2/event-processing/filters: the list holds the name "${name}" twice`);
    filters.set(name, toLiveFilter(e));
  }
  return filters;
}

function toLiveFilter(e: Entity): LiveFilter {
  const doc = filterContent(e);
  return {
    ...(typeof e.id === 'string' || typeof e.id === 'number' ? { id: String(e.id) } : {}),
    ...(typeof e.etag === 'string' ? { etag: e.etag } : {}),
    doc,
    ...(typeof e.status === 'string' ? { status: e.status } : {}),
    ...(typeof e.message === 'string' ? { message: e.message } : {}),
    ...(typeof e.updated_at === 'string' ? { updatedAt: e.updated_at } : {}),
  };
}
