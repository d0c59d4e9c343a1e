// locate(): JSON pointer -> 1-based line/column in the original text, from an index of its YAML events.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../../src/contracts/index.js';
import { buildLocateIndex, indexEvents } from '../../src/contracts/locate.js';
import { loadYaml } from '../../src/contracts/yaml-load.js';
import { DEFAULT_LIMITS } from '../../src/contracts/limits.js';
import type { Contract } from '../../src/core/contract.js';
import { utf8 } from './helpers.js';

const fixture = new URL('../fixtures/contracts/customer-event.yaml', import.meta.url);

function load(bytes: Uint8Array, file = 'cxone/schemas/customer-event.yaml'): Contract {
  const r = parseContract('schema', file, bytes);
  expect(r.findings).toEqual([]);
  if (!r.contract) throw new Error('no contract');
  return r.contract;
}

describe('locate', () => {
  const contract = load(readFileSync(fixture));

  it('parses plain JSON data with the core schema (dates and versions stay strings)', () => {
    expect(contract.name).toBe('CustomerUpdated');
    expect(contract.doc['created']).toBe('2024-01-01');
    expect(contract.doc['cxoneVersion']).toBe('1.2.0');
    expect(contract.doc['additionalProperties']).toBe(false);
  });

  it.each([
    ['/title', 3, 1],
    ['/properties', 8, 1],
    ['/properties/customer', 9, 3],
    ['/properties/customer/properties/tier', 13, 7],
    ['/properties/customer/properties/tier/type', 14, 9],
    ['/properties/customer/properties/id/format', 12, 27], // a key inside a flow mapping
    ['/properties/customer/properties/tier/enum/2', 15, 30], // a sequence item: the item itself
    ['/properties/tags', 16, 3], // a quoted key: its opening quote
    ['/properties/tags/items/1/type', 20, 9],
    ['/properties/path~1with~0odd/$ref', 22, 5], // ~1 and ~0 unescaped
    ['/required/0', 29, 12],
  ])('%s -> %i:%i', (pointer, line, column) => {
    expect(contract.locate(pointer)).toEqual({ line, column });
  });

  it('maps a pointer that does not exist to its nearest existing ancestor', () => {
    expect(contract.locate('/properties/customer/properties/tier/maxLength')).toEqual({ line: 13, column: 7 });
    expect(contract.locate('/properties/customer/properties/missing/type')).toEqual({ line: 11, column: 5 });
    expect(contract.locate('/properties/tags/items/7')).toEqual({ line: 18, column: 5 });
    expect(contract.locate('/properties/tags/items/-')).toEqual({ line: 18, column: 5 });
    expect(contract.locate('/title/deeper')).toEqual({ line: 3, column: 1 }); // into a scalar
    expect(contract.locate('/nope')).toEqual({ line: 2, column: 1 }); // the root mapping
  });

  it('follows aliases to the anchored node', () => {
    expect(contract.locate('/definitions/alsoText')).toEqual({ line: 27, column: 3 });
    expect(contract.locate('/definitions/alsoText/maxLength')).toEqual({ line: 26, column: 5 });
  });

  it('never throws, even for a malformed pointer', () => {
    expect(contract.locate('no-leading-slash')).toEqual({ line: 2, column: 1 });
  });

  it('locates in JSON files', () => {
    const json = load(utf8('{\n  "title": "J",\n  "properties": {\n    "a": {"type": "string"}\n  }\n}\n'), 'x.json');
    expect(json.locate('/properties/a/type')).toEqual({ line: 4, column: 11 });
    expect(json.locate('/properties/b')).toEqual({ line: 3, column: 3 });
  });

  it('keeps positions right after a byte order mark', () => {
    const r = parseContract('schema', 'bom.yaml', utf8('\uFEFFtitle: T\nproperties:\n  a: [x, "y"]\n'));
    expect(r.contract?.locate('/title')).toEqual({ line: 1, column: 1 });
    expect(r.contract?.locate('/properties/a/1')).toEqual({ line: 3, column: 10 });
  });

  it('locates in the document that has content when an empty one comes first', () => {
    // The yaml-library locator read only the first (empty) document and answered 1:1 for everything.
    const c = load(utf8('---\n---\ntitle: T\nproperties:\n  a: {type: string}\n'));
    expect(c.locate('')).toEqual({ line: 3, column: 1 });
    expect(c.locate('/properties/a/type')).toEqual({ line: 5, column: 7 });
  });

  it('falls back to the yaml-library locator for what events cannot place (a null item)', () => {
    const c = load(utf8('title: T\nlist:\n  -\n  - x\n'));
    expect(c.locate('/list/0')).toEqual({ line: 3, column: 4 });
    expect(c.locate('/list/1')).toEqual({ line: 4, column: 5 });
  });

  it('indexes the events of the load as the text indexes on its own (no second parse)', () => {
    const text = readFileSync(fixture, 'utf8');
    const loaded = loadYaml('x.yaml', text, DEFAULT_LIMITS);
    expect(loaded.events).toBeDefined();
    expect(indexEvents(loaded.events!, text)).toEqual(buildLocateIndex(text));
  });

  it('returns the same answer on repeated calls (cached parse)', () => {
    const c = load(readFileSync(fixture));
    const first = c.locate('/properties/customer/properties/tier/type');
    expect(c.locate('/properties/customer/properties/tier/type')).toEqual(first);
    expect(first).toEqual({ line: 14, column: 9 });
  });
});
