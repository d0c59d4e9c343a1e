// Whether the command line colours what it prints: one decision for every command, from its
// --no-color, the environment (https://no-color.org, FORCE_COLOR as Node and most tools read it)
// and whether stdout is a terminal. Only the text report is coloured (src/report/text.ts).

/**
 * `--no-color` -> no colour; else NO_COLOR set and not empty -> none; else FORCE_COLOR set: `0` or
 * `false` -> none, any other value (the empty one too, as Node reads it) -> colour even when stdout
 * is not a terminal; else colour exactly when stdout is a terminal.
 */
export function colorWanted(noColorFlag: boolean | undefined, env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  return stdoutIsTTY;
}
