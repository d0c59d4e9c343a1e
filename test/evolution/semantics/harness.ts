// Table tests of issue 12's equivalence classes: each row is an (old, new) pair with the expected
// compatibility in each direction. Every verdict is grounded outside the engine:
// - an incompatible direction needs a witness event, checked with ajv (valid under the side it
//   must stay valid under, invalid under the other);
// - a compatible direction is checked with the property test's own event sampler: no sampled
//   event may be a counter-example, and some sampled event must be valid under the side the
//   direction starts from (else "no counter-example" proves nothing), unless the row marks that
//   side `empty` — and then the sampler must indeed find it accepting none.
// The verdict is asserted under every policy, so a row pins the whole column, not one reading.

import fc from 'fast-check';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { verdict, type Verdict } from '../../../src/evolution/policy.js';
import type { Policy } from '../../../src/settings/types.js';
import { AJV_OPTIONS, constantsOf, eventFrom, streamArb } from '../arbitraries.js';

export interface Row {
  name: string;
  old: unknown;
  new: unknown;
  /** Every event valid under old stays valid under new. */
  backward: boolean;
  /** Every event valid under new was valid under old. */
  forward: boolean;
  /**
   * Events proving an incompatible direction: valid under old and not under new (backward), or the
   * reverse (forward).
   */
  witness?: { backward?: unknown; forward?: unknown };
  /**
   * The additive policy's verdict when it differs from backward's. It is stricter than backward:
   * the platform's rule forbids a field's type widened, a union member added, a property or a
   * required name dropped, even where every live event stays valid. So such backward-compatible
   * rows say `additive: 'breaking'` (said here once, not on each row).
   */
  additive?: Verdict;
  /**
   * The side(s) that accept nothing, or only values the sampler never builds: a compatible
   * direction from such a side cannot be grounded by sampled events, so the harness asserts the
   * opposite — that the side accepts none of them (the mark cannot hide a weak sampler).
   */
  empty?: 'old' | 'new' | 'both';
  /** How to validate, when plain draft-07 ajv is not the dialect's oracle (draft-04, say). */
  validate?: (schema: unknown, event: unknown) => boolean;
  /**
   * Several plausible validators (readings) at once: a direction is compatible only when none of
   * them finds a counter-example, incompatible when one of them confirms the witness.
   */
  readings?: ((schema: unknown, event: unknown) => boolean)[];
}

const POLICIES: Policy[] = ['none', 'backward', 'forward', 'full', 'additive'];
/** Events sampled per compatible direction. */
const SAMPLES = 400;

const ajv = new Ajv({ ...AJV_OPTIONS, logger: false });
const draft07 = (schema: unknown, event: unknown) => ajv.validate(schema as object, event) as boolean;

function expected(row: Row, policy: Policy): Verdict {
  switch (policy) {
    case 'none':
      return 'ok';
    case 'backward':
      return row.backward ? 'ok' : 'breaking';
    case 'forward':
      return row.forward ? 'ok' : 'breaking';
    case 'full':
      return row.backward && row.forward ? 'ok' : 'breaking';
    case 'additive':
      return row.additive ?? (row.backward ? 'ok' : 'breaking');
  }
}

/** The worst verdict over all changes (no change: ok). */
function worst(verdicts: Verdict[]): Verdict {
  return verdicts.includes('breaking') ? 'breaking' : verdicts.includes('notice') ? 'notice' : 'ok';
}

const PROBES = { const: 'a\nb', minimum: 1.5 };

const STREAMS = fc.sample(streamArb, { numRuns: SAMPLES, seed: 12 });

/** What the sampler saw in one direction: how many events were valid under `from`, and the first counter-example. */
export interface Sampled {
  validFrom: number;
  counterExample: unknown;
}

/**
 * Events sampled from both schemas' shapes: how many are valid under `from`, and the first that
 * is valid under `from` and not under `to` (sampling stops there).
 */
export function sampleDirection(from: unknown, to: unknown, validate = draft07): Sampled {
  // Besides the schemas' own constants, values that tell number from integer and `.` from any character.
  const constants = constantsOf(PROBES, from, to);
  let validFrom = 0;
  for (const [i, stream] of STREAMS.entries()) {
    const event = eventFrom(i % 2 === 0 ? from : to, stream, constants);
    if (!validate(from, event)) continue;
    validFrom++;
    if (!validate(to, event)) return { validFrom, counterExample: event };
  }
  return { validFrom, counterExample: undefined };
}

/** The first sampled event valid under `from` and not under `to`. */
export function counterExample(from: unknown, to: unknown, validate = draft07): unknown {
  return sampleDirection(from, to, validate).counterExample;
}

/** The sides a row marks `empty`. */
const emptySides = (row: Row): ('old' | 'new')[] =>
  row.empty === 'both' ? ['old', 'new'] : row.empty ? [row.empty] : [];

/** Check one row: the engine's verdict under every policy, and its grounding (throws on a failure). */
export function checkRow(row: Row): void {
  const readings = row.readings ?? [row.validate ?? draft07];
  const changes = compareSchemas(row.old, row.new);
  const said = changes.map((c) => `${c.kind} at ${c.pointer || '/'}`).join(', ') || 'no change';
  for (const policy of POLICIES) {
    expect({ policy, verdict: worst(changes.map((c) => verdict(c, policy))), changes: said }).toEqual({
      policy,
      verdict: expected(row, policy),
      changes: said,
    });
  }
  for (const direction of ['backward', 'forward'] as const) {
    const [from, to] = direction === 'backward' ? [row.old, row.new] : [row.new, row.old];
    const fromSide = direction === 'backward' ? 'old' : 'new';
    if (row[direction]) {
      const empty = emptySides(row).includes(fromSide);
      for (const validate of readings) {
        const { validFrom, counterExample } = sampleDirection(from, to, validate);
        expect({ direction, counterExample }).toEqual({ direction, counterExample: undefined });
        // No counter-example among zero events valid under `from` would prove nothing.
        const accepts = `${fromSide} accepts a sampled event`;
        const why = empty
          ? `the ${fromSide} side is marked empty but accepts ${validFrom} sampled events`
          : `no sampled event is valid under the ${fromSide} side: let the sampler see one (the row's values, its shape), or mark the side empty if it accepts none`;
        expect({ direction, [accepts]: validFrom > 0 }, `row "${row.name}": ${why}`).toEqual({
          direction,
          [accepts]: !empty,
        });
      }
    } else {
      const w = row.witness?.[direction];
      expect(
        w,
        `row "${row.name}" is ${direction}-incompatible: give the witness event that shows it`,
      ).not.toBeUndefined();
      expect(
        emptySides(row),
        `row "${row.name}": its ${fromSide} side accepts the ${direction} witness, it is not empty`,
      ).not.toContain(fromSide);
      const shown = readings.map((validate) => ({ direction, validFrom: validate(from, w), validTo: validate(to, w) }));
      expect(shown).toContainEqual({ direction, validFrom: true, validTo: false });
      // The sampler that grounds the compatible rows must be able to see this difference too.
      expect({
        direction,
        sampled: readings.some((validate) => sampleDirection(from, to, validate).counterExample !== undefined),
      }).toEqual({ direction, sampled: true });
    }
  }
}

export function semanticsTable(title: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => checkRow(row));
  });
}
