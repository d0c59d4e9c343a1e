// Filter health: live filters stuck outside ACTIVE, and ACTIVE filters that matched nothing over
// the dead-filter window (analytics filter-metrics, hourly buckets, hit_count summed).
//
// "Stuck": the fresh status (status endpoint) is FAILED, or one of the activating states of the
// contract's lifecycle (DRAFT → PENDING_ACTIVATION → ACTIVE) with no update for longer than the
// activation timeout — the last update read from the filter's audit log or its `updated_at`. A
// filter a deploy is activating right now is not stuck. A filter reported stuck is not also
// reported dead.

import type { CxoneClient } from '../../cxone/index.js';
import { ApiError } from '../../cxone/errors.js';
import { mapLimit } from '../../core/pool.js';
import { contentEntries } from '../../baseline/audit-match.js';
import { assignPaths, FILTER_DIR } from '../../core/contract-paths.js';
import type { LiveTenant } from '../../baseline/index.js';
import type { AuditReader } from './attribute.js';
import type { DriftItem } from './types.js';
import { driftRules } from './rules.js';

export interface HealthOptions {
  deadFilterWindowDays: number;
  activationTimeoutSeconds: number;
  concurrency: number;
  now: Date;
  /** Repo file of each filter name, where the filter is in the repo. */
  repoFiles: Map<string, string>;
  notes: string[];
  /** The run's audit log reader, shared with attribution. */
  auditLogs: AuditReader;
}

export async function filterHealth(
  client: CxoneClient,
  live: LiveTenant,
  options: HealthOptions,
): Promise<DriftItem[]> {
  const exportPaths = assignPaths(live.filters.keys(), FILTER_DIR, 'filter');
  const fileOf = (name: string) => options.repoFiles.get(name) ?? exportPaths.get(name)!;
  const withIds = [...live.filters].filter(([, f]) => f.id !== undefined);

  const stuck = await mapLimit(
    withIds.filter(([, f]) => f.status !== 'ACTIVE'),
    options.concurrency,
    async ([name, f]): Promise<DriftItem | undefined> => {
      const fresh = await client.filterStatus(f.id!);
      if (fresh.status === 'ACTIVE') return undefined;
      if (ACTIVATING.has(fresh.status)) {
        const log = await options.auditLogs(f.id!);
        // The last update is a content change: the platform's own status entries are not progress.
        const updates = contentEntries(log, f.id!);
        if (
          updatedWithin(
            [...updates.map((e) => e.timestamp), f.updatedAt],
            options.now,
            options.activationTimeoutSeconds,
          )
        )
          return undefined;
      }
      const message = fresh.message ?? f.message;
      return {
        rule: driftRules.filterNotActive.id,
        kind: 'filter',
        name,
        file: fileOf(name),
        pointer: '',
        liveId: f.id!,
        status: fresh.status,
        ...(message !== undefined ? { statusMessage: message } : {}),
      };
    },
  );
  const notActive = new Set(stuck.flatMap((s) => (s ? [s.name] : [])));

  const hours = Math.max(1, Math.ceil(options.deadFilterWindowDays * 24));
  let refused: string | undefined;
  const dead = await mapLimit(
    withIds.filter(([name]) => !notActive.has(name)),
    options.concurrency,
    async ([name, f]): Promise<DriftItem | undefined> => {
      if (refused) return undefined;
      let body: unknown;
      try {
        body = await client.filterMetrics(f.id!, {
          interval: 'PT1H',
          metrics: ['hit_count'],
          startTime: `-PT${hours}H`,
          endTime: options.now.toISOString(),
        });
      } catch (err) {
        // Without analytics:read the rest of the drift report is still worth having.
        if (err instanceof ApiError && err.status === 403) {
          refused = `filter hit counts not read: ${err.message}`;
          return undefined;
        }
        throw err;
      }
      const hits = totalHits(body);
      if (hits === undefined) {
        options.notes.push(`filter-metrics for ${name} carried no hit_count; not judged`);
        return undefined;
      }
      return hits === 0
        ? {
            rule: driftRules.filterDead.id,
            kind: 'filter',
            name,
            file: fileOf(name),
            pointer: '',
            liveId: f.id!,
            hits: 0,
          }
        : undefined;
    },
  );
  if (refused) options.notes.push(refused);
  return [...stuck, ...dead].filter((x): x is DriftItem => x !== undefined);
}

/** The lifecycle states a filter passes through on its way to ACTIVE after an update. */
const ACTIVATING: ReadonlySet<string> = new Set(['DRAFT', 'PENDING_ACTIVATION']);

/** Some of the times (audit timestamps, `updated_at`) falls within the last `seconds`. */
function updatedWithin(times: unknown[], now: Date, seconds: number): boolean {
  const since = now.getTime() - seconds * 1000;
  return times.some((t) => typeof t === 'string' && Date.parse(t) >= since);
}

/** The window's hit count: `totals.hit_count`, else the sum of the series. */
export function totalHits(body: unknown): number | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const b = body as { totals?: { hit_count?: unknown }; series?: unknown };
  if (typeof b.totals?.hit_count === 'number') return b.totals.hit_count;
  if (!Array.isArray(b.series)) return undefined;
  let sum = 0;
  for (const p of b.series) {
    const h = (p as { hit_count?: unknown } | null)?.hit_count;
    if (typeof h !== 'number') return undefined;
    sum += h;
  }
  return sum;
}
