// invalid-version: cxoneVersion is what the deploy compares with the live version; it must be semver.

import semverValid from 'semver/functions/valid.js';
import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { defineRules } from '../../core/rule.js';
import { report, show } from '../context.js';

export const rules = defineRules({
  invalidVersion: {
    id: 'invalid-version',
    raisedBy: () => checkVersion,
    test: 'test/lint/schema.test.ts',
    severity: 'error',
    summary: '`cxoneVersion` is present and a valid semantic version (MAJOR.MINOR.PATCH).',
    doc:
      'Every schema carries `cxoneVersion`, a semantic version the platform stores with it; a deploy must raise it ' +
      'above the live version, and the compatibility check reads the kind of bump (major, minor, patch). The value must ' +
      'be a plain semver string such as `1.4.0` or `2.0.0-rc.1`: no leading `v` or `=`, no surrounding spaces, and ' +
      'quoted in YAML if it could be read as a number (`1.0` is a float, and not semver either).',
    fix: 'Set `cxoneVersion: "MAJOR.MINOR.PATCH"`, e.g. "1.0.0" for a new schema.',
  },
});

export function checkVersion(contract: Contract): Finding[] {
  const v = contract.doc.cxoneVersion;
  if (v === undefined) {
    return [
      report(
        rules.invalidVersion,
        contract,
        ['cxoneVersion'],
        'cxoneVersion is missing; add a semantic version such as "1.0.0"',
      ),
    ];
  }
  // semverValid also accepts "v1.2.3" and " 1.2.3 "; the platform stores the string as written,
  // so we require the canonical spelling and suggest it.
  let hint = '';
  if (typeof v === 'string') {
    const canonical = v.trim().replace(/^[=v\s]+/i, '');
    if (canonical === v && semverValid(v) !== null) return [];
    if (semverValid(canonical) !== null) hint = ` (write "${canonical}")`;
  }
  return [
    report(
      rules.invalidVersion,
      contract,
      ['cxoneVersion'],
      `cxoneVersion ${show(v)} is not a valid semantic version MAJOR.MINOR.PATCH${hint}`,
    ),
  ];
}
