// Types of evolution-arbitraries.mjs (the shared generators of the evolution property tests).
import type { Arbitrary } from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type SchemaDoc = boolean | { [key: string]: Json };

export type Mutation =
  | { op: 'tweak'; at: number; idx: number; r: number }
  | { op: 'set'; at: number; kv: [string, Json] }
  | { op: 'del'; at: number; idx: number }
  | { op: 'replace'; at: number; schema: SchemaDoc }
  | { op: 'rename'; at: number; idx: number; to: string }
  | {
      op: 'wrap';
      at: number;
      how: 'allOf' | 'anyOf' | 'oneOf' | 'notnot' | 'unwrap' | 'anyOf1' | 'oneOf1' | 'dup' | 'split';
      extra: SchemaDoc;
      r?: number;
    }
  | { op: 'bool'; at: number; value: boolean }
  | { op: 'branch'; at: number; which: 'then' | 'else'; inner: Mutation }
  | { op: 'moveId'; at: number; idx: number };

export interface Trial {
  /** Mostly an object schema; now and then a whole `true` or `false` document. */
  old: SchemaDoc;
  mutations: Mutation[];
  streams: number[][];
}

export interface Constants {
  numbers: number[];
  strings: string[];
  values: Json[];
  /** Small non-negative integers among the numbers: lengths and counts. */
  counts: number[];
}

/** The parts of a Change the property reads. */
export interface ChangeLike {
  kind: string;
  pointer: string;
  message: string;
  negated?: boolean;
  exclusive?: boolean;
}

export interface SoundnessStats {
  trials: number;
  /** Some change already breaks in the direction checked: nothing to verify. */
  trivial: number;
  /** ajv could not compile a schema or recursed forever on an event. */
  skipped: number;
  /** ajv could misjudge the documents (a known ajv bug): not checked. */
  guarded: number;
  /** A dialect the engine does not read (it refuses them as breaking, so in practice none): not checked. */
  dialect: number;
  /** No candidate event was valid under the source schema. */
  noEvents: number;
  /** Verified with at least one event. */
  checked: number;
  events: number;
  /** Of the checked trials, those where old or new declares draft-04 (judged by ajv-draft-04). */
  draft04: number;
}

export type Outcome = 'trivial' | 'skipped' | 'no-events' | 'checked';

export interface AjvLike {
  compile(schema: unknown): (data: unknown) => boolean;
  removeSchema(schema: unknown): unknown;
  /** ajv's registry of ids (nested `$id`s registered by a compile are dropped after it). */
  refs?: object;
}

export interface Engine<C extends ChangeLike> {
  compareSchemas(oldDoc: unknown, newDoc: unknown): C[];
  breaksBackward(change: C): boolean;
  verdict(change: C, policy: 'forward'): 'ok' | 'notice' | 'breaking';
  ajv: AjvLike;
}

export const NAMES: string[];
export const DEFS: string[];
export const REFS: string[];
export const TYPES: string[];
export const PATTERN_SAMPLES: Record<string, string[]>;
export const PATTERNS: string[];
export const PATTERN_KEYS: string[];
export const NUMBERS: number[];
export const MULTIPLES: number[];
export const COUNTS: number[];
export const POOL: Json[];
export const AJV_OPTIONS: { strict: false; validateFormats: false; allErrors: true; code: { optimize: false } };
export const KEYWORDS: string[];

export const typeArb: Arbitrary<string | string[]>;
export function leafArb(refs?: boolean): Arbitrary<SchemaDoc>;
export function nodeArb(depth: number, refs?: boolean): Arbitrary<SchemaDoc>;
export function documentArb(depth?: number): Arbitrary<{ [key: string]: Json }>;
export function scopedDocumentArb(depth?: number): Arbitrary<{ [key: string]: Json }>;
export function chainDocumentArb(depth?: number): Arbitrary<{ [key: string]: Json }>;
export function dialectDocumentArb(depth?: number): Arbitrary<{ [key: string]: Json }>;
export const mutationArb: Arbitrary<Mutation>;
export const streamArb: Arbitrary<number[]>;
export const streamsArb: Arbitrary<number[][]>;
export function trialArb(depth?: number): Arbitrary<Trial>;

export function repairRefs<T>(doc: T): T;
export function subschemaSlots(
  doc: unknown,
  top?: { root: unknown },
): { holder: Record<string | number, unknown>; key: string | number; value: unknown; path: string }[];
export function mutate<T>(doc: T, mutations: Mutation[]): T;
export function constantsOf(...docs: unknown[]): Constants;
export function eventFrom(doc: unknown, stream: readonly number[], constants: Constants): Json;
export function canonical(value: unknown): string;
export function makeSoundness<C extends ChangeLike>(
  engine: Engine<C>,
): {
  check(trial: Trial, direction?: 'backward' | 'forward'): Outcome;
  stats: SoundnessStats;
};
export function report(
  what: string,
  detail: {
    oldDoc: unknown;
    newDoc: unknown;
    event?: unknown;
    changes?: ChangeLike[];
    error?: unknown;
    verdictOf?: (c: ChangeLike) => string;
  },
): string;
export function oracleUnsafe(doc: unknown): boolean;
export function minimizeEvent<T>(event: T, fails: (event: T) => boolean): T;
export function differingKeywords(a: unknown, b: unknown): string[];

export type Dialect = 'draft-04' | 'draft-06' | 'draft-07' | 'other';
export function dialectOf(doc: unknown): Dialect;
export function dialectUnsafe(doc: unknown, allSchemas: unknown[]): string | undefined;
/** Keywords ajv applies though the dialect does not define them (the oracle drops them). */
export const UNDEFINED_KEYWORDS: Record<'draft-04' | 'draft-06', string[]>;
/** `doc` as the oracle compiles it: draft-04/06 documents without the keywords their dialect does not define. */
export function oracleSchema<T>(doc: T): T;
/** An ajv-draft-04 instance: the oracle of documents that declare draft-04. */
export function draft04Ajv(options: object): AjvLike & { validate(schema: unknown, data: unknown): boolean };
/** The target of a `$ref` node of `doc`, resolved by base URI as ajv does (undefined: not local). */
export function resolveRef(doc: unknown, node: unknown): unknown;
export function scopesOf(doc: unknown):
  | {
      baseOf: WeakMap<object, string>;
      resources: Map<string, unknown>;
      anchors: Map<string, unknown>;
      rootBase: string;
    }
  | undefined;
/** Adds ajv's draft-06 meta-schema to the oracle (once). */
export function withDialects<A extends { getSchema(id: string): unknown; addMetaSchema(schema: object): unknown }>(
  ajv: A,
): A;
