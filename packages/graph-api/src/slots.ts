/**
 * Slots: at most `running` tasks of a kind at once and `waiting` more in line; past that a request is
 * refused at once (the caller answers 429), so a kind of heavy request holds a bounded share of the
 * server while the rest of the API keeps answering.
 */
/** Tasks running at once, and tasks waiting in line. */
export interface SlotLimits {
  running: number;
  waiting: number;
}

export class Slots {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(
    private readonly limits: SlotLimits,
    private readonly busy: (running: number, waiting: number) => Error,
  ) {}

  /** Resolves with the function that gives the slot back (call it exactly once); throws when full. */
  async take(): Promise<() => void> {
    if (this.running < this.limits.running) this.running += 1;
    else if (this.queue.length < this.limits.waiting) await new Promise<void>((resolve) => this.queue.push(resolve));
    else throw this.busy(this.running, this.queue.length);
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = this.queue.shift();
      // The slot passes straight to the next in line; the count changes only when nobody waits.
      if (next) next();
      else this.running -= 1;
    };
  }
}
