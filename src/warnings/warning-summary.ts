/** What an episode's advisory and chapter list say about its sensitive stretches. Pure. */
import type { TimeSpan } from '../timeline/interval-index.ts';

/** True when two `[start, end)` spans share at least one instant. */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The chapters that hold (part of) a stretch, in chapter order. */
export function chaptersWithStretches<C extends TimeSpan>(chapters: readonly C[], stretches: readonly TimeSpan[]): C[] {
  return chapters.filter((chapter) => stretches.some((stretch) => overlaps(chapter, stretch)));
}
