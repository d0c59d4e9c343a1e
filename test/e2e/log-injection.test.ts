// Issue 11, one way out to the log: the bundled action, run in check, deploy (dry run) and drift
// modes on a repo and a live tenant whose titles, names, descriptions, enum values, file names and
// audit actors carry `\n::error file=…`, `\r::add-mask::x` and `::stop-commands::x`. Its stdout
// and stderr are read as the runner reads them (test/e2e/workflow-commands.ts): no command may
// appear that the action did not mean to write. Each planted command's data starts `forged-`.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DEFAULT_CLIENT, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { filter, schema } from '../emulator/helpers.js';
import { CLI, hasStackTrace, listFiles, pushEvent, runActionIn, runNodeAsync, tempRepo } from './helpers.js';
import { unexpectedCommands, workflowCommands } from './workflow-commands.js';

const FORGED_DATA = /^forged-/;
const LF = '\n::error file=README.md,line=1::forged-lf';
const CR = '\r::add-mask::forged-mask';
const STOP = '::stop-commands::x';
const NEL = '\u0085::warning file=README.md::forged-nel';
const ALL = `${LF}${CR}\n${STOP}${NEL}\r\n##[error]forged-legacy`;

// The secret and its encodings, and the access tokens the emulator issues (24 random bytes, base64url);
// a planted add-mask is caught by its `forged-` data.
const isSecretMask = (v: string) =>
  v.includes(DEFAULT_CLIENT.clientSecret) || /^[A-Za-z0-9_-]{32}$/.test(v) || /^[A-Za-z0-9+/=%]{8,}$/.test(v);

const yaml = (doc: unknown) => stringify(doc, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 });

/** A tenant whose values are the attack: a live-only schema, a filter and a description. */
const hostileTenant = () =>
  startEmulator({
    seed: {
      schemas: [
        {
          ...schema('Orders', '1.0.0', { status: { type: 'string', enum: ['open', `closed${LF}`] } }),
          description: `live${ALL}`,
        },
        schema(`LiveOnly${LF}`, '1.0.0'),
      ],
      filters: [filter(`live_only${CR}${STOP}`), { ...filter('routed'), description: `d${ALL}` }],
    },
    activationDelayMs: 0,
  });

/**
 * The repo: `Orders` widened (a new enum value carrying the attack, a property whose name does),
 * a new schema whose title, file name and description do, and a filter.
 * With `names: false` titles and names keep `::` but no control character, so the check passes
 * lint and the deploy gets as far as writing its plan.
 */
function hostileRepo(names: boolean): Record<string, string> {
  const title = names
    ? `New${LF}`
    : `::error file=README.md::forged-title ##[error file=README.md;line=2]forged-legacy-title`;
  return {
    'cxone/schemas/orders.yaml': yaml({
      // Additive (an enum value and a property added): the deploy goes on to its plan.
      ...schema('Orders', '1.1.0', {
        status: { type: 'string', enum: ['open', `closed${LF}`, `reopened${ALL}`] },
        [`note${names ? LF : '::x'}`]: { type: 'string', description: ALL },
      }),
      description: `repo${ALL}`,
    }),
    [`cxone/schemas/${names ? 'new\r::add-mask::forged-file' : 'new::error::forged-file'}.yaml`]: yaml({
      ...schema(title),
      description: ALL,
    }),
    'cxone/filters/routed.yaml': yaml({ ...filter(names ? `routed${CR}` : 'routed'), description: `repo${ALL}` }),
    'cxone/filters/second.yaml': yaml({
      ...filter(names ? `second${STOP}` : 'second##[stop-commands]tok'),
      description: `${ALL} ##[add-mask]forged-legacy-mask`,
    }),
  };
}

let em: Emulator;
beforeEach(async () => {
  em = await hostileTenant();
  em.mutate(`mallory${LF}${CR}`, (s) => {
    const orders = [...s.schemas.values()].find((x) => x.doc.title === 'Orders')!;
    orders.doc.description = `edited${ALL}`;
  });
});
afterEach(async () => {
  await em.close();
});

async function runAction(files: Record<string, string>, mode: string, extra: Record<string, string> = {}) {
  const root = await tempRepo(files);
  const inputs = {
    mode,
    'dry-run': 'true',
    comment: 'false',
    'api-base-url': em.url,
    'client-id': DEFAULT_CLIENT.clientId,
    'client-secret': DEFAULT_CLIENT.clientSecret,
    ...extra,
  };
  const r = await runActionIn(root, inputs, await pushEvent(root));
  return { ...r, files: new Set(await listFiles(root)) };
}

describe('no value from the repo or the tenant writes a workflow command (bundled action)', () => {
  it.each([
    ['check', true],
    ['check', false],
    ['deploy', true],
    ['deploy', false],
    ['drift', true],
    ['drift', false],
  ] as const)(
    'mode %s (control characters in names: %s)',
    async (mode, names) => {
      const r = await runAction(hostileRepo(names), mode);
      expect([0, 1, 2, 3], r.stderr).toContain(r.code);
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
      const commands = workflowCommands(r.stdout, r.stderr);
      // drift-live-only names the file an export would write (a slug of the live name).
      const files = (f: string) =>
        r.files.has(f) || (mode === 'drift' && /^cxone\/(schemas|filters)\/[a-z0-9-]+\.yaml$/.test(f));
      expect(unexpectedCommands(commands, { files, masks: isSecretMask, forgedData: FORGED_DATA })).toEqual([]);
      // The run did report: the values were printed (escaped), not dropped.
      expect(
        commands.some((c) => c.name === 'error' || c.name === 'warning'),
        r.stdout,
      ).toBe(true);
      if (names && mode !== 'drift') {
        // check and deploy lint the repo: each name is a located control-character error.
        const named = commands.filter(
          (c) => c.props.title?.includes('control-character') || c.data.includes('control character'),
        );
        expect(named.length, r.stdout).toBeGreaterThan(0);
      }
    },
    60_000,
  );

  it.each([
    ['check', 'text'],
    ['check', 'json'],
    ['deploy', 'text'],
    ['deploy', 'json'],
    ['drift', 'text'],
    ['drift', 'json'],
  ] as const)(
    'mode %s, format %s: the whole report in the log, every value inert',
    async (mode, format) => {
      const r = await runAction(hostileRepo(mode === 'drift'), mode, { format });
      expect([0, 1, 2, 3], r.stderr).toContain(r.code);
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
      const files = (f: string) =>
        r.files.has(f) || (mode === 'drift' && /^cxone\/(schemas|filters)\/[a-z0-9-]+\.yaml$/.test(f));
      expect(
        unexpectedCommands(workflowCommands(r.stdout, r.stderr), {
          files,
          masks: isSecretMask,
          forgedData: FORGED_DATA,
        }),
      ).toEqual([]);
      // The hostile values were printed (inert), not dropped.
      expect(r.stdout).toContain('forged-');
      if (format === 'json') expect(r.stdout).toMatch(/^ {2}"tool": \{$/m);
    },
    60_000,
  );

  it('deploy (dry run) of a lint-clean repo prints its plan with the hostile names inert', async () => {
    const r = await runAction(hostileRepo(false), 'deploy');
    expect(r.stdout).toContain('forged-title');
    expect(r.stdout).toMatch(/dry run/);
  }, 60_000);

  it('a warning Node prints for a library (the YAML parser quoting a config key) goes through the same step', async () => {
    const root = await tempRepo({
      ...hostileRepo(false),
      '.cxone-contract.yml': '? {"##[add-mask]A": 1, "\\n::error::forged-warning": 2}\n: 1\n',
    });
    for (const r of [
      await runNodeAsync(CLI, ['check', '--root', root]),
      await runActionIn(root, { comment: 'false' }),
    ]) {
      expect(r.stdout + r.stderr).toMatch(/warning: Warning: Keys with collection values will be stringified/);
      expect(
        unexpectedCommands(workflowCommands(r.stdout, r.stderr), {
          files: new Set(),
          masks: isSecretMask,
          forgedData: FORGED_DATA,
        }),
      ).toEqual([]);
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    }
  }, 60_000);
});
