// A module too heavy to load at every start that synchronous code needs now and then (ajv's
// compiler, the `yaml` reference locator). Code that can await loads it ahead (`load`); synchronous
// code that meets it unloaded throws NotLoaded, and the async caller runs its synchronous stage
// again once it is loaded (whenLoaded). A NotLoaded is never a finding: code that turns errors into
// findings rethrows it.

/** Thrown by `get` before the module is loaded; `load` loads it. */
export class NotLoaded extends Error {
  constructor(
    what: string,
    readonly load: () => Promise<void>,
  ) {
    super(`internal error: ${what} was needed before it was loaded`);
    this.name = 'NotLoaded';
  }
}

export interface Lazy<T> {
  /** Loads the module (once). */
  load(): Promise<void>;
  /** The module, or NotLoaded. */
  get(): T;
}

/** `what` names the module in the (internal) error; `importer` loads it, e.g. a dynamic import(). */
export function lazy<T>(what: string, importer: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  const load = async (): Promise<void> => {
    value ??= await importer();
  };
  return {
    load,
    get: () => {
      if (value === undefined) throw new NotLoaded(what, load);
      return value;
    },
  };
}

/** More lazy modules than one stage can meet: a stage that still throws then is a bug, not a retry. */
const MAX_LOADS = 8;

/**
 * Runs `stage` (synchronous, free of side effects beyond the caches) and, each time it meets a lazy
 * module not yet loaded, loads it and runs the stage again: a run that needs none pays nothing, one
 * that needs one pays the stage's start twice. What the first pass kept must answer the second as it
 * answered the first (e.g. a ReDoS verdict the run's budget cut short stands for the run:
 * ../lint/filter/redos-verdict.ts).
 */
export async function whenLoaded<R>(stage: () => R): Promise<R> {
  for (let loads = 0; ; loads++) {
    try {
      return stage();
    } catch (e) {
      if (!(e instanceof NotLoaded) || loads >= MAX_LOADS) throw e;
      await e.load();
    }
  }
}
