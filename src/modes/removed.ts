// schema-removed: against the repo at another commit (a git baseline), a schema title that commit
// holds and the working tree does not. Titles are identities on the platform, so a title change is
// a removal plus a create, never a new version; where the new schema sits in the old file, or has
// the old content under a new title, the finding says it looks renamed. A file moved with its
// title is no change at all (schemas are matched by title, not by path).

import { sameContent } from '../core/canonical.js';
import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { defineRules, finding } from '../core/rule.js';
import type { LiveState } from '../baseline/types.js';

export const removalRules = defineRules({
  schemaRemoved: {
    id: 'schema-removed',
    raisedBy: () => removedSchemas,
    test: 'test/e2e/git-baseline.test.ts',
    severity: 'warning',
    summary: 'A schema of the git baseline is not in the working tree any more: removed, or its title changed.',
    doc:
      "Checked against the repo at another commit (`--against`, or a pull request's base commit). A schema is known " +
      'to the platform by its `title`: a file deleted from the repo leaves the schema live (the deploy never deletes; ' +
      'the nightly drift run then reports it as live only), and a changed title is a new schema beside the old one, ' +
      'not a new version of it: the consumers of the old title keep receiving the old shape. When the new schema sits ' +
      'in the old file, or has the old content under a new title, the finding says it looks renamed and points at the new title. ' +
      'A file moved or renamed with its title kept is not a change.',
    fix: 'To change the schema, keep its title and bump cxoneVersion; to ship a breaking version under a new title on purpose, keep the old file until its consumers have moved, then retire the old schema on the platform.',
  },
});

/** Fields that do not make a schema another one: a rename that also touched them is still a rename. */
const IDENTITY_ASIDE: ReadonlySet<string> = new Set(['title', 'description', 'cxoneVersion', '$id', '$comment']);

/**
 * `files`: every contract path of the working tree, parsed or not (a file that does not parse has
 * its own findings).
 */
export function removedSchemas(
  contracts: readonly Contract[],
  files: readonly string[],
  live: LiveState | undefined,
): Finding[] {
  if (!live?.repo) return [];
  const schemas = contracts.filter((c) => c.kind === 'schema');
  const titles = new Set(schemas.map((c) => c.name));
  const parsed = new Set(contracts.map((c) => c.file));
  const unparsed = new Set(files.filter((f) => !parsed.has(f)));
  const created = schemas.filter((c) => !live.schemas.has(c.name));
  const at = live.source.replace(/^git:/, '').slice(0, 12);
  const out: Finding[] = [];
  for (const [title, old] of live.schemas) {
    // Still there but unreadable: its own findings say why; whether the title changed is unknown.
    if (titles.has(title) || (old.file !== undefined && unparsed.has(old.file))) continue;
    const renamed =
      created.find((c) => c.file === old.file) ?? created.find((c) => sameContent(c.doc, old.doc, IDENTITY_ASIDE));
    if (renamed) {
      const how = renamed.file === old.file ? 'in the same file' : `with the same content, now in ${renamed.file}`;
      out.push(
        finding(removalRules.schemaRemoved, {
          file: renamed.file,
          pointer: '/title',
          contract: title,
          message:
            `title "${title}" (at ${at}) looks renamed to "${renamed.name}" (${how}): a new title is a new schema on the platform, ` +
            `not a new version of "${title}", which stays live with its consumers; keep the title to evolve the schema`,
        }),
      );
    } else {
      out.push(
        finding(removalRules.schemaRemoved, {
          file: old.file ?? title,
          line: 1,
          column: 1,
          contract: title,
          message: `schema "${title}" (${old.file ?? 'a file'} at ${at}) is no longer in the repo: the deploy does not delete it, it stays live and unguarded`,
        }),
      );
    }
  }
  return out;
}
