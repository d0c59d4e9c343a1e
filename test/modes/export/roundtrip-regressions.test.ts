// Focused regressions of the product bugs the export round-trip property test found (issue 14,
// must-show 4), each reduced from the seeded tenants that showed it (roundtrip.test.ts; the
// default seeds show every one of them when its fix is reverted).

import { afterEach, describe, expect, it } from 'vitest';
import { parseContract } from '../../../src/contracts/index.js';
import { lintContracts } from '../../../src/lint/index.js';
import { compiled } from '../../../src/lint/validators.js';
import type { Emulator } from '../../../src/emulator/index.js';
import { runCheck } from '../../../src/modes/index.js';
import { contractYaml } from '../../../src/modes/export/write.js';
import { contract } from '../../lint/helpers.js';
import { exportedRepo, settingsFor, tenant } from '../drift/helpers.js';
import { filter, schema } from '../../emulator/helpers.js';

let em: Emulator | undefined;
afterEach(async () => {
  await em?.close();
  em = undefined;
});

describe('export round-trip regressions', () => {
  // yaml 2 split a long double-quoted string across lines and wrote " \n \n" as " \n\\\n"; and
  // (seeds 5017, 5043) wrote "   \n" as a block scalar whose all-space line reads back empty.
  it('writes strings with blank lines and spaces around line breaks so that they read back the same', () => {
    const tricky = [
      'a \n \n b\u001b long enough to be split across lines',
      '\u202e override \n \n *anchor \u001b[31m key: value',
      'x \n \n \n y\u0007 and more text to pass forty characters',
      '   \n',
      'x\n   \n',
      ' \n\n  \n',
    ];
    for (const value of tricky) {
      const doc = {
        ...schema('T', '1.0.0', { [value]: { type: 'string', enum: [value, 'plain'] } }),
        description: value,
      };
      const text = contractYaml('schema', doc);
      const parsed = parseContract('schema', 'cxone/schemas/t.yaml', new TextEncoder().encode(text));
      expect(parsed.findings).toEqual([]);
      expect(parsed.contract?.doc, JSON.stringify(value)).toEqual(doc);
    }
  });

  it('still writes an ordinary multi-line description as a block', () => {
    expect(contractYaml('schema', { ...schema('T'), description: 'line one\nline two' })).toContain(
      'description: |-\n  line one\n  line two\n',
    );
  });

  // Seeds 35 and 40: a filter named " " took its file's stem ("filter") as its name, so the plan
  // looked for a live filter "filter", planned a create, and the deploy would have sent one.
  it('keeps a blank filter name as the identity of its contract: the check plans it unchanged', async () => {
    em = await tenant({
      seed: {
        schemas: [schema('Only')],
        filters: [
          filter(' ', { target_group_id: null }),
          filter('  ', { target_group_id: null }),
          filter('filter', { target_group_id: null }),
        ],
      },
    });
    const root = await exportedRepo(em);
    const report = await runCheck(await settingsFor(em, root, { mode: 'check' }));
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.plan.map((p) => `${p.kind} ${JSON.stringify(p.name)} ${p.action}`).sort()).toEqual([
      'filter "  " unchanged',
      'filter " " unchanged',
      'filter "filter" unchanged',
      'schema "Only" unchanged',
    ]);
  });

  // Seed 100: `examples: [{}]` was example-invalid for a schema declaring a property `toString`
  // (ajv read `{}.toString` from Object.prototype).
  it('judges example events by their own properties only: {} holds no toString or constructor', () => {
    const doc = schema('Proto', '1.0.0', {
      toString: { type: 'null' },
      constructor: { type: 'object' },
      valueOf: { type: 'string' },
    });
    const ok = lintContracts([contract('schema', { ...doc, required: [], examples: [{}] })]);
    expect(ok.filter((f) => f.rule === 'example-invalid')).toEqual([]);
    // ... and a required property that only the prototype "has" is missing.
    const missing = lintContracts([contract('schema', { ...doc, required: ['constructor'], examples: [{}] })]);
    expect(missing.filter((f) => f.rule === 'example-invalid').map((f) => f.message)).toEqual([
      expect.stringContaining("must have required property 'constructor'"),
    ]);
  });

  it('judges witness events the same way', () => {
    const judge = compiled({ type: 'object', properties: { toString: { type: 'null' } }, required: [] });
    expect(judge.ok && judge.validate({})).toBe(true);
    const needs = compiled({
      type: 'object',
      properties: { constructor: { type: 'object' } },
      required: ['constructor'],
    });
    expect(needs.ok && needs.validate({})).toBe(false);
  });
});
