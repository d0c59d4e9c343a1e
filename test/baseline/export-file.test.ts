import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { parseExport } from '../../src/baseline/index.js';

describe('registry export file', () => {
  it('indexes schemas by title and strips platform fields', () => {
    const live = parseExport(
      JSON.stringify({
        entities: [{ id: 'sch-1', etag: '"e1"', title: 'A', cxoneVersion: '1.0.0' }],
        next_cursor: null,
      }),
      'x.json',
    );
    expect(live.source).toBe('export:x.json');
    expect(live.schemas.get('A')).toEqual({
      title: 'A',
      id: 'sch-1',
      etag: '"e1"',
      doc: { title: 'A', cxoneVersion: '1.0.0' },
    });
  });

  it.each([
    ['{"entities": [', /not valid JSON/],
    ['{"items": []}', /no "entities" array/],
    ['{"entities": [{"id": "x"}]}', /entities\[0\] is not a schema object with a "title"/],
    ['{"entities": [{"title": "A"}, {"title": "A"}]}', /title "A" appears twice/],
  ])('%s is a usage error', (text, message) => {
    expect(() => parseExport(text, 'x.json')).toThrow(UsageError);
    expect(() => parseExport(text, 'x.json')).toThrow(message);
  });
});
