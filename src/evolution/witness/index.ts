// Witnesses: for a backward-breaking change, a concrete event the live schema accepts and the
// new one rejects, checked with ajv against both. Never invented: when no candidate passes both
// checks, the result says why none was found.
//
// How: the change's oldPointer is mapped to a place in an event (./locate.ts); a small valid
// event is built around that place (./plan.ts); candidate values for the place (./candidates.ts),
// then for the containers above it, are put in and each event is checked with ajv (./validators.ts)
// until one is valid under the old document and invalid under the new, for a reason this change
// explains (./attribute.ts: with several changes in one version, an event rejected only because
// of another change would mislead; such events are repaired elsewhere or dropped). Bounded by
// MAX_CANDIDATES events per change; never throws (a witness is an illustration, not a verdict).

import { parsePointer, toPointer } from '../../core/pointer.js';
import { show } from '../../lint/context.js';
import type { Change } from '../change.js';
import { ancestorCandidates, targetCandidates } from './candidates.js';
import { withCheckBudget } from './check.js';
import { NONE, ValueGen } from './generate.js';
import { locate, nodeAt, type Target } from './locate.js';
import { Plan } from './plan.js';
import { deref, isObj } from './schema.js';
import { differs, type Site } from './site.js';
import { MAX_CANDIDATES, Search, type Validator, type WorkBudget } from './search.js';
import { checksKeyword, compiled } from '../../lint/validators.js';

/**
 * Why a change has no witness: the search's budget ran out; every event it showed was also
 * rejected for another change of the version; no event can exist (the validator ignores the
 * keyword, the live schema accepts nothing here, the node is unused); none was found; a schema
 * did not compile; the generator or validator failed.
 */
export type NoWitness = 'budget' | 'other-changes' | 'impossible' | 'not-found' | 'uncompilable' | 'failed';

export type WitnessResult =
  { found: true; event: unknown } | { found: false; why: NoWitness; reason: string; spent?: true };

const none = (why: NoWitness, reason: string): WitnessResult => ({ found: false, why, reason });

export { MAX_CANDIDATES, MAX_UNREPAIRED, type WorkBudget } from './search.js';

/**
 * Characters of JSON a search pays before its first event: it plans and builds a skeleton of about
 * the documents' size.
 */
export function searchBaseCost(oldDoc: unknown, newDoc: unknown): number {
  try {
    return (JSON.stringify(oldDoc)?.length ?? 0) + (JSON.stringify(newDoc)?.length ?? 0);
  } catch {
    return 0; // too deep to serialise: the search fails on it at once
  }
}

/**
 * A witness of `change`, or why there is none. With a budget, the search stops when it runs out
 * (the result then has `spent`); `baseCost` (see searchBaseCost) is charged up front.
 */
export function findWitness(
  oldDoc: unknown,
  newDoc: unknown,
  change: Change,
  budget?: WorkBudget,
  baseCost = 0,
): WitnessResult {
  const oldV = compiled(oldDoc);
  if (!oldV.ok) return none('uncompilable', `the live schema could not be compiled: ${oldV.error}`);
  const newV = compiled(newDoc);
  if (!newV.ok) return none('uncompilable', `the new schema could not be compiled: ${newV.error}`);
  if (budget) budget.left -= baseCost;
  try {
    return withCheckBudget(budget, () => searchWitness(oldDoc, newDoc, change, oldV, newV, budget));
  } catch (e) {
    // A witness is an illustration: its failure must never stop the check.
    if (e instanceof RangeError) return none('failed', 'the schema is nested too deeply to build example events');
    return none('failed', `the example generator failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function searchWitness(
  oldDoc: unknown,
  newDoc: unknown,
  change: Change,
  oldV: Validator,
  newV: Validator,
  budget: WorkBudget | undefined,
): WitnessResult {
  const silent = uncheckedDifference(oldDoc, newDoc, change);
  if (silent) return none('impossible', `the validator does not check ${silent}, so no event can show the difference`);
  const newGen = new ValueGen(newDoc);
  const search = new Search(oldV, newV, newDoc, newGen, changePointers(change), budget);
  const found = (event: unknown): WitnessResult => ({ found: true, event: structuredClone(event) });

  const targets = targetsOf(oldDoc, change);
  if (!Array.isArray(targets)) {
    // Not reachable through the pointers: whole events may still show it (ajv decides).
    for (const v of ancestorCandidates(new ValueGen(oldDoc), [oldDoc])) {
      const w = search.test(v, '');
      if (w !== undefined) return found(w);
      if (search.exhausted) break;
    }
    return notFound(search, { why: 'impossible', reason: targets.reason });
  }
  const newTokens = tokensOf(change.pointer);
  const newExact = deref(newDoc, nodeAt(newDoc, change.pointer).node);
  const share = Math.max(60, Math.floor((MAX_CANDIDATES * 0.8) / targets.length));
  const plans: Plan[] = [];
  for (const { target, tokens } of targets) {
    const plan = new Plan(oldDoc, target);
    plan.build();
    plans.push(plan);
    // The new node at the place of the old focus (the two pointers share their structure).
    const cut = Math.max(0, tokens.length - target.tail.length);
    const parallel = nodeAt(newDoc, toPointer(newTokens.slice(0, cut)));
    const site: Site = {
      plan,
      newGen,
      focus: deref(oldDoc, target.focus),
      tail: target.tail,
      newFocus: deref(newDoc, parallel.node),
      newTail: [...parallel.tail, ...newTokens.slice(cut)],
      newExact,
      exclusive: change.exclusive === true,
    };
    let used = 0;
    const location = plan.location();
    for (const v of targetCandidates(site)) {
      const w = search.test(plan.embed(v), location);
      if (w !== undefined) return found(w);
      if (search.exhausted || ++used >= share) break;
    }
  }
  // The change may show only through a container above it (a member's absence, a sibling).
  for (const plan of plans) {
    for (let j = plan.depth - 1; j >= 0 && !search.exhausted; j--) {
      const location = plan.location(j);
      for (const v of ancestorCandidates(plan.gen, plan.levels[j]!.nodes)) {
        const w = search.test(plan.embed(v, j), location);
        if (w !== undefined) return found(w);
        if (search.exhausted) break;
      }
    }
  }
  return notFound(search, explain(search, oldDoc, oldV.validate));
}

function notFound(search: Search, { why, reason }: { why: NoWitness; reason: string }): WitnessResult {
  if (!search.spent) return none(why, reason);
  return {
    found: false,
    why: 'budget',
    reason: `the budget for building example events ran out during this search (after ${search.tried} tries)`,
    spent: true,
  };
}

/**
 * Where to look: the places the oldPointer governs, then those the new pointer names in the old
 * document when it differs (a node shared by several places is reported at its first one).
 */
function targetsOf(oldDoc: unknown, change: Change): { target: Target; tokens: string[] }[] | { reason: string } {
  const primary = locate(oldDoc, change.oldPointer);
  const out =
    'targets' in primary ? primary.targets.map((target) => ({ target, tokens: tokensOf(change.oldPointer) })) : [];
  if (change.pointer !== change.oldPointer) {
    const alt = locate(oldDoc, change.pointer);
    if ('targets' in alt) {
      for (const target of alt.targets) {
        const same = out.some((o) => sameTarget(o.target, target));
        if (!same) out.push({ target, tokens: tokensOf(change.pointer) });
      }
    }
  }
  if (out.length === 0)
    return 'reason' in primary ? primary : { reason: 'the changed node is not reachable from the event root' };
  return out;
}

function sameTarget(a: Target, b: Target): boolean {
  if (a.focus !== b.focus || a.tail.join('/') !== b.tail.join('/') || a.steps.length !== b.steps.length) return false;
  return a.steps.every((s, i) => {
    const t = b.steps[i]!;
    return (
      s.t === t.t &&
      s.node === t.node &&
      JSON.stringify([s.t === 'key' && s.key, s.t === 'item' && s.index]) ===
        JSON.stringify([t.t === 'key' && t.key, t.t === 'item' && t.index])
    );
  });
}

function explain(
  search: Search,
  oldDoc: unknown,
  oldValidate: (e: unknown) => boolean,
): { why: NoWitness; reason: string } {
  if (search.uncleared !== undefined) {
    return {
      why: 'failed',
      reason: `the events tried reach the regex ${show(search.uncleared)}, which the ReDoS checker did not clear, so it is not run on them`,
    };
  }
  if (search.crashed !== undefined)
    return { why: 'failed', reason: `the validator fails on events for these schemas: ${search.crashed}` };
  const limit = search.exhausted ? ` (stopped after ${search.tried} tries)` : '';
  if (search.oldValid === 0) {
    const any = new ValueGen(oldDoc).value([oldDoc]);
    if (any === NONE || !safely(oldValidate, any)) {
      return {
        why: 'not-found',
        reason:
          'no event that the live schema accepts could be built at all (it may accept none, e.g. through a required property that recurses without end)',
      };
    }
    return {
      why: 'not-found',
      reason: `no event accepted by the live schema could be built around the changed node${limit}; the change may only affect events that also violate other constraints`,
    };
  }
  if (search.misattributed > 0) {
    const by =
      search.spoiler === undefined
        ? 'other changes in this version'
        : `another change of this version: ${search.spoiler}`;
    return {
      why: 'other-changes',
      reason: `every event tried that the new schema rejects is also rejected for ${by}, and could not be repaired${limit}`,
    };
  }
  const tried =
    search.oldValid === 1
      ? 'the one example event the live schema accepted is'
      : `all ${search.oldValid} example events the live schema accepted are`;
  return {
    why: 'not-found',
    reason: `${tried} accepted by the new schema too${limit}; the change only affects events that also violate other constraints, or none`,
  };
}

/** Where the change is, in schema terms; a changed `if` also owns its then/else branches. */
function changePointers(change: Change): string[] {
  const out = new Set([change.pointer, change.oldPointer]);
  for (const p of [change.pointer, change.oldPointer]) {
    if (p.endsWith('/if')) out.add(p.slice(0, -3) + '/then').add(p.slice(0, -3) + '/else');
  }
  return [...out];
}

function safely(validate: (e: unknown) => boolean, event: unknown): boolean {
  try {
    return validate(event);
  } catch {
    return false;
  }
}

function tokensOf(pointer: string): string[] {
  try {
    return parsePointer(pointer);
  } catch {
    return [];
  }
}

/**
 * When the changed node differs between the two documents only in keywords the validator does
 * not check (format, annotations, unknown keywords), those keywords (quoted, joined); else undefined.
 */
function uncheckedDifference(oldDoc: unknown, newDoc: unknown, change: Change): string | undefined {
  const oldAt = nodeAt(oldDoc, change.oldPointer);
  const newAt = nodeAt(newDoc, change.pointer);
  // A change of one keyword of a node (e.g. /properties/s/format, /cxoneVersion): that keyword decides.
  const keyword = [oldAt.tail, newAt.tail].find((t) => t.length > 0);
  const a = oldAt.node;
  const b = newAt.node;
  const values = (k: string) => [isObj(a) ? a[k] : undefined, isObj(b) ? b[k] : undefined];
  const shown = (k: string) =>
    k === 'format'
      ? `\`format\` ${values(k)
          .filter((v) => v !== undefined)
          .map((v) => JSON.stringify(v))
          .join(' / ')}`
      : `\`${k}\``;
  if (keyword)
    return keyword.length === 1 && !checksKeyword(keyword[0]!, values(keyword[0]!)) ? shown(keyword[0]!) : undefined;
  if (!isObj(a) || !isObj(b)) return undefined;
  const changed = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => differs(a[k], b[k]));
  if (changed.length === 0 || changed.some((k) => checksKeyword(k, values(k)))) return undefined;
  return changed.map(shown).join(', ');
}
