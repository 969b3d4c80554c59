/**
 * A small least-recently-used map: the read model caches a few snapshots' decoded documents.
 * Entries may be weighed (`weigh`, once their size is known): the cache then also keeps the
 * total weight within `budget`, evicting the least recently used first (never the entry weighed).
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();
  private readonly weights = new Map<K, number>();
  private total = 0;

  constructor(
    private readonly capacity: number,
    private readonly budget = Number.POSITIVE_INFINITY,
  ) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    this.entries.set(key, value);
    this.trim(key);
  }

  /** Records the weight of a cached entry (ignored when it is no longer cached). */
  weigh(key: K, weight: number): void {
    if (!this.entries.has(key)) return;
    this.total += weight - (this.weights.get(key) ?? 0);
    this.weights.set(key, weight);
    this.trim(key);
  }

  delete(key: K): void {
    this.entries.delete(key);
    this.total -= this.weights.get(key) ?? 0;
    this.weights.delete(key);
  }

  private trim(keep: K): void {
    for (const key of [...this.entries.keys()]) {
      if (this.entries.size <= this.capacity && this.total <= this.budget) return;
      if (key !== keep) this.delete(key);
    }
  }
}
