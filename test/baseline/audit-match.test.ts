// Reading audit entries by meaning (src/baseline/audit-match.ts): the kind an entry is about, and
// whether it names an item, whatever field names the platform chose.

import { describe, expect, it } from 'vitest';
import { aboutKind, changesContent, contentEntries, entryText, namesItem } from '../../src/baseline/audit-match.js';

describe('audit entries read by meaning', () => {
  it('aboutKind: a field naming a kind decides; a field holding something else says nothing', () => {
    expect(aboutKind({ entity_kind: 'schema' }, 'schema')).toBe(true);
    expect(aboutKind({ resource_type: 'FILTER' }, 'schema')).toBe(false);
    expect(aboutKind({ object: 'group' }, 'group')).toBe(true);
    expect(aboutKind({ type: 'UPDATE', resource_type: 'filter' }, 'schema')).toBe(false);
    expect(aboutKind({ type: 'UPDATE' }, 'schema')).toBe(true);
    expect(aboutKind({}, 'filter')).toBe(true);
  });

  it('namesItem: any field holding the id or name, except who/when/what and fields named after another kind', () => {
    expect(namesItem({ schema_id: 'sch-1' }, ['sch-1'], [])).toBe(true);
    expect(namesItem({ title: 'Order' }, [], ['Order'], 'schema')).toBe(true);
    expect(namesItem({ object_id: 7 }, ['7'], [])).toBe(true);
    // a filter that shares the schema's name is not the schema
    expect(namesItem({ filter_name: 'Order' }, [], ['Order'], 'schema')).toBe(false);
    expect(namesItem({ filter_name: 'Order' }, [], ['Order'], 'filter')).toBe(true);
    expect(namesItem({ group_id: 'grp-1', filter_ids: ['flt-1'] }, ['flt-1'], [], 'filter')).toBe(false);
    // who/when/what never name the item
    expect(namesItem({ actor: 'Order', action: 'Order' }, [], ['Order'])).toBe(false);
  });

  it("changesContent: the platform's lifecycle entries change no content", () => {
    expect(changesContent({ actor: 'bob', action: 'update' })).toBe(true);
    expect(changesContent({ actor: 'platform', action: 'update' })).toBe(false);
    expect(changesContent({ actor: 'system', action: 'STATUS_CHANGED' })).toBe(false);
    expect(changesContent({ actor: 'system', action: 'ACTIVATION_FAILED' })).toBe(false);
  });
});

describe('the kind of an entry without a kind field', () => {
  it('an id field named after one kind decides; a kind value naming one kind decides', () => {
    expect(aboutKind({ schema_id: 'sch-1', title: 'vip_calls' }, 'filter')).toBe(false);
    expect(aboutKind({ schema_id: 'sch-1', title: 'vip_calls' }, 'schema')).toBe(true);
    expect(aboutKind({ filterId: 'flt-1' }, 'filter')).toBe(true);
    expect(aboutKind({ group_id: 'g', filter_ids: ['flt-1'] }, 'filter')).toBe(false);
    expect(aboutKind({ resource_type: 'EVENT_SCHEMA' }, 'filter')).toBe(false);
    expect(aboutKind({ resource_type: 'EVENT_FILTER' }, 'filter')).toBe(true);
    // a null id says nothing
    expect(aboutKind({ schema_id: null, filter_id: 'flt-1' }, 'filter')).toBe(true);
  });
});

describe('fields of an entry as text', () => {
  it('entryText: strings and numbers only, on one line, control characters escaped, bounded', () => {
    expect(entryText('bob@console')).toBe('bob@console');
    expect(entryText(42)).toBe('42');
    expect(entryText({ toString: () => 'x' })).toBeUndefined();
    expect(entryText('')).toBeUndefined();
    const forged = entryText('eve\n::error file=a::forged\u001b[31m');
    expect(forged).not.toContain('\n');
    expect(forged).not.toContain(String.fromCharCode(27));
    expect(forged).toContain('eve');
    expect(entryText('a'.repeat(5000))!.length).toBeLessThanOrEqual(200);
  });

  it("contentEntries: one filter's own content changes, not another filter's, not the platform's lifecycle", () => {
    const log = [
      { actor: 'bob', action: 'update', filter_id: 'f1' },
      { actor: 'ann', action: 'update', filter_id: 'f2' },
      { actor: 'platform', action: 'status_change', filter_id: 'f1' },
      { actor: 'cy', action: 'update' },
      'garbage',
    ];
    expect(contentEntries(log, 'f1').map((e) => e.actor)).toEqual(['bob', 'cy']);
  });
});
