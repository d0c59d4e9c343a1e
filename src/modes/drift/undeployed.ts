// drift-undeployed: a difference the repo is ahead in, not a live edit. After the items are
// attributed, a drift-modified or drift-version-mismatch item becomes drift-undeployed when the
// repo's cxoneVersion is above the live one, or when the item's newest audit entry is this tool's
// own client (the deploy's or the check's): nobody changed it live since our last write.

import semverGt from 'semver/functions/gt.js';
import semverValid from 'semver/functions/valid.js';
import type { DriftItem } from './types.js';
import { driftRules } from './rules.js';

export function markUndeployed(items: DriftItem[], ourActors: readonly string[]): void {
  for (const item of items) {
    if (item.rule !== 'drift-modified' && item.rule !== 'drift-version-mismatch') continue;
    const repo = item.repoVersion !== undefined ? semverValid(item.repoVersion) : null;
    const live = item.liveVersion !== undefined ? semverValid(item.liveVersion) : null;
    const ahead = repo !== null && live !== null && semverGt(repo, live);
    const ours = item.attribution ? ourActors.includes(item.attribution.actor) : false;
    if (ahead || ours) item.rule = driftRules.driftUndeployed.id;
  }
}
