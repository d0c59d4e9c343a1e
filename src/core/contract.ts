// A Contract is one parsed file of the contract repo: an event schema or an event filter.

export type ContractKind = 'schema' | 'filter';

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface Contract {
  kind: ContractKind;
  /** Schema `title` or filter `name`; falls back to the file's base name when missing. */
  name: string;
  /** Path relative to the repo root, forward slashes. */
  file: string;
  /** The parsed document (plain JSON data). */
  doc: Record<string, unknown>;
  /**
   * Source position of the node at `pointer`; for a pointer that does not exist, the position
   * of its nearest existing ancestor. Read from a compact index of the file's YAML events, kept
   * with the contract (see contracts/locate.ts).
   */
  locate(pointer: string): Position;
}
