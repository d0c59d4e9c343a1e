// Deploying one schema: create (the client looks the title up after an unknown outcome, so a
// retried POST never duplicates) or update through the If-Match protocol.

import { sameContent } from '../../core/canonical.js';
import type { Contract } from '../../core/contract.js';
import { ApiError } from '../../cxone/errors.js';
import { evolve } from '../../evolution/index.js';
import { prepareJudging } from '../../lint/index.js';
import { begin, isStatus, messageOf, opt, strip, strOr, Tally, versionOf, WriteFailure, type Ctx } from './ops.js';
import { SCHEMA_PLATFORM_FIELDS, type DeployOperation, type LiveEntity } from './types.js';
import { updateEntity } from './update.js';

/** A schema the plan found unchanged: nothing to send, not even a read. */
export function keepSchema(ctx: Ctx, c: Contract, base: LiveEntity): DeployOperation {
  const version = versionOf(base.doc);
  return begin(ctx)({
    operation: 'update',
    kind: 'schema',
    name: c.name,
    ...opt({ versionBefore: version, versionAfter: version, etagBefore: base.etag }),
    attempts: 0,
    outcome: 'unchanged',
  });
}

export async function deploySchema(ctx: Ctx, c: Contract, base: LiveEntity | undefined): Promise<DeployOperation> {
  const ours = strip(c.doc, SCHEMA_PLATFORM_FIELDS);
  const done = begin(ctx);
  const id = { kind: 'schema' as const, name: c.name };
  const versionAfter = versionOf(ours);
  if (!base) {
    const tally = new Tally();
    try {
      const res = await ctx.client.createSchema(ours);
      tally.add(res);
      return done({
        operation: 'create',
        ...id,
        ...opt({ versionAfter: versionOf(res.body) ?? versionAfter, etagAfter: res.etag }),
        status: res.status,
        ...tally.fields(),
        outcome: 'applied',
      });
    } catch (err) {
      if (err instanceof ApiError) tally.add(err);
      if (!isStatus(err, 409)) throw new WriteFailure(err, tally);
      // Created since the plan (by an earlier, interrupted run, by a POST of ours whose answer was
      // lost, or by someone else): ours only if the content is.
      const hit = (await ctx.client.exportSchemas()).find((e) => e.title === c.name);
      if (hit && sameContent(strip(hit, SCHEMA_PLATFORM_FIELDS), ours)) {
        const outcome = tally.unknown > 0 ? 'applied' : 'unchanged';
        return done({
          operation: 'create',
          ...id,
          ...opt({ versionBefore: versionOf(hit), versionAfter, etagAfter: strOr(hit.etag) }),
          status: 409,
          ...tally.fields(),
          outcome,
        });
      }
      return done({
        operation: 'create',
        ...id,
        ...opt({ versionAfter }),
        status: 409,
        ...tally.fields(),
        outcome: 'conflict',
        error: `${messageOf(err)} — a schema with this title exists with other content; nothing was written`,
      });
    }
  }
  if (base.id === undefined) throw new Error(`the live schema "${c.name}" has no id to update`);
  const schemaId = base.id;
  const { op } = await updateEntity(done, {
    ...id,
    base: base.doc,
    ours,
    content: (doc) => strip(doc, SCHEMA_PLATFORM_FIELDS),
    // What is live now is judged against the merge below: its regexes may be new to this run.
    get: async () => {
      const fetched = await ctx.client.getSchema(schemaId);
      await prepareJudging([fetched.body]);
      return fetched;
    },
    put: (etag, doc) => ctx.client.updateSchema(schemaId, doc, etag),
    // A merged schema must still be a compatible evolution of what is live now (and bump above it).
    checkMerged: (theirs, merged) =>
      evolve(theirs, merged, { file: c.file, contract: c.name, policy: ctx.policy })
        .findings.filter((f) => f.severity === 'error')
        .map((f) => `${f.rule}: ${f.message}`),
  });
  return op;
}
