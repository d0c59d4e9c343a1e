// The layout of the locator's node index (./locate.ts): five int32 per node in document order,
// shared by the index builder and the key reader (./locate-keys.ts).

/** Offset returned when the index cannot answer exactly; the reference locator takes over. */
export const UNKNOWN = -1;

// Node record: STRIDE int32 fields.
export const STRIDE = 5;
export const META = 0; // kind | style << 3 | chomping << 6 | fast << 8 | tagged << 9 | (indent + 1) << 10
export const POS = 1; // source offset of the node as `yaml` reports it, or UNKNOWN
export const NEXT = 2; // index of the node after this one's subtree
export const A = 3; // scalar: valueStart; alias: index of the anchored node (-1 when unknown)
export const B = 4; // scalar: valueEnd

export const KIND_MASK = 7; // EVENT_ID.SEQUENCE/MAPPING/SCALAR/ALIAS (2..5) fit in three bits
export const FAST = 1 << 8;
export const TAGGED = 1 << 9;

/** A document's nodes, in document order (a collection is followed by its children). */
export interface LocateIndex {
  nodes: Int32Array;
}
