// Contract objects for lint tests: parsed fixtures or inline documents, with a trivial locate.

import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Contract, ContractKind } from '../../src/core/contract.js';
import type { Finding } from '../../src/core/finding.js';

const FIXTURES = new URL('../fixtures/lint/', import.meta.url);

export function contract(kind: ContractKind, doc: Record<string, unknown>, file = `${kind}s/${kind}.yaml`): Contract {
  const name = String((kind === 'schema' ? doc.title : doc.name) ?? file);
  return { kind, name, file, doc, locate: () => ({ line: 1, column: 1 }) };
}

/** A fresh copy of a fixture document, to modify per test. */
export function fixture(name: string): Record<string, unknown> {
  return load(readFileSync(new URL(name, FIXTURES), 'utf8')) as Record<string, unknown>;
}

export const validSchema = (): Record<string, unknown> => fixture('valid-schema.yaml');

/** A minimal valid schema, for tests where the fixture's extras would get in the way. */
export const minimalSchema = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'object',
  title: 'Minimal',
  description: 'd',
  cxoneVersion: '1.0.0',
  additionalProperties: false,
  properties: { a: { type: 'string' } },
  ...extra,
});
export const validFilter = (): Record<string, unknown> => fixture('valid-filter.yaml');

/** Rule, severity and pointer of each finding: what the tests assert on. */
export function summary(findings: readonly Finding[]): { rule: string; severity: string; pointer: string }[] {
  return findings.map((f) => ({ rule: f.rule, severity: f.severity, pointer: f.pointer }));
}

export function ofRule(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** `n` top-level string properties named p0..p(n-1). */
export function manyProperties(n: number): Record<string, unknown> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, { type: 'string' }]));
}
