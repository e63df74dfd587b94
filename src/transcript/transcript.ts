/** What a transcript line comes from: a subtitle (what is said) or a description (what is shown). */
export type TranscriptLineKind = 'subtitle' | 'description';

/** A timed text, as `src/content/text-track.ts` reads it. */
export interface TimedText {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What the transcript needs of a chapter. */
export interface TranscriptChapter {
  readonly id: string;
  readonly title: string;
  readonly start: number;
}

export interface TranscriptLine {
  /** Its place in `Transcript.lines` (reading order). */
  readonly index: number;
  readonly kind: TranscriptLineKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface TranscriptSection {
  /** The chapter heading the section; none for lines before the first chapter, or with no chapters. */
  readonly chapter: TranscriptChapter | undefined;
  readonly lines: readonly TranscriptLine[];
}

export interface Transcript {
  /** Every line in reading order: by start, then end, a subtitle before a description. */
  readonly lines: readonly TranscriptLine[];
  /** The same lines, grouped under the chapters in which they start. */
  readonly sections: readonly TranscriptSection[];
  /** `reach[i]`: the latest end among lines 0…i, so that a lookup can stop walking back early. */
  readonly reach: readonly number[];
}

const KIND_ORDER: Record<TranscriptLineKind, number> = { subtitle: 0, description: 1 };

/**
 * Builds the transcript of an episode from its subtitles and its description cues (both in the
 * reader's language), in sections headed by the chapters. Every chapter gets a section, even one
 * with no line (its heading still says where the film is); lines before the first chapter come
 * in a section without a heading.
 */
export function buildTranscript(
  subtitles: readonly TimedText[],
  descriptions: readonly TimedText[] = [],
  chapters: readonly TranscriptChapter[] = [],
): Transcript {
  const tagged = [
    ...subtitles.map((cue) => ({ cue, kind: 'subtitle' as const })),
    ...descriptions.map((cue) => ({ cue, kind: 'description' as const })),
  ].sort((a, b) => a.cue.start - b.cue.start || a.cue.end - b.cue.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const lines: TranscriptLine[] = tagged.map(({ cue, kind }, index) => ({ index, kind, start: cue.start, end: cue.end, text: cue.text }));

  const reach: number[] = [];
  for (const line of lines) reach.push(Math.max(line.end, reach.at(-1) ?? Number.NEGATIVE_INFINITY));

  const sortedChapters = [...chapters].sort((a, b) => a.start - b.start);
  const sections: TranscriptSection[] = [];
  let next = 0;
  const before: TranscriptLine[] = [];
  while (next < lines.length && (sortedChapters.length === 0 || lines[next]!.start < sortedChapters[0]!.start)) before.push(lines[next++]!);
  if (before.length > 0) sections.push({ chapter: undefined, lines: before });
  sortedChapters.forEach((chapter, index) => {
    const following = sortedChapters[index + 1];
    const own: TranscriptLine[] = [];
    while (next < lines.length && (!following || lines[next]!.start < following.start)) own.push(lines[next++]!);
    sections.push({ chapter, lines: own });
  });
  return { lines, sections, reach };
}

/** The index of the last line starting at or before `time` (-1 when none does). */
export function lastLineStartedBy(transcript: Pick<Transcript, 'lines'>, time: number): number {
  const { lines } = transcript;
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (lines[middle]!.start <= time) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * The current line at `time`: among the lines that cover it (`start <= time < end`), the one that
 * started last (in reading order). -1 in a silence between lines. Logarithmic, plus the few
 * overlapping lines walked back.
 */
export function currentLineAt(transcript: Transcript, time: number): number {
  if (!Number.isFinite(time)) return -1;
  for (let index = lastLineStartedBy(transcript, time); index >= 0 && transcript.reach[index]! > time; index -= 1) {
    if (transcript.lines[index]!.end > time) return index;
  }
  return -1;
}

/**
 * Where "back to the current line" goes: the current line, or in a silence the last line said
 * before it (the first line before anything is said).
 */
export function lineToShowAt(transcript: Transcript, time: number): number {
  if (transcript.lines.length === 0) return -1;
  const current = currentLineAt(transcript, time);
  if (current >= 0) return current;
  return Math.max(0, lastLineStartedBy(transcript, time));
}
