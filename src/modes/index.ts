export { runCheck, type CheckOptions } from './check.js';
