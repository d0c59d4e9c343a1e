// The release notes of one version: the body of its `## [X.Y.Z]` section in CHANGELOG.md (Keep a
// Changelog). release.yml runs it so a tag without a changelog section is never released.
// Usage: node scripts/changelog-section.mjs VERSION [CHANGELOG] (a leading `v` is dropped);
// prints the body, exits 1 when the section is missing or empty.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The trimmed body of the version's section, or undefined when there is none (or it is empty). */
export function changelogSection(text, version) {
  const want = String(version).replace(/^v/, '');
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => {
    const m = /^## \[([^\]]+)\]/.exec(l);
    return m !== null && m[1] === want;
  });
  if (start < 0) return undefined;
  const body = [];
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    // The link references at the foot of the file belong to no section.
    if (/^\[[^\]]+\]:\s/.test(line)) continue;
    body.push(line);
  }
  const out = body.join('\n').trim();
  return out === '' ? undefined : out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [version, file = join(ROOT, 'CHANGELOG.md')] = process.argv.slice(2);
  if (!version) {
    console.error('usage: node scripts/changelog-section.mjs VERSION [CHANGELOG]');
    process.exit(2);
  }
  const section = changelogSection(readFileSync(file, 'utf8'), version);
  if (section === undefined) {
    console.error(`${file}: no "## [${version.replace(/^v/, '')}]" section with content`);
    process.exit(1);
  }
  console.log(section);
}
