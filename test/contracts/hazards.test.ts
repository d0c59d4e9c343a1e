// Hostile and broken inputs: each must become one located finding, never an exception or a hang.
import { describe, expect, it } from 'vitest';
import { parseContract } from '../../src/contracts/index.js';
import { onlyFinding, utf8 } from './helpers.js';

describe('YAML syntax', () => {
  it.each([
    ['tab indentation', 'title: T\nproperties:\n\ttype: string\n', 3, 1, /tab/],
    ['bad indentation', 'title: T\n  type: object\n', 2, 7, /indentation/],
    ['unclosed flow mapping', '{title: T,\n  type: object\n', 3, 1, /end of the stream/],
    ['alias to an undefined anchor', 'title: T\ntype: *nope\n', 2, 7, /unidentified alias "nope"/],
    ['custom tag', 'title: T\ntype: !!binary aGk=\n', 2, 7, /unknown scalar tag/],
    ['null byte', 'title: T\ntype: obj\0ect\n', 2, 10, /null byte/],
  ])('%s', (_name, source, line, column, message) => {
    const f = onlyFinding(source);
    expect(f).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line, column, file: 'cxone/schemas/x.yaml' });
    expect(f.message).toMatch(message);
  });
});

describe('duplicate keys', () => {
  it('reports the second key and where the first one is', () => {
    const src = 'title: T\nproperties:\n  a:\n    type: string\n    maxLength: 3\n    type: integer\n';
    const f = onlyFinding(src);
    expect(f).toMatchObject({ rule: 'yaml-duplicate-key', severity: 'error', line: 6, column: 5 });
    expect(f.message).toBe('duplicate key "type" (first defined on line 4)');
  });

  it('catches duplicates in JSON, which JSON.parse would hide', () => {
    const src =
      '{\n  "title": "T",\n  "properties": {\n    "a": {"type": "string"},\n    "a": {"type": "integer"}\n  }\n}\n';
    const f = onlyFinding(src, { file: 'cxone/schemas/x.json' });
    expect(f).toMatchObject({ rule: 'yaml-duplicate-key', line: 5, column: 5 });
    expect(f.message).toBe('duplicate key "a" (first defined on line 4)');
  });

  it('does not confuse equal keys in different mappings', () => {
    const r = parseContract('schema', 'x.yaml', utf8('a:\n  type: string\nb:\n  type: string\n'));
    expect(r.findings).toEqual([]);
    expect(r.contract).toBeDefined();
  });
});

describe('alias bombs', () => {
  const laughs = (levels: number): string => {
    const lines = ['lol0: &l0 "lol"'];
    for (let i = 1; i <= levels; i++)
      lines.push(
        `lol${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    return lines.join('\n') + '\n';
  };

  it('rejects "billion laughs" at the alias that crosses maxNodes', () => {
    // 9^6 = 531441 nodes by level 6 (line 7): the first level past the default 500,000.
    const f = onlyFinding(laughs(9));
    expect(f).toMatchObject({ rule: 'yaml-alias-bomb', severity: 'error', line: 7 });
    expect(f.message).toMatch(/alias \*l5 expands the document past 500000 nodes/);
    expect(f.column).toBeGreaterThan(1);
  });

  it('honours a lower maxNodes', () => {
    const f = onlyFinding(laughs(3), { limits: { maxNodes: 50 } });
    // level 1 brings 9 nodes, level 2 brings 9 x 10: the count passes 50 on line 3.
    expect(f).toMatchObject({ rule: 'yaml-alias-bomb', line: 3 });
  });

  it('accepts a modest use of aliases', () => {
    const r = parseContract('schema', 'x.yaml', utf8(laughs(2)));
    expect(r.findings).toEqual([]);
    expect((r.contract?.doc['lol2'] as unknown[]).length).toBe(9);
  });

  it.each([
    ['mapping', 'title: T\nroot: &x\n  child: *x\n', 3, 10],
    ['sequence', 'title: T\nroot: &x [1, *x]\n', 2, 14],
  ])('rejects a self-referencing %s (a cycle) without hanging', (_kind, src, line, column) => {
    const f = onlyFinding(src);
    expect(f).toMatchObject({ rule: 'yaml-alias-bomb', line, column });
    expect(f.message).toMatch(/\*x is used inside the node anchored as &x/);
  });

  it('limits the number of aliases', () => {
    const lines = ['title: T', 'v: &v 1'];
    for (let i = 0; i < 1001; i++) lines.push(`k${i}: *v`);
    const f = onlyFinding(lines.join('\n'));
    // the 1001st alias (`k1000: *v`) is on line 2 + 1001
    expect(f).toMatchObject({ rule: 'yaml-alias-bomb', line: 1003, column: 8 });
    expect(f.message).toMatch(/more than 1000 aliases/);
  });

  it('counts depth that aliases add', () => {
    const nest = (n: number, inner: string): string => '['.repeat(n) + inner + ']'.repeat(n);
    // Each literal nesting is under 100, but b holds a inside 40 more levels: 1 + 40 + 70.
    const src = `a: &a ${nest(70, '1')}\nb: ${nest(40, '*a')}\n`;
    const f = onlyFinding(src);
    expect(f).toMatchObject({ rule: 'yaml-too-deep', line: 2, column: 44 });
    expect(f.message).toBe('alias *a nests the document 111 levels deep (limit 100)');
    expect(parseContract('schema', 'x.yaml', utf8(src), { maxDepth: 200 }).findings).toEqual([]);
  });
});
