/** Where a rule's raising function is declared: file from the repo root, 1-based line, function name. */
export interface RaiserLocation {
  file: string;
  line: number;
  name: string;
}

/** Every `raisedBy` in src/, resolved by the TypeScript compiler: rule id -> location. */
export function raiserLocations(root?: string): Map<string, RaiserLocation>;
