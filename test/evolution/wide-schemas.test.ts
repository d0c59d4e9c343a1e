// Wide schemas (issue 11, item 7, the red team's 16,000-member version): what made a check of one
// such schema take 29 s, each pinned by behaviour rather than by time. A schema beyond the
// platform's ingestion limits gets no witness search at all (it can never be deployed, and the
// lint fails it); within them, each ajv rejection is charged its errors, not only the event's
// size; the object builder and the locator stay linear in the number of members.
import { describe, expect, it } from 'vitest';
import { createLocator } from '../../src/contracts/locate.js';
import { createYamlLocator } from '../../src/contracts/locate-yaml.js';
import { compareSchemas } from '../../src/evolution/engine.js';
import { ingestionLimitBroken } from '../../src/evolution/ingestion.js';
import { judgeEach } from '../../src/evolution/judge.js';
import { ValueGen } from '../../src/evolution/witness/generate.js';
import { ERROR_COST, Search } from '../../src/evolution/witness/search.js';
import { compiled } from '../../src/lint/validators.js';
import { MAX_SCHEMA_BYTES, MAX_TOP_LEVEL_PROPERTIES } from '../../src/lint/schema/limits.js';

const base = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Wide',
  type: 'object',
  additionalProperties: false,
};
const names = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
const props = (n: number, type: string) => Object.fromEntries(names(n).map((k) => [k, { type }]));
const retyped = (n: number) => ({
  live: { ...base, required: names(n), properties: props(n, 'string') },
  next: { ...base, required: names(n), properties: props(n, 'integer') },
});

function judge(live: object, next: object, witnessBudget = { contracts: 10, work: 1_000_000_000 }) {
  const changes = compareSchemas(live, next);
  return {
    witnessBudget,
    judged: judgeEach(changes, {
      file: 'cxone/schemas/wide.yaml',
      contract: 'Wide',
      policy: 'additive',
      oldDoc: live,
      newDoc: next,
      witnessBudget,
    }),
  };
}

describe('a schema beyond the ingestion limits', () => {
  it('every member retyped: all breaking, no search, the help names the limit the lint reports', () => {
    const { live, next } = retyped(MAX_TOP_LEVEL_PROPERTIES + 1);
    const { witnessBudget, judged } = judge(live, next);
    expect(judged).toHaveLength(MAX_TOP_LEVEL_PROPERTIES + 1);
    for (const { change, finding } of judged) {
      expect(change.kind).toBe('type-changed');
      expect(finding).toMatchObject({ rule: 'type-changed', severity: 'error', breaking: true });
      expect(finding!.witness).toBeUndefined();
      expect(finding!.help).toMatch(
        /\(No example event \(ingestion limits\): the new schema breaks the platform's ingestion limits \(`too-many-properties`, which the lint reports\); events of that size never reach the platform\.\)$/,
      );
    }
    // Nothing was spent: neither a contract of the run's witness budget nor any work.
    expect(witnessBudget).toEqual({ contracts: 10, work: 1_000_000_000 });
  });

  it("the limits are the lint's: 150 members and 256 KiB of compact UTF-8 JSON", () => {
    expect(ingestionLimitBroken(retyped(MAX_TOP_LEVEL_PROPERTIES).next)).toBeUndefined();
    expect(ingestionLimitBroken(retyped(MAX_TOP_LEVEL_PROPERTIES + 1).next)).toBe('too-many-properties');
    // Few members, many bytes: counted in UTF-8 (three bytes a character here), as the platform does.
    const big = (chars: number) => ({ ...base, description: '€'.repeat(chars) });
    expect(ingestionLimitBroken(big(MAX_SCHEMA_BYTES / 3 - 200))).toBeUndefined();
    expect(ingestionLimitBroken(big(MAX_SCHEMA_BYTES / 3))).toBe('payload-too-large');
    expect(ingestionLimitBroken(true)).toBeUndefined();
  });

  it('a live schema beyond them (an export no platform would hold) gets no search either', () => {
    const { live } = retyped(MAX_TOP_LEVEL_PROPERTIES + 1);
    const next = {
      ...base,
      required: names(MAX_TOP_LEVEL_PROPERTIES),
      properties: { ...props(MAX_TOP_LEVEL_PROPERTIES, 'string'), p0: { type: 'integer' } },
    };
    const j = judge(live, next).judged.find((x) => x.change.kind === 'type-changed');
    expect(j!.finding!.help).toMatch(
      /the live schema breaks the platform's ingestion limits \(`too-many-properties`\)/,
    );
  });

  it('a version within the limits still gets its witness', () => {
    const { live } = retyped(MAX_TOP_LEVEL_PROPERTIES);
    const next = { ...live, properties: { ...live.properties, p7: { type: 'integer' } } };
    const [j] = judge(live, next).judged;
    expect(j!.finding!.witness).toMatchObject({ p7: 'example', p0: 'example' });
  });
});

describe('the work budget of one ajv check', () => {
  it("a rejection is charged the event's size and ERROR_COST for each error ajv reports", () => {
    const n = 1000;
    const live = { ...base, required: names(n), properties: props(n, 'string') };
    const oldV = compiled(live);
    const newV = compiled(live);
    if (!oldV.ok || !newV.ok) throw new Error('does not compile');
    const budget = { left: 100_000_000 };
    const search = new Search(oldV, newV, live, new ValueGen(live), ['/properties/p0'], budget);
    // The live schema rejects `{}` with one `required` error per member.
    expect(search.test({}, '/p0')).toBeUndefined();
    expect(oldV.errors()).toHaveLength(n);
    expect(100_000_000 - budget.left).toBe('{}'.length + n * ERROR_COST);
  });
});

describe('the object builder', () => {
  it('builds each required member once, whatever the duplicates among required, dependencies and fixed keys', () => {
    const n = 5000;
    const doc = {
      type: 'object',
      required: [...names(n), ...names(n)],
      dependencies: { p1: ['p2', 'p1', 'extra'] },
      properties: { ...props(n, 'string'), extra: { type: 'integer' } },
    };
    const gen = new ValueGen(doc);
    const v = gen.value([doc], { requireKeys: ['p3', 'p3'], fixed: new Map([['p4', 'fixed']]) }) as Record<
      string,
      unknown
    >;
    expect(Object.keys(v)).toHaveLength(n + 1);
    expect(v).toMatchObject({ p0: 'example', p4: 'fixed', extra: 0 });
  });

  it('fills optional members up to minProperties', () => {
    const doc = { type: 'object', minProperties: 300, properties: props(400, 'boolean') };
    const v = new ValueGen(doc).value([doc]) as Record<string, unknown>;
    expect(Object.keys(v)).toHaveLength(300);
  });
});

describe('the locator on a mapping of many keys', () => {
  it('answers like the reference for every key: quoted, plain, resolved, duplicated, and past a tagged key', () => {
    const keys = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? `"k${i}"` : i % 3 === 1 ? `'k${i}'` : `k${i}`));
    const lines = [
      'type: object',
      'properties:',
      ...keys.map((k) => `  ${k}: {type: string}`),
      '  0x1F: {type: string}',
      '  "k5": {type: integer}',
      '  !!str k_tagged: {type: string}',
      '  k_after: {type: string}',
    ];
    const text = lines.join('\n') + '\n';
    const fast = createLocator(text);
    const reference = createYamlLocator(text);
    const pointers = [
      ...Array.from({ length: 200 }, (_, i) => `/properties/k${i}/type`),
      '/properties/31',
      '/properties/0x1F',
      '/properties/k5',
      '/properties/k_after',
      '/properties/k_tagged',
      '/properties/missing',
    ];
    for (const p of pointers) expect(fast(p), p).toEqual(reference(p));
  });
});
