// patternProperties: a regex in both schemas is compared directly. A regex on one side only
// changes the effective schema of every name it matches, so it is compared with what those names
// got on the other side: declared properties it matches, other regexes it may overlap (decided
// conservatively: only diverging anchored literal prefixes are known disjoint), and — for names
// no other regex captures — additionalProperties, which gives the kind its content model.

import { isTrueSchema, type Schema } from '../schema-model.js';
import type { Visit } from '../walk.js';
import { modelOf, nodeName, patternMatches, patternsMayOverlap } from './objects-model.js';

type Map = Record<string, Schema> | undefined;

export function comparePatterns(v: Visit, oPP: Map, nPP: Map, oP: Map, nP: Map): void {
  if (oPP) {
    for (const src of Object.keys(oPP)) {
      if (nPP && Object.hasOwn(nPP, src)) v.descend(oPP[src], nPP[src], ['patternProperties', src]);
      else patternRemoved(v, src, oPP[src]!, nPP, nP);
    }
  }
  if (nPP) {
    for (const src of Object.keys(nPP)) if (!oPP || !Object.hasOwn(oPP, src)) patternAdded(v, src, nPP[src]!, oPP, oP);
  }
}

export function patternAdded(v: Visit, src: string, schema: Schema, oPP: Map, oP: Map): void {
  const at = ['patternProperties', src];
  const unconstrained = isTrueSchema(schema);
  if (!unconstrained) {
    // Old events carried these names with values valid under their old schemas: those must fit.
    // (Backward only: new events meet the new regex's schema on top of what the other pairs compare.)
    const only = { only: 'backward' } as const;
    if (oP)
      for (const name of Object.keys(oP))
        if (patternMatches(src, name)) v.descend(oP[name], schema, ['properties', name], at, only);
    if (oPP)
      for (const other of Object.keys(oPP))
        if (other !== src && patternsMayOverlap(other, src))
          v.descend(oPP[other], schema, ['patternProperties', other], at, only);
  }
  const ap = v.old.additionalProperties as Schema | undefined;
  const model = modelOf(ap, ['additionalProperties']);
  const re = `/${src}/`;
  switch (model.model) {
    case 'open':
      if (!unconstrained)
        v.emit(
          'property-pattern-added-to-open-content-model',
          `patternProperties ${re} was added to ${nodeName(v)}; the schema was open, so live events may carry matching names with values the new schema rejects`,
          { at, new: src },
        );
      break;
    case 'closed':
      v.emit(
        'property-pattern-added-to-closed-content-model',
        `patternProperties ${re} was added to ${nodeName(v)}; consumers on the live (closed) schema reject events carrying matching names`,
        { at, new: src },
      );
      break;
    case 'partial':
      v.emit(
        'property-pattern-added-to-partially-open-content-model',
        `patternProperties ${re} was added to ${nodeName(v)}; matching names were allowed by the additionalProperties schema, which is compared with it`,
        { at, new: src },
      );
      v.descend(ap, schema, ['additionalProperties'], at);
      break;
  }
}

export function patternRemoved(v: Visit, src: string, schema: Schema, nPP: Map, nP: Map): void {
  const at = ['patternProperties', src];
  const unconstrained = isTrueSchema(schema);
  if (!unconstrained) {
    // New events may carry these names with values valid under their new schemas: those must fit
    // the old regex's schema. (Forward only: live events met the old regex's schema on top of what
    // the other pairs compare.)
    const only = { only: 'forward' } as const;
    if (nP)
      for (const name of Object.keys(nP))
        if (patternMatches(src, name)) v.descend(schema, nP[name], at, ['properties', name], only);
    if (nPP)
      for (const other of Object.keys(nPP))
        if (other !== src && patternsMayOverlap(other, src))
          v.descend(schema, nPP[other], at, ['patternProperties', other], only);
  }
  const ap = v.new.additionalProperties as Schema | undefined;
  const model = modelOf(ap, ['additionalProperties']);
  const re = `/${src}/`;
  const detail = { at, oldAt: at, old: src };
  switch (model.model) {
    case 'open':
      if (!unconstrained)
        v.emit(
          'property-pattern-removed-from-open-content-model',
          `patternProperties ${re} was removed from ${nodeName(v)}; the schema is open, so matching names are still accepted but no longer checked`,
          detail,
        );
      break;
    case 'closed':
      v.emit(
        'property-pattern-removed-from-closed-content-model',
        `patternProperties ${re} was removed from ${nodeName(v)}; the schema is closed, so live events carrying matching names will be rejected`,
        detail,
      );
      break;
    case 'partial':
      v.emit(
        'property-pattern-removed-to-partially-open-content-model',
        `patternProperties ${re} was removed from ${nodeName(v)}; matching names now fall under the additionalProperties schema, which is compared with it`,
        detail,
      );
      v.descend(schema, ap, at, ['additionalProperties']);
      break;
  }
}
