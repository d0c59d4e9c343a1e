// The process group of one git call. `git fetch` starts helpers (git-remote-http, ssh) that
// inherit git's pipes: killing git alone leaves them running, holding the pipes open, and a
// stalled origin would hang the check until the job's timeout. So git is started as the leader of
// its own process group (POSIX), and stopping it kills the group. Being its own group, git no
// longer gets the signals meant for us (Ctrl-C, a cancelled job): while a group is alive, those
// signals and this process's exit kill it too, then take their usual course.

import type { ChildProcess } from 'node:child_process';

/** Process groups exist on POSIX; on Windows the child alone is killed. */
export const GROUPS = process.platform !== 'win32';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const alive = new Set<number>();

export interface Group {
  /** Kill git and everything it started (SIGKILL). */
  kill(): void;
  /** The call is over: nothing of it to kill any more. */
  release(): void;
}

export function trackGroup(child: ChildProcess): Group {
  const pid = child.pid;
  const grouped = GROUPS && pid !== undefined;
  if (grouped) {
    if (alive.size === 0) listen(true);
    alive.add(pid);
  }
  return {
    kill() {
      if (grouped) killGroup(pid);
      else child.kill('SIGKILL');
    },
    release() {
      if (!grouped || !alive.delete(pid)) return;
      if (alive.size === 0) listen(false);
    },
  };
}

function listen(on: boolean): void {
  for (const s of SIGNALS) {
    if (on) process.on(s, onSignal);
    else process.off(s, onSignal);
  }
  if (on) process.on('exit', killAll);
  else process.off('exit', killAll);
}

function onSignal(signal: NodeJS.Signals): void {
  killAll();
  listen(false);
  // Nobody else handles it: its default (ending this process), as if we had never listened.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function killAll(): void {
  for (const pid of alive) killGroup(pid);
  alive.clear();
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone (ESRCH): nothing to kill.
  }
}
