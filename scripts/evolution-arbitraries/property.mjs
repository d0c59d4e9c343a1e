// The property (backward soundness; see ../evolution-arbitraries.mjs): if an event is valid under
// old and invalid under new, some change of compareSchemas(old, new) breaks backward. A trial where
// some change already breaks holds trivially and costs no ajv compile; the others compile old (and
// new, when an event is valid under old) once and check every event. Mutations put plain keywords
// beside `$ref`s: ajv (the oracle) applies them, the draft-07 text ignores them, and the engine
// must report what either reading breaks. `format` is not generated (the oracle runs with
// validateFormats: false). A document that declares draft-04 is judged by ajv-draft-04; draft-04
// and draft-06 ones without the keywords their dialect does not define (oracleSchema). Also the
// failure report, the event minimizer and differingKeywords (failure classes of the long run).

import {
  LIST_KEYWORDS,
  MAP_KEYWORDS,
  ONE_KEYWORDS,
  dialectOf,
  draft04Ajv,
  isolated,
  oracleSchema,
} from '../evolution-scopes.mjs';
import { subschemaSlots } from './documents.mjs';
import { constantsOf, eventFrom } from './events.mjs';
import { canonical, isObj, same } from './json.mjs';
import { mutate } from './mutations.mjs';

/**
 * Options of the ajv oracle: `strict: false, validateFormats: false`, plus
 * - `allErrors: true`: ajv 8.20 with allErrors false skips `contains` on an EMPTY array when
 *   `items` is a tuple (the generated `if (valid0)` reads a variable only set for non-empty
 *   arrays), so it accepts `[]` under `{items: [{type: 'string'}], contains: {}}`; the
 *   all-errors code path is correct. ajv still compiles `not` and `if` subschemas with
 *   allErrors false, so trials where the bug can bite there are skipped (see oracleUnsafe);
 * - `code.optimize: false`: skips ajv's code simplification pass only (same verdicts, faster
 *   compiles; compiling is the cost of a trial).
 */
export const AJV_OPTIONS = { strict: false, validateFormats: false, allErrors: true, code: { optimize: false } };

/**
 * True when ajv may misjudge the document:
 * - the tuple-items + contains bug above, in a `not` or `if` subschema, where ajv forces
 *   allErrors off. Conservative: any node with a tuple `items` and `contains`, in a document that
 *   has a `not` or an `if` anywhere;
 * - a `contains` inside a `contains` subschema (or a `$ref` there, which may lead to one): with
 *   allErrors, ajv 8 carries the inner `contains` result from one item to the next, so
 *   `{contains: {maxItems: 0, contains: X}}` accepts `[[x], []]` (the second item passes the inner
 *   `contains` it does not meet).
 */
export function oracleUnsafe(doc) {
  let tupleContains = false;
  let shortCircuit = false;
  for (const { value } of subschemaSlots(doc)) {
    if (!isObj(value)) continue;
    if (Array.isArray(value.items) && 'contains' in value) tupleContains = true;
    if ('not' in value || 'if' in value) shortCircuit = true;
    if (
      isObj(value.contains) &&
      subschemaSlots(value.contains).some(({ value: v }) => isObj(v) && ('contains' in v || '$ref' in v))
    )
      return true;
  }
  return tupleContains && shortCircuit;
}

/**
 * Build the soundness checks around an engine and an ajv instance (`new Ajv(AJV_OPTIONS)`, with
 * withDialects; documents that declare draft-04 get an ajv-draft-04 instance, AJV_OPTIONS too).
 * `check(trial, direction)` returns an outcome; it throws an Error whose message shows old, new,
 * the event and the changes when the property is violated.
 * direction 'backward': valid under old, invalid under new => some change breaks backward.
 * direction 'forward' : valid under new, invalid under old => some change is forward-breaking.
 */
export function makeSoundness({ compareSchemas, breaksBackward, verdict, ajv }) {
  const stats = {
    trials: 0,
    trivial: 0,
    skipped: 0,
    guarded: 0,
    dialect: 0,
    noEvents: 0,
    checked: 0,
    events: 0,
    draft04: 0,
  };
  let ajv04;
  /**
   * `schema` (as oracleSchema gives it) compiled by its dialect's ajv: a validator returning {ok}
   * or {error}, or undefined (does not compile).
   */
  const compile = (schema) => {
    const oracle = dialectOf(schema) === 'draft-04' ? (ajv04 ??= draft04Ajv(AJV_OPTIONS)) : ajv;
    try {
      const v = isolated(oracle, () => oracle.compile(schema));
      return (e) => {
        try {
          return { ok: v(e) };
        } catch {
          return { error: true }; // e.g. a non-descending $ref loop: ajv recurses forever
        }
      };
    } catch {
      return undefined;
    } finally {
      if (isObj(schema)) oracle.removeSchema(schema);
    }
  };
  const breaks = (direction) => (c) =>
    direction === 'backward' ? breaksBackward(c) : verdict(c, 'forward') === 'breaking';

  function check(trial, direction = 'backward') {
    stats.trials++;
    const oldDoc = trial.old;
    const newDoc = mutate(trial.old, trial.mutations);
    const from = direction === 'backward' ? oldDoc : newDoc;
    const before = [canonical(oldDoc), canonical(newDoc)];
    let changes;
    try {
      changes = compareSchemas(oldDoc, newDoc);
    } catch (err) {
      throw new Error(
        report('compareSchemas threw', { oldDoc: JSON.parse(before[0]), newDoc: JSON.parse(before[1]), error: err }),
      );
    }
    if (canonical(oldDoc) !== before[0] || canonical(newDoc) !== before[1]) {
      throw new Error(
        report('compareSchemas modified its input', { oldDoc: JSON.parse(before[0]), newDoc: JSON.parse(before[1]) }),
      );
    }
    if (changes.some(breaks(direction))) {
      stats.trivial++;
      return 'trivial';
    }
    // A dialect we do not read is refused by the engine (dialect-unsupported breaks): never here.
    if (dialectOf(oldDoc) === 'other' || dialectOf(newDoc) === 'other') {
      stats.dialect++;
      return 'skipped';
    }
    const [oracleOld, oracleNew] = [oracleSchema(oldDoc), oracleSchema(newDoc)];
    if (oracleUnsafe(oracleOld) || oracleUnsafe(oracleNew)) {
      stats.guarded++;
      return 'skipped';
    }
    const [oracleFrom, oracleTo] = direction === 'backward' ? [oracleOld, oracleNew] : [oracleNew, oracleOld];
    const validFrom = compile(oracleFrom);
    if (!validFrom) {
      stats.skipped++;
      return 'skipped';
    }
    const constants = constantsOf(oldDoc, newDoc);
    const candidates = [];
    for (const stream of [[], ...trial.streams]) {
      const event = eventFrom(from, stream, constants);
      const r = validFrom(event);
      if (r.error) {
        stats.skipped++;
        return 'skipped';
      }
      if (r.ok) candidates.push(event);
    }
    if (candidates.length === 0) {
      stats.noEvents++;
      return 'no-events';
    }
    const validTo = compile(oracleTo);
    if (!validTo) {
      stats.skipped++;
      return 'skipped';
    }
    for (const event of candidates) {
      const r = validTo(event);
      if (r.error) {
        stats.skipped++;
        return 'skipped';
      }
      if (!r.ok) {
        const minimal = minimizeEvent(event, (e) => validFrom(e).ok === true && validTo(e).ok === false);
        const what =
          direction === 'backward'
            ? 'an event valid under OLD is invalid under NEW, but no change breaks backward'
            : 'an event valid under NEW is invalid under OLD, but no change is forward-breaking';
        throw new Error(
          report(what, {
            oldDoc,
            newDoc,
            event: minimal,
            changes,
            verdictOf: (c) => (breaks(direction)(c) ? 'breaking' : 'ok'),
          }),
        );
      }
    }
    stats.checked++;
    if (dialectOf(oldDoc) === 'draft-04' || dialectOf(newDoc) === 'draft-04') stats.draft04++;
    stats.events += candidates.length;
    return 'checked';
  }
  return { check, stats };
}

/** The failure message: everything needed to turn the counterexample into a unit test. */
export function report(what, { oldDoc, newDoc, event, changes, error, verdictOf }) {
  const lines = [`soundness: ${what}`, `old:     ${JSON.stringify(oldDoc)}`, `new:     ${JSON.stringify(newDoc)}`];
  if (event !== undefined || changes) lines.push(`event:   ${JSON.stringify(event)}`);
  if (changes) {
    lines.push(`changes: ${changes.length === 0 ? '(none)' : ''}`);
    for (const c of changes) {
      const flags = [c.negated ? 'negated' : '', c.exclusive ? 'exclusive' : ''].filter(Boolean).join(',');
      lines.push(
        `  - ${c.kind} at "${c.pointer}"${flags ? ` [${flags}]` : ''} -> ${verdictOf ? verdictOf(c) : '?'}: ${c.message}`,
      );
    }
  }
  if (error)
    lines.push(
      `error:   ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 6).join('\n         ') : String(error)}`,
    );
  return lines.join('\n');
}

/** Greedy shrink of a failing event: drop keys and elements, simplify scalars, while `fails` holds. */
export function minimizeEvent(event, fails) {
  let best = event;
  let budget = 400;
  let improved = true;
  while (improved && budget > 0) {
    improved = false;
    for (const candidate of simpler(best)) {
      if (--budget <= 0) break;
      if (fails(candidate)) {
        best = candidate;
        improved = true;
        break;
      }
    }
  }
  return best;
}

function* simpler(v) {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) yield [...v.slice(0, i), ...v.slice(i + 1)];
    for (let i = 0; i < v.length; i++) for (const x of simpler(v[i])) yield [...v.slice(0, i), x, ...v.slice(i + 1)];
  } else if (isObj(v)) {
    for (const k of Object.keys(v)) {
      const { [k]: _drop, ...rest } = v;
      yield rest;
    }
    for (const k of Object.keys(v)) for (const x of simpler(v[k])) yield { ...v, [k]: x };
  } else if (typeof v === 'number') {
    if (v !== 0) yield 0;
    if (!Number.isInteger(v)) yield Math.trunc(v);
  } else if (typeof v === 'string') {
    if (v !== '') yield '';
    if (v.length > 1) yield v.slice(1);
  } else if (v === true) yield false;
}

/**
 * Which keywords differ between two documents: the innermost schema keyword at each difference
 * (e.g. `maximum`, `properties`, `(node)` when a subschema changes between boolean and object).
 * The long run uses it to group failures into classes.
 */
export function differingKeywords(a, b) {
  const out = new Set();
  const schema = (x, y) => {
    if (same(x, y)) return;
    if (!isObj(x) || !isObj(y))
      return void out.add(isObj(x) && x.$ref ? '$ref' : isObj(y) && y.$ref ? '$ref' : '(node)');
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      if (same(x[k], y[k])) continue;
      if (!(k in x) || !(k in y)) out.add(k);
      else if (MAP_KEYWORDS.includes(k) && isObj(x[k]) && isObj(y[k])) {
        for (const n of new Set([...Object.keys(x[k]), ...Object.keys(y[k])])) {
          if (same(x[k][n], y[k][n])) continue;
          if (!(n in x[k]) || !(n in y[k]) || Array.isArray(x[k][n]) || Array.isArray(y[k][n])) out.add(k);
          else schema(x[k][n], y[k][n]);
        }
      } else if (ONE_KEYWORDS.includes(k) && !(Array.isArray(x[k]) || Array.isArray(y[k]))) schema(x[k], y[k]);
      else if (
        (LIST_KEYWORDS.includes(k) || k === 'items') &&
        Array.isArray(x[k]) &&
        Array.isArray(y[k]) &&
        x[k].length === y[k].length
      ) {
        x[k].forEach((_, i) => schema(x[k][i], y[k][i]));
      } else out.add(k);
    }
  };
  schema(a, b);
  return [...out].sort();
}
