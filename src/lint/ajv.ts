// The conversion of ajv errors to findings. Users' schemas are compiled by ./validators.ts; our own
// editor schemas ahead of time (src/lint/generated, scripts/gen-validators.mjs).

import type { ErrorObject } from 'ajv';
import type { Contract } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { escapeToken, resolvePointer, unescapeToken } from '../core/pointer.js';
import type { Rule } from '../core/rule.js';
import { report } from './context.js';
import { closest, didYouMean } from './suggest.js';

/** The node an error is about: for `required` the missing property, for `additionalProperties` the extra one. */
function subjectPointer(err: ErrorObject): string {
  const p = err.params as { missingProperty?: string; additionalProperty?: string };
  if (err.keyword === 'required' && p.missingProperty !== undefined)
    return `${err.instancePath}/${escapeToken(p.missingProperty)}`;
  if (err.keyword === 'additionalProperties' && p.additionalProperty !== undefined) {
    return `${err.instancePath}/${escapeToken(p.additionalProperty)}`;
  }
  return err.instancePath;
}

/**
 * One finding of `rule` per meta-validation problem. Errors whose subject a more specific rule
 * already reported (`covered`) are skipped; the alternatives of a failed anyOf are folded into one
 * finding; identical messages at one place are reported once.
 */
export function metaFindings(
  rule: Rule,
  contract: Contract,
  errors: readonly ErrorObject[],
  covered: ReadonlySet<string>,
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  // Fold first: a branch error hidden by `covered` must not resurface as a folded anyOf.
  for (const { pointer, subject, message } of pairMisspelt(foldAlternatives(errors, contract.doc))) {
    const key = pointer + '\n' + message;
    if (seen.has(key) || covered.has(subject)) continue;
    seen.add(key);
    out.push(report(rule, contract, pointer, `${pointer === '' ? 'the document' : pointer} ${message}`));
  }
  return out;
}

/**
 * ajv errors of validating `data` as separate problems, folded as metaFindings folds them (a
 * failed anyOf once, a misspelt key beside the missing one as one with a suggestion): `pointer`
 * into `data`, `message` without it.
 */
export function explainEach(errors: readonly ErrorObject[], data: unknown): { pointer: string; message: string }[] {
  return pairMisspelt(foldAlternatives(errors, data)).map(({ pointer, message }) => ({ pointer, message }));
}

/**
 * ajv errors as short sentences, e.g. for an example event: `event/n must be integer, event/z is
 * not an allowed property`.
 */
export function explainErrors(errors: readonly ErrorObject[], dataVar: string): string {
  return errors.map((e) => `${dataVar}${pointerOf(e)} ${describe(e)}`).join(', ');
}

interface Problem {
  pointer: string;
  /** What the problem is about, to compare with what specific rules reported. */
  subject: string;
  message: string;
  missing?: string;
}

/** True when pointer `p` is `base` or inside it. */
function within(p: string, base: string): boolean {
  return p === base || p.startsWith(base + '/');
}

/**
 * ajv reports a failed anyOf as its branches' errors followed by the anyOf error (successful
 * branches leave nothing), so the branch errors are the ones just before it about the same value.
 * (Their schemaPath does not tell: errors inside a $ref carry the referenced schema's path.) When a
 * branch failed deeper inside the value, that deeper error is the real problem: keep it alone.
 * Otherwise say once which alternatives were expected.
 */
function foldAlternatives(errors: readonly ErrorObject[], doc: unknown): Problem[] {
  const dropped = new Set<ErrorObject>();
  const folded = new Map<ErrorObject, string>();
  errors.forEach((alt, k) => {
    if (alt.keyword !== 'anyOf' && alt.keyword !== 'oneOf') return;
    const branches: ErrorObject[] = [];
    for (let j = k - 1; j >= 0 && within(errors[j]!.instancePath, alt.instancePath); j--) branches.push(errors[j]!);
    const here = branches.filter((e) => e.instancePath === alt.instancePath && !dropped.has(e));
    const deeper = branches.some((e) => e.instancePath !== alt.instancePath);
    for (const e of here) dropped.add(e);
    if (deeper || here.length === 0) dropped.add(alt);
    else folded.set(alt, 'must match one of: ' + [...new Set(here.reverse().map(describe))].join('; or '));
  });
  return errors
    .filter((e) => !dropped.has(e))
    .map((e) => ({
      pointer: pointerOf(e),
      subject: subjectPointer(e),
      message: folded.get(e) ?? describe(e, e.keyword === 'enum' ? resolvePointer(doc, e.instancePath) : undefined),
      ...(e.keyword === 'required' ? { missing: (e.params as { missingProperty: string }).missingProperty } : {}),
    }));
}

/** `atribute` not allowed + `attribute` missing on the same object: one finding with a suggestion. */
function pairMisspelt(problems: Problem[]): Problem[] {
  const missing = problems.filter((p) => p.missing !== undefined);
  if (missing.length === 0) return problems;
  const used = new Set<Problem>();
  const out = problems.map((p) => {
    if (p.message !== 'is not an allowed property') return p;
    const slash = p.pointer.lastIndexOf('/');
    const parent = p.pointer.slice(0, slash);
    const candidates = missing.filter((m) => m.pointer === parent && !used.has(m));
    const near = closest(
      unescapeToken(p.pointer.slice(slash + 1)),
      candidates.map((m) => m.missing!),
    );
    const pair = candidates.find((m) => m.missing === near);
    if (!pair) return p;
    used.add(pair);
    return { ...p, message: `is not an allowed property (did you mean "${near}"?)` };
  });
  return out.filter((p) => !used.has(p));
}
function pointerOf(err: ErrorObject): string {
  // An extra property is best shown on its own key; a missing one on the object that lacks it.
  return err.keyword === 'additionalProperties' ? subjectPointer(err) : err.instancePath;
}

/**
 * ajv's message plus the detail ajv keeps in params (allowed values, and the one meant when `value`
 * is a near miss).
 */
function describe(err: ErrorObject, value?: unknown): string {
  const p = err.params as Record<string, unknown>;
  const message = err.message ?? `fails ${err.keyword}`;
  switch (err.keyword) {
    case 'enum': {
      const allowed = p.allowedValues as unknown[];
      const words = allowed.filter((v): v is string => typeof v === 'string');
      return `${message}: ${allowed.map((v) => JSON.stringify(v)).join(', ')}${didYouMean(value, words)}`;
    }
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'additionalProperties':
      return 'is not an allowed property';
    default:
      return message;
  }
}
