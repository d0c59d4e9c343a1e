// The platform's versioning rules for `cxoneVersion` against the live version: it must increase
// when the schema changes — patch for annotations only, minor for compatible changes and for
// deprecations (`x-cxone-deprecated-fields`), major for (approved) breaking ones — never decrease,
// and stay put when nothing changed.

import semverEq from 'semver/functions/eq.js';
import semverInc from 'semver/functions/inc.js';
import semverLt from 'semver/functions/lt.js';
import semverMajor from 'semver/functions/major.js';
import semverMinor from 'semver/functions/minor.js';
import semverValid from 'semver/functions/valid.js';
import { sameContent } from '../core/canonical.js';
import type { Finding } from '../core/finding.js';
import { defineRules, finding } from '../core/rule.js';
import type { Change } from './change.js';
import type { Verdict } from './policy.js';
import { PLATFORM_FIELDS } from './schema-model.js';

export const versionRules = defineRules({
  versionNotBumped: {
    id: 'version-not-bumped',
    raisedBy: () => checkVersion,
    test: 'test/evolution/platform.test.ts',
    severity: 'error',
    summary: 'The schema changed but `cxoneVersion` is the same as the live version.',
    doc: 'Consumers and the platform tell versions apart by `cxoneVersion`. Two different schemas under one version make events ambiguous, and the platform rejects the update.',
    fix: 'Bump `cxoneVersion`: patch for description-only changes, minor for compatible ones and for deprecating a field, major for approved breaking ones.',
  },
  versionDecreased: {
    id: 'version-decreased',
    raisedBy: () => checkVersion,
    test: 'test/evolution/platform.test.ts',
    severity: 'error',
    summary: '`cxoneVersion` is lower than the live version.',
    doc: 'Versions only move forward; a lower version usually means the branch is behind the live registry (someone deployed since).',
    fix: 'Rebase on the live state and set `cxoneVersion` above the live version.',
  },
  versionBumpTooSmall: {
    id: 'version-bump-too-small',
    raisedBy: () => checkVersion,
    test: 'test/evolution/platform.test.ts',
    severity: 'error',
    summary: 'The version bump is smaller than the change needs.',
    doc: 'Semantic versions tell consumers what to expect: a patch only touches annotations, a minor adds compatibly or deprecates a field (listing it in `x-cxone-deprecated-fields` announces its removal, which consumers act on), a major breaks. A breaking change shipped as a minor version surprises every consumer that pins to a major version.',
    fix: 'Bump the part the change requires (the message says which), or make the change smaller.',
  },
  versionBumpedWithoutChange: {
    id: 'version-bumped-without-change',
    raisedBy: () => checkVersion,
    test: 'test/evolution/platform.test.ts',
    severity: 'warning',
    summary: '`cxoneVersion` changed but the schema did not.',
    doc: 'A new version with identical content makes consumers look for a change that is not there, and churns the registry.',
    fix: 'Keep the live version until the schema actually changes.',
  },
});

const DEPRECATED = 'x-cxone-deprecated-fields';

const LEVELS = ['none', 'patch', 'minor', 'major'] as const;
type Level = (typeof LEVELS)[number];

export interface VersionContext {
  file: string;
  contract: string;
}

/** Findings about cxoneVersion, given the changes and their verdicts under the policy. */
export function checkVersion(
  oldDoc: Record<string, unknown>,
  newDoc: Record<string, unknown>,
  changes: { change: Change; verdict: Verdict }[],
  ctx: VersionContext,
): Finding[] {
  const live = semverValid(asString(oldDoc.cxoneVersion));
  const repo = semverValid(asString(newDoc.cxoneVersion));
  if (!live || !repo) return []; // an invalid version is a lint finding (invalid-version)
  const at = { file: ctx.file, contract: ctx.contract, pointer: '/cxoneVersion' };
  const needed = requiredLevel(oldDoc, newDoc, changes);
  if (semverLt(repo, live)) {
    return [
      finding(versionRules.versionDecreased, {
        ...at,
        message: `cxoneVersion ${repo} is lower than the live version ${live}`,
      }),
    ];
  }
  if (needed === 'none') {
    return semverEq(repo, live)
      ? []
      : [
          finding(versionRules.versionBumpedWithoutChange, {
            ...at,
            message: `cxoneVersion changed ${live} -> ${repo} but the schema is unchanged`,
          }),
        ];
  }
  if (semverEq(repo, live)) {
    return [
      finding(versionRules.versionNotBumped, {
        ...at,
        message: `the schema changed but cxoneVersion is still ${live}; a ${needed} bump is needed (${bumped(live, needed)})`,
      }),
    ];
  }
  const actual = bumpLevel(live, repo);
  if (LEVELS.indexOf(actual) < LEVELS.indexOf(needed)) {
    return [
      finding(versionRules.versionBumpTooSmall, {
        ...at,
        message: `cxoneVersion ${live} -> ${repo} is a ${actual} bump, but the change needs a ${needed} bump (${bumped(live, needed)}${needed === 'major' ? ', once the breaking change is approved' : ''})`,
      }),
    ];
  }
  return [];
}

function requiredLevel(
  oldDoc: Record<string, unknown>,
  newDoc: Record<string, unknown>,
  changes: { change: Change; verdict: Verdict }[],
): Level {
  if (changes.some((c) => c.verdict === 'breaking')) return 'major';
  // A deprecation is information consumers act on (stop reading the field), like a new feature.
  if (changes.some((c) => c.change.kind !== 'annotation-changed') || deprecationsChanged(oldDoc, newDoc))
    return 'minor';
  if (changes.length > 0) return 'patch';
  // Only keywords the walker ignores (x-* extensions such as new deprecations) changed.
  return sameContent(oldDoc, newDoc, PLATFORM_FIELDS) ? 'none' : 'patch';
}

/** Whether the set of names in `x-cxone-deprecated-fields` differs (order does not matter). */
function deprecationsChanged(oldDoc: Record<string, unknown>, newDoc: Record<string, unknown>): boolean {
  const names = (doc: Record<string, unknown>): Set<string> => {
    const list = doc[DEPRECATED];
    return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
  };
  const a = names(oldDoc);
  const b = names(newDoc);
  return a.size !== b.size || [...a].some((n) => !b.has(n));
}

function bumpLevel(from: string, to: string): Level {
  if (semverMajor(to) > semverMajor(from)) return 'major';
  if (semverMinor(to) > semverMinor(from)) return 'minor';
  return 'patch';
}

function bumped(v: string, level: Level): string {
  return `e.g. ${semverInc(v, level === 'none' ? 'patch' : level)}`;
}

function asString(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
