// control-character: a schema title, a filter name or a contract's file name holds a control
// character (a newline, ESC, U+2028, a bidirectional override). Such a name is printed in the log,
// the PR comment and the tenant's console; a newline in it could write a workflow command, a bidi
// override makes it read as something else. Output escapes them anyway (src/core/log-safe.ts):
// this rule says where the name is, so it gets fixed rather than escaped forever.

import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { escapeControl, hasControlCharacter } from '../core/log-safe.js';
import { defineRules } from '../core/rule.js';
import { report } from './context.js';

export const rules = defineRules({
  controlCharacter: {
    id: 'control-character',
    raisedBy: () => checkNames,
    test: 'test/lint/names.test.ts',
    severity: 'error',
    summary: 'A schema `title`, a filter `name` or a contract file name holds a control character.',
    doc:
      'Titles, names and file names are shown in logs, annotations, the PR comment and the platform console. A ' +
      'newline, carriage return or other C0/C1 control character, ESC (terminal sequences), U+2028/U+2029 or a ' +
      'bidirectional override (U+202A-U+202E, U+2066-U+2069) in one can break a line of the log into a forged ' +
      'workflow command or make the name read as something it is not. cxone-contract escapes them in every output; ' +
      'the platform may not.',
    fix: 'Remove the character (the message shows it escaped, e.g. `\\n` or `\\u202e`); rename the file if it is in the file name.',
  },
});

/** control-character findings for `c`: its title or name, and its file name. */
export function checkNames(c: Contract): Finding[] {
  const findings: Finding[] = [];
  const key = c.kind === 'schema' ? 'title' : 'name';
  const value = c.doc[key];
  if (typeof value === 'string' && hasControlCharacter(value)) {
    findings.push(
      report(
        rules.controlCharacter,
        c,
        [key],
        `${c.kind === 'schema' ? 'schema title' : 'filter name'} "${escapeControl(value)}" holds a control character`,
      ),
    );
  }
  if (hasControlCharacter(c.file)) {
    findings.push(
      report(rules.controlCharacter, c, '', `the file name "${escapeControl(c.file)}" holds a control character`),
    );
  }
  return findings;
}
