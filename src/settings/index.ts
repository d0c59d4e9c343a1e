export { buildSettings, type BuildContext } from './build.js';
export { parseRepoConfig, readRepoConfig, type RepoConfig } from './config-file.js';
export * from './types.js';
