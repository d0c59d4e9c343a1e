// `cxone-contract <command> --help`: printed from the tables the parser reads, so every flag a
// command accepts is in its help and every flag its help names parses; every variable the command
// reads is documented; an unknown flag is one bounded, escaped line naming the nearest flag of that
// command (or the commands that take it); colour follows --no-color, NO_COLOR, FORCE_COLOR and the
// terminal the same way on every command.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli.js';
import { colorWanted } from '../../src/cli-color.js';
import { COMMAND_FLAGS, FLAG_DOCS, parse, type Command } from '../../src/cli-flags.js';
import { COMMAND_DOCS, COMMANDS, commandHelp, ENV_DOCS, usage } from '../../src/cli-help.js';
import { COMMAND_FORMATS } from '../../src/cli-usage.js';
import { VARIANTS } from '../../src/emulator/index.js';
import { FAIL_ON, POLICIES, TOKEN_FORMATS } from '../../src/settings/types.js';

const REPO = join(import.meta.dirname, '../..');
const EXAMPLES = join(REPO, 'examples');
const ESC = '\u001b[';

async function run(argv: string[], env: NodeJS.ProcessEnv = {}, tty = false, cwd = EXAMPLES) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env, cwd, color: tty });
  return { code, out: out.join(''), err: err.join('') };
}

const commands = Object.keys(COMMAND_FLAGS) as Command[];
const tableOf = (command: Command): Record<string, { type: string; multiple?: boolean }> => COMMAND_FLAGS[command];
/** What the command reads from the environment, by its help: its own variables and every command's. */
const envOf = (command: Command) =>
  commandHelp(command)
    .split('\n')
    .map((line) => /^ {2}([A-Z][A-Z0-9_]+) /.exec(line)?.[1])
    .filter((name) => name !== undefined);
/** A usage error: exit 2 and exactly one line on stderr. */
const oneLine = (r: { code: number; out: string; err: string }) => {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.endsWith('\n')).toBe(true);
  expect(r.err.slice(0, -1)).not.toMatch(/[\n\r]/);
  return r.err;
};

describe('<command> --help', () => {
  it('every command has its help entry, and the overview lists each one', () => {
    expect([...COMMANDS].sort()).toEqual([...commands].sort());
    for (const c of commands) expect(usage(), c).toMatch(new RegExp(`^ {2}${c}[ \\[A-Z\\]]+ {2}`, 'm'));
    expect(usage().endsWith("cxone-contract <command> --help for a command's flags\n")).toBe(true);
  });

  for (const command of commands)
    it(`${command}: --help, -h and help ${command} print its help (exit 0), with every flag and variable`, async () => {
      const help = commandHelp(command);
      for (const argv of [
        [command, '--help'],
        [command, '-h'],
        ['help', command],
      ]) {
        const r = await run(argv);
        expect({ argv, code: r.code, err: r.err }).toEqual({ argv, code: 0, err: '' });
        expect(r.out).toBe(help);
      }
      for (const [flag, option] of Object.entries(tableOf(command))) {
        const formats = (COMMAND_FORMATS as Record<string, readonly string[]>)[command];
        const value =
          option.type === 'boolean'
            ? ''
            : ` ${flag === 'format' ? formats!.join('|') : FLAG_DOCS[flag as keyof typeof FLAG_DOCS].value!}`;
        expect(help, flag).toMatch(new RegExp(`^ {2}--${flag}${value.replace(/[|.*]/g, '\\$&')}( |$)`, 'm'));
      }
      for (const name of envOf(command)) expect(help, name).toMatch(new RegExp(`^ {2}${name} `, 'm'));
      for (const code of Object.keys(COMMAND_DOCS[command].exit))
        expect(help).toMatch(new RegExp(`^ {2}${code} {2}`, 'm'));
      expect(help).toContain(`usage: cxone-contract ${command}`);
      if (command in COMMAND_FORMATS)
        expect(help).toContain(
          `--format ${(COMMAND_FORMATS as Record<string, readonly string[]>)[command]!.join('|')}`,
        );
    });

  it('help and parser agree: every flag the help names anywhere parses for that command', () => {
    for (const command of commands) {
      const named = new Set([...commandHelp(command).matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1]!));
      expect(named.size, command).toBeGreaterThan(0);
      for (const flag of named) {
        const option = tableOf(command)[flag];
        expect(option, `${command} --help names --${flag}, which its parser refuses`).toBeDefined();
        const args = option!.type === 'boolean' ? [`--${flag}`] : [`--${flag}`, 'x'];
        expect(() => parse(command, args, true), `${command} --${flag}`).not.toThrow();
      }
    }
  });

  it('every flag has its value name and line; one without fails the help, not silently', () => {
    for (const command of commands)
      for (const [flag, option] of Object.entries(tableOf(command))) {
        const doc = FLAG_DOCS[flag as keyof typeof FLAG_DOCS];
        expect(doc?.text, `--${flag}`).toMatch(/\S/);
        expect(doc?.value !== undefined, `--${flag}: a value name iff it takes a value`).toBe(option.type === 'string');
      }
    // A flag planted in a table without its line in FLAG_DOCS (the type system refuses it at
    // compile time; this is the runtime's guard).
    const demo = COMMAND_FLAGS.demo as Record<string, unknown>;
    demo['planted-flag'] = { type: 'boolean' };
    try {
      expect(() => commandHelp('demo')).toThrow('--planted-flag of demo has no help line');
    } finally {
      delete demo['planted-flag'];
    }
  });

  it('names the values the validators accept', () => {
    const check = commandHelp('check');
    for (const word of [...POLICIES, ...FAIL_ON, ...TOKEN_FORMATS]) expect(check, word).toContain(word);
    for (const variant of Object.keys(VARIANTS)) expect(commandHelp('emulator'), variant).toContain(variant);
  });

  it('documents every variable the command line reads (CXONE_*, the deploy gate and audit, colour, cache)', async () => {
    const source = (file: string) => readFile(join(REPO, 'src', file), 'utf8');
    const fn = (text: string, name: string) => text.slice(text.indexOf(`function ${name}(`)).split('\n}\n')[0]!;
    const read = (text: string) => [...text.matchAll(/env\.([A-Z][A-Z_]+)/g)].map((m) => m[1]!);
    const flags = read(await source('cli-flags.ts'));
    const context = await source('github/context.ts');
    const gate = ['readGitHubEvent', 'deployOriginOf', 'workflowRunUrl'].flatMap((f) => read(fn(context, f)));
    const color = read(await source('cli-color.ts'));
    expect(flags).toContain('CXONE_CLIENT_SECRET');
    expect(gate).toEqual(expect.arrayContaining(['GITHUB_EVENT_NAME', 'GITHUB_REF', 'GITHUB_EVENT_PATH']));
    expect(color).toEqual(['NO_COLOR', 'FORCE_COLOR']);
    for (const name of [...flags, ...gate, ...color]) expect(Object.keys(ENV_DOCS), name).toContain(name);
    for (const command of ['check', 'deploy', 'drift', 'export'] as const)
      for (const name of flags) expect(envOf(command), `${command} ${name}`).toContain(name);
    for (const name of gate) expect(envOf('deploy'), name).toContain(name);
    for (const command of commands) for (const name of color) expect(envOf(command)).toContain(name);
    // The bin reads the cache switch before any command runs (src/launcher/index.cts).
    const launcher = read(await source('launcher/index.cts'));
    expect(launcher).toEqual(['NODE_DISABLE_COMPILE_CACHE']);
    for (const command of commands) for (const name of launcher) expect(envOf(command), command).toContain(name);
  });

  it('help comes before anything is parsed or read, whatever else is on the line', async () => {
    for (const argv of [
      ['check', '--format', 'github', '--help'],
      ['check', '--root', '/nonexistent', '--bogus', '-h'],
      ['deploy', '--allow-deploy-from', '', '--help'],
      ['diff', '--help'],
      ['emulator', '--port', 'x', '--help'],
    ]) {
      const r = await run(argv);
      expect({ argv, code: r.code, err: r.err }).toEqual({ argv, code: 0, err: '' });
      expect(r.out).toBe(commandHelp(argv[0] as Command));
    }
    // After `--` it is an argument, not a request for help.
    expect(oneLine(await run(['check', '--', '--help']))).toContain('check takes no arguments: "--help"');
  });

  it('the overview: --help, -h and help (exit 0); no command at all is exit 2', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['help', 'help'], ['--help', 'help']])
      expect(await run(argv)).toEqual({ code: 0, out: usage(), err: '' });
    expect(await run([])).toEqual({ code: 2, out: usage(), err: '' });
  });

  it("--help COMMAND is that command's help, as help COMMAND is; help takes one command", async () => {
    for (const argv of [
      ['--help', 'drift'],
      ['-h', 'drift'],
    ])
      expect(await run(argv)).toEqual({ code: 0, out: commandHelp('drift'), err: '' });
    const r = await run(['help', 'check', 'extra']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('cxone-contract: error: help takes one command: cxone-contract help [COMMAND] (got 2 words)\n');
  });

  it('help of an unknown command, and an unknown command, suggest the nearest command', async () => {
    expect(oneLine(await run(['help', 'nosuch']))).toBe(
      'cxone-contract: error: help: unknown command "nosuch" (try cxone-contract --help)\n',
    );
    expect(oneLine(await run(['help', 'chek']))).toContain('help: unknown command "chek" (did you mean "check"?)');
    expect(oneLine(await run(['drfit']))).toBe(
      'cxone-contract: error: unknown command "drfit" (did you mean "drift"?) (try cxone-contract --help)\n',
    );
    expect(oneLine(await run(['emulater', '--help']))).toContain('(did you mean "emulator"?)');
  });
});

describe('unknown flags: the nearest flag of that command', () => {
  it.each([
    [
      ['check', '--fial-on', 'error'],
      'unknown flag --fial-on (did you mean --fail-on?) (try cxone-contract check --help)',
    ],
    [['deploy', '--dry-rn'], 'unknown flag --dry-rn (did you mean --dry-run?) (try cxone-contract deploy --help)'],
    [['drift', '--dead-filter-windw', '7d'], 'unknown flag --dead-filter-windw (did you mean --dead-filter-window?)'],
    [['export', '--froce'], 'unknown flag --froce (did you mean --force?)'],
    [
      ['diff', 'a.yaml', 'b.yaml', '--polcy', 'full'],
      'unknown flag --polcy (did you mean --policy?) (try cxone-contract diff --help)',
    ],
    [['rules', '--formt', 'json'], 'unknown flag --formt (did you mean --format?)'],
    [['emulator', '--prot', '0'], 'unknown flag --prot (did you mean --port?) (try cxone-contract emulator --help)'],
    [['demo', '--no-colour'], 'unknown flag --no-colour (did you mean --no-color?) (try cxone-contract demo --help)'],
    [['check', '--fail-on=error', '--NoColor'], 'unknown flag --NoColor (did you mean --no-color?)'],
    [['check', '-root', '.'], 'unknown flag -root (did you mean --root?)'],
    [['check', '--bogus'], 'unknown flag --bogus (try cxone-contract check --help)'],
  ])('%j', async (argv, message) => {
    expect(oneLine(await run(argv))).toContain(`cxone-contract: error: ${message}`);
  });

  it.each([
    [['diff', '--root', 'x', 'a', 'b'], '--root is not a flag of diff (check, deploy and drift take it)'],
    [['check', '--dry-run'], '--dry-run is not a flag of check (deploy takes it)'],
    [['check', '--activation-timeout', '60'], '--activation-timeout is not a flag of check (deploy and drift take it)'],
    [
      ['demo', '--format', 'json'],
      '--format is not a flag of demo (check, deploy, drift, export, diff and rules take it)',
    ],
    [['rules', '--port=1'], '--port is not a flag of rules (emulator takes it)'],
  ])("another command's flag: %j", async (argv, message) => {
    expect(oneLine(await run(argv))).toBe(
      `cxone-contract: error: ${message} (try cxone-contract ${argv[0]!} --help)\n`,
    );
  });

  it('a hostile flag name, value or argument gives one short, escaped line', async () => {
    const huge = 'a'.repeat(1 << 20);
    for (const argv of [
      ['check', `--${huge}`],
      ['check', `--${huge}=x`],
      ['check', `--no-color=${huge}`],
      ['check', huge],
      ['rules', `--${'\u001b[2J'.repeat(100_000)}`],
      ['help', huge],
      [huge],
    ]) {
      const line = oneLine(await run(argv));
      expect(line.length, line.slice(0, 120)).toBeLessThan(400);
      expect(line).not.toContain('\u001b');
    }
    const esc = oneLine(await run(['check', '--a\u001b[2J\nb\u202ec']));
    expect(esc).toBe(
      'cxone-contract: error: unknown flag --a\\u001b[2J\\nb\\u202ec (try cxone-contract check --help)\n',
    );
    expect(oneLine(await run(['check', `--${'x'.repeat(100)}`]))).toContain(`unknown flag --${'x'.repeat(58)}… (try`);
  });

  it("parseArgs's other refusals: a clear line naming the flag", async () => {
    expect(oneLine(await run(['check', '--root']))).toContain('error: --root needs a value: --root DIR (try');
    expect(oneLine(await run(['deploy', '--dry-run=yes']))).toContain('error: --dry-run takes no value ("yes" given)');
    expect(oneLine(await run(['check', '--max-retries', '-1']))).toContain(
      'error: --max-retries: "-1" looks like a flag; if it is the value, write --max-retries=-1',
    );
    expect(oneLine(await run(['export', 'extra']))).toContain('error: export takes no arguments: "extra"');
    // --max-retries=-1 is the value: the settings judge it, not the parser.
    expect(oneLine(await run(['check', '--max-retries=-1']))).not.toContain('looks like a flag');
  });
});

describe('colour: one decision for every command', () => {
  it.each([
    // [--no-color, env, stdout is a TTY, colour]
    [false, {}, true, true],
    [false, {}, false, false],
    [true, {}, true, false],
    [true, { FORCE_COLOR: '1' }, false, false],
    [false, { NO_COLOR: '1' }, true, false],
    [false, { NO_COLOR: '' }, true, true],
    [false, { NO_COLOR: '1', FORCE_COLOR: '1' }, false, false],
    [false, { FORCE_COLOR: '1' }, false, true],
    [false, { FORCE_COLOR: '3' }, false, true],
    [false, { FORCE_COLOR: 'true' }, false, true],
    [false, { FORCE_COLOR: '' }, false, true],
    [false, { FORCE_COLOR: '0' }, true, false],
    [false, { FORCE_COLOR: 'false' }, true, false],
    [false, { FORCE_COLOR: 'FALSE' }, true, false],
  ] as const)('--no-color %s, %j, TTY %s -> %s', (flag, env, tty, want) => {
    expect(colorWanted(flag, env, tty)).toBe(want);
  });

  it('every command accepts --no-color', () => {
    for (const command of commands) expect(tableOf(command)['no-color'], command).toEqual({ type: 'boolean' });
  });

  it('check of examples/: ESC[ exactly when the decision says so', async () => {
    const check = ['check', '--root', EXAMPLES, '--export', join(EXAMPLES, 'registry-export.json')];
    const cases: [string[], NodeJS.ProcessEnv, boolean, boolean][] = [
      [[], {}, false, false],
      [[], {}, true, true],
      [['--no-color'], {}, true, false],
      [[], { NO_COLOR: '1' }, true, false],
      [[], { FORCE_COLOR: '1' }, false, true],
      [['--no-color'], { FORCE_COLOR: '1' }, false, false],
      [[], { NO_COLOR: '1', FORCE_COLOR: '1' }, false, false],
      [[], { FORCE_COLOR: '0' }, true, false],
    ];
    for (const [flags, env, tty, want] of cases) {
      const r = await run([...check, ...flags], env, tty);
      expect(r.code, r.err).toBe(1);
      expect(r.out).toContain('errors');
      expect(r.out.includes(ESC), JSON.stringify({ flags, env, tty })).toBe(want);
      // The JSON report is never coloured.
      if (want) expect((await run([...check, ...flags, '--format', 'json'], env, tty)).out).not.toContain(ESC);
    }
  });

  it('demo, diff, rules and emulator take --no-color too', async () => {
    const forced = { FORCE_COLOR: '1' };
    expect((await run(['demo'], forced)).out).toContain(ESC);
    const demo = await run(['demo', '--no-color'], forced);
    expect(demo.code).toBe(1);
    expect(demo.out).toContain('The check fails');
    expect(demo.out).not.toContain(ESC);
    const schema = join(EXAMPLES, 'cxone/schemas/call-connected.yaml');
    expect((await run(['diff', schema, schema, '--no-color'], forced)).code).toBe(0);
    expect((await run(['rules', '--no-color'], forced)).code).toBe(0);
    // The emulator parses --no-color with its other flags, before it starts (a bad port is still refused).
    expect(oneLine(await run(['emulator', '--no-color', '--port', 'x']))).toContain('--port: "x" is not a port number');
  });
});
