// A side whose values are listed (`enum`, `const`) is judged by its values, not keyword by
// keyword: L(old) ⊆ L(new) iff every old value is valid under the new node, and the reverse. The
// keyword view would read `{items: .., contains: ..}` -> `{const: {}}` as `contains` removed plus
// an enum added, though {} was valid before and is the only value now. Used only when the values
// are few and the checker (../value-check.ts) is sure of each; otherwise the families judge.

import type { Visit } from '../walk.js';
import { validValue } from '../value-check.js';
import { enumKey, finiteValues, listValues } from './enums.js';
import { subject } from './shared.js';

/** Lists longer than this are left to the enums family (a value check each would cost too much). */
const MAX_VALUES = 64;

export function judgedByValues(v: Visit): boolean {
  let before = listed(v.old);
  let after = listed(v.new);
  if (before === undefined && after === undefined) return false;
  // A side without a list whose values are few anyway (null, booleans) lists them.
  before ??= finiteValues(v.old);
  after ??= finiteValues(v.new);
  const where = subject(v);
  if (before !== undefined && before.every((x) => validValue(v.new, x) === true)) {
    // No live value is lost; the new node may accept more.
    if (after !== undefined && after.every((x) => validValue(v.old, x) === true)) return true;
    if (after === undefined) {
      v.emit(
        'enum-removed',
        `the list of allowed values of ${where} was removed (each of them stays valid); consumers on the old schema may reject other values`,
        { at: [], oldAt: listAt(v.old), old: before },
      );
    } else {
      const gained = after.filter((x) => validValue(v.old, x) !== true);
      v.emit(
        'enum-extended',
        `allowed values of ${where} extended: ${listValues(gained)} added; consumers on the old schema may reject ${gained.length === 1 ? 'it' : 'them'}`,
        { at: listAt(v.new), oldAt: listAt(v.old), old: before, new: after },
      );
    }
    return true;
  }
  if (after !== undefined && after.every((x) => validValue(v.old, x) === true)) {
    // Every value now allowed was allowed before: the node only narrowed.
    if (before === undefined) {
      v.emit('enum-added', `${where} is now restricted to ${listValues(after)}; other live values will be rejected`, {
        at: listAt(v.new),
        oldAt: [],
        new: after,
      });
    } else {
      const lost = before.filter((x) => validValue(v.new, x) !== true);
      v.emit(
        'enum-narrowed',
        `allowed values of ${where} narrowed: ${listValues(lost)} no longer valid; live events carrying ${lost.length === 1 ? 'it' : 'them'} will be rejected`,
        { at: listAt(v.new), oldAt: listAt(v.old), old: before, new: after },
      );
    }
    return true;
  }
  return false;
}

/** Where a side's values are written (the node itself when they come from its type). */
function listAt(node: Record<string, unknown>): string[] {
  return node.enum === undefined ? [] : [enumKey(node)];
}

function listed(node: Record<string, unknown>): unknown[] | undefined {
  const values = node.enum;
  return Array.isArray(values) && values.length > 0 && values.length <= MAX_VALUES ? values : undefined;
}
