/**
 * A remembered answer per key, for pure work that comes back with the same input again and again
 * (the same titles and names in every article). Bounded: past `max` keys it starts afresh, so memory
 * stays small on any corpus.
 */
export class BoundedMemo<V> {
  private readonly known = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string, compute: () => V): V {
    if (this.known.has(key)) return this.known.get(key)!;
    const value = compute();
    if (this.known.size >= this.max) this.known.clear();
    this.known.set(key, value);
    return value;
  }
}
