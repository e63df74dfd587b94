import { IntervalIndex, type TimeSpan } from './interval-index.ts';

/** What is on at one instant of an episode. */
export interface TimelineMoment<C, K, W, A> {
  readonly chapter: C | undefined;
  readonly cards: readonly K[];
  readonly warnings: readonly W[];
  readonly appearances: readonly A[];
}

export interface TimelineParts<C, K, W, A> {
  readonly chapters: readonly C[];
  readonly cards: readonly K[];
  readonly warnings: readonly W[];
  readonly appearances: readonly A[];
}

/**
 * Every timed thing of an episode, indexed. `at(t)` is a pure lookup, so it is right after any
 * seek; `boundaries` lists each distinct span for the cue-change listener to watch.
 */
export class EpisodeTimeline<C extends TimeSpan, K extends TimeSpan, W extends TimeSpan, A extends TimeSpan> {
  readonly chapters: IntervalIndex<C>;
  readonly cards: IntervalIndex<K>;
  readonly warnings: IntervalIndex<W>;
  readonly appearances: IntervalIndex<A>;

  constructor(parts: TimelineParts<C, K, W, A>) {
    this.chapters = new IntervalIndex(parts.chapters);
    this.cards = new IntervalIndex(parts.cards);
    this.warnings = new IntervalIndex(parts.warnings);
    this.appearances = new IntervalIndex(parts.appearances);
  }

  at(time: number): TimelineMoment<C, K, W, A> {
    return {
      chapter: this.chapters.latestActiveAt(time),
      cards: this.cards.activeAt(time),
      warnings: this.warnings.activeAt(time),
      appearances: this.appearances.activeAt(time),
    };
  }

  /** Each distinct `[start, end)` once: the spans whose entry or exit changes what `at` returns. */
  get boundaries(): TimeSpan[] {
    const seen = new Map<string, TimeSpan>();
    for (const index of [this.chapters, this.cards, this.warnings, this.appearances] as const) {
      for (const { start, end } of index.items) seen.set(`${start}/${end}`, { start, end });
    }
    return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

/**
 * The time to look up when a cue-change event fires. The media clock read in the handler can sit a
 * hair before the start of the cue that just became active; the active cues say where we really are.
 */
export function timeForCueChange(currentTime: number, activeCueStarts: readonly number[]): number {
  let time = currentTime;
  for (const start of activeCueStarts) if (start > time && start - time < 0.25) time = start;
  return time;
}
