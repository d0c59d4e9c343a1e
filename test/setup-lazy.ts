// What the bundle loads only when needed, loaded up front for every test file: ajv's compiler
// (src/lint/validators.ts) and the reference locator with the `yaml` library (src/contracts/locate.ts).
// The fronts load them before the synchronous stages that use them (prepareLint, prepareJudging),
// or run those stages under whenLoaded (src/core/lazy.ts: the check, locateFindings); tests call
// the stages directly. What the bin does without them (a warm check loads neither; a first run
// loads ajv at the first schema no kept validator covers) is shown on the bundle:
// test/architecture/lazy-load.test.ts and test/cli/compile-cache.test.ts.
import { loadReferenceLocator } from '../src/contracts/locate.js';
import { loadValidatorCompiler } from '../src/lint/validators.js';

await Promise.all([loadValidatorCompiler(), loadReferenceLocator()]);
