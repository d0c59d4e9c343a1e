// `cxone-contract demo` (npm run demo): check the example contract repo shipped in examples/
// against its example registry export, and show the findings with file:line.

import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../core/errors.js';
import type { Report } from '../core/report.js';
import { runCheck } from '../modes/index.js';
import { formatText } from '../report/text.js';
import { knownRuleIds } from '../rule-registry.js';
import { buildSettings } from '../settings/index.js';

export interface DemoIo {
  out: (text: string) => void;
  cwd: string;
  color: boolean;
}

export async function runDemo(io: DemoIo): Promise<number> {
  const examples = findExamples();
  const root = relative(io.cwd, examples) || '.';
  // The live tenant is the bundled emulator, seeded with the example registry export, reached
  // over HTTP exactly as a real tenant would be (OAuth, paginated export).
  const { startEmulator, DEFAULT_CLIENT } = await import('../emulator/index.js');
  const emulator = await startEmulator({ seed: join(examples, 'registry-export.json') });
  try {
    const settings = await buildSettings(
      {
        root: examples,
        'api-base-url': emulator.url,
        'client-id': DEFAULT_CLIENT.clientId,
        'client-secret': DEFAULT_CLIENT.clientSecret,
      },
      { cwd: io.cwd },
    );
    io.out(
      `cxone-contract demo: checking the example repo ${root}/ against the CXone emulator at ${emulator.url}\n` +
        `(a local stand-in for the platform, seeded with ${join(root, 'registry-export.json')})\n\n`,
    );
    return await checkAndShow(settings, root, io);
  } finally {
    await emulator.close();
  }
}

async function checkAndShow(
  settings: Awaited<ReturnType<typeof buildSettings>>,
  root: string,
  io: DemoIo,
): Promise<number> {
  const report = await runCheck(settings, { knownRules: knownRuleIds() });
  io.out(formatText(withDisplayPaths(report, root), { color: io.color }));
  io.out(
    report.failed
      ? `\nThe check fails (exit 1): a breaking change against the live schema would reach consumers. See the findings above.\n`
      : `\nThe check passes.\n`,
  );
  return report.failed ? 1 : 0;
}

/**
 * examples/ sits at the package root: three levels above dist/cli/app/ (the bundle), two above
 * lib/demo/ or src/demo/ (found first; neither is in the npm package). Never higher: above an
 * installed package are node_modules and the user's own project, whose examples/ the demo must not
 * check as ours.
 */
function findExamples(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'examples', 'registry-export.json'))) return join(dir, 'examples');
    dir = dirname(dir);
  }
  throw new UsageError('demo: the examples/ folder was not found next to this installation');
}

/** Show paths relative to where the user stands, so `file:line` can be opened directly. */
function withDisplayPaths(report: Report, root: string): Report {
  if (root === '.') return report;
  const show = (file: string) => `${root}/${file}`;
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, file: show(f.file) })),
    plan: report.plan.map((p) => (p.file !== undefined ? { ...p, file: show(p.file) } : p)),
  };
}
