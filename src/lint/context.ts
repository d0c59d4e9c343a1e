// Small helpers every lint check shares: build a finding for one contract from path tokens, and
// narrow the plain YAML data. Checks never call contract.locate (see src/core/finding.ts).

import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { toPointer } from '../core/pointer.js';
import { finding, type Rule } from '../core/rule.js';

export type Path = readonly (string | number)[];

/** A finding of `rule` on `contract` at the node addressed by `path` (tokens or a ready pointer). */
export function report(rule: Rule, contract: Contract, path: Path | string, message: string): Finding {
  return finding(rule, {
    message,
    file: contract.file,
    pointer: typeof path === 'string' ? path : toPointer(path),
    contract: contract.name,
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own-property test that is not fooled by keys like `constructor` or `__proto__`. */
export function hasOwn(obj: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** JSON-ish rendering of a user value for messages, kept short. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'nothing' : JSON.stringify(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}
