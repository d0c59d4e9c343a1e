// The live baseline from the platform itself: the whole registry export, every page, through the
// client (OAuth, retries, pagination). Unreachable or refusing → PlatformError (exit 3); never a
// silent fallback: an explicit registry-export file is the offline path.

import { PlatformError } from '../core/errors.js';
import type { CxoneClient } from '../cxone/index.js';
import { toLiveSchema } from './export-file.js';
import type { LiveSchema, LiveState } from './types.js';

export async function fetchLiveState(client: CxoneClient, baseUrl: string, pageSize?: number): Promise<LiveState> {
  const entities = await client.exportSchemas(pageSize ? { pageSize } : {});
  const schemas = new Map<string, LiveSchema>();
  entities.forEach((entity, i) => {
    const live = toLiveSchema(entity);
    if (!live)
      throw new PlatformError(
        `GET /api/v2/eventbridge/schemas?export=true: entity ${i} of the export has no "title"; the registry answered something this tool does not understand`,
      );
    if (schemas.has(live.title))
      throw new PlatformError(
        `GET /api/v2/eventbridge/schemas?export=true: the export lists the title "${live.title}" twice`,
      );
    schemas.set(live.title, live);
  });
  return { source: `api:${baseUrl}`, schemas };
}
