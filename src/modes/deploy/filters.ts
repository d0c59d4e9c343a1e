// Deploying one filter: the platform's validate endpoint, create or update (If-Match protocol),
// then poll its status until ACTIVE (or FAILED, or activation-timeout).

import { performance } from 'node:perf_hooks';
import { sameContent } from '../../core/canonical.js';
import type { Contract } from '../../core/contract.js';
import { ApiError } from '../../cxone/errors.js';
import type { WriteResult } from '../../cxone/index.js';
import { filterContent } from '../../baseline/types.js';
import {
  begin,
  failureFields,
  idOf,
  isStatus,
  messageOf,
  opt,
  statusIn,
  strOr,
  Tally,
  WriteFailure,
  type Ctx,
} from './ops.js';
import type { LiveFilter } from '../../baseline/index.js';
import type { DeployOperation, LiveEntity } from './types.js';
import { updateEntity } from './update.js';

export interface FilterResult {
  ops: DeployOperation[];
  /** The platform id, when the filter exists live with our content. */
  id?: string;
  /** The filter is in place (content and activation). */
  ok: boolean;
}

export async function deployFilter(ctx: Ctx, c: Contract, base: LiveEntity | undefined): Promise<FilterResult> {
  const ours = filterContent(c.doc);
  const done = begin(ctx);
  const head = { kind: 'filter' as const, name: c.name };
  const validate = async (doc: Record<string, unknown>): Promise<string | undefined> => {
    const v = await ctx.client.validateFilter(doc);
    return v.valid ? undefined : `the platform's validation refused the filter: ${v.message ?? 'no message'}`;
  };
  try {
    if (!base) {
      const problem = await validate(ours);
      if (problem !== undefined)
        return {
          ops: [done({ operation: 'create', ...head, attempts: 0, outcome: 'failed', error: problem })],
          ok: false,
        };
      const tally = new Tally();
      let res: WriteResult;
      try {
        res = await ctx.client.createFilter(ours);
        tally.add(res);
      } catch (err) {
        if (err instanceof ApiError) tally.add(err);
        if (!isStatus(err, 409)) throw new WriteFailure(err, tally);
        // Created since the plan (an earlier run, a POST of ours whose answer was lost, or someone else).
        const hit = (await ctx.client.listFilters()).find((e) => e.name === c.name);
        if (hit && idOf(hit) !== undefined && sameContent(filterContent(hit), ours)) {
          const outcome = tally.unknown > 0 ? 'applied' : 'unchanged';
          const op = done({
            operation: 'create',
            ...head,
            ...opt({ etagAfter: strOr(hit.etag) }),
            status: 409,
            ...tally.fields(),
            outcome,
          });
          return afterWrite(ctx, c.name, idOf(hit)!, [op], statusIn(hit));
        }
        const op = done({
          operation: 'create',
          ...head,
          status: 409,
          ...tally.fields(),
          outcome: 'conflict',
          error: `${messageOf(err)} — a filter with this name exists with other content; nothing was written`,
        });
        return { ops: [op], ok: false };
      }
      const id = idOf(res.body);
      const op = done({
        operation: 'create',
        ...head,
        ...opt({ etagAfter: res.etag }),
        status: res.status,
        ...tally.fields(),
        outcome: 'applied',
      });
      if (id === undefined)
        return { ops: [{ ...op, outcome: 'failed', error: 'the create answer carries no filter id' }], ok: false };
      return afterWrite(ctx, c.name, id, [op], res.status === 200 ? statusIn(res.body) : undefined);
    }
    if (base.id === undefined) throw new Error(`the live filter "${c.name}" has no id to update`);
    const id = base.id;
    const { op, fresh } = await updateEntity(done, {
      ...head,
      base: base.doc,
      ours,
      content: filterContent,
      get: () => ctx.client.getFilter(id),
      put: (etag, doc) => ctx.client.updateFilter(id, doc, etag),
      // Every document about to be written, a three-way merge included, goes through validation.
      beforeWrite: validate,
    });
    if (op.outcome === 'applied') return afterWrite(ctx, c.name, id, [op]);
    // Unchanged content: still make sure it is active (an earlier run may have stopped before it was).
    if (op.outcome === 'unchanged')
      return afterWrite(ctx, c.name, id, [op], statusIn(fresh.body) ?? { status: 'UNKNOWN' }, true);
    return { ops: [op], ok: false };
  } catch (err) {
    const op = done({ operation: base ? 'update' : 'create', ...head, outcome: 'failed', ...failureFields(err) });
    return { ops: [op], ok: false };
  }
}

/**
 * A filter the plan found unchanged: no request for its content (the live list the plan read is
 * its state), only a wait for ACTIVE when it is not (an earlier run may have stopped before).
 */
export async function keepFilter(ctx: Ctx, c: Contract, base: LiveFilter): Promise<FilterResult> {
  const op = begin(ctx)({
    operation: 'update',
    kind: 'filter',
    name: c.name,
    ...opt({ etagBefore: base.etag }),
    attempts: 0,
    outcome: 'unchanged',
  });
  if (base.id === undefined)
    return { ops: [{ ...op, outcome: 'failed', error: `the live filter "${c.name}" has no id` }], ok: false };
  return afterWrite(
    ctx,
    c.name,
    base.id,
    [op],
    { status: base.status ?? 'UNKNOWN', ...opt({ message: base.message }) },
    true,
  );
}

/** After a filter write (or on an unchanged filter): wait for ACTIVE, unless it is already. */
async function afterWrite(
  ctx: Ctx,
  name: string,
  id: string,
  ops: DeployOperation[],
  known?: { status: string; message?: string },
  quietWhenActive = false,
): Promise<FilterResult> {
  if (quietWhenActive && known?.status === 'ACTIVE') return { ops, id, ok: true };
  const activation = await activate(ctx, name, id, known?.status === 'UNKNOWN' ? undefined : known);
  return { ops: [...ops, activation], id, ok: activation.outcome === 'applied' };
}

async function activate(
  ctx: Ctx,
  name: string,
  id: string,
  known?: { status: string; message?: string },
): Promise<DeployOperation> {
  const done = begin(ctx);
  const head = { operation: 'activate' as const, kind: 'filter' as const, name };
  const deadline = performance.now() + ctx.activationTimeoutMs;
  let polls = 0;
  try {
    let st = known ?? (polls++, await ctx.client.filterStatus(id));
    for (;;) {
      if (st.status === 'ACTIVE') return done({ ...head, attempts: polls, outcome: 'applied' });
      if (st.status === 'FAILED')
        return done({
          ...head,
          attempts: polls,
          outcome: 'failed',
          error: `activation FAILED: ${st.message ?? 'the platform gave no message'}`,
        });
      if (performance.now() >= deadline) {
        return done({
          ...head,
          attempts: polls,
          outcome: 'failed',
          error: `not ACTIVE after ${ctx.activationTimeoutMs / 1000} s (status ${st.status}) — raise activation-timeout or look at the filter in the platform`,
        });
      }
      await ctx.sleep(ctx.pollIntervalMs);
      polls++;
      st = await ctx.client.filterStatus(id);
    }
  } catch (err) {
    return done({ ...head, ...failureFields(err), attempts: polls, outcome: 'failed' });
  }
}
