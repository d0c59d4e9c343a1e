// Annotations are workflow commands written to stdout: capture them line by line for a test.

import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

/** Lines written to stdout during each test of the calling file (reset before each test). */
export function captureStdout(): { lines: string[] } {
  const captured = { lines: [] as string[] };
  let write: MockInstance<typeof process.stdout.write>;
  beforeEach(() => {
    captured.lines = [];
    write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      captured.lines.push(String(chunk));
      return true;
    });
  });
  afterEach(() => write.mockRestore());
  return captured;
}
