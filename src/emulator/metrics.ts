// Analytics: a hit-rate series for one filter, deterministic from a seeded hash of (filter id,
// bucket start), so the same query always gives the same numbers. Filters in state.deadFilters
// match nothing (all zeros); a filter in state.lastHitAt has no hits in buckets that start after
// that time (a filter that went quiet); every other bucket has at least one hit.

import { createHash } from 'node:crypto';
import type { Route } from './context.js';
import { notFound } from './audit.js';
import { ApiError } from './http.js';

export const METRICS = ['hit_count', 'throughput_rate', 'match_ratio'] as const;
type Metric = (typeof METRICS)[number];
const MAX_BUCKETS = 10_000;

/** ISO 8601 duration (PnDTnHnMnS, optional leading '-') in ms; undefined when not one. */
export function parseDuration(text: string): number | undefined {
  const m = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!m || text.endsWith('P') || text.endsWith('T') || (!m[2] && !m[3] && !m[4] && !m[5])) return undefined;
  const ms =
    ((Number(m[2] ?? 0) * 24 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0)) * 60_000 + Number(m[5] ?? 0) * 1000;
  return m[1] ? -ms : ms;
}

function unit(seed: number, filterId: string, bucket: number, metric: string): number {
  const d = createHash('sha256').update(`${seed}\0${filterId}\0${bucket}\0${metric}`).digest();
  return d.readUInt32BE(0) / 0x1_0000_0000;
}

export const metricsRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/api/v2/analytics/event-processing/filter-metrics',
    scope: 'analytics:read',
    handler: (ctx, req) => {
      const q = req.query;
      const filterId = q.get('filter_id');
      if (!filterId) throw new ApiError(400, 'BAD_REQUEST', 'filter_id is required');
      if (!ctx.state.filters.has(filterId)) throw notFound('filter', filterId);
      const interval = parseDuration(q.get('interval') ?? 'PT5M');
      if (interval === undefined || interval <= 0)
        throw new ApiError(
          400,
          'BAD_REQUEST',
          `interval ${q.get('interval')} is not a positive ISO 8601 duration (e.g. PT5M)`,
        );
      const requested = (q.get('metrics') ?? METRICS.join(','))
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = requested.filter((m) => !(METRICS as readonly string[]).includes(m));
      if (unknown.length > 0)
        throw new ApiError(400, 'BAD_REQUEST', `unknown metrics: ${unknown.join(', ')}; use ${METRICS.join(', ')}`);
      const endRaw = q.get('end_time');
      const end = endRaw === null ? ctx.now().getTime() : Date.parse(endRaw);
      if (Number.isNaN(end)) throw new ApiError(400, 'BAD_REQUEST', `end_time ${endRaw} is not an ISO 8601 time`);
      const startRaw = q.get('start_time') ?? '-PT3600S';
      const rel = parseDuration(startRaw);
      const start = rel !== undefined ? end + (rel < 0 ? rel : -rel) : Date.parse(startRaw);
      if (Number.isNaN(start) || start > end)
        throw new ApiError(
          400,
          'BAD_REQUEST',
          `start_time ${startRaw} is not an ISO 8601 time or a negative duration before end_time`,
        );
      const first = Math.floor(start / interval) * interval;
      if ((end - first) / interval > MAX_BUCKETS)
        throw new ApiError(
          400,
          'BAD_REQUEST',
          `the range holds more than ${MAX_BUCKETS} intervals; widen the interval or narrow the range`,
        );
      const alwaysDead = ctx.state.deadFilters.has(filterId);
      const lastHit = ctx.state.lastHitAt.get(filterId);
      const silentFrom = lastHit === undefined ? Infinity : Date.parse(lastHit);
      const series: Record<string, unknown>[] = [];
      let total = 0;
      for (let t = first; t < end; t += interval) {
        const dead = alwaysDead || t > silentFrom;
        const hits = dead ? 0 : 1 + Math.floor(unit(ctx.metricsSeed, filterId, t, 'hits') * 500);
        total += hits;
        const values: Record<Metric, number> = {
          hit_count: hits,
          throughput_rate: Math.round((hits / (interval / 1000)) * 1000) / 1000,
          match_ratio: dead
            ? 0
            : Math.round((0.01 + unit(ctx.metricsSeed, filterId, t, 'ratio') * 0.5) * 10_000) / 10_000,
        };
        const point: Record<string, unknown> = { timestamp: new Date(t).toISOString() };
        for (const m of requested) point[m] = values[m as Metric];
        series.push(point);
      }
      return {
        status: 200,
        body: {
          filter_id: filterId,
          interval: q.get('interval') ?? 'PT5M',
          start_time: new Date(start).toISOString(),
          end_time: new Date(end).toISOString(),
          metrics: requested,
          series,
          totals: { hit_count: total },
        },
      };
    },
  },
];
