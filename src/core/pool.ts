// Bounded concurrency, one pool for the product: at most `max` tasks run at once and the rest wait
// in arrival order. The platform client holds a slot for one HTTP attempt only (never while it
// sleeps between retries); `mapLimit` runs a list through a pool of its own, results in input order.

export class Pool {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`concurrency must be an integer ≥ 1, got ${max}`);
  }

  get running(): number {
    return this.active;
  }

  /**
   * Runs `task` in a slot. `keepSlotOnFailure`: a task that fails keeps its slot for good, so a
   * pool whose every slot has failed starts nothing more (what `mapLimit` wants, below).
   */
  async run<T>(task: () => Promise<T>, options: { keepSlotOnFailure?: boolean } = {}): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    let failed = true;
    try {
      const value = await task();
      failed = false;
      return value;
    } finally {
      if (!(failed && options.keepSlotOnFailure)) this.release();
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    // Hand the slot over directly, so a newcomer cannot overtake the queue.
    if (next) next();
    else this.active--;
  }
}

/**
 * `fn` over `items` with at most `limit` in flight, results in input order; the first failure
 * rejects. Each failure also takes its slot out of the run: the result is lost already, so the
 * requests still queued stop once every slot has failed (a tenant refusing every call is not
 * asked once per item), while the other slots finish what they started.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const pool = new Pool(Math.max(1, Math.min(limit, items.length)));
  return Promise.all(items.map((item, i) => pool.run(() => fn(item, i), { keepSlotOnFailure: true })));
}
