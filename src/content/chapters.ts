import type { TimeSpan } from '../timeline/interval-index.ts';
import type { ContentProblem } from './content-problem.ts';
import { plainCueText } from './cue-text.ts';
import type { ParsedCue } from './webvtt-file.ts';

export interface Chapter extends TimeSpan {
  /** The cue identifier, or `chapter-N` (1-based) when the file has none. */
  readonly id: string;
  readonly title: string;
}

export interface ChapterList {
  readonly chapters: Chapter[];
  readonly problems: ContentProblem[];
}

/** Chapters from a parsed chapters file: plain-text titles, sorted; overlaps and empty titles reported. */
export function chaptersFromCues(cues: readonly ParsedCue[], file: string): ChapterList {
  const problems: ContentProblem[] = [];
  const chapters: Chapter[] = [];
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  for (const cue of sorted) {
    const title = plainCueText(cue.text).replace(/\s+/g, ' ');
    if (!title) {
      problems.push({ file, line: cue.line, message: 'chapter has no title: chapter dropped', severity: 'error' });
      continue;
    }
    const previous = chapters[chapters.length - 1];
    if (previous && cue.start < previous.end) {
      problems.push({ file, line: cue.line, message: `chapter "${title}" starts before "${previous.title}" ends`, severity: 'warning' });
    }
    chapters.push({ id: cue.id.trim() || `chapter-${chapters.length + 1}`, start: cue.start, end: cue.end, title });
  }
  return { chapters, problems };
}
