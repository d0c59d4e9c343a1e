// Witnesses and the evolution engine never run a regex the ReDoS authority did not clear, and the
// witness search gives up early when every event is refused for other changes' reasons. Each case
// here hung, or ran for tens of seconds, before: a regression shows as a test timeout.

import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { judgeChanges } from '../../../src/evolution/judge.js';
import { breaksBackward } from '../../../src/evolution/policy.js';
import { findWitness, MAX_UNREPAIRED } from '../../../src/evolution/witness/index.js';

const EVIL = '^(a|a)*b$';
const A40 = 'a'.repeat(40);
const event = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  properties,
  required,
});

describe('regexes the ReDoS authority did not clear', () => {
  it('are not run on witness events: the reason names the regex', () => {
    const o = event({ s: { type: 'string', pattern: EVIL }, n: { type: 'string' } }, ['s', 'n']);
    const n = event({ s: { type: 'string', pattern: EVIL }, n: { type: 'integer' } }, ['s', 'n']);
    const [c] = compareSchemas(o, n).filter(breaksBackward);
    expect(findWitness(o, n, c!)).toEqual({
      found: false,
      why: 'failed',
      reason: expect.stringContaining(`reach the regex ${JSON.stringify(EVIL)}, which the ReDoS checker did not clear`),
    });
  });

  it('do not stop witnesses whose events never reach them', () => {
    const o = event({ s: { type: 'string', pattern: EVIL }, n: { type: 'string' } }, ['n']);
    const n = event({ s: { type: 'string', pattern: EVIL }, n: { type: 'integer' } }, ['n']);
    const [c] = compareSchemas(o, n).filter(breaksBackward);
    const w = findWitness(o, n, c!);
    expect(w.found).toBe(true);
    const ajv = new Ajv({ strict: false });
    if (w.found) expect(ajv.validate(o, w.event) && !ajv.validate(n, w.event)).toBe(true);
  });

  it('are not matched against property names by the engine (a name that would backtrack for hours)', () => {
    const doc = (t: string) => ({
      type: 'object',
      properties: { [A40]: { type: t } },
      patternProperties: { [EVIL]: { type: 'string' } },
    });
    const changes = compareSchemas(doc('string'), doc('integer'));
    expect(changes.map((c) => c.kind)).toContain('type-changed');
  });
});

describe('the witness search on a version where every member changed', () => {
  const N = 150;
  const wide = (t: string) =>
    event(
      Object.fromEntries(Array.from({ length: N }, (_, i) => [`p${i}`, { type: t }])),
      Array.from({ length: N }, (_, i) => `p${i}`),
    );

  it(`stops after ${MAX_UNREPAIRED} events that other changes spoil, for each of the ${N} changes`, () => {
    const [o, n] = [wide('string'), wide('integer')];
    const changes = compareSchemas(o, n).filter(breaksBackward);
    expect(changes).toHaveLength(N);
    const findings = judgeChanges(changes, {
      file: 'wide.yaml',
      contract: 'Wide',
      policy: 'backward',
      oldDoc: o,
      newDoc: n,
    });
    expect(findings).toHaveLength(N);
    // Each search stops after MAX_UNREPAIRED spoilt events, until the contract's work budget is
    // spent (../witness-budget.test.ts: each rejection is charged its ~150 errors too); the changes
    // after that say so instead.
    const stopped = `(No example event (spoilt by other changes): every event tried that the new schema rejects is also rejected for another change of this version: \`type\` at /properties/`;
    const tries = `could not be repaired (stopped after ${MAX_UNREPAIRED} tries)`;
    const searched = findings.filter((f) => f.help?.includes(stopped) && f.help.includes(tries));
    expect(searched.length).toBeGreaterThan(3);
    expect(findings.slice(0, searched.length)).toEqual(searched);
    for (const f of findings.slice(searched.length + 1)) expect(f.help).toMatch(/No example event \(search budget\)/);
    for (const f of findings) expect(f.witness).toBeUndefined();
  });

  it('still finds the witness when the other changes can be repaired around', () => {
    // p0 changes type; every other member was made required in the new version (repairable: fill it in).
    const props = (t: string) =>
      Object.fromEntries(Array.from({ length: N }, (_, i) => [`p${i}`, { type: i === 0 ? t : 'string' }]));
    const o = event(props('string'), ['p0']);
    const n = event(
      props('integer'),
      Array.from({ length: N }, (_, i) => `p${i}`),
    );
    const typeChange = compareSchemas(o, n).find((c) => c.kind === 'type-changed')!;
    const w = findWitness(o, n, typeChange);
    expect(w.found).toBe(true);
    if (w.found) expect(Object.keys(w.event as object)).toHaveLength(N);
  });
});
