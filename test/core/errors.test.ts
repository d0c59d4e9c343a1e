// A bug is not a usage error: an unexpected exception exits 4 with one line that says it is a bug
// and names the version; usage (2), platform (3) and the operating system's errors (2) keep theirs.

import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli.js';
import { EXIT, exitCodeOf, failureLine, PlatformError, UsageError } from '../../src/core/errors.js';
import { TOOL_VERSION } from '../../src/core/version.js';

describe('exit codes of failures', () => {
  it('keeps usage and platform codes, treats an operating-system error as configuration, anything else as a bug', () => {
    expect(exitCodeOf(new UsageError('x'))).toBe(2);
    expect(exitCodeOf(new PlatformError('x'))).toBe(3);
    expect(exitCodeOf(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'open' }))).toBe(
      2,
    );
    expect(exitCodeOf(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(EXIT.bug);
    expect(exitCodeOf(new RangeError('Maximum call stack size exceeded'))).toBe(4);
    expect(exitCodeOf('a thrown string')).toBe(4);
  });

  it('says a bug is a bug, with the version, on one line', () => {
    const line = failureLine(new TypeError('boom'), '9.9.9');
    expect(line).toMatch(
      /^internal error in cxone-contract 9\.9\.9 \(a bug, not a problem with your contracts or configuration; please report it with this line\): TypeError: boom$/,
    );
    expect(failureLine(new UsageError('bad flag'), '9.9.9')).toBe('bad flag');
  });

  it("bounds the line, however long the message (Node's quote a path whole)", () => {
    const path = `/x/${'a'.repeat(100_000)}`;
    const err = Object.assign(new Error(`ENAMETOOLONG: name too long, open '${path}'`), {
      code: 'ENAMETOOLONG',
      syscall: 'open',
    });
    const line = failureLine(err, '9.9.9');
    expect(line.length).toBeLessThanOrEqual(2000);
    expect(line).toMatch(/^ENAMETOOLONG: name too long, open '\/x\/a+…a+'$/);
  });

  it('the CLI exits 4 on an unexpected exception and prints the bug line, no stack', async () => {
    const err: string[] = [];
    const code = await cli(['--version'], {
      out: () => {
        throw new TypeError('the writer broke');
      },
      err: (t) => void err.push(t),
      env: {},
      cwd: process.cwd(),
      color: false,
    });
    expect(code).toBe(4);
    expect(err.join('')).toBe(
      `cxone-contract: error: internal error in cxone-contract ${TOOL_VERSION} (a bug, not a problem with your contracts or configuration; please report it with this line): TypeError: the writer broke\n`,
    );
  });

  it('a failure quoting what the user typed stays one inert line (an unknown command with ESC and a newline)', async () => {
    const err: string[] = [];
    const code = await cli(['ch\u001b[2J\neck'], {
      out: () => undefined,
      err: (t) => void err.push(t),
      env: {},
      cwd: process.cwd(),
      color: false,
    });
    expect(code).toBe(2);
    expect(err.join('')).toBe(
      'cxone-contract: error: unknown command "ch\\u001b[2J\\neck" (try cxone-contract --help)\n',
    );
  });
});
