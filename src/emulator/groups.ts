// Filter groups (routing groups): membership read with pagination, replaced by assignment.

import type { Route } from './context.js';
import { ApiError, isRecord } from './http.js';
import { offsetPage, pageBody, pageSize } from './pagination.js';

const PATH = '/api/v2/event-processing/filter-groups/:group/filters';

export const groupRoutes: Route[] = [
  {
    method: 'GET',
    pattern: PATH,
    scope: 'event-processing:read',
    handler: (ctx, req) => {
      const group = req.params.group!;
      const size = pageSize(req.query, 'page_size', 100, 1000);
      // A group nobody assigned yet is empty, not missing: deploys assign new groups.
      const page = offsetPage(ctx.state.groups.get(group) ?? [], size, req.query.get('cursor'), `group:${group}`);
      return {
        status: 200,
        body: pageBody(ctx.variant, { group_id: group, filter_ids: page.items }, page.next_cursor),
      };
    },
  },
  {
    method: 'PUT',
    pattern: PATH,
    scope: 'event-processing:write',
    handler: (ctx, req) => {
      const group = req.params.group!;
      const body = req.json();
      const ids = isRecord(body) ? body.filter_ids : undefined;
      if (!Array.isArray(ids) || !ids.every((x): x is string => typeof x === 'string')) {
        throw new ApiError(400, 'BAD_REQUEST', 'the body must be {"filter_ids": ["<filter id>", ...]}');
      }
      const unknown = ids.filter((id) => !ctx.state.filters.has(id));
      if (unknown.length > 0) {
        throw new ApiError(
          400,
          'UNKNOWN_FILTER',
          `no such filter: ${unknown.join(', ')}`,
          unknown.map((id) => ({ filter_id: id, message: 'does not exist' })),
        );
      }
      const members = [...new Set(ids)];
      ctx.state.groups.set(group, members);
      ctx.record({
        actor: req.actor,
        source: 'api',
        action: 'assign',
        entity_kind: 'group',
        entity_id: group,
        filter_ids: [...members],
        before_version: null,
        after_version: null,
      });
      return { status: 200, body: { group_id: group, filter_ids: members } };
    },
  },
];
