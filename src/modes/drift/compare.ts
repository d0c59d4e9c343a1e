// Live tenant vs repo, item by item (pure): modified out of band, version mismatch, live only,
// repo only. Content is compared without cxoneVersion (a version names content, it is not content);
// the version is then compared on its own.

import { sameContent } from '../../core/canonical.js';
import type { Contract } from '../../core/contract.js';
import { breaksBackward, compareSchemas } from '../../evolution/index.js';
import { assignPaths, FILTER_DIR, SCHEMA_DIR } from '../../core/contract-paths.js';
import { fieldDiff } from './field-diff.js';
import { filterContent, type LiveTenant } from '../../baseline/index.js';
import type { DriftChange, DriftItem } from './types.js';
import { driftRules } from './rules.js';
import { byCodeUnit } from '../../core/order.js';

const VERSION = new Set(['cxoneVersion']);

export function compareTenant(contracts: readonly Contract[], live: LiveTenant): DriftItem[] {
  const items: DriftItem[] = [];
  const repoSchemas = byName(contracts, 'schema');
  const repoFilters = byName(contracts, 'filter');
  const schemaPaths = assignPaths(live.schemas.keys(), SCHEMA_DIR, 'schema');
  const filterPaths = assignPaths(live.filters.keys(), FILTER_DIR, 'filter');

  for (const [title, l] of live.schemas) {
    const c = repoSchemas.get(title);
    const liveId = l.id !== undefined ? { liveId: l.id } : {};
    const liveVersion = versionOf(l.doc);
    if (!c) {
      items.push({
        rule: driftRules.driftLiveOnly.id,
        kind: 'schema',
        name: title,
        file: schemaPaths.get(title)!,
        pointer: '',
        ...liveId,
        ...opt('liveVersion', liveVersion),
      });
      continue;
    }
    const repoVersion = versionOf(c.doc);
    const versions = { ...opt('repoVersion', repoVersion), ...opt('liveVersion', liveVersion) };
    const sameBody = sameContent(c.doc, l.doc, VERSION);
    if (sameBody && repoVersion === liveVersion) continue;
    if (sameBody) {
      items.push({
        rule: driftRules.driftVersionMismatch.id,
        kind: 'schema',
        name: title,
        file: c.file,
        pointer: '/cxoneVersion',
        ...liveId,
        ...versions,
      });
      continue;
    }
    const outOfBand = compareSchemas(c.doc, l.doc);
    const changes = { outOfBand: outOfBand.map(show), deploy: compareSchemas(l.doc, c.doc).map(show) };
    // Same version, other content: an edit made without a version bump.
    const rule = repoVersion === liveVersion ? driftRules.driftVersionMismatch.id : driftRules.driftModified.id;
    // Differences the engine does not name (vendor keywords it skips) are still shown, field by field.
    const fields = outOfBand.length === 0 ? { fields: fieldDiff(c.doc, l.doc) } : {};
    items.push({
      rule,
      kind: 'schema',
      name: title,
      file: c.file,
      pointer: outOfBand[0]?.oldPointer ?? fields.fields?.[0]?.pointer ?? '',
      ...liveId,
      ...versions,
      changes,
      ...fields,
    });
  }
  for (const [title, c] of repoSchemas) {
    if (!live.schemas.has(title))
      items.push({
        rule: driftRules.driftRepoOnly.id,
        kind: 'schema',
        name: title,
        file: c.file,
        pointer: '',
        ...opt('repoVersion', versionOf(c.doc)),
      });
  }

  for (const [name, l] of live.filters) {
    const c = repoFilters.get(name);
    const liveId = l.id !== undefined ? { liveId: l.id } : {};
    if (!c) {
      items.push({
        rule: driftRules.driftLiveOnly.id,
        kind: 'filter',
        name,
        file: filterPaths.get(name)!,
        pointer: '',
        ...liveId,
      });
      continue;
    }
    // The contract's fields, as the plan and the deploy read them: a field lint refuses is not drift.
    const ours = filterContent(c.doc);
    if (sameContent(ours, l.doc)) continue;
    const fields = fieldDiff(ours, l.doc);
    items.push({
      rule: driftRules.driftModified.id,
      kind: 'filter',
      name,
      file: c.file,
      pointer: fields[0]?.pointer ?? '',
      ...liveId,
      fields,
    });
  }
  for (const [name, c] of repoFilters) {
    if (!live.filters.has(name))
      items.push({ rule: driftRules.driftRepoOnly.id, kind: 'filter', name, file: c.file, pointer: '' });
  }
  return items;
}

function byName(contracts: readonly Contract[], kind: Contract['kind']): Map<string, Contract> {
  // A duplicate name is a lint finding of the check; drift compares the first file (sorted by path).
  const out = new Map<string, Contract>();
  for (const c of [...contracts].sort((a, b) => byCodeUnit(a.file, b.file)))
    if (c.kind === kind && !out.has(c.name)) out.set(c.name, c);
  return out;
}

function show(
  c: { kind: string; pointer: string; message: string } & Parameters<typeof breaksBackward>[0],
): DriftChange {
  return { kind: c.kind, pointer: c.pointer, message: c.message, breaking: breaksBackward(c) };
}

function versionOf(doc: Record<string, unknown>): string | undefined {
  return typeof doc.cxoneVersion === 'string' ? doc.cxoneVersion : undefined;
}

function opt<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
