// `cxone-contract emulator [--port N] [--seed FILE] [--variant NAME]`: run the emulator until SIGINT/SIGTERM.

import { DEFAULT_CLIENT, startEmulator } from './server.js';

/** Runs until SIGINT/SIGTERM, or until `signal` aborts (for tests and embedding). */
export async function runEmulatorCommand(
  args: { port?: number; seed?: string; maxPageSize?: number; variant?: string },
  io: { out(s: string): void },
  signal?: AbortSignal,
): Promise<void> {
  const emulator = await startEmulator({
    ...(args.port !== undefined ? { port: args.port } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    ...(args.maxPageSize !== undefined ? { maxPageSize: args.maxPageSize } : {}),
    ...(args.variant !== undefined ? { variant: args.variant } : {}),
  });
  io.out(
    `CXone emulator listening on ${emulator.url}${args.variant !== undefined ? ` (variant ${args.variant})` : ''}`,
  );
  io.out(`  CXONE_API_BASE_URL=${emulator.url}`);
  io.out(`  CXONE_TOKEN_URL=${emulator.tokenUrl}`);
  io.out(`  CXONE_CLIENT_ID=${DEFAULT_CLIENT.clientId}`);
  io.out(`  CXONE_CLIENT_SECRET=${DEFAULT_CLIENT.clientSecret}`);
  io.out(`  scopes: ${DEFAULT_CLIENT.scopes.join(' ')}`);
  if (args.seed !== undefined)
    io.out(
      `  seeded from ${args.seed}: ${emulator.state.schemas.size} schemas, ${emulator.state.filters.size} filters`,
    );
  io.out('Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop);
  });
  await emulator.close();
  io.out('CXone emulator stopped.');
}
