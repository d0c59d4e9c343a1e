// A witness is rejected because of its own change only (issue 12): with several changes at one
// node, each change's witness violates that change's new constraint and no other. Also: a
// recursive root (`$ref: "#"`) gets witnesses, and a change without one says why in the text
// report.
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { realisticReport } from '../../report/report-fixture.js';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { COMPILE_WORK_PER_CHAR, judgeEach, noWitnessNote } from '../../../src/evolution/judge.js';
import { searchBaseCost } from '../../../src/evolution/witness/index.js';
import { formatText } from '../../../src/report/text.js';

const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
/** (a fresh instance each time: two versions may share their `$id`s) */
const valid = (schema: object, event: unknown) =>
  new Ajv({ strict: false, allErrors: true, logger: false }).validate(schema, event) as boolean;
/** The keywords of the new schema that reject `event`. */
const rejectedBy = (schema: object, event: unknown) => {
  ajv.validate(schema, event);
  return [...new Set((ajv.errors ?? []).map((e) => e.keyword))].sort();
};

function judged(oldDoc: object, newDoc: object) {
  return judgeEach(compareSchemas(oldDoc, newDoc), {
    file: 'cxone/schemas/s.yaml',
    contract: 'S',
    policy: 'backward',
    oldDoc,
    newDoc,
  });
}

const arrays = (a: object) => ({ type: 'object', properties: { tags: { type: 'array', ...a } } });

describe('each witness shows its own change', () => {
  it('maxItems decreased while uniqueItems is added: one witness too long (and distinct), one with duplicates (and short)', () => {
    for (const items of [{ type: 'integer' }, { type: 'string' }, {}]) {
      const live = arrays({ items, maxItems: 3 });
      const next = arrays({ items, maxItems: 2, uniqueItems: true });
      const out = judged(live, next);
      const byKind = Object.fromEntries(out.map((j) => [j.change.kind, j.finding?.witness]));
      expect(Object.keys(byKind).sort()).toEqual(['max-items-decreased', 'unique-items-added']);
      for (const [kind, keyword] of [
        ['max-items-decreased', 'maxItems'],
        ['unique-items-added', 'uniqueItems'],
      ] as const) {
        const w = byKind[kind];
        expect(w, `${kind} has a witness`).toBeDefined();
        expect(valid(live, w)).toBe(true);
        expect(rejectedBy(next, w), `${kind}: ${JSON.stringify(w)}`).toEqual([keyword]);
      }
    }
  });

  it('says it could not, naming the other change, when every event shows both', () => {
    // Every element is 1: an array too long for the new maxItems always holds duplicates.
    const live = arrays({ items: { const: 1 }, maxItems: 3 });
    const next = arrays({ items: { const: 1 }, maxItems: 1, uniqueItems: true });
    const out = judged(live, next);
    const max = out.find((j) => j.change.kind === 'max-items-decreased')!;
    expect(max.finding!.witness).toBeUndefined();
    expect(max.finding!.help).toMatch(
      /\(No example event \(spoilt by other changes\): every event tried that the new schema rejects is also rejected for another change of this version: `uniqueItems` at \/properties\/tags/,
    );
  });
});

describe('a recursive root ($ref: "#")', () => {
  it('gets a witness that ajv checks against both documents', () => {
    const live = { type: 'object', properties: { id: { type: 'string' }, child: { $ref: '#' } } };
    const next = { type: 'object', properties: { id: { type: 'string', maxLength: 3 }, child: { $ref: '#' } } };
    const [j] = judged(live, next);
    expect(j!.change.kind).toBe('max-length-added');
    const w = j!.finding!.witness;
    expect(w, j!.finding!.help).toBeDefined();
    expect(valid(live, w)).toBe(true);
    expect(valid(next, w)).toBe(false);
  });

  it('also through a definition that points back at the root', () => {
    const live = {
      type: 'object',
      definitions: { node: { $ref: '#' } },
      properties: { n: { type: 'number' }, kids: { type: 'array', items: { $ref: '#/definitions/node' } } },
    };
    const next = { ...live, properties: { ...live.properties, n: { type: 'integer' } } };
    const [j] = judged(live, next);
    const w = j!.finding!.witness;
    expect(w, j!.finding!.help).toBeDefined();
    expect(valid(live, w) && !valid(next, w)).toBe(true);
  });
});

describe('references resolved by base URI, as ajv does', () => {
  const variants: [string, (x: object) => object][] = [
    [
      'a plain-name anchor',
      (x) => ({ type: 'object', definitions: { pt: { $id: '#pt', ...x } }, properties: { a: { $ref: '#pt' } } }),
    ],
    [
      'a pointer inside a nested `$id` resource',
      (x) => ({
        $id: 'https://example.com/root.json',
        type: 'object',
        definitions: { lib: { $id: 'lib.json', definitions: { pt: x } } },
        properties: { a: { $ref: 'lib.json#/definitions/pt' } },
      }),
    ],
  ];
  for (const [name, wrap] of variants) {
    it(`${name}: the changed definition is found through its use, and the witness holds`, () => {
      const live = wrap({ type: 'object', required: ['x'], properties: { x: { type: 'number' } } });
      const next = wrap({ type: 'object', required: ['x'], properties: { x: { type: 'integer' } } });
      const out = judged(live, next).filter((j) => j.finding?.breaking);
      expect(out.length).toBeGreaterThan(0);
      for (const j of out) {
        const w = j.finding!.witness;
        expect(w, j.finding!.help).toBeDefined();
        expect(valid(live, w) && !valid(next, w)).toBe(true);
      }
    });
  }
});

describe('the text report says why a breaking change has no example', () => {
  it('prints the reason under the finding', () => {
    const live = { type: 'object', properties: { id: { type: 'string' } } };
    const next = { type: 'object', properties: { id: { type: 'string', format: 'x-order-id' } } };
    const [j] = judged(live, next);
    const report = realisticReport();
    report.findings = [{ ...j!.finding!, line: 3, column: 5 }];
    const lines = formatText(report).split('\n');
    const at = lines.findIndex((l) => l.includes('format-added'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toBe(
      '    no example event (none can exist: the validator does not check `format` "x-order-id", so no event can show the difference)',
    );
  });

  it('says so for a change that only breaks forward, and for one that was not compared', () => {
    const live = { type: 'object', properties: { id: { type: 'string', maxLength: 3 } } };
    const next = { type: 'object', properties: { id: { type: 'string' } } };
    const [fwd] = judgeEach(compareSchemas(live, next), {
      file: 'f.yaml',
      contract: 'S',
      policy: 'forward',
      oldDoc: live,
      newDoc: next,
    });
    expect(fwd!.finding!.breaking).toBe(true);
    const report = realisticReport();
    report.findings = [{ ...fwd!.finding!, line: 1, column: 1 }];
    expect(formatText(report)).toContain(
      '\n    no example event (forward only: example events are built for changes that reject live events; this one only breaks consumers still on the live schema)\n',
    );
    const unsupported = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' };
    const out = judged(live, unsupported).filter((j) => j.finding?.breaking);
    expect(out.length).toBeGreaterThan(0);
    for (const j of out)
      expect(j.finding!.witness === undefined && noWitnessNote(j.finding!.help)).toMatch(
        /^(not compared|none can exist|none found|schema not compiled): /,
      );
  });

  it('prints the budget as the reason when the searches spent it', () => {
    const live = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } };
    const next = { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'integer' } } };
    // Enough work to compile the two documents and start the first search, not to finish it.
    const work = searchBaseCost(live, next) * COMPILE_WORK_PER_CHAR + 10;
    const out = judgeEach(compareSchemas(live, next), {
      file: 'f.yaml',
      contract: 'S',
      policy: 'backward',
      oldDoc: live,
      newDoc: next,
      witnessBudget: { contracts: 5, work },
    });
    const report = realisticReport();
    report.findings = out.map((x) => ({ ...x.finding!, line: 1, column: 1 }));
    const text = formatText(report);
    expect(text).toMatch(
      /\n {4}no example event \(search budget: the budget for building example events ran out during this search \(after 0 tries\)\)\n/,
    );
    expect(text).toMatch(
      /\n {4}no example event \(search budget: the searches for earlier changes spent the work allowed for example events\)\n/,
    );
  });
});
