// The update protocol shared by schemas and filters: GET fresh -> unchanged | conflict | PUT with
// If-Match. A 412/409 re-reads and decides again; so does a write whose outcome is unknown (reset,
// timeout, 5xx): if the live entity now holds what we sent, our write landed. At most
// MAX_WRITE_ATTEMPTS write calls per item.

import { sameContent } from '../../core/canonical.js';
import type { Fetched, WriteResult } from '../../cxone/index.js';
import { ApiError } from '../../cxone/errors.js';
import { threeWayMerge } from './merge.js';
import { isStatus, isUnknownOutcome, opt, Tally, versionOf, WriteFailure, type Finish } from './ops.js';
import { MAX_WRITE_ATTEMPTS, type DeployOperation } from './types.js';

export interface UpdateSpec {
  kind: 'schema' | 'filter';
  name: string;
  base: Record<string, unknown>;
  ours: Record<string, unknown>;
  /** The content of a fetched entity: without what the platform adds to it. */
  content: (doc: Record<string, unknown>) => Record<string, unknown>;
  get: () => Promise<Fetched>;
  put: (etag: string, doc: Record<string, unknown>) => Promise<WriteResult>;
  /**
   * Problems with a document about to be written that is not ours (a merge): schemas run the
   * evolution check against theirs.
   */
  checkMerged?: (theirs: Record<string, unknown>, merged: Record<string, unknown>) => string[];
  /**
   * Called with each new document just before its first write (filters: the validate endpoint). A
   * string is the reason not to write.
   */
  beforeWrite?: (doc: Record<string, unknown>) => Promise<string | undefined>;
}

export async function updateEntity(done: Finish, spec: UpdateSpec): Promise<{ op: DeployOperation; fresh: Fetched }> {
  const head = { operation: 'update' as const, kind: spec.kind, name: spec.name };
  let fresh = await spec.get();
  const versionBefore = versionOf(fresh.body);
  const etagBefore = fresh.etag;
  const versionAfter = versionOf(spec.ours);
  const tally = new Tally();
  let calls = 0;
  let status: number | undefined;
  let sent: Record<string, unknown> | undefined;
  const validated: Record<string, unknown>[] = [];
  for (;;) {
    const theirs = spec.content(fresh.body);
    const common = () => ({ ...head, ...opt({ versionBefore, etagBefore, status }), ...tally.fields() });
    const after = () => opt({ versionAfter: versionOf(theirs), etagAfter: fresh.etag });
    // A write whose answer was lost (or refused as stale on its retry) may have landed: the live
    // entity holding exactly what we sent says it did.
    if (sent && tally.unknown > 0 && sameContent(theirs, sent)) {
      return { op: done({ ...common(), ...after(), outcome: 'applied' }), fresh };
    }
    if (sameContent(theirs, spec.ours)) return { op: done({ ...common(), ...after(), outcome: 'unchanged' }), fresh };
    // The live state moved since the plan: three-way merge (base = planned against, theirs = live
    // now, ours = repo). Their changes to nodes we did not touch are kept; a node both changed is
    // a conflict, and so is a merge that is not a compatible evolution of theirs.
    let doc = spec.ours;
    let keptLive: string[] | undefined;
    if (!sameContent(theirs, spec.base)) {
      const m = threeWayMerge(spec.base, theirs, spec.ours);
      const problems =
        m.conflicts.length > 0
          ? [`both the live ${spec.kind} and the repo changed ${m.conflicts.join(', ')}`]
          : (spec.checkMerged?.(theirs, m.merged) ?? []);
      if (problems.length > 0) {
        const error = `the live ${spec.kind} changed since the plan (out-of-band${versionOf(theirs) ? `, now cxoneVersion ${versionOf(theirs)}` : ''}) and cannot be merged: ${problems.join('; ')}; nothing was written — take the live change into the repo and re-run`;
        return { op: done({ ...common(), ...after(), outcome: 'conflict', error }), fresh };
      }
      doc = m.merged;
      keptLive = m.kept;
      // The repo changes nothing the live edit did not already hold: writing it back would make a
      // new revision with the same content (a filter's activation restarts, drift blames us).
      if (sameContent(doc, theirs))
        return { op: done({ ...common(), ...after(), outcome: 'unchanged', keptLive }), fresh };
    }
    if (!fresh.etag)
      throw new WriteFailure(
        new Error(`GET of the live ${spec.kind} returned no ETag, so it cannot be updated safely with If-Match`),
        tally,
      );
    if (calls >= MAX_WRITE_ATTEMPTS) {
      if (tally.unknown > 0) {
        const error = `${tally.unknown} write(s) had an unknown outcome and the live ${spec.kind} still does not hold the repo's content; nothing else was written — re-run the deploy`;
        return { op: done({ ...common(), outcome: 'failed', error }), fresh };
      }
      const error = `the ETag kept changing (${calls} writes refused with ${status ?? 'a conflict'}) while the content stayed the same; nothing was written — re-run the deploy`;
      return { op: done({ ...common(), outcome: 'conflict', error }), fresh };
    }
    if (spec.beforeWrite && !validated.some((v) => sameContent(v, doc))) {
      validated.push(doc);
      const problem = await spec.beforeWrite(doc);
      if (problem !== undefined)
        return { op: done({ ...common(), ...opt({ versionAfter }), outcome: 'failed', error: problem }), fresh };
    }
    calls++;
    sent = doc;
    try {
      const res = await spec.put(fresh.etag, doc);
      tally.add(res);
      fresh = res;
      return {
        op: done({
          ...head,
          ...opt({
            versionBefore,
            etagBefore,
            versionAfter: versionOf(res.body) ?? versionAfter,
            etagAfter: res.etag,
            keptLive,
          }),
          status: res.status,
          ...tally.fields(),
          outcome: 'applied',
        }),
        fresh,
      };
    } catch (err) {
      if (err instanceof ApiError) tally.add(err);
      if (!isStatus(err, 412) && !isStatus(err, 409) && !isUnknownOutcome(err)) throw new WriteFailure(err, tally);
      status = (err as ApiError).status;
      fresh = await spec.get();
    }
  }
}
