// The release notes come from CHANGELOG.md (scripts/changelog-section.mjs, run by release.yml): a
// version without a section must stop the release, and the version about to ship must have one.

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogSection } from '../../scripts/changelog-section.mjs';
import { TOOL_VERSION } from '../../src/core/version.js';

const REPO = join(import.meta.dirname, '../..');
const SCRIPT = join(REPO, 'scripts/changelog-section.mjs');
const changelog = readFileSync(join(REPO, 'CHANGELOG.md'), 'utf8');

describe('changelog-section', () => {
  it('prints the body of the 0.1.0 section, without its heading, the next section or the link references', () => {
    const out = execFileSync(process.execPath, [SCRIPT, '0.1.0'], { cwd: REPO, encoding: 'utf8' });
    expect(out).toContain('### Added');
    expect(out).not.toMatch(/^## /m);
    expect(out).not.toMatch(/^\[0\.1\.0\]:/m);
    expect(out.trim()).toBe(changelogSection(changelog, '0.1.0'));
  });

  it('takes the tag as well as the version (release.yml passes the tag)', () => {
    expect(changelogSection(changelog, 'v0.1.0')).toBe(changelogSection(changelog, '0.1.0'));
  });

  it('exits 1 with a message naming the version when it has no section', () => {
    const r = spawnSync(process.execPath, [SCRIPT, '9.9.9'], { cwd: REPO, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('## [9.9.9]');
  });

  it('stops at the next section and treats an empty section as missing', () => {
    const text = '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2026-01-02\n\n- two\n\n## [1.0.0]\n\n- one\n';
    expect(changelogSection(text, '1.1.0')).toBe('- two');
    expect(changelogSection(text, '1.0.0')).toBe('- one');
    expect(changelogSection(text, 'Unreleased')).toBeUndefined();
    // A version matches whole: 1.1.0 is no section of 1.1.0-rc.1.
    expect(changelogSection(text, '1.1.0-rc.1')).toBeUndefined();
  });

  it("has a section for package.json's version, and an Unreleased one", () => {
    expect(changelogSection(changelog, TOOL_VERSION)).toBeTruthy();
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
  });
});
