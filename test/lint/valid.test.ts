import { describe, expect, it } from 'vitest';
import { lintContracts } from '../../src/lint/index.js';
import { contract, validFilter, validSchema } from './helpers.js';

describe('the valid fixtures', () => {
  it('raise no finding, alone or together', () => {
    const schema = contract('schema', validSchema());
    const filter = contract('filter', validFilter());
    expect(lintContracts([schema])).toEqual([]);
    expect(lintContracts([filter, schema])).toEqual([]);
  });

  it('never call locate (positions are filled in later, only for files with findings)', () => {
    const doc = validSchema();
    doc.cxoneVersion = 'one';
    const c = {
      ...contract('schema', doc),
      locate: () => {
        throw new Error('locate called');
      },
    };
    const findings = lintContracts([c]);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f).toMatchObject({ line: 0, column: 0, file: c.file, contract: 'InteractionCompleted' });
      expect(f.help).toBeTruthy();
    }
  });
});
