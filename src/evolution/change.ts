// What the evolution walker emits: one Change per difference between the live and the repo
// schema. Whether it breaks consumers is decided from its kind by ./policy.ts, as data.

import type { ChangeKind } from './kinds/index.js';
import { byCodeUnit } from '../core/order.js';

export type { ChangeKind };

export interface Change {
  kind: ChangeKind;
  /**
   * Pointer in the NEW document of the changed node; for removals, where the node was (locate maps
   * it to the nearest surviving parent).
   */
  pointer: string;
  /** Pointer in the OLD document. */
  oldPointer: string;
  old?: unknown;
  new?: unknown;
  /** Human sentence for this occurrence. */
  message: string;
  /** The change sits under an odd number of `not`s: its effect on validity is inverted. */
  negated?: boolean;
  /**
   * The change sits in a `oneOf` branch not provably disjoint from its siblings: a widening can
   * make an old event match two branches.
   */
  exclusive?: boolean;
  /**
   * The change counts for this direction only (it was found comparing a pair that decides only it,
   * e.g. one member of a removed anyOf).
   */
  only?: 'backward' | 'forward';
}

/** The order changes are reported in: by place in the new document, then by kind. */
export const byPlace = (a: Change, b: Change): number => byCodeUnit(a.pointer, b.pointer) || byCodeUnit(a.kind, b.kind);
