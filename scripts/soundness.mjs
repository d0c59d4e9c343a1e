// The long soundness run of the evolution engine: the property of test/evolution/soundness.test.ts
// with many more trials, against the compiled engine (run `npm run build` first: it emits lib/).
//
//   node scripts/soundness.mjs [--forward] [--classes]
//   env SOUNDNESS_RUNS (default 200000), SOUNDNESS_SEED (default: random, printed),
//   SOUNDNESS_DEPTH (nesting of generated documents; default: 2, and 3 for one trial in four —
//   the test uses 2 only, to stay fast)
//
// Default: stop at the first counterexample (shrunk by fast-check) and exit 1.
// --classes: keep going and collect the distinct failure classes (grouped by which keywords differ
//   between old and new, or by the exception thrown), one minimal counterexample each: a class
//   already seen counts as a pass, so each new search (and its shrinking) finds a different class.
// --forward: check the forward direction (valid under new, invalid under old => forward-breaking).
// --sensitivity: test the test. For each backward-breaking change kind, run the property against
//   an engine that forgets that kind, and report how many trials it takes to notice (SOUNDNESS_RUNS
//   is the budget per kind, e.g. 5000). Kinds never noticed are blind spots of the generators (or
//   kinds the generators never provoke, e.g. `format`, `comparison-incomplete`).
//
// The generators cover, besides plain draft-07 documents: one-member and duplicate combinators,
// boolean subschemas (and whole `true`/`false` documents), if/then/else (`if: {}`, `if: false`,
// branch edits under an unchanged `if`), `$id` scopes (plain-name anchors, absolute URIs of the
// document, nested resources with relative refs; an `$id` moved behind an unchanged `$ref`), `$ref`
// chains of 2-6 links, and dialects (draft-06 with ajv's draft-06 meta-schema; draft-04 judged by
// ajv-draft-04, counted in stats.draft04; either without the keywords its dialect does not define,
// which ajv would apply: see oracleSchema in scripts/evolution-scopes.mjs).
// False alarms and witness share: scripts/false-alarms.mjs.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import {
  AJV_OPTIONS,
  differingKeywords,
  makeSoundness,
  mutate,
  trialArb,
  withDialects,
} from './evolution-arbitraries.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const libEngine = join(root, 'lib/evolution/engine.js');
if (!existsSync(libEngine)) {
  console.error('lib/evolution/engine.js not found: run `npm run build` first');
  process.exit(2);
}
const { compareSchemas } = await import(libEngine);
const { breaksBackward, verdict } = await import(join(root, 'lib/evolution/policy.js'));
const { KINDS } = await import(join(root, 'lib/evolution/kinds/index.js'));

const args = new Set(process.argv.slice(2));
const direction = args.has('--forward') ? 'forward' : 'backward';
const RUNS = Number(process.env.SOUNDNESS_RUNS ?? 200_000);
const SEED =
  process.env.SOUNDNESS_SEED === undefined ? (Date.now() ^ (process.pid << 8)) | 0 : Number(process.env.SOUNDNESS_SEED);
const MAX_CLASSES = Number(process.env.SOUNDNESS_MAX_CLASSES ?? 40);
const DEPTH = process.env.SOUNDNESS_DEPTH === undefined ? undefined : Number(process.env.SOUNDNESS_DEPTH);
const trials =
  DEPTH === undefined
    ? fc.oneof({ weight: 3, arbitrary: trialArb(2) }, { weight: 1, arbitrary: trialArb(3) })
    : trialArb(DEPTH);

// Same oracle as the test (see AJV_OPTIONS for why allErrors is on).
const ajv = withDialects(new Ajv(AJV_OPTIONS));
const { check, stats } = makeSoundness({ compareSchemas, breaksBackward, verdict, ajv });

const t0 = performance.now();
let lastReport = 0;
const progress = () => {
  if (stats.trials - lastReport < 20_000) return;
  lastReport = stats.trials;
  console.error(
    `  ${stats.trials} trials, ${((performance.now() - t0) / 1000).toFixed(0)} s: ${JSON.stringify(stats)}`,
  );
};

/** The class of a failure: the exception (name, message, innermost frame) or the keywords that differ. */
function classOf(trial, error) {
  const msg = error instanceof Error ? error.message : String(error);
  if (msg.includes('compareSchemas threw')) {
    const errLine = msg.split('\n').find((l) => l.startsWith('error:')) ?? '';
    // The innermost frame of our code (native frames such as Array.map vary from run to run).
    const frame = [
      ...msg.slice(msg.indexOf('error:')).matchAll(/at (\S+) \((?:file:\/\/)?[^)]*\/(?:lib|src)\/([^:)]+)/g),
    ][0];
    return `throws ${errLine.slice(6).trim()}${frame ? ` (${frame[1]} in ${frame[2]})` : ''}`;
  }
  return `keywords ${differingKeywords(trial.old, mutate(trial.old, trial.mutations)).join(', ') || '(none)'}`;
}

console.log(
  `soundness (${direction}): ${RUNS} trials, seed ${SEED}${args.has('--classes') ? ', collecting failure classes' : ''}`,
);

if (args.has('--sensitivity')) {
  const kinds = Object.keys(KINDS).filter((k) => !KINDS[k].backward);
  const rows = [];
  for (const kind of kinds) {
    const blind = makeSoundness({
      compareSchemas: (a, b) => compareSchemas(a, b).filter((c) => c.kind !== kind),
      breaksBackward,
      verdict,
      ajv,
    });
    const d = fc.check(
      fc.property(trials, (trial) => {
        blind.check(trial, 'backward');
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    rows.push([kind, d.failed ? d.numRuns : undefined]);
    console.log(
      `${kind.padEnd(60)} ${d.failed ? `noticed after ${d.numRuns} trials` : `NOT noticed in ${RUNS} trials`}`,
    );
  }
  const noticed = rows.filter(([, n]) => n !== undefined).length;
  console.log(
    `\n${noticed} of ${rows.length} backward-breaking kinds noticed within ${RUNS} trials (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
} else if (!args.has('--classes')) {
  const details = fc.check(
    fc.property(trials, (trial) => {
      progress();
      check(trial, direction);
    }),
    { numRuns: RUNS, seed: SEED },
  );
  const secs = (performance.now() - t0) / 1000;
  if (details.failed) {
    console.log(fc.defaultReportMessage(details));
    console.log(
      `\nFAILED after ${details.numRuns} trials (${secs.toFixed(1)} s). Replay: SOUNDNESS_SEED=${SEED} SOUNDNESS_RUNS=${RUNS}`,
    );
    process.exit(1);
  }
  console.log(`OK: ${RUNS} trials in ${secs.toFixed(1)} s (${((secs * 1e6) / RUNS).toFixed(0)} µs/trial)`);
  console.log(JSON.stringify(stats));
} else {
  const known = new Map();
  let consumed = 0;
  let seed = SEED;
  while (consumed < RUNS && known.size < MAX_CLASSES) {
    const details = fc.check(
      fc.property(trials, (trial) => {
        progress();
        try {
          check(trial, direction);
        } catch (error) {
          if (known.has(classOf(trial, error))) return; // already reported: look for another class
          throw error;
        }
      }),
      { numRuns: RUNS - consumed, seed },
    );
    consumed += details.numRuns;
    if (!details.failed) break;
    const [trial] = details.counterexample;
    const cls = classOf(trial, details.errorInstance);
    known.set(cls, {
      message: details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance),
      seed,
      at: consumed,
    });
    console.error(`  class ${known.size}: ${cls} (after ${consumed} trials)`);
    seed = (seed * 1103515245 + 12345) | 0;
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `\n${known.size} failure class(es) in ${consumed} trials (${secs.toFixed(1)} s; ${JSON.stringify(stats)})\n`,
  );
  let n = 0;
  for (const [cls, { message, seed: s }] of known) {
    console.log(`### ${++n}. ${cls}   (seed ${s})\n${message}\n`);
  }
  process.exit(known.size > 0 ? 1 : 0);
}
