// Keywords beside a `$ref`: draft-07 says they are ignored, yet ajv (the validator this tool runs
// for examples and witnesses) and many others apply them. Which one the platform's validator does
// is not in its contract, so a document that has such keywords is compared under both readings
// and a change either reading reports is reported (lint warns: ref-sibling-keywords).

import { byPlace, type Change } from './change.js';

/** How keywords beside a `$ref` are read: ignored (draft-07) or applied with the target (ajv). */
export type RefSiblings = 'ignore' | 'apply';

const SAID: Record<RefSiblings, string> = {
  ignore: 'read as draft-07 specifies, ignoring the keywords beside a $ref',
  apply: 'read as ajv and many validators do, applying the keywords beside a $ref',
};

/**
 * The changes of both readings: those both report once, the others with the reading that reports
 * them (a change of one reading only is a change for the validators that read it so).
 */
export function mergeReadings(ignored: Change[], applied: Change[]): Change[] {
  const key = (c: Change) => `${c.kind}\u0000${c.pointer}`;
  const inIgnored = new Set(ignored.map(key));
  const inApplied = new Set(applied.map(key));
  const only = (c: Change, reading: RefSiblings): Change => ({ ...c, message: `${c.message} (${SAID[reading]})` });
  return [
    ...ignored.map((c) => (inApplied.has(key(c)) ? c : only(c, 'ignore'))),
    ...applied.filter((c) => !inIgnored.has(key(c))).map((c) => only(c, 'apply')),
  ].sort(byPlace);
}
