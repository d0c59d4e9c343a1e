// What a validator needs to run, without ajv's compiler: ajv's runtime helpers, the formats and the
// regex engine, under the names the compiled code requires them by (./validator-compile.ts writes
// those names; ./validators.ts hands them to a kept validator's code when it loads it again).

import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { FORMAT_CHECKS } from '../core/formats.js';
import { guardedRegExp } from './regex.js';
import { keptValidatorModule } from './validator-cache.js';

/** The formats, as ajv's `formats` option takes them. */
export const FORMATS = Object.fromEntries(
  Object.entries(FORMAT_CHECKS).map(([name, validate]) => [name, { type: 'string' as const, validate }]),
);

/** A CommonJS module's `exports.default`, whichever way the runtime or a bundler reads a default import of it. */
const defaultOf = (m: unknown): unknown => (m as { default?: unknown }).default ?? m;

/**
 * What a kept validator's code may require, under the names the compile wrote: ajv's runtime
 * helpers (the code reads their `.default`), the formats (the compile's `code.formats`) and the
 * regex engine (./regex.ts).
 */
export const RUNTIME: Readonly<Record<string, unknown>> = {
  'ajv/dist/runtime/equal': { default: defaultOf(equalModule) },
  'ajv/dist/runtime/ucs2length': { default: defaultOf(ucs2lengthModule) },
  'cxone-contract/formats': FORMATS,
  'cxone-contract/regexp': { guardedRegExp },
};

export type Compiled =
  | {
      ok: true;
      validate: (event: unknown) => boolean;
      /** The errors of the last rejection (all of them: they tell which change an event shows). */
      errors: () => readonly ErrorObject[];
    }
  /** `missingRef`: the reference ajv could not resolve, when that is why. */
  | { ok: false; error: string; missingRef?: string };

export function judging(fn: ValidateFunction): Compiled {
  return { ok: true, validate: (event) => fn(event) === true, errors: () => fn.errors ?? [] };
}

/**
 * The validator of ajv's standalone `code` kept for `key`, run with its helpers (RUNTIME); undefined
 * when it fails to load (e.g. a pattern that no longer compiles: the compile reports it).
 */
export function validatorFromCode(key: string, code: string): ValidateFunction | undefined {
  try {
    const module: { exports: unknown } = { exports: {} };
    const require = (id: string): unknown => {
      if (!Object.hasOwn(RUNTIME, id)) throw new Error(`a kept validator requires ${id}`);
      return RUNTIME[id];
    };
    // Code ajv generated from this very key (./validator-cache.ts), run as ajv runs what it compiles.
    keptValidatorModule(key, code)(require, module, module.exports);
    return typeof module.exports === 'function' ? (module.exports as ValidateFunction) : undefined;
  } catch {
    return undefined;
  }
}
