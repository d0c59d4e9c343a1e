// The value checker (src/evolution/value-check.ts) answers "is this value valid here?" without a
// validator, for enum values; where it answers, ajv must agree. Random draft-07 documents and
// events from the soundness generators, normalised as the engine reads them.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/evolution/normalize.js';
import { validValue } from '../../src/evolution/value-check.js';
import { constantsOf, documentArb, eventFrom, oracleUnsafe, propertyAjv, streamArb } from './arbitraries.js';

describe('validValue agrees with ajv wherever it answers', () => {
  it('random documents and events', () => {
    const ajv = propertyAjv();
    let answered = 0;
    let asked = 0;
    fc.assert(
      fc.property(documentArb(2), fc.array(streamArb, { minLength: 8, maxLength: 8 }), (doc, streams) => {
        if (oracleUnsafe(doc)) return;
        const normal = normalize(doc);
        if (normal.refs?.siblings) return; // read by draft-07 here, by ajv with its siblings
        let validate;
        try {
          validate = ajv.compile(doc);
        } catch {
          return;
        } finally {
          ajv.removeSchema(doc);
        }
        const constants = constantsOf(doc);
        for (const s of streams) {
          const event = eventFrom(doc, s, constants);
          let expected: boolean;
          try {
            expected = validate(event) === true;
          } catch {
            continue; // ajv itself fails (a recursion it cannot end)
          }
          asked++;
          const said = validValue(normal.root, event);
          if (said === undefined) continue;
          answered++;
          expect({ doc, event, said }).toEqual({ doc, event, said: expected });
        }
      }),
      { numRuns: 1500, seed: 20261207 },
    );
    // Not a test that passes by never answering.
    expect(answered / asked).toBeGreaterThan(0.5);
  });

  it('is unsure, not wrong, where it cannot decide', () => {
    expect(validValue({ type: ['string'], format: 'email' }, 'a')).toBeUndefined();
    expect(validValue({ enum: [Infinity] }, null)).toBeUndefined(); // YAML's .inf is no JSON value
    expect(validValue({ enum: [null] }, Infinity)).toBeUndefined();
    expect(validValue({ type: ['number'], multipleOf: 0.1 }, 0.30000000000000004)).toBeUndefined();
    // A schema that is its own anyOf member, asked about the same value: no end, so no answer (and no stack overflow).
    const loop: Record<string, unknown[]> = { anyOf: [] };
    loop.anyOf!.push(loop, { pattern: '^a' });
    expect(validValue(loop, 'b')).toBeUndefined();
  });
});
