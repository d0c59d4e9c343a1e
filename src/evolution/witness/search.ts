// One witness search's bookkeeping: the events tried, the work budget charged, and the test of one
// event (valid under the live schema, rejected by the new one for this change's reason, repaired
// when other changes of the same version spoil it). The strategy that proposes events is ./index.ts.

import { UnclearedRegexError } from '../../lint/regex.js';
import { repair, unexplained } from './attribute.js';
import type { ValueGen } from './generate.js';
import type { Compiled } from '../../lint/validators.js';
import type { ErrorObject } from 'ajv';

export type Validator = Extract<Compiled, { ok: true }>;

/**
 * Work a search may still do, in characters of events checked (each ajv check of an event costs
 * its JSON length; each search starts by paying the documents' length). Deterministic, unlike a
 * clock, and it tracks the real cost: an event of 2,500 members costs 2,500 times one of one.
 * The caller owns it and shares it across searches (./judge.ts: per contract and per run).
 */
export interface WorkBudget {
  left: number;
}

/**
 * Characters a rejection is charged per ajv error it reports (an error object costs about what
 * checking 60 characters of event does, measured on a 16,000-member schema).
 */
export const ERROR_COST = 64;

/** Events checked with ajv per change, at most. */
export const MAX_CANDIDATES = 300;

/** Rounds of repair of an event that the new schema rejects for reasons other than the change. */
const MAX_REPAIRS = 3;

/**
 * Events rejected for other changes' reasons and not repairable, per change, before giving up: the
 * other changes' places come from the same skeleton event, so more candidates meet the same
 * refusal. (A version changing all 150 required members' types tried 300 events of 150 members,
 * each with three rounds of repair, for each of its 150 changes.)
 */
export const MAX_UNREPAIRED = 12;

export class Search {
  tried = 0;
  oldValid = 0;
  /** Rejections by the new schema that other changes explained, not this one. */
  misattributed = 0;
  /** Of those, the ones repair could not turn into a witness. */
  unrepaired = 0;
  /** The first other constraint that spoilt an event: `keyword` at its schema pointer. */
  spoiler: string | undefined;
  /** The validator itself failed on an event (e.g. a `$ref` loop that never reaches a value). */
  crashed: string | undefined;
  /** A regex the events reach that the ReDoS authority did not clear: the validator refuses to run it. */
  uncleared: string | undefined;
  private readonly seen = new Set<string>();

  constructor(
    private readonly oldV: Validator,
    private readonly newV: Validator,
    private readonly newDoc: unknown,
    private readonly newGen: ValueGen,
    /** The change's pointers: errors at, below or above them are the change's. */
    private readonly pointers: readonly string[],
    private readonly budget?: WorkBudget,
  ) {}

  get exhausted(): boolean {
    return (
      this.tried >= MAX_CANDIDATES ||
      this.unrepaired >= MAX_UNREPAIRED ||
      this.crashed !== undefined ||
      this.uncleared !== undefined ||
      this.spent
    );
  }

  /** The work budget ran out during this search. */
  get spent(): boolean {
    return this.budget !== undefined && this.budget.left <= 0;
  }

  /** Charge one check of an event of `size` characters. */
  private charge(size: number): void {
    if (this.budget) this.budget.left -= size;
  }

  /**
   * One ajv check of `event` (`size` characters), charged its size and, when it fails, its
   * errors: with allErrors a small event missing n required members costs n error objects, so
   * the size alone let a schema of 16,000 required members check 300 small events a search.
   */
  private valid(v: Validator, event: unknown, size: number): boolean {
    this.charge(size);
    if (v.validate(event)) return true;
    this.charge(v.errors().length * ERROR_COST);
    return false;
  }

  /** The witness `event` makes (possibly repaired elsewhere than `location`), or undefined. */
  test(event: unknown, location: string): unknown {
    if (event === undefined || this.exhausted) return undefined;
    let key: string;
    try {
      key = JSON.stringify(event); // (our events are built deterministically: no need to sort keys)
    } catch {
      return undefined; // too deep to serialise
    }
    if (this.seen.has(key)) return undefined;
    this.seen.add(key);
    this.tried++;
    // (a repaired event is about the size of the one it repairs: each check is charged that size)
    const size = key.length;
    try {
      if (!this.valid(this.oldV, event, size)) return undefined;
      this.oldValid++;
      if (this.valid(this.newV, event, size)) return undefined;
      let errors = unexplained(this.newV.errors(), this.pointers, location);
      if (errors.length === 0) return event;
      this.misattributed++;
      this.spoiler ??= spoilerOf(errors[0]!);
      let cur: unknown = event;
      for (let round = 0; round < MAX_REPAIRS && !this.spent; round++) {
        cur = repair(cur, errors, this.newDoc, this.newGen, location);
        if (cur === undefined || !this.valid(this.oldV, cur, size) || this.valid(this.newV, cur, size)) break;
        errors = unexplained(this.newV.errors(), this.pointers, location);
        if (errors.length === 0) return cur;
      }
      this.unrepaired++;
      return undefined;
    } catch (e) {
      if (e instanceof UnclearedRegexError) this.uncleared = e.pattern;
      else
        this.crashed = e instanceof RangeError ? 'it recurses without end' : e instanceof Error ? e.message : String(e);
      return undefined;
    }
  }
}

/** `uniqueItems` at /properties/a: which other constraint rejected an event (for the reason text). */
function spoilerOf(e: ErrorObject): string {
  let at = e.schemaPath.replace(/^#/, '');
  try {
    at = decodeURIComponent(at);
  } catch {
    /* keep it as written */
  }
  at = at.replace(/\/(?:false schema|[^/]*)$/, '');
  return `\`${e.keyword}\` at ${at === '' ? 'the root' : at}`;
}
