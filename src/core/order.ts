// The one string order of everything the product lists (findings, changes, plan rows, drift):
// UTF-16 code units. localeCompare would sort by the machine's locale (a report ordered one way on
// a laptop and another on a runner) and loads ICU's collator on first use (about 12 ms of start-up).

/** Code-unit order, for sort(): deterministic on every machine. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
