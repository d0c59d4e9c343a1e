// Base URIs and dialects for the soundness generators (scripts/evolution-arbitraries.mjs): how the
// event generator follows a `$ref` the way ajv does (draft-07 `$id` scopes, plain-name anchors,
// absolute URIs of the same document, nested `$id` resources with relative refs), how the oracle
// reads a declared dialect (draft-04 by ajv-draft-04; keywords the dialect does not define
// dropped, as its validators ignore them), which documents plain ajv cannot judge, and the ajv
// set-up shared by the property test and the long run.

import { createRequire } from 'node:module';

export const MAP_KEYWORDS = ['properties', 'patternProperties', 'definitions', 'dependencies'];
export const ONE_KEYWORDS = [
  'additionalProperties',
  'propertyNames',
  'items',
  'additionalItems',
  'contains',
  'not',
  'if',
  'then',
  'else',
];
export const LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf'];

export const DRAFT_04 = 'http://json-schema.org/draft-04/schema#';
export const DRAFT_06 = 'http://json-schema.org/draft-06/schema#';
export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
/** The base URI of a document without an `$id` (ajv's is "", which resolves relative refs the same way). */
const ROOT_BASE = 'http://root.invalid/root.json';

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const noFragment = (uri) => uri.split('#')[0];

/** The subschemas directly under `s` (not through a `$ref`, whose siblings are ignored). */
function children(s) {
  const out = [];
  if (!isObj(s) || typeof s.$ref === 'string') return out;
  for (const k of MAP_KEYWORDS) {
    if (!isObj(s[k])) continue;
    for (const v of Object.values(s[k])) if (isObj(v)) out.push(v);
  }
  for (const k of ONE_KEYWORDS) {
    if (isObj(s[k])) out.push(s[k]);
    else if (k === 'items' && Array.isArray(s[k])) out.push(...s[k].filter(isObj));
  }
  for (const k of LIST_KEYWORDS) if (Array.isArray(s[k])) out.push(...s[k].filter(isObj));
  return out;
}

const scopeCache = new WeakMap();

/**
 * The resources and anchors of a document, and the base URI in force at each of its subschemas,
 * by the draft-07 rules: a non-fragment `$id` starts a resource (resolved against the enclosing
 * base), a `#name` `$id` names the node within the current resource. Draft-04 spells it `id`.
 */
export function scopesOf(doc) {
  if (!isObj(doc)) return undefined;
  const cached = scopeCache.get(doc);
  if (cached) return cached;
  const ID = dialectOf(doc) === 'draft-04' ? 'id' : '$id';
  const baseOf = new WeakMap();
  const resources = new Map();
  const anchors = new Map();
  const rootBase =
    typeof doc[ID] === 'string' && !doc[ID].startsWith('#') ? safeResolve(doc[ID], ROOT_BASE) : ROOT_BASE;
  resources.set(noFragment(rootBase ?? ROOT_BASE), doc);
  if (rootBase === undefined) return keep(doc, { baseOf, resources, anchors, rootBase: ROOT_BASE });
  const stack = [[doc, noFragment(rootBase)]];
  let budget = 10_000;
  while (stack.length > 0 && budget-- > 0) {
    const [node, outer] = stack.pop();
    let base = outer;
    if (typeof node[ID] === 'string' && typeof node.$ref !== 'string') {
      if (node[ID].startsWith('#')) anchors.set(`${base}${node[ID]}`, node);
      else {
        const uri = safeResolve(node[ID], base);
        if (uri !== undefined) {
          base = noFragment(uri);
          if (!resources.has(base)) resources.set(base, node);
        }
      }
    }
    baseOf.set(node, base);
    for (const c of children(node)) stack.push([c, base]);
  }
  return keep(doc, { baseOf, resources, anchors, rootBase: noFragment(rootBase) });
}

function keep(doc, scopes) {
  scopeCache.set(doc, scopes);
  return scopes;
}

function safeResolve(ref, base) {
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
}

/** The target of the `$ref` node `node` of `doc`, or undefined (unresolvable, or not local). */
export function resolveRef(doc, node) {
  const scopes = scopesOf(doc);
  if (!scopes || !isObj(node) || typeof node.$ref !== 'string') return undefined;
  const base = scopes.baseOf.get(node) ?? scopes.rootBase;
  const uri = safeResolve(node.$ref, base);
  if (uri === undefined) return undefined;
  const [resourceUri, fragment = ''] = [
    noFragment(uri),
    uri.includes('#') ? decodeURIComponent(uri.slice(uri.indexOf('#') + 1)) : '',
  ];
  const resource = scopes.resources.get(resourceUri);
  if (fragment === '') return resource;
  if (!fragment.startsWith('/')) return scopes.anchors.get(`${resourceUri}#${fragment}`);
  if (resource === undefined) return undefined;
  let s = resource;
  for (const part of fragment.slice(1).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (s === null || typeof s !== 'object' || !(key in s)) return undefined;
    s = s[key];
  }
  return s;
}

/** The dialect a document declares (draft-07 when it declares none). */
export function dialectOf(doc) {
  const id =
    isObj(doc) && typeof doc.$schema === 'string'
      ? doc.$schema.replace(/^https:/, 'http:').replace(/#?$/, '#')
      : DRAFT_07;
  return id === DRAFT_04 ? 'draft-04' : id === DRAFT_06 ? 'draft-06' : id === DRAFT_07 ? 'draft-07' : 'other';
}

/**
 * Why plain ajv (draft-07, with the draft-06 meta-schema) cannot judge the document, or undefined:
 * ajv 8 has no draft-04 support (its meta-schema and boolean `exclusiveMinimum` are gone), and it
 * applies `if`/`then`/`else` whatever `$schema` says, though draft-06 does not define them. The
 * soundness oracle judges both (see oracleSchema and draft04Ajv); scripts/false-alarms.mjs skips them.
 */
export function dialectUnsafe(doc, allSchemas) {
  const d = dialectOf(doc);
  if (d === 'draft-04' || d === 'other') return d;
  if (d === 'draft-06' && allSchemas.some((s) => isObj(s) && ('if' in s || 'then' in s || 'else' in s)))
    return 'draft-06 if';
  return undefined;
}

/**
 * Keywords ajv applies whatever `$schema` says, though the declared dialect does not define them
 * (its meta-schema does not list them; test/evolution/semantics/dialects.test.ts checks that):
 * ajv-draft-04 brings along draft-06's `const`, `contains`, `propertyNames` and draft-07's
 * conditional, and ajv reads `if`/`then`/`else` in draft-06. A validator of the dialect ignores them.
 */
export const UNDEFINED_KEYWORDS = {
  'draft-04': ['const', 'contains', 'propertyNames', 'if', 'then', 'else'],
  'draft-06': ['if', 'then', 'else'],
};
const CANONICAL = { 'draft-04': DRAFT_04, 'draft-06': DRAFT_06 };

/**
 * `doc` as the oracle compiles it: for draft-04 and draft-06, a copy without the keywords the
 * dialect does not define (UNDEFINED_KEYWORDS, at every node, `$ref` siblings included: ajv
 * applies those) and with `$schema` spelt as ajv knows it; any other document as it is.
 */
export function oracleSchema(doc) {
  const dialect = dialectOf(doc);
  const drop = UNDEFINED_KEYWORDS[dialect];
  if (!drop) return doc;
  const root = { ...JSON.parse(JSON.stringify(doc)), $schema: CANONICAL[dialect] };
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    for (const k of drop) delete node[k];
    for (const k of MAP_KEYWORDS) if (isObj(node[k])) stack.push(...Object.values(node[k]).filter(isObj));
    for (const k of ONE_KEYWORDS) {
      if (isObj(node[k])) stack.push(node[k]);
      else if (k === 'items' && Array.isArray(node[k])) stack.push(...node[k].filter(isObj));
    }
    for (const k of LIST_KEYWORDS) if (Array.isArray(node[k])) stack.push(...node[k].filter(isObj));
  }
  return root;
}

const require = createRequire(import.meta.url);
/**
 * The oracle of documents that declare draft-04: the Ajv team's draft-04 class (`id`, boolean
 * exclusive bounds, the draft-04 meta-schema).
 */
export function draft04Ajv(options) {
  const Ajv04 = require('ajv-draft-04');
  return new Ajv04(options);
}

/** Teach the oracle draft-06 (ajv ships the meta-schema but does not add it by default). */
export function withDialects(ajv) {
  if (!ajv.getSchema(DRAFT_06.slice(0, -1)) && !ajv.getSchema(DRAFT_06))
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  return ajv;
}

/**
 * ajv registers every nested `$id` of a compiled document in `ajv.refs`, and removeSchema does not
 * take them back: a later document's `$ref: "other.json"` would then reach an earlier document's
 * resource. Run `fn` and drop what it registered.
 */
export function isolated(ajv, fn) {
  const refs = isObj(ajv.refs) ? ajv.refs : undefined;
  const before = refs ? new Set(Object.keys(refs)) : undefined;
  try {
    return fn();
  } finally {
    if (refs) for (const k of Object.keys(refs)) if (!before.has(k)) delete refs[k];
  }
}
