// Attribution by meaning (issue 14, must-show 2): against audit entries shaped as another platform
// may shape them — the contract guarantees {timestamp, actor, action, filter_id, ...} only — a
// schema edit is matched by any field holding its live id or title, and the platform's own
// lifecycle entries (status changes, actor `platform`) never take the blame for a content change.
// The emulator writes every entry itself (Emulator.mutate, the filter lifecycle) and shows it in
// the shape under test: none of these shapes has our emulator's entity_* fields.

import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, Emulator } from '../../../src/emulator/index.js';
import { runDrift } from '../../../src/modes/drift/index.js';
import { exportedRepo, filterByName, schemaByTitle, settingsFor, tenant } from './helpers.js';

let em: Emulator | undefined;
afterEach(async () => {
  await em?.close();
  em = undefined;
});

type Shape = (e: AuditEntry) => Record<string, unknown>;
const who = (e: AuditEntry) => ({ timestamp: e.timestamp, actor: e.actor, action: e.action.toUpperCase() });

describe('attribution against variant audit-log shapes', () => {
  const shapes: [string, Shape][] = [
    [
      'schema_id',
      (e) => ({ ...who(e), ...(e.entity_kind === 'schema' ? { schema_id: e.entity_id } : { filter_id: e.entity_id }) }),
    ],
    // no id at all: the title is the only link (and no kind field either)
    ['resource_name (the title)', (e) => ({ ...who(e), resource_name: e.entity_name })],
    ['object + object_id', (e) => ({ ...who(e), object: e.entity_kind, object_id: e.entity_id })],
  ];
  for (const [name, shape] of shapes) {
    it(`a console edit of a schema, entry naming it by ${name}`, async () => {
      em = await tenant({ variant: { auditShape: shape } });
      const root = await exportedRepo(em);
      em.mutate('zoe@console', (s) => {
        const x = schemaByTitle(s, 'OrderPlaced');
        x.doc = { ...x.doc, description: 'edited in the console' };
      });
      // another schema's change, newer, must not be taken
      em.mutate('yan@console', (s) => {
        const x = schemaByTitle(s, 'CallEnded');
        x.doc = { ...x.doc, description: 'also edited' };
      });
      const r = await runDrift(await settingsFor(em, root));
      const item = r.items.find((i) => i.name === 'OrderPlaced')!;
      expect(item.rule).toMatch(/^drift-(modified|version-mismatch)$/);
      expect(item.attribution).toMatchObject({ actor: 'zoe@console', action: 'UPDATE' });
      expect(r.items.find((i) => i.name === 'CallEnded')!.attribution).toMatchObject({ actor: 'yan@console' });
    });
  }

  it("a console edit of a filter is not blamed on the platform's activation entries that follow it", async () => {
    em = await tenant({ activationDelayMs: 20, variant: { lifecycleAudit: true, draftMs: 10, auditShape: 'flat' } });
    const root = await exportedRepo(em);
    em.mutate('bob@console', (s) => {
      const f = filterByName(s, 'vip_calls');
      f.doc = { ...f.doc, channel: 'chat' };
    });
    // A console edit goes through the lifecycle like an API write: DRAFT, pending, ACTIVE, each logged by `platform`.
    const f = filterByName(em.state, 'vip_calls');
    expect(f.status).toBe('DRAFT');
    while (f.status !== 'ACTIVE') await new Promise((resolve) => setTimeout(resolve, 5));
    expect(em.state.audit.filter((e) => e.filter_id === f.id).map((e) => `${e.actor}:${e.status ?? e.action}`)).toEqual(
      ['bob@console:update', 'platform:PENDING_ACTIVATION', 'platform:ACTIVE'],
    );
    const r = await runDrift(await settingsFor(em, root));
    expect(r.items.find((i) => i.name === 'vip_calls')).toMatchObject({
      rule: 'drift-modified',
      attribution: { actor: 'bob@console', action: 'update' },
    });
  });

  it('when no entry names the item, it says so instead of guessing', async () => {
    em = await tenant({ variant: { auditShape: (e) => ({ ...who(e), schema_id: `other-${e.entity_id}` }) } });
    const root = await exportedRepo(em);
    em.mutate('zoe@console', (s) => {
      const x = schemaByTitle(s, 'OrderShipped');
      x.doc = { ...x.doc, description: 'edited; the log names something else' };
    });
    const r = await runDrift(await settingsFor(em, root));
    expect(r.items.find((i) => i.name === 'OrderShipped')).toMatchObject({
      attribution: null,
      attributionNote: 'no audit entry for it',
    });
  });
});
