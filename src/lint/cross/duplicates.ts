// duplicate-schema-title, duplicate-filter-name: titles and names are the platform's keys.

import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules, type Rule } from '../../core/rule.js';
import { report } from '../context.js';

export const rules = defineRules({
  duplicateSchemaTitle: {
    id: 'duplicate-schema-title',
    raisedBy: () => checkDuplicates,
    test: 'test/lint/cross.test.ts',
    severity: 'error',
    summary: 'No two schema files have the same `title`.',
    doc:
      "The title is a schema's identity in the registry: unique per tenant, and how the live version is found. Two " +
      'files with one title would overwrite each other on every deploy (or the second create fails with a 409). The ' +
      'first file in path order keeps the title; each later one is reported, naming the first.',
    fix: 'Give each schema its own title, or delete the copy.',
  },
  duplicateFilterName: {
    id: 'duplicate-filter-name',
    raisedBy: () => checkDuplicates,
    test: 'test/lint/cross.test.ts',
    severity: 'error',
    summary: 'No two filter files have the same `name`.',
    doc:
      "The name is a filter's identity on the platform: unique per tenant, and how the live filter is found. Two files " +
      'with one name would overwrite each other on every deploy. The first file in path order keeps the name; each ' +
      'later one is reported, naming the first.',
    fix: 'Give each filter its own name, or delete the copy.',
  },
});

export function checkDuplicates(contracts: readonly Contract[]): Finding[] {
  const byFile = [...contracts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return [
    ...duplicates(byFile, 'schema', 'title', rules.duplicateSchemaTitle),
    ...duplicates(byFile, 'filter', 'name', rules.duplicateFilterName),
  ];
}

function duplicates(
  contracts: readonly Contract[],
  kind: Contract['kind'],
  key: 'title' | 'name',
  rule: Rule,
): Finding[] {
  const first = new Map<string, Contract>();
  const out: Finding[] = [];
  for (const c of contracts) {
    const value = c.kind === kind ? c.doc[key] : undefined;
    if (typeof value !== 'string') continue; // missing: the meta-validation reports it
    const owner = first.get(value);
    if (owner === undefined) first.set(value, c);
    else out.push(report(rule, c, [key], `${kind} ${key} "${value}" is already used by ${owner.file}`));
  }
  return out;
}
