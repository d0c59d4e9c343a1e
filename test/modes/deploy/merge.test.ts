import { describe, expect, it } from 'vitest';
import { threeWayMerge } from '../../../src/modes/deploy/merge.js';

const base = {
  title: 'A',
  cxoneVersion: '1.0.0',
  description: 'old',
  properties: { a: { type: 'string' }, b: { type: 'integer' } },
  required: ['a'],
};

describe('threeWayMerge', () => {
  it('keeps what only theirs changed and takes what only ours changed', () => {
    const theirs = { ...base, description: 'edited in the console' };
    const ours = { ...base, cxoneVersion: '1.1.0', properties: { ...base.properties, c: { type: 'boolean' } } };
    const r = threeWayMerge(base, theirs, ours);
    expect(r.conflicts).toEqual([]);
    expect(r.kept).toEqual(['/description']);
    expect(r.merged).toEqual({ ...ours, description: 'edited in the console' });
  });

  it('merges additions on both sides of the same object, and keeps their removal', () => {
    const { b: _b, ...withoutB } = base.properties;
    const theirs = { ...base, properties: { ...withoutB, d: { type: 'number' } } };
    const ours = { ...base, cxoneVersion: '1.1.0', properties: { ...base.properties, c: { type: 'boolean' } } };
    const r = threeWayMerge(base, theirs, ours);
    expect(r.conflicts).toEqual([]);
    expect(r.kept.sort()).toEqual(['/properties/b', '/properties/d']);
    expect(r.merged.properties).toEqual({ a: { type: 'string' }, c: { type: 'boolean' }, d: { type: 'number' } });
  });

  it('is a conflict where both changed the same node differently; arrays are atomic', () => {
    const theirs = { ...base, properties: { ...base.properties, b: { type: 'number' } }, required: ['a', 'b'] };
    const ours = {
      ...base,
      cxoneVersion: '1.1.0',
      properties: { ...base.properties, b: { type: 'string' } },
      required: ['b'],
    };
    expect(threeWayMerge(base, theirs, ours).conflicts.sort()).toEqual(['/properties/b/type', '/required']);
  });

  it('takes our version only when it stays above theirs', () => {
    expect(threeWayMerge(base, { ...base, cxoneVersion: '1.0.1' }, { ...base, cxoneVersion: '1.1.0' })).toMatchObject({
      conflicts: [],
      merged: { cxoneVersion: '1.1.0' },
    });
    expect(
      threeWayMerge(base, { ...base, cxoneVersion: '1.2.0' }, { ...base, cxoneVersion: '1.1.0' }).conflicts,
    ).toEqual(['/cxoneVersion']);
  });
});
