// Walk two normalised schemas together and collect the changes. Iterative with a work stack and
// a set of visited (old, new, negated) pairs: recursive schemas and `$ref` cycles terminate,
// and deep nesting cannot overflow the call stack. Each keyword family (./families/) looks at one
// pair of nodes, emits changes, and asks for subschema pairs to be compared.

import { sameContent } from '../core/canonical.js';
import { escapeToken, parsePointer } from '../core/pointer.js';
import { unresolvedRef } from './unresolved-refs.js';
import { byPlace, type Change, type ChangeKind } from './change.js';
import { liftedList } from './families/combinators-lists.js';
import { judgedByValues } from './families/enum-values.js';
import { FAMILIES } from './families/index.js';
import { kindVerdict } from './policy.js';
import { isFalseSchema, type NormalizedSchema, type Schema } from './schema-model.js';
import { putBack } from './simplify-aside.js';
import { emptiedBecause } from './simplify-empty.js';

/** Work budget: beyond it the comparison stops and says so (conservatively breaking). */
export const MAX_VISITS = 200_000;

export type Token = string | number;

export interface Visit {
  readonly old: Schema;
  readonly new: Schema;
  readonly oldPtr: string;
  readonly newPtr: string;
  /** Under an odd number of `not`s. */
  readonly negated: boolean;
  /** Inside a `oneOf` branch whose siblings are not provably disjoint: widenings can break too. */
  readonly exclusive: boolean;
  /** Readable location for messages, e.g. `customer.tier` or `items[]`; '' for the root. */
  readonly label: string;
  /** Record a change at `at`, tokens below this node (the same tokens in both documents unless `oldAt` is given). */
  emit(
    kind: ChangeKind,
    message: string,
    detail?: { at?: Token[]; oldAt?: Token[]; old?: unknown; new?: unknown },
  ): void;
  /**
   * Compare two subschemas; `undefined` stands for the `true` schema (no constraint). `only`: keep
   * just the changes that break that direction (the pair decides one direction only).
   */
  descend(
    oldSub: Schema | undefined,
    newSub: Schema | undefined,
    oldAt: Token[],
    newAt?: Token[],
    opts?: DescendOptions,
  ): void;
}

export interface DescendOptions {
  negate?: boolean;
  exclusive?: boolean;
  only?: Direction;
}

export type Direction = 'backward' | 'forward';

export type Family = (visit: Visit) => void;

interface Task {
  old: Schema;
  new: Schema;
  oldPtr: string;
  newPtr: string;
  negated: boolean;
  exclusive: boolean;
  /** Changes here count for this direction only (see Visit.descend). */
  only?: Direction;
}

const TRUE_SCHEMA: Schema = Object.freeze({}) as Schema;

export function walk(oldS: NormalizedSchema, newS: NormalizedSchema): Change[] {
  const ids = new WeakMap<Schema, number>();
  let nextId = 0;
  const id = (s: Schema) => {
    let n = ids.get(s);
    if (n === undefined) ids.set(s, (n = ++nextId));
    return n;
  };
  const seen = new Set<string>();
  const run: Run = { changes: [], stack: [], oldS, newS };
  run.stack.push({
    old: oldS.root,
    new: newS.root,
    oldPtr: oldS.src.get(oldS.root) ?? '',
    newPtr: newS.src.get(newS.root) ?? '',
    negated: false,
    exclusive: false,
  });
  let visits = 0;
  while (run.stack.length > 0) {
    const task = run.stack.pop()!;
    if (task.old === task.new) continue;
    const key = `${id(task.old)}:${id(task.new)}:${task.negated ? 1 : 0}${task.exclusive ? 1 : 0}${task.only ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (++visits > MAX_VISITS) {
      run.changes.push({
        kind: 'comparison-incomplete',
        pointer: task.newPtr,
        oldPointer: task.oldPtr,
        message: `the schemas are too large to compare completely (over ${MAX_VISITS} node pairs); treated as breaking`,
      });
      break;
    }
    const visit = new TaskVisit(task, run);
    const broken = oldS.unresolved.get(task.old) ?? newS.unresolved.get(task.new);
    if (broken) {
      // A $ref that never reaches a schema: what it allows is unknown, so nothing can be compared here.
      const side = oldS.unresolved.has(task.old)
        ? newS.unresolved.has(task.new)
          ? 'both schemas'
          : 'the old schema'
        : 'the new schema';
      const { kind, message } = unresolvedRef(
        broken.ref,
        broken.reason,
        `${visit.label ? `at "${visit.label}" ` : ''}in ${side}`,
      );
      visit.emit(kind, message);
      continue;
    }
    if (judgedWhole(visit)) continue;
    // Keywords one side dropped as saying nothing there, the other side kept: compared put back.
    [task.old, task.new] = [putBack(task.old, task.new, oldS, newS), putBack(task.new, task.old, newS, oldS)];
    if (judgedByValues(visit)) continue;
    if (liftedList(visit)) continue;
    for (const family of FAMILIES) family(visit);
  }
  return unique(run.changes).sort(byPlace);
}

/**
 * One change per kind, place, message and reading: two pairs leading to the same difference (a
 * list's members against one node) report it once.
 */
function unique(changes: Change[]): Change[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = [c.kind, c.pointer, c.oldPointer, c.message, c.negated ?? '', c.exclusive ?? '', c.only ?? ''].join(
      '\u0000',
    );
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Run {
  changes: Change[];
  stack: Task[];
  oldS: NormalizedSchema;
  newS: NormalizedSchema;
}

/**
 * A pair where exactly one side is the `false` schema is judged whole: false -> X only widens,
 * X -> false only narrows. Keyword by keyword, `false` ({not: {}}) against X would read as a
 * `not` removed plus X's keywords added, a narrowing that cannot happen (false accepts nothing).
 */
export function judgedWhole(v: Visit): boolean {
  const wasFalse = isFalseSchema(v.old);
  if (wasFalse === isFalseSchema(v.new)) return false;
  const what = v.label ? `"${v.label}"` : 'the event';
  if (wasFalse) {
    const why = emptiedBecause(v.old);
    v.emit(
      'false-schema-replaced',
      `${what} ${why ? `accepted no value (${why})` : 'was the false schema (nothing valid)'} and now has a schema; events it accepts were rejected before`,
      { at: [], old: false },
    );
  } else {
    const why = emptiedBecause(v.new);
    v.emit(
      'false-schema-introduced',
      `${what} ${why ? `now accepts no value (${why})` : 'became the false schema'}: no event is valid there any more`,
      { at: [], new: false },
    );
  }
  return true;
}

/** Where `at` (tokens below `node`) is in the source: a hoisted keyword is where it was written (../simplify.ts). */
function locate(s: NormalizedSchema, node: Schema, ptr: string, at: Token[]): string {
  if (at.length > 0) {
    const moved = s.keySrc?.get(node);
    // `=keyword`: a keyword made by rewriting (oneOf's duplicates as a `not`), located at the whole pointer.
    const exact = moved?.get(`=${at[0]}`);
    if (exact !== undefined) return below(exact, at.slice(1));
    const base =
      at.length > 1 ? (moved?.get(`${at[0]}/${at[1]}`) ?? moved?.get(String(at[0]))) : moved?.get(String(at[0]));
    if (base !== undefined) return below(base, at);
  }
  return below(ptr, at);
}

const below = (ptr: string, at: Token[]) =>
  at.length === 0 ? ptr : ptr + at.map((t) => '/' + escapeToken(t)).join('');

/** One pair of nodes under comparison, as the families see it (a class: no closures per visit). */
class TaskVisit implements Visit {
  private labelCache: string | undefined;

  constructor(
    private readonly task: Task,
    private readonly run: Run,
  ) {}

  get old() {
    return this.task.old;
  }
  get new() {
    return this.task.new;
  }
  get oldPtr() {
    return this.task.oldPtr;
  }
  get newPtr() {
    return this.task.newPtr;
  }
  get negated() {
    return this.task.negated;
  }
  get exclusive() {
    return this.task.exclusive;
  }
  /** Most visits emit nothing: the label is only worked out when a message needs it. */
  get label() {
    return (this.labelCache ??= labelOf(this.task.newPtr));
  }

  emit(
    kind: ChangeKind,
    message: string,
    detail: { at?: Token[]; oldAt?: Token[]; old?: unknown; new?: unknown } = {},
  ): void {
    const at = detail.at ?? [];
    const t = this.task;
    if (t.only && kindVerdict(kind, t.only, t.negated, t.exclusive) !== 'breaking') return;
    this.run.changes.push({
      kind,
      pointer: locate(this.run.newS, t.new, t.newPtr, at),
      oldPointer: locate(this.run.oldS, t.old, t.oldPtr, detail.oldAt ?? at),
      ...('old' in detail ? { old: detail.old } : {}),
      ...('new' in detail ? { new: detail.new } : {}),
      message,
      ...(t.negated ? { negated: true } : {}),
      ...(t.exclusive ? { exclusive: true } : {}),
      ...(t.only ? { only: t.only } : {}),
    });
  }

  descend(
    oldSub: Schema | undefined,
    newSub: Schema | undefined,
    oldAt: Token[],
    newAt: Token[] = oldAt,
    opts: DescendOptions = {},
  ): void {
    const { oldS, newS, stack } = this.run;
    // Equal source content without any $ref below means equal meaning: nothing to find there.
    const rawOld = oldSub && oldS.refFreeRaw.get(oldSub);
    const rawNew = newSub && newS.refFreeRaw.get(newSub);
    if (rawOld && rawNew && sameContent(rawOld, rawNew)) return;
    const t = this.task;
    const only = directionOf(t, opts);
    if (only === null) return;
    stack.push({
      old: oldSub ?? TRUE_SCHEMA,
      new: newSub ?? TRUE_SCHEMA,
      oldPtr: (oldSub && oldS.src.get(oldSub)) ?? locate(oldS, t.old, t.oldPtr, oldAt),
      newPtr: (newSub && newS.src.get(newSub)) ?? locate(newS, t.new, t.newPtr, newAt),
      negated: opts.negate ? !t.negated : t.negated,
      // Exclusivity survives a `not`: a change under it still moves events in or out of the branch.
      exclusive: t.exclusive || Boolean(opts.exclusive),
      ...(only ? { only } : {}),
    });
  }
}

/**
 * The direction a child pair counts for, in the whole documents' terms: `opts.only` is asked in
 * the terms of the pair at hand (swapped under an odd number of `not`s); what an ancestor asked
 * is already in document terms. Both, and different: the pair counts for nothing (null).
 */
function directionOf(t: Task, opts: DescendOptions): Direction | undefined | null {
  const asked = opts.only && (t.negated ? (opts.only === 'backward' ? 'forward' : 'backward') : opts.only);
  if (t.only && asked && t.only !== asked) return null;
  return t.only ?? asked;
}

/** `/properties/customer/properties/tier` -> `customer.tier`; `/items` -> `[]`; other keywords in parentheses. */
export function labelOf(pointer: string): string {
  const tokens = parsePointer(pointer);
  let label = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t === 'properties' || t === 'patternProperties') && i + 1 < tokens.length) {
      const name = tokens[++i]!;
      label += (label ? '.' : '') + (t === 'patternProperties' ? `/${name}/` : name);
    } else if (t === 'items') {
      const next = tokens[i + 1];
      if (next !== undefined && /^\d+$/.test(next)) label += `[${tokens[++i]}]`;
      else label += '[]';
    } else if (t === 'definitions') {
      label += (label ? '.' : '') + `#${tokens[++i] ?? ''}`;
    } else {
      const next = tokens[i + 1];
      label += `(${t}${next !== undefined && /^\d+$/.test(next) ? ` ${tokens[++i]}` : ''})`;
    }
  }
  return label;
}
