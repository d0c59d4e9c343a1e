// One product behind both fronts: every action input has its command-line flag and every flag its
// input, and each command's help lists exactly the flags its parser accepts. The lists below are the
// only exceptions, each with its reason.
//
// Why this fails when an input is added without a flag: the inputs are read from action.yml itself,
// so a new input `foo` is in `inputs` below; no COMMAND_FLAGS table has `foo` (nor a FLAG_INPUT
// entry that fills it) and ACTION_ONLY has no `foo`, so the first test's `missing` is ['foo'].
// A new flag without an input (and not in CLI_ONLY) fails the second test the same way; a flag
// added to a parser is in its command's help by construction (src/cli-help.ts prints the table), and
// one without its line in FLAG_DOCS does not compile (test/cli/help.test.ts checks the rest).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { COMMAND_FLAGS, FLAG_INPUT, type Command } from '../../src/cli-flags.js';
import { commandHelp, usage } from '../../src/cli-help.js';

const action = parseYaml(await readFile(join(import.meta.dirname, '../../action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};
const inputs = Object.keys(action.inputs);

/** Inputs the command line takes from the environment, not a flag: the variable is in the usage text and the help. */
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
    for (const variable of Object.values(FROM_ENV)) {
      expect(usage()).toContain(variable);
      for (const command of ['check', 'deploy', 'drift', 'export'] as const)
        expect(commandHelp(command), `${command}: ${variable}`).toContain(variable);
    }
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

describe("each command's help lists exactly the flags its parser accepts", () => {
  /** The flags a command's help lists: its `flags:` section, `  --name VALUE  text` per line. */
  const listed = (command: Command) => {
    const help = commandHelp(command);
    const section = help.slice(help.indexOf('\nflags:\n'), help.indexOf('\n\n', help.indexOf('\nflags:\n') + 1));
    return [...section.matchAll(/^ {2}--([a-z][a-z-]*)/gm)].map((m) => m[1]!);
  };

  for (const [command, table] of Object.entries(COMMAND_FLAGS)) {
    it(command, () => {
      expect(listed(command as Command)).toEqual(Object.keys(table));
    });
  }

  it('--token-request-format and --no-color are listed', () => {
    expect(commandHelp('check')).toContain('--token-request-format form|json');
    for (const command of Object.keys(COMMAND_FLAGS)) expect(commandHelp(command as Command)).toContain('--no-color');
  });
});
