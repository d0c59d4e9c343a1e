// The one way a run writes a report file (report-file, sarif-file, --report-file): guarded by the
// run's roots, the contract root and the workspace, never through a link a pull request planted
// in the checkout (./safe-write.ts).

import { writeFileSafely } from './safe-write.js';

/** The directories a pull request may control (Settings has both). */
export interface ReportRoots {
  root: string;
  workspace?: string;
}

/** Write `text` to `file`; `name` is the input or flag that named it, for messages. */
export async function writeReportFile(roots: ReportRoots, name: string, file: string, text: string): Promise<void> {
  await writeFileSafely({ file, name, roots: [roots.root, roots.workspace] }, text);
}
