// The drift run against the emulator: an exported repo has no drift; each out-of-band change kind
// is found and attributed to the actor who made it (from the audit log); rule levels and fail-on.
// Every test runs against each platform variant (src/emulator/variant.ts): audit-log shapes,
// lifecycle entries, cursors and extra filter fields the contract leaves open.

import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import reportSchema from '../../../schemas/drift-report.schema.json' with { type: 'json' };
import { VARIANTS, type Emulator } from '../../../src/emulator/index.js';
import { runDrift } from '../../../src/modes/drift/index.js';
import { driftMarkdown, formatDrift } from '../../../src/report/drift-text.js';
import { token } from '../../emulator/helpers.js';
import { exportedRepo, filterByName, schemaByTitle, settingsFor, tenant as startTenant } from './helpers.js';

let em: Emulator | undefined;
afterEach(async () => {
  await em?.close();
  em = undefined;
});

const itemOf = (r: Awaited<ReturnType<typeof runDrift>>, name: string) => r.items.filter((i) => i.name === name);

describe.each(Object.entries(VARIANTS))('drift against the %s platform', (variantName, variant) => {
  const tenant = (options: Parameters<typeof startTenant>[0] = {}) => startTenant({ variant: variantName, ...options });
  /** An action as the variant's audit log spells it. */
  const act = (a: string) => (variant.auditShape === 'resource' ? a.toUpperCase() : a);

  it('reports nothing right after an export', async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    const r = await runDrift(await settingsFor(em, root));
    expect(r.items).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(r.counts).toMatchObject({
      drifted: 0,
      deadFilters: 0,
      notActive: 0,
      liveSchemas: 5,
      liveFilters: 4,
      repoSchemas: 5,
      repoFilters: 4,
    });
    expect(r.failed).toBe(false);
    expect(formatDrift(r)).toMatch(/^drift: no drift; 0 dead filter\(s\)/);
  });

  it('says each phase as it finishes, with its counts', async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    em.mutate('bob@console', (s) => {
      (filterByName(s, 'vip_calls').doc.matchers as { value: unknown }[])[0]!.value = 'gold';
    });
    const lines: string[] = [];
    await runDrift(await settingsFor(em, root), { onProgress: (l) => lines.push(l) });
    expect(lines).toEqual([
      'drift: read the repo (5 schemas, 4 filters) and the live tenant (5 schemas, 4 filters)',
      'drift: compared — 1 item(s) differ',
      'drift: filter health — 4 filters checked, 0 dead, 0 not active',
      'drift: attributed 1 item(s) from the audit log',
    ]);
  });

  it('group membership is drift: a filter taken out of its group, or put into another, with who did it', async () => {
    em = await tenant();
    // another repo filter routes to grp-2, so grp-2 is read too
    em.mutate('setup', (s) => {
      filterByName(s, 'sms_updates').doc.target_group_id = 'grp-2';
      s.groups.set('grp-2', ['flt-sms']);
      s.groups.set('grp-1', ['flt-vip', 'flt-chat', 'flt-old']);
    });
    const moved = await exportedRepo(em);
    em.mutate('dave@console', (s) => void s.groups.set('grp-1', ['flt-chat', 'flt-old']));
    em.mutate('erin@console', (s) => void s.groups.set('grp-2', ['flt-sms', 'flt-chat']));
    const r = await runDrift(await settingsFor(em, moved));
    const items = r.items.filter((i) => i.rule === 'drift-group-membership');
    expect(items.map((i) => [i.name, i.group, i.attribution?.actor])).toEqual([
      ['chat_abandonments', { id: 'grp-2', member: true }, 'erin@console'],
      ['vip_calls', { id: 'grp-1', member: false }, 'dave@console'],
    ]);
    expect(r.findings.find((f) => f.rule === 'drift-group-membership' && f.contract === 'vip_calls')!.message).toMatch(
      /^filter "vip_calls" is not in its routing group "grp-1" live .*; last .* by dave@console/,
    );
    expect(r.counts).toMatchObject({ groupMembership: 2, drifted: 2 });
  });

  it('drift-undeployed: a repo ahead of live (a higher cxoneVersion, or live last written by our own client) is not a live edit', async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    // a merged repo change whose deploy did not run: a version bump with a new property
    const file = join(root, 'cxone/schemas/order-placed.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text
        .replace('cxoneVersion: 1.0.0', 'cxoneVersion: 1.1.0')
        .replace('properties:\n', 'properties:\n  note:\n    type: string\n'),
    );
    // a filter the deploy's own client (not the check's) wrote last: the repo moved on since
    em.mutate('ci-deployer', (s) => void (filterByName(s, 'sms_updates').doc.description = 'as deployed'));
    // a genuine console edit stays drift-modified
    em.mutate('bob@console', (s) => void (filterByName(s, 'vip_calls').doc.description = 'bob was here'));
    const r = await runDrift(await settingsFor(em, root, { 'deploy-client-id': 'ci-deployer' }));
    const rules = Object.fromEntries(r.items.map((i) => [i.name, i.rule]));
    expect(rules).toEqual({
      OrderPlaced: 'drift-undeployed',
      sms_updates: 'drift-undeployed',
      vip_calls: 'drift-modified',
    });
    expect(r.findings.find((f) => f.contract === 'OrderPlaced')!.message).toMatch(
      /^schema "OrderPlaced" has a repo change that is not deployed \(repo 1\.1\.0, live 1\.0\.0\): run the deploy/,
    );
    expect(r.counts).toMatchObject({ undeployed: 2, modified: 1, drifted: 3 });
  });

  it('finds every kind of drift and attributes each to the actor who made it', async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    // The deploy's own client touches something first: attribution must pick the latest change.
    em.mutate('ci-deploy', (s) => void (schemaByTitle(s, 'OrderPlaced').doc.description = 'placed (ci)'));
    em.mutate('alice@console', (s) => {
      const d = schemaByTitle(s, 'OrderPlaced').doc as { properties: Record<string, unknown>; cxoneVersion: string };
      d.properties.amount = { type: 'string' };
      d.cxoneVersion = '1.1.0';
    });
    em.mutate('bob@console', (s) => {
      (filterByName(s, 'vip_calls').doc.matchers as { value: unknown }[])[0]!.value = 'gold';
    });
    em.mutate('carol@console', (s) => {
      s.schemas.set('sch-new', {
        id: 'sch-new',
        revision: 1,
        doc: { ...schemaByTitle(s, 'Retired').doc, title: 'Shadow' },
      });
      s.filters.set('flt-new', {
        id: 'flt-new',
        revision: 1,
        status: 'ACTIVE',
        doc: { ...filterByName(s, 'sms_updates').doc, name: 'shadow_filter' },
      });
    });
    em.mutate('dave@console', (s) => {
      s.schemas.delete(schemaByTitle(s, 'Retired').id);
      s.filters.delete(filterByName(s, 'old_queue').id);
    });
    em.mutate('erin@console', (s) => {
      (schemaByTitle(s, 'CallEnded').doc.properties as Record<string, unknown>).note = { type: 'string' };
    });
    em.mutate('frank@console', (s) => void (schemaByTitle(s, 'OrderShipped').doc.cxoneVersion = '1.3.0'));
    // Never deployed: a repo file the tenant never had (no audit entry at all).
    await writeFile(
      join(root, 'cxone/schemas/brand-new.json'),
      JSON.stringify({ ...schemaByTitle(em.state, 'AgentBusy').doc, title: 'BrandNew' }),
    );

    const r = await runDrift(await settingsFor(em, root));
    const one = (name: string) => {
      const items = itemOf(r, name);
      expect(items, name).toHaveLength(1);
      return items[0]!;
    };

    const modified = one('OrderPlaced');
    expect(modified).toMatchObject({
      rule: 'drift-modified',
      kind: 'schema',
      file: 'cxone/schemas/order-placed.yaml',
      repoVersion: '1.0.0',
      liveVersion: '1.1.0',
    });
    expect(modified.attribution).toMatchObject({
      actor: 'alice@console',
      action: act('update'),
      ...(variant.auditShape === 'entity' ? { source: 'console' } : {}),
    });
    // Both directions of the engine: the live edit changed a type (breaking for repo-valid events),
    // and so would a deploy.
    expect(modified.changes!.outOfBand.map((c) => c.kind)).toContain('type-changed');
    expect(modified.changes!.outOfBand.find((c) => c.kind === 'type-changed')!.breaking).toBe(true);
    expect(modified.changes!.deploy.find((c) => c.kind === 'type-changed')).toMatchObject({
      pointer: '/properties/amount/type',
      breaking: true,
    });

    const filterEdit = one('vip_calls');
    expect(filterEdit).toMatchObject({
      rule: 'drift-modified',
      kind: 'filter',
      fields: [{ pointer: '/matchers/0/value', repo: 'billing', live: 'gold' }],
    });
    expect(filterEdit.attribution!.actor).toBe('bob@console');

    expect(one('Shadow')).toMatchObject({
      rule: 'drift-live-only',
      kind: 'schema',
      file: 'cxone/schemas/shadow.yaml',
      attribution: { actor: 'carol@console', action: act('create') },
    });
    expect(one('shadow_filter')).toMatchObject({
      rule: 'drift-live-only',
      kind: 'filter',
      file: 'cxone/filters/shadow-filter.yaml',
      attribution: { actor: 'carol@console', action: act('create') },
    });
    expect(one('Retired')).toMatchObject({
      rule: 'drift-repo-only',
      kind: 'schema',
      attribution: { actor: 'dave@console', action: act('delete') },
    });
    // A deleted filter is found in the log by its name; a log that names filters only by id cannot
    // say who deleted it, and says so.
    expect(one('old_queue')).toMatchObject(
      variant.auditShape === 'flat'
        ? {
            rule: 'drift-repo-only',
            kind: 'filter',
            attribution: null,
            attributionNote: expect.stringMatching(/^no audit entry names it/),
          }
        : { rule: 'drift-repo-only', kind: 'filter', attribution: { actor: 'dave@console', action: act('delete') } },
    );
    expect(one('BrandNew')).toMatchObject({
      rule: 'drift-repo-only',
      attribution: null,
      attributionNote: expect.stringMatching(/^no audit entry names it: never deployed/),
    });

    const noBump = one('CallEnded');
    expect(noBump).toMatchObject({
      rule: 'drift-version-mismatch',
      repoVersion: '2.0.0',
      liveVersion: '2.0.0',
      attribution: { actor: 'erin@console' },
    });
    expect(noBump.changes!.outOfBand[0]).toMatchObject({ pointer: '/properties/note' });
    expect(one('OrderShipped')).toMatchObject({
      rule: 'drift-version-mismatch',
      repoVersion: '1.2.0',
      liveVersion: '1.3.0',
      attribution: { actor: 'frank@console' },
    });
    expect(one('OrderShipped').changes).toBeUndefined();

    expect(itemOf(r, 'AgentBusy')).toEqual([]);
    expect(itemOf(r, 'chat_abandonments')).toEqual([]);
    expect(r.counts).toMatchObject({ drifted: 9, modified: 2, liveOnly: 2, repoOnly: 3, versionMismatch: 2 });
    const validate = new Ajv({ strict: false }).compile(reportSchema);
    expect(validate(JSON.parse(JSON.stringify(r))), JSON.stringify(validate.errors)).toBe(true);
    expect(r.failed).toBe(true);

    // Findings sit on the repo line of the first difference, and name the actor.
    const f = r.findings.find((x) => x.contract === 'OrderPlaced')!;
    expect(f).toMatchObject({ rule: 'drift-modified', severity: 'error', file: 'cxone/schemas/order-placed.yaml' });
    expect(f.line).toBeGreaterThan(1);
    expect(f.message).toContain('alice@console');
    const md = driftMarkdown(r);
    expect(md).toContain('| modified live | schema | `OrderPlaced` |');
    expect(md).toContain('bob&#64;console');
  });

  it('respects rule levels, ignores and fail-on', async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    em.mutate('frank@console', (s) => void (schemaByTitle(s, 'OrderShipped').doc.cxoneVersion = '1.3.0'));
    em.mutate('dave@console', (s) => void s.filters.delete(filterByName(s, 'old_queue').id));
    await writeFile(
      join(root, '.cxone-contract.yml'),
      [
        'rules:',
        '  drift-version-mismatch: notice',
        'ignores:',
        '  - rule: drift-repo-only',
        '    contract: old_queue',
        '    reason: retired on purpose (OPS-1)',
        '  - rule: type-changed',
        '    contract: OrderPlaced',
        '    reason: a check ignore',
      ].join('\n'),
    );
    const r = await runDrift(await settingsFor(em, root));
    expect(r.findings.map((f) => [f.rule, f.severity, Boolean(f.suppressed)])).toEqual([
      ['drift-repo-only', 'error', true],
      ['drift-version-mismatch', 'notice', false],
    ]);
    expect(r.counts).toMatchObject({ drifted: 1, suppressed: 1, notices: 1, errors: 0 });
    expect(r.failed).toBe(false);
    const strict = await runDrift(await settingsFor(em, root, { 'fail-on': 'notice' }));
    expect(strict.failed).toBe(true);
  });

  it('keeps going when the platform refuses the tenant-wide audit query, and says so', async () => {
    em = await tenant();
    const root = await exportedRepo(em);
    em.mutate('alice@console', (s) => void (schemaByTitle(s, 'AgentBusy').doc.cxoneVersion = '9.0.0'));
    await rm(join(root, 'cxone/filters/sms-updates.yaml'));
    // A stricter platform than the emulator: the audit log requires filter_id.
    const { startFake } = await import('../../cxone/helpers.js');
    const upstream = em;
    const upstreamToken = await token(em);
    const proxy = await startFake({
      api: async (req) => {
        if (req.url.startsWith('/api/v2/event-processing/audit-logs') && !req.url.includes('filter_id='))
          return { status: 400, body: { message: 'filter_id is required' } };
        const res = await fetch(upstream.url + req.url, {
          method: req.method,
          headers: { authorization: `Bearer ${upstreamToken}` },
        });
        return { status: res.status, body: await res.json() };
      },
    });
    try {
      const settings = await settingsFor(em, root, { 'api-base-url': proxy.url });
      const r = await runDrift(settings);
      expect(itemOf(r, 'AgentBusy')[0]).toMatchObject({ rule: 'drift-version-mismatch', attribution: null });
      expect(itemOf(r, 'AgentBusy')[0]!.attributionNote).toMatch(/refused a tenant-wide query \(400\)/);
      // A filter that exists live is still attributed from its own log (keyed by filter_id): seeded, so no entry.
      expect(itemOf(r, 'sms_updates')[0]).toMatchObject({
        rule: 'drift-live-only',
        attribution: null,
        attributionNote: 'no audit entry for it',
      });
      expect(r.notes).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });
});
