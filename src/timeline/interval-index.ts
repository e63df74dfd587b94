/** A stretch of media time, `[start, end)` in seconds: the start is included, the end is not. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

export function isActiveAt(span: TimeSpan, time: number): boolean {
  return time >= span.start && time < span.end;
}

function byStartThenLongest(a: TimeSpan, b: TimeSpan): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * A read-only index over time spans (chapters, cards, warnings, appearances).
 * Queries are pure functions of the time asked, so they are right after any seek, forwards or back.
 */
export class IntervalIndex<T extends TimeSpan> {
  /** The spans sorted by start (longest first on equal starts). */
  readonly items: readonly T[];
  private readonly boundaries: readonly number[];

  constructor(items: readonly T[]) {
    this.items = [...items].sort(byStartThenLongest);
    const times = new Set<number>();
    for (const item of this.items) {
      times.add(item.start);
      times.add(item.end);
    }
    this.boundaries = [...times].sort((a, b) => a - b);
  }

  /** Every span active at `time`, in start order. */
  activeAt(time: number): T[] {
    const started = this.countStartedAt(time);
    const active: T[] = [];
    for (let i = 0; i < started; i++) {
      const item = this.items[i]!;
      if (time < item.end) active.push(item);
    }
    return active;
  }

  /** The active span that started last: the most specific one where spans overlap. */
  latestActiveAt(time: number): T | undefined {
    for (let i = this.countStartedAt(time) - 1; i >= 0; i--) {
      const item = this.items[i]!;
      if (time < item.end) return item;
    }
    return undefined;
  }

  /** The first start or end strictly after `time`. */
  nextBoundaryAfter(time: number): number | undefined {
    let low = 0;
    let high = this.boundaries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.boundaries[middle]! <= time) low = middle + 1;
      else high = middle;
    }
    return this.boundaries[low];
  }

  /** How many spans have started at `time` (binary search over the sorted starts). */
  private countStartedAt(time: number): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.items[middle]!.start <= time) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
