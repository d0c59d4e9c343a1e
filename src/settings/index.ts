export { buildSettings, type BuildContext } from './build.js';
export type { RepoConfig } from './config-file.js';
export * from './types.js';
