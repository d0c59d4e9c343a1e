// Read a registry export (`GET /api/v2/eventbridge/schemas?export=true`, saved to a file) as the
// live baseline. A broken export is a usage error (exit 2): the user pointed us at it.
//
// The path may lie in the checkout, which a pull request controls (issue 11): there it goes
// through the bounded reader with the root as guard, so a link to /proc/self/environ or to a JSON
// file elsewhere is refused, as is a pipe, a device or a file over the cap. A path the workflow
// names outside the roots (RUNNER_TEMP, where an earlier step downloaded it) is the workflow's
// choice and is read without the root check, still bounded. A parse error gives a line and
// column, never the file's bytes.

import { DEFAULT_LIMITS } from '../contracts/limits.js';
import { readBounded } from '../core/bounded-read.js';
import { nestingDepth } from '../core/depth.js';
import { UsageError } from '../core/errors.js';
import { guardingRoot } from '../core/inside-root.js';
import { jsonErrorLocation } from '../core/json-error.js';
import { describeGiven, readProblem, resolveGiven, shownPath, type GivenPath } from '../core/paths.js';
import { SCHEMA_PLATFORM_FIELDS, type LiveSchema, type LiveState } from './types.js';

export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

export interface ReadExportOptions {
  /** A path given as a string is resolved against, and shown relative to, this (default: the process's). */
  cwd?: string;
  /** Directories a pull request controls (the repo root, the workspace): an export inside one must stay inside it. */
  roots?: readonly (string | undefined)[];
  maxBytes?: number;
}

/**
 * The export at `file`: as Settings has it (given, and resolved against the workspace or the
 * current directory), or a path. Shown relative to where it was resolved (src/core/paths.ts); a
 * file that is missing or cannot be read is named by its absolute path and what it was resolved
 * against.
 */
export async function readExportFile(file: GivenPath | string, options: ReadExportOptions = {}): Promise<LiveState> {
  const given =
    typeof file === 'string' ? resolveGiven(file, options.cwd ?? process.cwd(), 'the current directory') : file;
  const shown = shownPath(given);
  const cannot = (problem: string) =>
    new UsageError(`registry-export: cannot read ${describeGiven(given)}: ${problem}`);
  const guard = guardingRoot(options.roots ?? [], given.path);
  const bytes = await readBounded(given.path, {
    noun: 'the export file',
    maxBytes: options.maxBytes ?? MAX_EXPORT_BYTES,
    ...(guard !== undefined ? { inside: guard } : {}),
    fail: (what) => new UsageError(`registry-export: ${shown}: ${what}`),
    cannotRead: cannot,
  });
  if (bytes === undefined) throw cannot(readProblem('ENOENT'));
  return parseExport(bytes.toString('utf8'), shown);
}

export function parseExport(text: string, shown: string): LiveState {
  let data: unknown;
  const json = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(json);
  } catch (err) {
    // The engine's message quotes the text around the error: only the place is shown.
    throw new UsageError(
      `registry-export: ${shown} is not valid JSON (${jsonErrorLocation(json, (err as Error).message)})`,
    );
  }
  const entities = (data as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(entities)) {
    throw new UsageError(
      `registry-export: ${shown} has no "entities" array (expected the registry export: {"entities": [...]})`,
    );
  }
  const schemas = new Map<string, LiveSchema>();
  entities.forEach((entity, i) => {
    const live = toLiveSchema(entity);
    if (!live) throw new UsageError(`registry-export: ${shown}: entities[${i}] is not a schema object with a "title"`);
    if (schemas.has(live.title)) throw new UsageError(`registry-export: ${shown}: title "${live.title}" appears twice`);
    schemas.set(live.title, live);
  });
  return { source: `export:${shown}`, schemas };
}

export function toLiveSchema(entity: unknown): LiveSchema | undefined {
  if (entity === null || typeof entity !== 'object' || Array.isArray(entity)) return undefined;
  const { title } = entity as { title?: unknown };
  if (typeof title !== 'string' || title === '') return undefined;
  const doc: Record<string, unknown> = { ...(entity as Record<string, unknown>) };
  for (const f of SCHEMA_PLATFORM_FIELDS) delete doc[f];
  const { id, etag } = entity as { id?: unknown; etag?: unknown };
  return {
    title,
    ...(typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : {}),
    ...(typeof etag === 'string' ? { etag } : {}),
    doc,
    ...(nestingDepth(doc, LIVE_SCHEMA_MAX_DEPTH) > LIVE_SCHEMA_MAX_DEPTH ? { tooDeep: true as const } : {}),
  };
}

/**
 * A live schema comes from the tenant as JSON (JSON.parse is not recursive), not through the
 * YAML loader, so nothing bounded its depth: bound it like a contract file. Deeper schemas are
 * kept (the platform has them) but marked, and never compared.
 */
export const LIVE_SCHEMA_MAX_DEPTH = DEFAULT_LIMITS.maxDepth;
