export { runCheck, type CheckOptions } from './check.js';
export { triage, triageRules, todayUtc } from './triage.js';
export { TOOL_VERSION } from './version.js';
