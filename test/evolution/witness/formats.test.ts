// Witnesses under the engine's reading of `format` (an assertion, kinds/strings.ts): a witness
// is valid under the live schema and invalid under the new one with formats checked. Judged here
// by an ajv of the test's own, with format checks written independently of ./formats.ts.
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { judgeEach } from '../../../src/evolution/judge.js';
import { breaksBackward } from '../../../src/evolution/policy.js';
import { FORMAT_CHECKS, FORMAT_SAMPLES } from '../../../src/core/formats.js';
import { findWitness } from '../../../src/evolution/witness/index.js';

const judge = new Ajv({ strict: false, allErrors: true, logger: false });
judge.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
judge.addFormat('date', (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));
judge.addFormat(
  'date-time',
  (s: string) =>
    /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)),
);
judge.addFormat('ipv4', /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
const valid = (schema: object, event: unknown) => judge.validate(schema, event) as boolean;

const doc = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required,
  properties,
});

/** The witness of every backward-breaking change, checked by the test's judge. */
function witnesses(oldDoc: object, newDoc: object): unknown[] {
  const changes = compareSchemas(oldDoc, newDoc).filter(breaksBackward);
  expect(changes.length).toBeGreaterThan(0);
  return changes.map((c) => {
    const w = findWitness(oldDoc, newDoc, c);
    if (!w.found) throw new Error(`no witness for ${c.kind}: ${w.reason}`);
    expect(valid(oldDoc, w.event), `live accepts ${JSON.stringify(w.event)}`).toBe(true);
    expect(valid(newDoc, w.event), `new rejects ${JSON.stringify(w.event)}`).toBe(false);
    return w.event;
  });
}

describe('witnesses read format as an assertion', () => {
  it('a tighter maxLength on an email: the witness is an email of the old length, not "aaaa"', () => {
    const [w] = witnesses(
      doc({ to: { type: 'string', format: 'email', maxLength: 30 } }),
      doc({ to: { type: 'string', format: 'email', maxLength: 10 } }),
    );
    const to = (w as { to: string }).to;
    expect(to.length).toBeGreaterThan(10);
    expect(to).toMatch(/@/);
  });

  it('another change of the version leaves the formatted members valid under the live schema', () => {
    const live = doc({
      at: { type: 'string', format: 'date-time' },
      ip: { type: 'string', format: 'ipv4' },
      n: { type: 'number' },
    });
    const next = doc({
      at: { type: 'string', format: 'date-time' },
      ip: { type: 'string', format: 'ipv4' },
      n: { type: 'integer' },
    });
    const [w] = witnesses(live, next) as { at: string; ip: string; n: number }[];
    expect(Number.isInteger(w!.n)).toBe(false);
  });

  it('format-changed date-time -> date: a date-time the new format refuses', () => {
    const [w] = witnesses(
      doc({ at: { type: 'string', format: 'date-time' } }),
      doc({ at: { type: 'string', format: 'date' } }),
    );
    expect((w as { at: string }).at).toMatch(/T/);
  });

  it('format-added: a live string that is not an email', () => {
    const [w] = witnesses(doc({ to: { type: 'string' } }), doc({ to: { type: 'string', format: 'email' } }));
    expect((w as { to: string }).to).not.toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  });

  it('a format no validator checks cannot be shown, and the finding says so', () => {
    const live = doc({ id: { type: 'string' } });
    const next = doc({ id: { type: 'string', format: 'x-order-id' } });
    const changes = compareSchemas(live, next);
    const [j] = judgeEach(changes, { file: 'f.yaml', contract: 'C', policy: 'backward', oldDoc: live, newDoc: next });
    expect(j!.finding!.witness).toBeUndefined();
    expect(j!.finding!.help).toMatch(/does not check `format` "x-order-id"/);
  });
});

describe('the format checks', () => {
  it('accept their own samples and refuse plain words', () => {
    for (const [name, check] of Object.entries(FORMAT_CHECKS)) {
      for (const s of FORMAT_SAMPLES[name] ?? []) expect(check(s), `${name}: ${s}`).toBe(true);
      if (!['uri-reference', 'iri-reference', 'uri-template', 'regex', 'hostname', 'idn-hostname'].includes(name))
        expect(check('not valid'), name).toBe(false);
    }
  });

  it('calendar and clock ranges', () => {
    expect(FORMAT_CHECKS.date!('2024-02-29')).toBe(true);
    expect(FORMAT_CHECKS.date!('2023-02-29')).toBe(false);
    expect(FORMAT_CHECKS.date!('2024-13-01')).toBe(false);
    expect(FORMAT_CHECKS['date-time']!('2024-01-01T24:00:00Z')).toBe(false);
    expect(FORMAT_CHECKS['date-time']!('2024-01-01T23:59:60Z')).toBe(true);
    expect(FORMAT_CHECKS.time!('12:00:00')).toBe(false); // a time zone is required
    expect(FORMAT_CHECKS.ipv4!('256.0.0.1')).toBe(false);
    expect(FORMAT_CHECKS.ipv6!('2001:db8::1')).toBe(true);
    expect(FORMAT_CHECKS.uri!('/relative')).toBe(false);
    expect(FORMAT_CHECKS['uri-reference']!('/relative')).toBe(true);
    expect(FORMAT_CHECKS.regex!('(')).toBe(false);
  });
});
