// The stage order as a check (`npm run lint`; docs/architecture.md, "Import rules"). Data flows one way through the
// stages below; a stage imports earlier ones only. The fronts (src/cli.ts with its src/cli-*.ts modules, src/main.ts,
// src/index.ts, src/demo/) put the stages together, and they alone reach for the rule registry.
// test/architecture/stage-order.test.ts shows each rule fires on a planted violation.

/** Data-flow order: core -> settings -> ... -> report; github/ is the adapter to GitHub, after all of them. */
export const STAGES = [
  'core',
  'settings',
  'contracts',
  'lint',
  'cxone',
  'baseline',
  'evolution',
  'plan',
  'triage',
  'modes',
  'report',
  'github',
];

const FRONTS = '^src/(cli|cli-[a-z]+|main|index)\\.[^/]+$|^src/demo/';
const REGISTRY = '^src/rule-registry\\.[^/]+$';

/** One rule per stage: it imports no later stage, no front, not the registry and not the emulator. */
const stageOrder = STAGES.map((stage, i) => ({
  name: `stage-order-${stage}`,
  comment: `${stage}/ imports no later stage (${STAGES.slice(i + 1).join(', ') || 'none'}), no front, not the rule registry and not the emulator.`,
  severity: 'error',
  from: { path: `^src/${stage}/` },
  to: { path: [...STAGES.slice(i + 1).map((later) => `^src/${later}/`), FRONTS, REGISTRY, '^src/emulator/'] },
}));

export default {
  forbidden: [
    ...stageOrder,
    {
      name: 'report-imports-no-mode',
      comment:
        'report/ renders plain data (src/core/*-result.ts, *-report.ts); a mode returns it, the renderer never reaches into the mode.',
      severity: 'error',
      from: { path: '^src/report/' },
      to: { path: '^src/modes/' },
    },
    {
      name: 'actions-only-in-github-and-fronts',
      comment:
        '@actions/* (the runner) is reached only through src/github/ and the fronts: the stages return data and strings.',
      severity: 'error',
      from: { path: '^src/', pathNot: [FRONTS, '^src/github/'] },
      // Resolved into node_modules; unresolved (a tree without node_modules) it stays the bare name.
      to: { path: ['node_modules/@actions/', '^@actions/'] },
    },
    {
      name: 'registry-only-in-fronts',
      comment:
        'The rule registry lists the rules of every stage: a stage that imported it would import every later stage. ' +
        'The fronts hand in what a stage needs (rule ids, rule metadata).',
      severity: 'error',
      from: { path: '^src/', pathNot: [FRONTS, REGISTRY] },
      to: { path: REGISTRY },
    },
    {
      name: 'emulator-stands-alone',
      comment:
        'The emulator is a stand-in for the platform, a program of its own: it imports nothing of the product ' +
        '(in particular not lint or evolution), so it cannot agree with the product by construction.',
      severity: 'error',
      from: { path: '^src/emulator/' },
      to: { path: '^src/', pathNot: '^src/emulator/' },
    },
    {
      name: 'no-cycle-between-stages',
      comment:
        'A cycle that leaves its stage means two stages depend on each other: the order no longer says which comes first.',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { circular: true, via: { pathNot: '^src/$1/' } },
    },
    {
      name: 'no-cycle-through-fronts',
      comment: 'The fronts and the registry sit on top: nothing they import leads back to them.',
      severity: 'error',
      from: { path: '^src/[^/]+\\.[^/]+$' },
      to: { circular: true },
    },
  ],
  options: {
    // Type-only imports count: a renderer that imports a mode's types still depends on the mode.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
