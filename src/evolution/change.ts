// What the evolution walker emits: one Change per difference between the live and the repo schema.
// Whether a change breaks consumers is decided from the change kind by ./policy.ts, as data.

export const CHANGE_KINDS = [
  'property-removed',
  'deprecated-property-removed',
  'required-removed',
  'type-changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  kind: ChangeKind;
  /** Pointer of the changed node (in the repo schema; for removals, in the live one). */
  pointer: string;
  old?: unknown;
  new?: unknown;
}
