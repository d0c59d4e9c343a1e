// One product behind both fronts: every action input has its command-line flag and every flag its
// input, and the usage text lists every flag each command's parser accepts. The lists below are the
// only exceptions, each with its reason.
//
// Why this fails when an input is added without a flag: the inputs are read from action.yml itself,
// so a new input `foo` is in `inputs` below; no COMMAND_FLAGS table has `foo` (nor a FLAG_INPUT
// entry that fills it) and ACTION_ONLY has no `foo`, so the first test's `missing` is ['foo'].
// A new flag without an input (and not in CLI_ONLY) fails the second test the same way, and a flag
// added to a parser but not to the usage text fails the third.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { COMMAND_FLAGS, FLAG_INPUT, SHARED_FLAGS } from '../../src/cli-flags.js';
import { USAGE } from '../../src/cli-usage.js';

const action = parseYaml(await readFile(join(import.meta.dirname, '../../action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};
const inputs = Object.keys(action.inputs);

/** Inputs the command line takes from the environment instead of a flag: the variable must be in the usage text. */
const FROM_ENV: Record<string, string> = {
  // The credentials: a secret on a command line is in the shell history and in `ps`; its client id goes with it.
  'client-id': 'CXONE_CLIENT_ID',
  'client-secret': 'CXONE_CLIENT_SECRET',
};

/** Action inputs with no flag, and why. */
const ACTION_ONLY: Record<string, string> = {
  mode: 'the command is the mode (check, deploy, drift)',
  'github-token': 'for the GitHub API (PR comment, labels, audit artifact, drift issue); the CLI never calls it',
  comment: 'the PR comment: the CLI has no pull request',
  'allow-breaking-label': "a pull request's label approves breaking changes: the CLI has no pull request",
  'sarif-file': 'the action writes SARIF beside its annotations; the CLI prints it with --format sarif',
  'audit-artifact': 'uploads the audit file as a workflow artifact; the CLI writes --audit-file and stops there',
  'drift-issue': 'opens a GitHub issue on drift; the CLI prints the drift report',
};

/** Flags with no action input, and why. */
const CLI_ONLY: Record<string, string> = {
  'no-color': "colours a terminal's text report; the action writes annotations and a job summary",
  out: 'export writes a contract repo; the action has no export mode',
  force: 'export over a non-empty directory; the action has no export mode',
  port: 'the emulator: a local stand-in for the platform, not a mode of the action',
  seed: 'the emulator',
  'max-page-size': 'the emulator',
  variant: 'the emulator',
};

const inputOf = (flag: string) => FLAG_INPUT[flag] ?? flag;
const allFlags = [...new Set(Object.values(COMMAND_FLAGS).flatMap((t) => Object.keys(t)))];

describe('action inputs and command-line flags', () => {
  it('every action input has a flag (or an environment variable, or is action-only with a reason)', () => {
    const filled = new Set(allFlags.map(inputOf));
    const missing = inputs.filter((i) => !filled.has(i) && !(i in FROM_ENV) && !(i in ACTION_ONLY));
    expect(missing).toEqual([]);
    for (const variable of Object.values(FROM_ENV)) expect(USAGE).toContain(variable);
  });

  it('every flag fills an action input (or is CLI-only with a reason)', () => {
    const orphans = allFlags.filter((f) => !inputs.includes(inputOf(f)) && !(f in CLI_ONLY));
    expect(orphans).toEqual([]);
  });

  it('the exception lists name only real inputs and flags, and overlap nothing', () => {
    for (const i of [...Object.keys(ACTION_ONLY), ...Object.keys(FROM_ENV)]) {
      expect(inputs, i).toContain(i);
      expect(allFlags.map(inputOf), i).not.toContain(i);
    }
    for (const f of Object.keys(CLI_ONLY)) expect(allFlags, f).toContain(f);
  });

  it('deploy takes --activation-timeout and --allow-deploy-from; drift takes --activation-timeout', () => {
    expect(Object.keys(COMMAND_FLAGS.deploy)).toEqual(
      expect.arrayContaining(['activation-timeout', 'allow-deploy-from']),
    );
    expect(Object.keys(COMMAND_FLAGS.drift)).toContain('activation-timeout');
  });
});

describe('the usage text lists every flag each command accepts', () => {
  /** A command's lines: from `  cxone-contract CMD ` to the next command. */
  const section = (command: string) => {
    const lines = USAGE.split('\n');
    const start = lines.findIndex((l) => l.startsWith(`  cxone-contract ${command} `));
    expect(start, command).toBeGreaterThanOrEqual(0);
    const end = lines.findIndex((l, i) => i > start && (l.startsWith('  cxone-contract ') || !l.startsWith(' ')));
    return lines.slice(start, end).join('\n');
  };
  const named = (text: string) => new Set([...text.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]!));

  for (const [command, table] of Object.entries(COMMAND_FLAGS)) {
    it(command, () => {
      const text = section(command);
      const inherits = /\[check's flags except ([^\]]*)\]/.exec(text);
      const listed = named(inherits ? text.replace(inherits[0], '') : text);
      if (inherits) {
        const except = named(inherits[1]!);
        // "check's flags except X": the command takes every check flag but exactly X.
        for (const f of named(section('check'))) if (!except.has(f)) listed.add(f);
        const checkOnly = Object.keys(COMMAND_FLAGS.check).filter((f) => !(f in SHARED_FLAGS));
        expect([...except].sort(), command).toEqual(checkOnly.sort());
        for (const f of except) expect(Object.keys(table), command).not.toContain(f);
      }
      const accepted = Object.keys(table);
      expect(
        accepted.filter((f) => !listed.has(f)),
        `${command}: accepted, not in usage`,
      ).toEqual([]);
      // And nothing listed for the command that its parser refuses.
      expect(
        [...listed].filter((f) => !accepted.includes(f)),
        `${command}: in usage, refused`,
      ).toEqual([]);
    });
  }

  it('--token-request-format and --no-color are listed', () => {
    expect(USAGE).toContain('--token-request-format form|json');
    expect(USAGE).toContain('--no-color');
  });
});
