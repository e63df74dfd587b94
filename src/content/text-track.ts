import type { ContentProblem } from './content-problem.ts';
import { plainCueText } from './cue-text.ts';
import { fetchContentText, type Fetcher } from './load-content.ts';
import { parseWebVtt, type ParsedCue } from './webvtt-file.ts';

/** A timed line of text from a subtitles or descriptions file, as plain text (never HTML). */
export interface TextCue {
  /** Seconds from the start of the media; the cue covers `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** Plain text: tags removed, references decoded, the cue's line breaks joined by a space. */
  readonly text: string;
  /** The 1-based line of the cue's timing in its file (0 when unknown). */
  readonly line: number;
}

export interface TextTrackContent {
  /** The cues, sorted by start (then end), cues without text left out. */
  readonly cues: TextCue[];
  /** Located problems: the file could not be read, a cue was dropped… */
  readonly problems: ContentProblem[];
  /** True when the file could not be loaded or is no WebVTT file at all (as opposed to some of its cues being dropped). */
  readonly failed: boolean;
}

/**
 * The plain text of subtitle or description cues. A cue's line breaks only fit the text to the
 * picture: in a transcript they become spaces (other spacing, such as the non-breaking space of
 * French typography, is kept). A cue with no text left is reported and dropped.
 */
export function textCuesFrom(cues: readonly ParsedCue[], file: string): { cues: TextCue[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const kept: TextCue[] = [];
  for (const cue of cues) {
    const text = plainCueText(cue.text).replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
    if (!text.trim()) {
      problems.push({ file, line: cue.line, message: 'cue has no text: cue dropped', severity: 'warning' });
      continue;
    }
    kept.push({ start: cue.start, end: cue.end, text, line: cue.line });
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return { cues: kept, problems };
}

/** Parses the text of a subtitles or descriptions WebVTT file. */
export function parseTextTrack(text: string, file: string): TextTrackContent {
  // An HTML page in place of the file (a server's page for a missing one) is caught when fetched
  // (fetchContentText); here it is only text without the WEBVTT signature.
  const parsed = parseWebVtt(text, file);
  const read = textCuesFrom(parsed.cues, file);
  const notWebVtt = !/^\uFEFF?WEBVTT(?:[ \t]|\r|\n|$)/.test(text);
  const problems = [...parsed.problems, ...read.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { cues: read.cues, problems, failed: notWebVtt && read.cues.length === 0 };
}

/**
 * Loads a subtitles or descriptions WebVTT file. A file that cannot be fetched gives no cues and a
 * problem naming it; it never throws, except when `signal` aborts (a newer load replaced this one).
 */
export async function loadTextTrack(url: string, fetcher?: Fetcher, signal?: AbortSignal): Promise<TextTrackContent> {
  const fetched = await fetchContentText(url, fetcher, signal);
  if (fetched.problem) return { cues: [], problems: [fetched.problem], failed: true };
  return parseTextTrack(fetched.text, url);
}
