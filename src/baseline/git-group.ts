// The process group of one git call. `git fetch` starts helpers (git-remote-http, ssh) that
// inherit git's pipes: killing git alone leaves them running, holding the pipes open, and a
// stalled origin would hang the check until the job's timeout. So git is started as the leader of
// its own process group (POSIX), and stopping it kills the group. Groups still alive when this
// process exits (an interrupted CLI) are killed then too: nothing is left behind.

import type { ChildProcess } from 'node:child_process';

/** Process groups exist on POSIX; on Windows the child alone is killed. */
export const GROUPS = process.platform !== 'win32';

const alive = new Set<number>();
let hooked = false;

export interface Group {
  /** Kill git and everything it started (SIGKILL). */
  kill(): void;
  /** The call is over: no need to kill the group when this process exits. */
  release(): void;
}

export function trackGroup(child: ChildProcess): Group {
  const pid = child.pid;
  if (GROUPS && pid !== undefined) {
    alive.add(pid);
    if (!hooked) {
      hooked = true;
      process.once('exit', () => {
        for (const p of alive) killGroup(p);
      });
    }
  }
  return {
    kill() {
      if (GROUPS && pid !== undefined) killGroup(pid);
      else child.kill('SIGKILL');
    },
    release() {
      if (pid !== undefined) alive.delete(pid);
    },
  };
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone (ESRCH): nothing to kill.
  }
}
