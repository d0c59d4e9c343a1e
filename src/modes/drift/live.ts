// The live tenant as the drift run compares it: every schema (the registry export, all pages) and
// every filter (the filter list, all pages), keyed by title and name, platform fields set apart.

import { PlatformError } from '../../core/errors.js';
import { fetchLiveState } from '../../baseline/index.js';
import type { CxoneClient, Entity } from '../../cxone/index.js';

export interface LiveItem {
  id?: string;
  /** Content without the platform-assigned fields. */
  doc: Record<string, unknown>;
}

export interface LiveFilter extends LiveItem {
  status?: string;
  message?: string;
}

export interface LiveTenant {
  source: string;
  schemas: Map<string, LiveItem>;
  filters: Map<string, LiveFilter>;
}

/** Fields the platform adds to a stored filter; never part of the contract. */
export const FILTER_PLATFORM_FIELDS: readonly string[] = ['id', 'etag', 'status', 'message', 'revision', 'activated_at'];

export async function readLiveTenant(client: CxoneClient, options: { exportPageSize?: number } = {}): Promise<LiveTenant> {
  const [state, filterEntities] = await Promise.all([fetchLiveState(client, client.baseUrl, options.exportPageSize), client.listFilters()]);
  const schemas = new Map<string, LiveItem>([...state.schemas].map(([title, s]) => [title, { ...(s.id !== undefined ? { id: s.id } : {}), doc: s.doc }]));
  const filters = new Map<string, LiveFilter>();
  for (const [i, e] of filterEntities.entries()) {
    const name = e.name;
    if (typeof name !== 'string' || name === '') throw new PlatformError(`GET /api/v2/event-processing/filters: entity ${i} has no "name"; the platform answered something this tool does not understand`);
    if (filters.has(name)) throw new PlatformError(`GET /api/v2/event-processing/filters: the list holds the name "${name}" twice`);
    filters.set(name, toLiveFilter(e));
  }
  return { source: state.source, schemas, filters };
}

function toLiveFilter(e: Entity): LiveFilter {
  const doc = Object.fromEntries(Object.entries(e).filter(([k]) => !FILTER_PLATFORM_FIELDS.includes(k)));
  return {
    ...(typeof e.id === 'string' || typeof e.id === 'number' ? { id: String(e.id) } : {}),
    doc,
    ...(typeof e.status === 'string' ? { status: e.status } : {}),
    ...(typeof e.message === 'string' ? { message: e.message } : {}),
  };
}
