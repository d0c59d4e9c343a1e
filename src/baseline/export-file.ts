// Read a registry export (`GET /api/v2/eventbridge/schemas?export=true`, saved to a file) as the
// live baseline. A broken export is a usage error (exit 2): the user pointed us at it.

import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { DEFAULT_LIMITS } from '../contracts/limits.js';
import { nestingDepth } from '../core/depth.js';
import { UsageError } from '../core/errors.js';
import { SCHEMA_PLATFORM_FIELDS, type LiveSchema, type LiveState } from './types.js';

export async function readExportFile(path: string, cwd = process.cwd()): Promise<LiveState> {
  const shown = relative(cwd, path) || path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`registry-export: cannot read ${shown} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return parseExport(text, shown);
}

export function parseExport(text: string, shown: string): LiveState {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`registry-export: ${shown} is not valid JSON (${(err as Error).message})`);
  }
  const entities = (data as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(entities)) {
    throw new UsageError(`registry-export: ${shown} has no "entities" array (expected the registry export: {"entities": [...]})`);
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
