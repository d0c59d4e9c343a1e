// File-level hazards: size, encoding, BOM, emptiness, document count and shape, depth.
import { describe, expect, it } from 'vitest';
import { parseContract } from '../../src/contracts/index.js';
import { onlyFinding, utf8 } from './helpers.js';

describe('depth', () => {
  it('stops 100,000 nested brackets at the default limit', () => {
    const f = onlyFinding('title: T\ndescription: x\nitems: ' + '['.repeat(100_000));
    expect(f).toMatchObject({ rule: 'yaml-too-deep', severity: 'error', line: 3 });
    expect(f.message).toBe('nesting is deeper than 100 levels');
  });

  it('survives a stack overflow of the parser when the limit is raised', () => {
    // With maxDepth 10^6 the recursive parser overflows first: RangeError, caught and located.
    const src = 'title: T\ndescription: x\nitems: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n';
    const f = onlyFinding(src, { limits: { maxDepth: 1_000_000 } });
    expect(f).toMatchObject({ rule: 'yaml-too-deep', line: 3 });
    expect(f.message).toMatch(/too deep to parse/);
  });

  it('stops deep block nesting at the line past the limit', () => {
    const lines = ['title: T'];
    for (let i = 0; i < 150; i++) lines.push(' '.repeat(i) + 'k:');
    const f = onlyFinding(lines.join('\n') + ' 1\n');
    // line 1 is the root mapping (level 1), line k+1 opens level k+1: level 101 is line 101.
    expect(f).toMatchObject({ rule: 'yaml-too-deep', line: 101 });
  });

  it('accepts nesting up to the limit', () => {
    const src = 'title: T\nitems: ' + '['.repeat(99) + ']'.repeat(99) + '\n';
    expect(parseContract('schema', 'x.yaml', utf8(src)).findings).toEqual([]);
  });
});

describe('size', () => {
  it('rejects bytes over maxFileBytes without parsing them', () => {
    const f = onlyFinding('title: "' + 'x'.repeat(2000) + '"\n', { limits: { maxFileBytes: 1024 } });
    expect(f).toMatchObject({ rule: 'file-too-large', severity: 'error', line: 1, column: 1 });
    expect(f.message).toBe('file is 2 KiB, over the 1 KiB limit; it was not parsed');
  });
});

describe('encoding', () => {
  it('reports the line and column of the first byte that is not UTF-8', () => {
    // "caf\xe9" is Latin-1; the ü before it is valid two-byte UTF-8 and counts as one column.
    const bytes = Uint8Array.from([...utf8('title: T\ndescription: ü caf'), 0xe9, ...utf8('\nx: 1\n')]);
    const f = onlyFinding(bytes);
    expect(f).toMatchObject({ rule: 'file-encoding', severity: 'error', line: 2, column: 19 });
    expect(f.message).toMatch(/invalid UTF-8 byte 0xE9/);
  });

  it('recognises UTF-16', () => {
    const f = onlyFinding(Uint8Array.from([0xff, 0xfe, 0x74, 0x00, 0x3a, 0x00]));
    expect(f).toMatchObject({ rule: 'file-encoding', line: 1, column: 1 });
    expect(f.message).toMatch(/UTF-16/);
  });

  it('reports a multi-byte character cut off at the end of the file', () => {
    const f = onlyFinding(Uint8Array.from([...utf8('a: 1\nb: '), 0xe2, 0x82]));
    expect(f).toMatchObject({ rule: 'file-encoding', line: 2, column: 4 });
  });
});

describe('byte order mark', () => {
  it('warns and goes on parsing, with positions unchanged', () => {
    const r = parseContract('schema', 'x.yaml', utf8('\uFEFFtitle: T\ntype: object\n'));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'file-bom', severity: 'warning', line: 1, column: 1, contract: 'T' });
    expect(Object.keys(r.contract?.doc ?? {})).toEqual(['title', 'type']);
    expect(r.contract?.locate('/type')).toEqual({ line: 2, column: 1 });
    expect(r.contract?.locate('/title')).toEqual({ line: 1, column: 1 });
  });
});

describe('empty files', () => {
  it.each([
    ['nothing', ''],
    ['whitespace', '  \n\n\t\n'],
    ['comments', '# just a comment\n   # another\n'],
    ['a bare document marker', '---\n# nothing\n'],
  ])('%s', (_name, src) => {
    expect(onlyFinding(src)).toMatchObject({ rule: 'file-empty', severity: 'error', line: 1 });
  });
});

describe('document shape', () => {
  it.each([
    ['a list', '# a list by mistake\n- title: T\n- type: object\n', 2, /a list of 2 items/],
    ['a string', 'just some text\n', 1, /a string \("just some text"\)/],
    ['a number', '\n42\n', 2, /a number \(42\)/],
    ['null', '# nothing but null\n~\n', 2, /null/],
  ])('rejects %s', (_name, src, line, message) => {
    const f = onlyFinding(src, { kind: 'filter' });
    expect(f).toMatchObject({ rule: 'not-a-mapping', severity: 'error', line });
    expect(f.message).toMatch(/top level of a filter file must be a mapping/);
    expect(f.message).toMatch(message);
  });

  it('rejects a second document at its --- line', () => {
    const f = onlyFinding('title: A\ntype: object\n# next one\n---\ntitle: B\n');
    expect(f).toMatchObject({ rule: 'yaml-multiple-documents', severity: 'error', line: 4, column: 1 });
    expect(f.message).toMatch(/holds 2 YAML documents/);
  });

  it('finds the separator when the first document also starts with ---', () => {
    expect(onlyFinding('---\ntitle: A\n---\ntitle: B\n---\ntitle: C\n')).toMatchObject({
      rule: 'yaml-multiple-documents',
      line: 3,
    });
  });

  it('ignores an empty trailing document', () => {
    const r = parseContract('schema', 'x.yaml', utf8('---\ntitle: A\n---\n'));
    expect(r.findings).toEqual([]);
    expect(r.contract?.name).toBe('A');
  });
});
