// The lint stage's "did you mean": the one implementation lives in core (settings uses it too).

export { closest, didYouMean } from '../core/suggest.js';
