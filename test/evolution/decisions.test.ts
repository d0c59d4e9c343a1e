// Every listed divergence from the registries is real and grounded: the engine says what the row
// says, and an incompatible verdict has an ajv-checked witness, a compatible one no counter-example
// in the property sampler.

import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DECISIONS } from '../../src/evolution/decisions.js';
import { compareSchemas } from '../../src/evolution/engine.js';
import { verdict } from '../../src/evolution/policy.js';
import { AJV_OPTIONS } from './arbitraries.js';
import { counterExample } from './semantics/harness.js';

const ajv = new Ajv({ ...AJV_OPTIONS, logger: false });
const valid = (schema: unknown, event: unknown) => ajv.validate(schema as object, event) as boolean;

describe('docs/rules.md Decisions', () => {
  it.each(DECISIONS.map((d) => [d.id, d] as const))('%s', (_id, d) => {
    expect(d.ours).not.toBe(d.registries);
    const changes = compareSchemas(d.old, d.new);
    const breaking = changes.some((c) => verdict(c, d.direction) === 'breaking');
    expect({ breaking, changes: changes.map((c) => c.kind) }).toMatchObject({ breaking: d.ours === 'incompatible' });
    const [from, to] = d.direction === 'backward' ? [d.old, d.new] : [d.new, d.old];
    if (d.ours === 'incompatible') {
      expect({ from: valid(from, d.witness), to: valid(to, d.witness) }).toEqual({ from: true, to: false });
    } else {
      expect(d.witness).toBeUndefined();
      expect(counterExample(from, to)).toBeUndefined();
    }
  });

  it('ids are unique', () => {
    expect(new Set(DECISIONS.map((d) => d.id)).size).toBe(DECISIONS.length);
  });
});
