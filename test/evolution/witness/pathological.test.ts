// The witness budget bounds a pathological pair: wide (up to the platform's 150 top-level
// members), deep (nested objects four levels down, each level required), many patterns and
// formats, `$ref`s back to the root, and hundreds of breaking changes at once. Asserted on work
// units and outcomes, never on time: the searches stop at the contract's budget, every breaking
// change still gets its finding, and each one without an example says why.
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { CHANGE_WITNESS_WORK, CONTRACT_WITNESS_WORK, judgeEach } from '../../../src/evolution/judge.js';
import { breaksBackward } from '../../../src/evolution/policy.js';
import { noWitnessNote } from '../../../src/evolution/judge.js';
import { lastLink, tripledDefinitions } from '../../fixtures/hostile-schemas.js';

const leaf = (i: number, v: number) =>
  i % 5 === 0
    ? { type: 'string', format: 'email', maxLength: 40 - v * 20 }
    : { type: 'string', pattern: `^[a-z]{1,${5 + (i % 7)}}[0-9]*$`, maxLength: 40 - v * (i % 3) };

function level(i: number, d: number, v: number): object {
  if (d === 0) return leaf(i, v);
  return {
    type: 'object',
    required: [`k${d}`],
    properties: {
      [`k${d}`]: level(i, d - 1, v),
      [`n${d}`]: { type: v && i % 4 === 0 ? 'integer' : 'number' },
      [`e${d}`]: { enum: v && i % 6 === 0 ? ['a', 'b'] : ['a', 'b', 'c'] },
    },
    patternProperties: { [`^x${d}_[a-z]+$`]: { anyOf: [{ type: 'string' }, { $ref: `#/definitions/d${i % 10}` }] } },
    additionalProperties: !(v && i % 9 === 0),
  };
}

/** Version v (0 live, 1 new) of a schema of `members` top-level members, `depth` levels deep. */
function version(v: number, members: number, depth: number) {
  const properties: Record<string, object> = {};
  for (let i = 0; i < members; i++) properties[`p${i}`] = level(i, depth, v);
  const definitions: Record<string, object> = {};
  for (let i = 0; i < 10; i++)
    definitions[`d${i}`] = {
      type: 'object',
      properties: { q: { $ref: '#' }, r: { type: 'string', pattern: '^(a|b)+$' } },
      required: v ? ['r'] : [],
    };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    required: Object.keys(properties).slice(0, 30),
    properties,
    definitions,
  };
}

const judge = new Ajv({ strict: false, allErrors: true, logger: false });
judge.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);

function run(members: number, depth: number) {
  const live = version(0, members, depth);
  const next = version(1, members, depth);
  const changes = compareSchemas(live, next);
  const budget = { contracts: 10, work: Number.MAX_SAFE_INTEGER };
  const judged = judgeEach(changes, {
    file: 'cxone/schemas/wide.yaml',
    contract: 'Wide',
    policy: 'backward',
    oldDoc: live,
    newDoc: next,
    witnessBudget: budget,
  });
  return { live, next, changes, judged, spent: Number.MAX_SAFE_INTEGER - budget.work };
}

describe('a pathological pair', () => {
  it('30 deep members, 90+ breaking changes: the searches stop at the budget; every change has its finding and a witness or a reason', () => {
    const { live, next, changes, judged, spent } = run(30, 4);
    const breaking = changes.filter(breaksBackward);
    expect(breaking.length).toBeGreaterThan(90);
    expect(judged.filter((j) => j.finding?.breaking)).toHaveLength(breaking.length);
    // The contract's budget, plus at most what the search that crossed it did before it noticed.
    expect(spent).toBeGreaterThanOrEqual(CONTRACT_WITNESS_WORK);
    expect(spent).toBeLessThan(CONTRACT_WITNESS_WORK + 200_000);
    let witnesses = 0;
    const why = new Map<string, number>();
    for (const { finding: f } of judged) {
      if (!f?.breaking) continue;
      if (f.witness !== undefined) {
        witnesses++;
        expect(judge.validate(live, f.witness) && !judge.validate(next, f.witness), JSON.stringify(f.witness)).toBe(
          true,
        );
      } else {
        const note = noWitnessNote(f.help);
        expect(note, f.help).toBeDefined();
        const label = note!.slice(0, note!.indexOf(':'));
        why.set(label, (why.get(label) ?? 0) + 1);
      }
    }
    expect(witnesses).toBeGreaterThan(0);
    // Most changes are past the budget, and say so.
    expect(why.get('search budget') ?? 0).toBeGreaterThan(breaking.length / 2);
    // No one change spent more than its share: at least budget / per-change budget searches ran.
    const searched = judged.filter(
      (j) => j.finding?.breaking && !/spent the work allowed/.test(j.finding.help ?? ''),
    ).length;
    expect(searched).toBeGreaterThanOrEqual(Math.floor(CONTRACT_WITNESS_WORK / CHANGE_WITNESS_WORK));
  });

  it('150 deep members (a pair too large to compile within the budget): nothing is compiled or searched, every change says why', () => {
    const { changes, judged, spent } = run(150, 4);
    const breaking = changes.filter(breaksBackward);
    expect(breaking.length).toBeGreaterThan(300);
    expect(spent).toBe(0);
    for (const { finding: f } of judged.filter((j) => j.finding?.breaking)) {
      expect(f!.witness).toBeUndefined();
      expect(noWitnessNote(f!.help)).toMatch(
        /^search budget: compiling the two schemas \(\d+ KiB together\) for example events would cost more than the work allowed for them$/,
      );
    }
  });
});

describe('a pair whose validation could take exponential time', () => {
  /** One validation of a deep event evaluates about 3^links subschemas. */
  const chain = (links: number, q: object) => ({
    type: 'object',
    properties: { p: lastLink(links), q },
    definitions: tripledDefinitions(links),
  });

  it('gets no example search (no event is validated), and each breaking change says why', () => {
    const live = chain(30, { type: 'string' });
    const next = chain(30, { type: 'integer' });
    const changes = compareSchemas(live, next);
    const judged = judgeEach(changes, {
      file: 'f.yaml',
      contract: 'Chain',
      policy: 'backward',
      oldDoc: live,
      newDoc: next,
      witnessBudget: { contracts: 10, work: Number.MAX_SAFE_INTEGER },
    });
    const breaking = judged.filter((j) => j.finding?.breaking);
    expect(breaking.map((j) => j.change.kind)).toEqual(['type-changed']);
    expect(breaking[0]!.finding!.witness).toBeUndefined();
    expect(noWitnessNote(breaking[0]!.finding!.help)).toMatch(
      /^search budget: one validation of an example event could evaluate subschemas over 5,000,000 times/,
    );
  });

  it('a short chain of the same shape still gets its example', () => {
    const live = chain(3, { type: 'string' });
    const next = chain(3, { type: 'integer' });
    const judged = judgeEach(compareSchemas(live, next), {
      file: 'f.yaml',
      contract: 'Chain',
      policy: 'backward',
      oldDoc: live,
      newDoc: next,
    });
    const w = judged.find((j) => j.finding?.breaking)?.finding?.witness as { q?: unknown } | undefined;
    expect(typeof w?.q).toBe('string');
  });
});
