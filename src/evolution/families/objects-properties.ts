// Declared properties and `required`: each name's effective schema in the old and the new content
// model (see ./objects-model.ts). A name declared in both is compared directly; a name declared
// on one side only is judged by the content model it moves into or out of, and compared with
// every non-trivial conjunct of that model. Pattern schemas matching a declared name are covered
// by ./objects-patterns.ts.

import { isFalseSchema, isTrueSchema, type Schema } from '../schema-model.js';
import type { Visit } from '../walk.js';
import { neverHolds } from '../simplify-reach.js';
import { classify, propertyName, undeclaredConjuncts } from './objects-model.js';

type Props = Record<string, Schema> | undefined;

const CLOSED = { model: 'closed' } as const;
/** The schema of a name its node rules out: in effect, `false`. */
const FALSE: Schema = Object.freeze({ not: {} });

export function compareDeclared(
  v: Visit,
  oP: Props,
  nP: Props,
  oReq: ReadonlySet<string>,
  nReq: ReadonlySet<string>,
): void {
  /** Names whose change of `required` the added/removed kind already states. */
  const stated = new Set<string>();
  if (oP) {
    for (const name of Object.keys(oP)) {
      if (nP && Object.hasOwn(nP, name)) v.descend(oP[name], nP[name], ['properties', name]);
      else if (removed(v, name, oP[name]!, oReq, nReq)) stated.add(name);
    }
  }
  if (nP) {
    for (const name of Object.keys(nP)) {
      if (oP && Object.hasOwn(oP, name)) continue;
      if (added(v, name, nP[name]!, oReq, nReq)) stated.add(name);
    }
  }
  for (const name of nReq) {
    if (oReq.has(name) || stated.has(name)) continue;
    const sub = nP && Object.hasOwn(nP, name) ? nP[name] : undefined;
    if (sub && 'default' in sub) {
      v.emit(
        'required-added-with-default',
        `property ${propertyName(v, name)} became required; its default is not filled in by validation, so live events without it will be rejected`,
        { at: ['required'], new: name },
      );
    } else {
      v.emit(
        'required-added',
        `property ${propertyName(v, name)} became required; live events without it will be rejected`,
        { at: ['required'], new: name },
      );
    }
  }
  for (const name of oReq) {
    if (nReq.has(name) || stated.has(name)) continue;
    v.emit(
      'required-removed',
      `property ${propertyName(v, name)} is no longer required; consumers on the live schema reject events without it`,
      { at: ['required'], old: name },
    );
  }
}

/** A property declared only in the new schema. Returns true when its kind states the `required` change. */
export function added(
  v: Visit,
  name: string,
  sub: Schema,
  oReq: ReadonlySet<string>,
  nReq: ReadonlySet<string>,
): boolean {
  const what = propertyName(v, name);
  const at = ['properties', name];
  const detail = { at, new: name };
  const becameRequired = nReq.has(name) && !oReq.has(name);
  // A name the old node rules out (its dependencies, propertyNames, maxProperties, ...) was never
  // carried: closed to it.
  const model = neverHolds(v.old, name) ? CLOSED : classify(undeclaredConjuncts(v.old, name));
  if (neverHolds(v.new, name)) sub = FALSE;
  switch (model.model) {
    case 'open':
      if (becameRequired)
        v.emit(
          'required-property-added-to-open-content-model',
          `required property ${what} was added; live events without it will be rejected`,
          detail,
        );
      else if (isTrueSchema(sub))
        v.emit(
          'unconstrained-property-added-to-open-content-model',
          `property ${what} was declared without constraints; the schema was open, so validation is unchanged`,
          detail,
        );
      else
        v.emit(
          'property-added-to-open-content-model',
          `property ${what} was added; the schema was open, so live events may already carry it with values the new schema rejects`,
          detail,
        );
      break;
    case 'closed':
      if (becameRequired)
        v.emit(
          'required-property-added-to-closed-content-model',
          `required property ${what} was added; live events never carry it and will be rejected`,
          detail,
        );
      else if (isFalseSchema(sub))
        v.emit(
          'forbidden-property-added-to-closed-content-model',
          `property ${what} was declared with the false schema; the schema was closed, so validation is unchanged`,
          detail,
        );
      else
        v.emit(
          'optional-property-added-to-closed-content-model',
          `optional property ${what} was added; consumers on the live (closed) schema reject events carrying it`,
          detail,
        );
      break;
    case 'partial':
      if (becameRequired)
        v.emit(
          'required-property-added-to-partially-open-content-model',
          `required property ${what} was added; live events without it will be rejected`,
          detail,
        );
      else
        v.emit(
          'property-added-to-partially-open-content-model',
          `property ${what} was added where other properties were already allowed by a schema; its schema is compared with that one`,
          detail,
        );
      for (const c of model.conjuncts) v.descend(c.schema, sub, c.at, at);
      break;
  }
  return becameRequired;
}

/** A property declared only in the old schema. Returns true when its kind states the `required` change. */
export function removed(
  v: Visit,
  name: string,
  sub: Schema,
  oReq: ReadonlySet<string>,
  nReq: ReadonlySet<string>,
): boolean {
  const what = propertyName(v, name);
  const at = ['properties', name];
  const detail = { at, oldAt: at, old: name };
  const wasRequired = oReq.has(name) && !nReq.has(name);
  const model = neverHolds(v.new, name) ? CLOSED : classify(undeclaredConjuncts(v.new, name));
  if (neverHolds(v.old, name)) sub = FALSE;
  switch (model.model) {
    case 'closed':
      if (wasRequired)
        v.emit(
          'property-removed-required-from-closed-content-model',
          `required property ${what} was removed; the schema is closed, so every live event (all carry it) will be rejected`,
          detail,
        );
      else if (isFalseSchema(sub))
        v.emit(
          'property-removed-forbidden-from-closed-content-model',
          `property ${what}, declared with the false schema, was removed; the schema is closed, so validation is unchanged`,
          detail,
        );
      else
        v.emit(
          'property-removed-from-closed-content-model',
          `property ${what} was removed; the schema is closed, so live events carrying it will be rejected`,
          detail,
        );
      break;
    case 'open':
      if (!wasRequired && isTrueSchema(sub))
        v.emit(
          'property-removed-unconstrained-from-open-content-model',
          `unconstrained property ${what} was removed; the schema is open, so validation is unchanged`,
          detail,
        );
      else
        v.emit(
          'property-removed-from-open-content-model',
          `property ${what} was removed; the schema is open, so it is still accepted but no longer checked`,
          detail,
        );
      break;
    case 'partial':
      if (wasRequired)
        v.emit(
          'property-removed-required-to-partially-open-content-model',
          `required property ${what} was removed; it now falls under the schema for other properties and is no longer required`,
          detail,
        );
      else
        v.emit(
          'property-removed-to-partially-open-content-model',
          `property ${what} was removed; it now falls under the schema for other properties, which is compared with its old schema`,
          detail,
        );
      for (const c of model.conjuncts) v.descend(sub, c.schema, at, c.at);
      break;
  }
  return wasRequired;
}
