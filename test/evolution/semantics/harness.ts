// Table tests of issue 12's equivalence classes: each row is an (old, new) pair with the expected
// compatibility in each direction. Every verdict is grounded outside the engine:
// - an incompatible direction needs a witness event, checked with ajv (valid under the side it
//   must stay valid under, invalid under the other);
// - a compatible direction is checked with the property test's own event sampler: no sampled
//   event may be a counter-example.
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
  /** Events proving an incompatible direction: valid under old and not under new (backward), or the reverse (forward). */
  witness?: { backward?: unknown; forward?: unknown };
  /** The additive policy's verdict when it differs from backward's (a `notice`, say). */
  additive?: Verdict;
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

/** Sampled events from both schemas' shapes; the first that is valid under `from` and not under `to`. */
export function counterExample(from: unknown, to: unknown, validate = draft07, samples = SAMPLES): unknown {
  // Besides the schemas' own constants, values that tell number from integer and `.` from any character.
  const constants = constantsOf(PROBES, from, to);
  const streams = fc.sample(streamArb, { numRuns: samples, seed: 12 });
  for (const [i, stream] of streams.entries()) {
    const event = eventFrom(i % 2 === 0 ? from : to, stream, constants);
    if (validate(from, event) && !validate(to, event)) return event;
  }
  return undefined;
}

export function semanticsTable(title: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
      const readings = row.readings ?? [row.validate ?? draft07];
      const changes = compareSchemas(row.old, row.new);
      const said = changes.map((c) => `${c.kind} at ${c.pointer || '/'}`).join(', ') || 'no change';
      for (const policy of POLICIES) {
        expect({ policy, verdict: worst(changes.map((c) => verdict(c, policy))), changes: said }).toEqual({ policy, verdict: expected(row, policy), changes: said });
      }
      for (const direction of ['backward', 'forward'] as const) {
        const [from, to] = direction === 'backward' ? [row.old, row.new] : [row.new, row.old];
        if (row[direction]) {
          for (const validate of readings) {
            expect({ direction, counterExample: counterExample(from, to, validate) }).toEqual({ direction, counterExample: undefined });
          }
        } else {
          const w = row.witness?.[direction];
          expect(w, `row "${row.name}" is ${direction}-incompatible: give the witness event that shows it`).not.toBeUndefined();
          const shown = readings.map((validate) => ({ direction, validFrom: validate(from, w), validTo: validate(to, w) }));
          expect(shown).toContainEqual({ direction, validFrom: true, validTo: false });
          // The sampler that grounds the compatible rows must be able to see this difference too.
          expect({ direction, sampled: readings.some((validate) => counterExample(from, to, validate) !== undefined) }).toEqual({ direction, sampled: true });
        }
      }
    });
  });
}
