// Client-side pacing: a token bucket that keeps the client under the tenant's request rate, so a
// bulk deploy never runs into the platform's limit (a 429 costs at least a whole second of
// Retry-After). When the platform still answers 429 (another client shares the tenant), the rate
// drops by a fifth, at most once a second (a burst of 429s is one signal) and never below a quarter
// of the setting, and creeps back up with every request that gets through.

export interface PacerClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

const realClock: PacerClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class Pacer {
  private rate: number;
  private tokens: number;
  private last: number;
  /** Requests waiting for a token, in arrival order; one sleeper at a time refills for all. */
  private tail: Promise<void> = Promise.resolve();
  private lastSlowdown = -Infinity;

  constructor(
    private readonly perSecond: number,
    private readonly clock: PacerClock = realClock,
  ) {
    this.rate = perSecond;
    this.tokens = perSecond;
    this.last = clock.now();
  }

  /** Resolves when one more request may be sent. */
  take(): Promise<void> {
    const turn = this.tail.then(() => this.wait());
    this.tail = turn;
    return turn;
  }

  /** The platform answered 429: slow down and start from an empty bucket. */
  throttled(): void {
    this.refill();
    this.tokens = Math.min(this.tokens, 0);
    const now = this.clock.now();
    if (now - this.lastSlowdown < 1000) return;
    this.lastSlowdown = now;
    this.rate = Math.max(this.perSecond / 4, 1, this.rate * 0.8);
  }

  /** A request got through: recover towards the configured rate (20 requests undo one slowdown). */
  passed(): void {
    if (this.rate < this.perSecond) this.rate = Math.min(this.perSecond, this.rate + this.perSecond * 0.01);
  }

  get currentRate(): number {
    return this.rate;
  }

  private async wait(): Promise<void> {
    for (;;) {
      this.refill();
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.clock.sleep(Math.ceil(((1 - this.tokens) / this.rate) * 1000));
    }
  }

  private refill(): void {
    const now = this.clock.now();
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }
}
