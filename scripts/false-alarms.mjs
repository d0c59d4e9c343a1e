// How often is a backward-incompatible verdict a false alarm, and how often does it come with a
// witness? Against the compiled engine (run `npm run build` first: it emits lib/).
//
//   node scripts/false-alarms.mjs [--json]
//   env FALSE_ALARMS_TRIALS (trials drawn; default 20000), FALSE_ALARMS_SAMPLE (incompatible
//   verdicts without a sampler counter-example to search hard; default 300), FALSE_ALARMS_STREAMS
//   (event streams per hard search; default 3000), FALSE_ALARMS_SEED (default: random, printed)
//
// Trials come from the soundness generator (scripts/evolution-arbitraries.mjs). For each one the
// engine judges backward-incompatible (some change breaks backward) and ajv can judge:
// - the witness share: does judgeEach (src/evolution/judge.ts) attach a witness to one of its
//   backward-breaking findings, and does ajv confirm it (valid under old, invalid under new)?
// - the normal sampler (the trial's own streams) looks for a counter-example; for a sample of
//   those it misses, a much stronger search (FALSE_ALARMS_STREAMS longer streams, plus the
//   engine's witness) runs. Those still without one are counted as false alarms (an upper bound:
//   a break the generator cannot build counts as a false alarm too). An event the new validator
//   cannot finish on (ajv overflows its stack on a `$ref` cycle) is not accepted: a counter-example.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import {
  AJV_OPTIONS,
  constantsOf,
  dialectUnsafe,
  mutate,
  oracleUnsafe,
  subschemaSlots,
  trialArb,
  withDialects,
} from './evolution-arbitraries.mjs';
import { isolated } from './evolution-scopes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'lib/evolution/engine.js'))) {
  console.error('lib/evolution/engine.js not found: run `npm run build` first');
  process.exit(2);
}

/** Extra constants for the hard search (read by constantsOf like a schema's own). */
const ODD_VALUES = { values: [0.3, 2.7, -1.3, 7, 'cb', 'ba', 'abc', 'ca'] };

/**
 * Measure on `trials` trials (seed `seed`); search hard on at most `sample` verdicts the sampler
 * gives no counter-example for, `streams` streams each. Returns counts and a few examples.
 */
export async function falseAlarms({ trials = 20_000, sample = 300, streams = 3000, seed = 1, examples = 8 } = {}) {
  const { compareSchemas } = await import(join(root, 'lib/evolution/engine.js'));
  const { breaksBackward } = await import(join(root, 'lib/evolution/policy.js'));
  const { judgeEach } = await import(join(root, 'lib/evolution/judge.js'));
  // judgeEach compiles (the witness search), synchronously: ajv's compiler is loaded ahead (lib/lint/validators.js).
  await (await import(join(root, 'lib/lint/validators.js'))).loadValidatorCompiler();
  const { eventFrom } = await import('./evolution-arbitraries.mjs');
  const ajv = withDialects(new Ajv({ ...AJV_OPTIONS, logger: false }));
  const compile = (schema) => {
    try {
      const v = isolated(ajv, () => ajv.compile(schema));
      return (e) => {
        try {
          return v(e) === true;
        } catch {
          return undefined;
        }
      };
    } catch {
      return undefined;
    } finally {
      if (schema !== null && typeof schema === 'object') ajv.removeSchema(schema);
    }
  };
  // Longer streams than the soundness run's: deeper events, more choices per event.
  const strongStreams = fc.sample(fc.array(fc.nat({ max: 0xffff }), { maxLength: 120 }), {
    numRuns: streams,
    seed: seed ^ 0x5eed,
  });
  const out = {
    streams,
    trials: 0,
    incompatible: 0,
    oldUnjudgeable: 0,
    judged: 0,
    withWitness: 0,
    witnessWrong: 0,
    sampler: 0,
    missed: 0,
    searched: 0,
    foundByStreams: 0,
    foundByWitness: 0,
    falseAlarms: 0,
    kinds: {},
    noWitness: {},
    examples: [],
  };
  const t0 = performance.now();
  for (const trial of fc.sample(trialArb(), { numRuns: trials, seed })) {
    out.trials++;
    const oldDoc = trial.old;
    const newDoc = mutate(oldDoc, trial.mutations);
    let changes;
    try {
      changes = compareSchemas(oldDoc, newDoc);
    } catch {
      continue; // the soundness run reports throws
    }
    const breaking = changes.filter((c) => breaksBackward(c));
    if (breaking.length === 0) continue;
    out.incompatible++;
    const all = (d) => subschemaSlots(d).map(({ value }) => value);
    if (
      oracleUnsafe(oldDoc) ||
      oracleUnsafe(newDoc) ||
      dialectUnsafe(oldDoc, all(oldDoc)) ||
      dialectUnsafe(newDoc, all(newDoc))
    )
      continue;
    const vOld = compile(oldDoc);
    const vNew = vOld && compile(newDoc);
    if (!vOld || !vNew) continue;
    const constants = constantsOf(oldDoc, newDoc);
    // ajv cannot judge a live schema it cannot finish validating with (`not: {$ref: '#'}`
    // overflows its stack): nothing is known of what it accepts.
    if ([[], ...trial.streams].some((s) => vOld(eventFrom(oldDoc, s, constants)) === undefined)) {
      out.oldUnjudgeable++;
      continue;
    }
    out.judged++;
    // Valid under the old schema, not accepted by the new one: rejected, or the new validator
    // cannot finish on it (a `$ref` cycle that overflows ajv's stack accepts no event either).
    const shows = (e) => vOld(e) === true && vNew(e) !== true;
    // The engine's witness, as `diff` would attach it.
    const findings = judgeEach(changes, { file: 'f.json', contract: 'c', policy: 'backward', oldDoc, newDoc });
    const witnesses = findings
      .filter(({ change, finding }) => breaksBackward(change) && finding && 'witness' in finding)
      .map(({ finding }) => finding.witness);
    const goodWitness = witnesses.find(shows);
    if (witnesses.length > 0) out.withWitness++;
    else {
      // Why not, as the finding's help says (see noWitnessHelp in src/evolution/judge.ts).
      const help = findings.find(({ change, finding }) => breaksBackward(change) && finding)?.finding?.help ?? '';
      const why = /\(No example event \(([a-z ]+)\)/.exec(help)?.[1] ?? 'no reason given';
      out.noWitness[why] = (out.noWitness[why] ?? 0) + 1;
    }
    if (witnesses.length > 0 && goodWitness === undefined) out.witnessWrong++;
    if ([[], ...trial.streams].some((s) => shows(eventFrom(oldDoc, s, constants)))) {
      out.sampler++;
      continue;
    }
    out.missed++;
    if (out.searched >= sample) continue;
    out.searched++;
    // The hard search also tries values the schemas' own constants miss: numbers off their
    // half-steps (1.3 is no multiple of 0.5), strings that end or start as patterns ask.
    const wide = constantsOf(ODD_VALUES, oldDoc, newDoc);
    if (strongStreams.some((s, i) => shows(eventFrom(oldDoc, s, i % 2 === 0 ? constants : wide)))) out.foundByStreams++;
    else if (goodWitness !== undefined) out.foundByWitness++;
    else {
      out.falseAlarms++;
      for (const kind of new Set(breaking.map((c) => c.kind))) out.kinds[kind] = (out.kinds[kind] ?? 0) + 1;
      if (out.examples.length < examples)
        out.examples.push({
          old: oldDoc,
          new: newDoc,
          changes: breaking.map((c) => `${c.kind} at ${c.pointer || '/'}`),
        });
    }
  }
  out.seconds = (performance.now() - t0) / 1000;
  // Rates: false alarms among the searched verdicts; witnesses among all judged incompatible verdicts.
  out.falseAlarmRate = out.searched === 0 ? 0 : out.falseAlarms / out.searched;
  // Verdicts the sampler misses are a share of all: the false alarms of all incompatible verdicts.
  out.falseAlarmShare = out.judged === 0 ? 0 : (out.falseAlarmRate * out.missed) / out.judged;
  out.witnessShare = out.judged === 0 ? 0 : out.withWitness / out.judged;
  return out;
}

export function describeFalseAlarms(r) {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  return [
    `${r.trials} trials: ${r.incompatible} backward-incompatible verdicts, ${r.judged} that ajv can judge (${r.oldUnjudgeable} more where ajv cannot finish validating with the live schema)`,
    `witness share: ${r.withWitness}/${r.judged} = ${pct(r.witnessShare)} carry an engine witness (${r.witnessWrong} of them not confirmed by ajv)`,
    `without a witness, why: ${
      Object.entries(r.noWitness)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || '-'
    }`,
    `normal sampler: counter-example for ${r.sampler}, none for ${r.missed}`,
    `hard search on ${r.searched} of those: ${r.foundByStreams} found by ${r.streams ?? ''} longer streams, ${r.foundByWitness} only by the engine's witness, ${r.falseAlarms} without any counter-example`,
    `false alarms: ${pct(r.falseAlarmRate)} of the searched verdicts, about ${pct(r.falseAlarmShare)} of all judged incompatible verdicts (target < 5%; ${r.seconds.toFixed(1)} s)`,
    `change kinds of the false alarms: ${
      Object.entries(r.kinds)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none'
    }`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seed =
    process.env.FALSE_ALARMS_SEED === undefined
      ? (Date.now() ^ (process.pid << 8)) | 0
      : Number(process.env.FALSE_ALARMS_SEED);
  const opts = {
    trials: Number(process.env.FALSE_ALARMS_TRIALS ?? 20_000),
    sample: Number(process.env.FALSE_ALARMS_SAMPLE ?? 300),
    streams: Number(process.env.FALSE_ALARMS_STREAMS ?? 3000),
    seed,
  };
  console.log(
    `false alarms: seed ${seed}, ${opts.trials} trials, hard search on up to ${opts.sample} verdicts with ${opts.streams} streams each`,
  );
  const r = await falseAlarms(opts);
  if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
  else {
    console.log(describeFalseAlarms(r));
    for (const e of r.examples)
      console.log(`  - ${e.changes.join('; ')}\n    old: ${JSON.stringify(e.old)}\n    new: ${JSON.stringify(e.new)}`);
  }
}
