// The table-row harness shared by the family tests: each row is an old/new schema pair with the
// kind expected at a pointer, and the kind's verdicts are grounded in draft-07 validation (ajv)
// with concrete events. What a family needs differently (ajv options, copying the schemas before
// comparing, how carry-over is judged, ...) is an explicit option here, never a silent fork.

import { Ajv } from 'ajv';
import { expect, it } from 'vitest';
import type { Change } from '../../../src/evolution/change.js';
import { compareSchemas } from '../../../src/evolution/engine.js';
import { KINDS, type ChangeKind, type KindInfo } from '../../../src/evolution/kinds/index.js';
import { kindVerdict } from '../../../src/evolution/policy.js';
import type { Schema } from '../../../src/evolution/schema-model.js';
import type { Token, Visit } from '../../../src/evolution/walk.js';

// ---- ajv ----

export interface AjvOptions {
  /** Collect every error. ajv 8.20 without it skips `contains` on an empty array when `items` is a tuple. */
  allErrors?: boolean;
  /** Read multipleOf with a decimal tolerance (ajv otherwise divides in binary floating point). */
  multipleOfPrecision?: number;
  /** Formats to assert, as stand-in regular expressions (plain ajv does not assert `format`). */
  formats?: Record<string, RegExp>;
}

/** An ajv for grounding: draft-07, not strict (schemas carry x- annotations), quiet. */
export function makeAjv(options: AjvOptions = {}): Ajv {
  const { formats = {}, ...rest } = options;
  const ajv = new Ajv({ strict: false, logger: false, ...rest });
  for (const [name, re] of Object.entries(formats)) ajv.addFormat(name, re);
  return ajv;
}

export type Valid = (schema: object, event: unknown) => boolean;

/** "Is this event valid under this schema", with the given ajv. */
export function validUnder(ajv: Ajv): Valid {
  return (schema, event) => ajv.validate(schema, event) as boolean;
}

// ---- comparing ----

export type Compare = (old: unknown, next: unknown) => Change[];

/**
 * compareSchemas on JSON copies: for tables whose rows share schema objects (S, I), since
 * normalisation shares a node per object.
 */
export const compareCopies: Compare = (old, next) =>
  compareSchemas(JSON.parse(JSON.stringify(old)), JSON.parse(JSON.stringify(next)));

// ---- rows ----

export interface Row {
  name: string;
  old: object;
  new: object;
  kind: ChangeKind;
  /** Pointer of the change in the new document, and in the old one when it differs. */
  at: string;
  oldAt?: string;
  /** Other kinds expected beside `kind` (from descending into subschemas, or other families). */
  also?: ChangeKind[];
  /** Valid under old, invalid under new (required when backward is false). */
  breaks?: unknown;
  /** Valid under new, invalid under old (required when forward is false). */
  gains?: unknown;
  /** Events that must carry over in each compatible direction. */
  samples?: unknown[];
  /** The verdict is cautious here: the direction it calls breaking actually holds for this pair. */
  cautious?: 'backward' | 'forward';
}

/** Expected [backward, forward, additive] of a kind; additive defaults to the backward verdict. */
export type Verdict = readonly [backward: boolean, forward: boolean, additive?: 'breaking' | 'notice'];
export type VerdictTable = Partial<Record<ChangeKind, Verdict>>;

export interface RowOptions<R extends Row> {
  /** The family's verdict table (restating its kinds file), or the verdicts a row states itself. */
  verdicts: VerdictTable | ((row: R) => Verdict);
  /** Validation for grounding. */
  valid: Valid;
  /** Validation for one row, when rows need different readings (e.g. decimal multipleOf). */
  validFor?: (row: R) => Valid;
  /** How the pair is compared; compareSchemas by default. */
  compare?: Compare;
  /**
   * 'exact' (default): the emitted kinds are exactly `kind` and `also`, and `kind` sits at
   * `at`/`oldAt`. 'includes': `kind` is emitted at `at` among whatever else.
   */
  match?: 'exact' | 'includes';
  /** Check the additive policy's verdict too (default true). */
  additive?: boolean;
  /**
   * Sample carry-over where a direction holds. 'always' (default); 'unless-another-change-breaks'
   * (another reported change breaks that direction, so the samples need not carry over);
   * 'never' (the rows ground the breaking directions only, and carry no samples).
   */
  carryOver?: 'always' | 'unless-another-change-breaks' | 'never';
}

/** The standard assertions for one row: kinds, pointers, message, verdicts, and ajv grounding. */
export function checkRow<R extends Row>(row: R, options: RowOptions<R>): Change[] {
  const compare = options.compare ?? compareSchemas;
  const changes = compare(row.old, row.new);
  let change: Change | undefined;
  if ((options.match ?? 'exact') === 'exact') {
    expect(changes.map((c) => c.kind).sort()).toEqual([row.kind, ...(row.also ?? [])].sort());
    change = changes.find((c) => c.kind === row.kind)!;
    expect(change.pointer).toBe(row.at);
    expect(change.oldPointer).toBe(row.oldAt ?? row.at);
  } else {
    const seen = changes.map((c) => `${c.kind} ${c.pointer}`);
    expect(seen, JSON.stringify(changes)).toContain(`${row.kind} ${row.at}`);
    for (const kind of row.also ?? []) expect(changes.map((c) => c.kind)).toContain(kind);
    change = changes.find((c) => c.kind === row.kind && c.pointer === row.at)!;
    if (row.oldAt !== undefined) expect(change.oldPointer).toBe(row.oldAt);
  }
  expect(change.message.length).toBeGreaterThan(20);

  const expected = typeof options.verdicts === 'function' ? options.verdicts(row) : options.verdicts[row.kind];
  expect(expected, `${row.kind}: an expected verdict`).toBeDefined();
  const [backward, forward, additive] = expected!;
  expect(kindVerdict(row.kind, 'backward')).toBe(backward ? 'ok' : 'breaking');
  expect(kindVerdict(row.kind, 'forward')).toBe(forward ? 'ok' : 'breaking');
  if (options.additive ?? true)
    expect(kindVerdict(row.kind, 'additive')).toBe(additive ?? (backward ? 'ok' : 'breaking'));

  ground(row, backward, forward, changes, options.validFor?.(row) ?? options.valid, options.carryOver ?? 'always');
  return changes;
}

/** Ground a row's verdicts in validation: counterexamples where a direction breaks, carry-over where it holds. */
export function ground(
  row: Row,
  backward: boolean,
  forward: boolean,
  changes: Change[],
  valid: Valid,
  carryOver: RowOptions<Row>['carryOver'] = 'always',
): void {
  if (!backward && row.cautious !== 'backward') {
    expect('breaks' in row, `${row.name}: a backward counterexample`).toBe(true);
    expect(valid(row.old, row.breaks), 'breaks: valid under old').toBe(true);
    expect(valid(row.new, row.breaks), 'breaks: invalid under new').toBe(false);
  }
  if (!forward && row.cautious !== 'forward') {
    expect('gains' in row, `${row.name}: a forward counterexample`).toBe(true);
    expect(valid(row.old, row.gains), 'gains: invalid under old').toBe(false);
    expect(valid(row.new, row.gains), 'gains: valid under new').toBe(true);
  }
  if (carryOver === 'never') return;
  // With 'unless-another-change-breaks', events carry over only where nothing reported breaks the direction.
  const opposed = (policy: 'backward' | 'forward') =>
    carryOver === 'unless-another-change-breaks' && changes.some((c) => kindVerdict(c.kind, policy) === 'breaking');
  const samples = row.samples ?? [];
  if (backward && !opposed('backward')) {
    const kept = samples.filter((e) => valid(row.old, e));
    expect(kept.length, 'some samples are valid under old').toBeGreaterThan(0);
    for (const e of kept) expect(valid(row.new, e), `${JSON.stringify(e)} stays valid`).toBe(true);
  }
  if (forward && !opposed('forward')) {
    const kept = samples.filter((e) => valid(row.new, e));
    expect(kept.length, 'some samples are valid under new').toBeGreaterThan(0);
    for (const e of kept) expect(valid(row.old, e), `${JSON.stringify(e)} was valid`).toBe(true);
  }
}

/**
 * Every kind of the family is covered by a row, the verdict table matches the kinds file
 * (additive column included), and each kind's documented example emits it.
 */
export function checkFamilyCovered(
  rows: readonly Row[],
  familyKinds: Record<string, KindInfo>,
  verdicts: VerdictTable,
  compare: Compare = compareSchemas,
): void {
  const covered = new Set(rows.map((r) => r.kind));
  for (const kind of Object.keys(familyKinds) as ChangeKind[]) {
    expect(covered.has(kind), kind).toBe(true);
    const info: KindInfo = KINDS[kind];
    const expected = verdicts[kind];
    expect(expected, kind).toBeDefined();
    expect([info.backward, info.forward, 'additive' in info ? info.additive : undefined], kind).toEqual([
      expected![0],
      expected![1],
      expected![2],
    ]);
    const { old, new: next } = info.example;
    expect(compare(old, next).map((c) => c.kind)).toContain(kind);
  }
}

/**
 * Register the table's tests inside the caller's describe: one test a row (checkRow), then, given
 * the family's kinds and a verdict table, the coverage test (checkFamilyCovered).
 */
export function itChecksRows<R extends Row>(
  rows: readonly R[],
  options: RowOptions<R> & { title?: string },
  familyKinds?: Record<string, KindInfo>,
): void {
  it.each(rows)(options.title ?? '$name', (row) => {
    checkRow(row, options);
  });
  const { verdicts } = options;
  if (familyKinds && typeof verdicts !== 'function') {
    it('covers every kind of the family, and the table above matches the kinds file', () => {
      checkFamilyCovered(rows, familyKinds, verdicts, options.compare);
    });
  }
}

// ---- one family on one node pair ----

/** Run one family on a node pair, collecting what it emits (for message checks). */
export function runFamily(family: (v: Visit) => void, old: Schema, next: Schema, label: string): Change[] {
  const out: Change[] = [];
  const below = (at: Token[] = []) => at.map((t) => `/${t}`).join('');
  family({
    old,
    new: next,
    oldPtr: '',
    newPtr: '',
    negated: false,
    exclusive: false,
    label,
    emit(kind, message, detail = {}) {
      out.push({ kind, message, pointer: below(detail.at), oldPointer: below(detail.oldAt ?? detail.at) });
    },
    descend() {},
  });
  return out;
}
