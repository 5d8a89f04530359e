// Seeded randomness: the same --seed builds the same graph and picks the same samples, so a run
// can be repeated and two runs compared. Math.random has no seed, hence this small generator.

/** mulberry32: tiny, fast and good enough for synthetic data (not for anything secret). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick() from an empty list');
    return item;
  }

  /** One of the values, with probability proportional to its weight. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [value, w] of choices) {
      x -= w;
      if (x < 0) return value;
    }
    const last = choices.at(-1);
    if (!last) throw new Error('weighted() with no choices');
    return last[0];
  }
}

/**
 * Zipf-distributed positions in a list of n: position i is drawn with weight 1/(i+1)^s. With s
 * near 1 the first few positions take a large share (the hubs) and the long tail gets one or two
 * draws each, which is the degree shape of the real graph. s = 0 is uniform.
 */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(readonly n: number, s: number) {
    if (n < 1) throw new Error('Zipf over an empty list');
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += 1 / (i + 1) ** s;
      this.cdf[i] = sum;
    }
    for (let i = 0; i < n; i++) this.cdf[i] = (this.cdf[i] ?? 0) / sum;
  }

  sample(rng: Rng): number {
    const x = rng.next();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] ?? 1) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
