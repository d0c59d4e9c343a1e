// Event schemas: the registry export (keyset-paginated by title), read, create, replace.

import type { Ctx, Route } from './context.js';
import { notFound } from './audit.js';
import { ApiError, checkIfMatch, requireObject } from './http.js';
import { compareKeys, keysetPage, pageBody, pageSize } from './pagination.js';
import { nextId, SCHEMA_PLATFORM_FIELDS, schemaEntity, schemaEtag, versionOf, withoutFields } from './state.js';
import type { StoredSchema } from './types.js';
import { validateEvolution, validateSchema } from './validate.js';

const BASE = '/api/v2/eventbridge/schemas';

function find(ctx: Ctx, id: string): StoredSchema {
  const s = ctx.state.schemas.get(id);
  if (!s) throw notFound('schema', id);
  return s;
}

function titleTaken(ctx: Ctx, title: unknown, except?: string): StoredSchema | undefined {
  for (const s of ctx.state.schemas.values()) if (s.id !== except && s.doc.title === title) return s;
  return undefined;
}

const sortedByTitle = (ctx: Ctx): StoredSchema[] =>
  [...ctx.state.schemas.values()].sort(
    (a, b) => compareKeys(String(a.doc.title), String(b.doc.title)) || compareKeys(a.id, b.id),
  );

export const schemaRoutes: Route[] = [
  {
    method: 'GET',
    pattern: BASE,
    scope: 'eventbridge:schemas:read',
    handler: (ctx, req) => {
      const limit = Math.min(pageSize(req.query, 'limit', 1000, 1000), ctx.maxPageSize);
      const title = req.query.get('title');
      let all = sortedByTitle(ctx);
      if (title !== null) all = all.filter((s) => s.doc.title === title);
      const page = keysetPage(
        all,
        (s) => String(s.doc.title),
        limit,
        req.query.get('cursor'),
        `schemas:${title ?? ''}`,
      );
      return { status: 200, body: pageBody(ctx.variant, { entities: page.items.map(schemaEntity) }, page.next_cursor) };
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/:id`,
    scope: 'eventbridge:schemas:read',
    handler: (ctx, req) => {
      const s = find(ctx, req.params.id!);
      return { status: 200, body: schemaEntity(s), headers: { etag: schemaEtag(s) } };
    },
  },
  {
    method: 'POST',
    pattern: BASE,
    scope: 'eventbridge:schemas:write',
    handler: (ctx, req) => {
      const doc = withoutFields(requireObject(req.json(), 'an event schema'), SCHEMA_PLATFORM_FIELDS);
      validateSchema(doc);
      const existing = titleTaken(ctx, doc.title);
      if (existing)
        throw new ApiError(
          409,
          'DUPLICATE',
          `a schema titled "${String(doc.title)}" already exists (id ${existing.id})`,
          [{ id: existing.id, message: 'title already exists' }],
        );
      const s: StoredSchema = { id: nextId(ctx.state, 'schema'), revision: 1, doc };
      ctx.state.schemas.set(s.id, s);
      ctx.record({
        actor: req.actor,
        source: 'api',
        action: 'create',
        entity_kind: 'schema',
        entity_id: s.id,
        entity_name: String(doc.title),
        before_version: null,
        after_version: 1,
        before_cxone_version: null,
        after_cxone_version: versionOf(doc),
      });
      return { status: 201, body: schemaEntity(s), headers: { etag: schemaEtag(s), location: `${BASE}/${s.id}` } };
    },
  },
  {
    method: 'PUT',
    pattern: `${BASE}/:id`,
    scope: 'eventbridge:schemas:write',
    handler: (ctx, req) => {
      const s = find(ctx, req.params.id!);
      const current = schemaEtag(s);
      const match = checkIfMatch(req.headers, current);
      if (match === 'missing')
        throw new ApiError(
          428,
          'PRECONDITION_REQUIRED',
          'an update needs If-Match with the ETag of the version it replaces',
        );
      if (match === 'stale')
        throw new ApiError(
          412,
          'PRECONDITION_FAILED',
          `schema ${s.id} changed since it was read (current ETag ${current})`,
          [{ current_etag: current, message: 'stale If-Match' }],
        );
      const doc = withoutFields(requireObject(req.json(), 'an event schema'), SCHEMA_PLATFORM_FIELDS);
      validateSchema(doc);
      const other = titleTaken(ctx, doc.title, s.id);
      if (other)
        throw new ApiError(409, 'DUPLICATE', `another schema (id ${other.id}) is titled "${String(doc.title)}"`);
      validateEvolution(s.doc, doc);
      const before = { revision: s.revision, version: versionOf(s.doc) };
      s.doc = doc;
      s.revision += 1;
      ctx.record({
        actor: req.actor,
        source: 'api',
        action: 'update',
        entity_kind: 'schema',
        entity_id: s.id,
        entity_name: String(doc.title),
        before_version: before.revision,
        after_version: s.revision,
        before_cxone_version: before.version,
        after_cxone_version: versionOf(doc),
      });
      return { status: 200, body: schemaEntity(s), headers: { etag: schemaEtag(s) } };
    },
  },
];
