import type { TimeSpan } from './interval-index.ts';

/** Within this many seconds of a chapter's start, "previous" goes to the chapter before. */
export const RESTART_WINDOW_SECONDS = 3;

/** A seek lands on a start give or take this much; "next" must not return the chapter just entered. */
const SEEK_TOLERANCE_SECONDS = 0.05;

/**
 * Where "previous chapter" goes from `time`: the start of the current chapter when well into it,
 * otherwise the start of the chapter before; undefined at the very start.
 */
export function previousChapterStart(chapters: readonly TimeSpan[], time: number): number | undefined {
  const starts = chapters.map((chapter) => chapter.start).sort((a, b) => a - b);
  const earlier = starts.filter((start) => start <= time - RESTART_WINDOW_SECONDS);
  if (earlier.length > 0) return earlier[earlier.length - 1];
  const first = starts[0];
  return first !== undefined && first < time ? first : undefined;
}

/** Where "next chapter" goes from `time`: the first chapter start after it; undefined after the last. */
export function nextChapterStart(chapters: readonly TimeSpan[], time: number): number | undefined {
  let next: number | undefined;
  for (const { start } of chapters) {
    if (start > time + SEEK_TOLERANCE_SECONDS && (next === undefined || start < next)) next = start;
  }
  return next;
}
