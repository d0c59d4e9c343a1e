// Attribution by meaning (issue 14, must-show 2): against audit entries shaped as another platform
// may shape them — the contract guarantees {timestamp, actor, action, filter_id, ...} only — a
// schema edit is matched by any field holding its live id or title, and the platform's own
// lifecycle entries (status changes, actor `platform`) never take the blame for a content change.
// The live state is edited directly (no emulator-made entry) and the entries are written as the
// variant platform would write them.

import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../../src/emulator/index.js';
import { runDrift } from '../../../src/modes/drift/index.js';
import { exportedRepo, filterByName, schemaByTitle, settingsFor, tenant } from './helpers.js';

let em: Emulator | undefined;
afterEach(async () => {
  await em?.close();
  em = undefined;
});

const at = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000).toISOString();
/** An entry as a variant platform writes it: none of our emulator's entity_* fields. */
const entry = (fields: Record<string, unknown>) => fields as never;

describe('attribution against variant audit-log shapes', () => {
  const variants: [string, (id: string, title: string) => Record<string, unknown>][] = [
    ['schema_id', (id) => ({ schema_id: id })],
    ['resource_name (the title)', (_id, title) => ({ resource_name: title })],
    ['a numeric-looking object id', (id) => ({ object: 'schema', object_id: id })],
  ];
  for (const [name, fields] of variants) {
    it(`a console edit of a schema, entry naming it by ${name}`, async () => {
      em = await tenant();
      const root = await exportedRepo(em);
      const s = schemaByTitle(em.state, 'OrderPlaced');
      s.doc = { ...s.doc, description: 'edited in the console' };
      em.state.audit.push(entry({ timestamp: at(60), actor: 'zoe@console', action: 'UPDATE', ...fields(s.id, 'OrderPlaced') }));
      // another schema's entry, newer, must not be taken
      em.state.audit.push(entry({ timestamp: at(10), actor: 'yan@console', action: 'UPDATE', schema_id: schemaByTitle(em.state, 'CallEnded').id }));
      const r = await runDrift(await settingsFor(em, root));
      const item = r.items.find((i) => i.name === 'OrderPlaced')!;
      expect(item.rule).toMatch(/^drift-(modified|version-mismatch)$/);
      expect(item.attribution).toMatchObject({ actor: 'zoe@console' });
    });
  }

  it("a console edit of a filter is not blamed on the platform's activation entry that follows it", async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    const f = filterByName(em.state, 'vip_calls');
    f.doc = { ...f.doc, channel: 'chat' };
    em.state.audit.push(entry({ timestamp: at(90), actor: 'bob@console', action: 'update', filter_id: f.id }));
    em.state.audit.push(entry({ timestamp: at(60), actor: 'platform', action: 'status_change', filter_id: f.id, status: 'ACTIVE' }));
    em.state.audit.push(entry({ timestamp: at(30), actor: 'system', action: 'ACTIVATED', filter_id: f.id }));
    const r = await runDrift(await settingsFor(em, root));
    expect(r.items.find((i) => i.name === 'vip_calls')).toMatchObject({ rule: 'drift-modified', attribution: { actor: 'bob@console', action: 'update' } });
  });

  it('when no entry names the item, it says so instead of guessing', async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    const s = schemaByTitle(em.state, 'OrderShipped');
    s.doc = { ...s.doc, description: 'edited with no trace' };
    em.state.audit.push(entry({ timestamp: at(5), actor: 'zoe@console', action: 'UPDATE', schema_id: 'some-other-id' }));
    const r = await runDrift(await settingsFor(em, root));
    expect(r.items.find((i) => i.name === 'OrderShipped')).toMatchObject({ attribution: null, attributionNote: 'no audit entry for it' });
  });
});
