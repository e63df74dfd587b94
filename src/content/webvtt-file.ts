import webvttParser from 'webvtt-parser';
import type { ContentProblem } from './content-problem.ts';

// webvtt-parser is CommonJS: its default export works in Vite, Vitest and plain Node alike.
const { WebVTTParser } = webvttParser;

/** A cue as read from a file: times in seconds, raw text, and the 1-based line of its timing. */
export interface ParsedCue {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly line: number;
}

export interface ParsedWebVtt {
  readonly cues: ParsedCue[];
  readonly problems: ContentProblem[];
}

/** The parser also takes `00:00.000-->00:01.000` (with a complaint), so spaces around the arrow are optional here. */
const TIMING_LINE = /^\s*((?:\d+:)?\d{2}:\d{2}\.\d{3})\s*-->\s*((?:\d+:)?\d{2}:\d{2}\.\d{3})/;
const BACKWARDS_MESSAGE = 'End timestamp is not greater than start timestamp.';
const HEADER_MESSAGE = 'No blank line after the signature.';
const SIGNATURE_MESSAGE = 'No valid signature.';
/** `Kind: chapters`, `Language: en`: header metadata from earlier WebVTT drafts, still exported widely. */
const HEADER_METADATA = /^[A-Za-z][\w-]*:(?!\/\/).*$/;

function secondsOf(timestamp: string): number {
  return timestamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

function formatTimestamp(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = (seconds - minutes * 60).toFixed(3).padStart(6, '0');
  return `${minutes}:${rest}`;
}

/**
 * Parses a WebVTT file with webvtt-parser and locates everything it says. The parser keeps a cue
 * whose end is not after its start; this drops it and reports it once, on its timing line.
 */
export function parseWebVtt(text: string, file: string): ParsedWebVtt {
  const parser = new WebVTTParser();
  const result = parser.parse(text, 'metadata');
  const lines = text.split(/\r\n|\r|\n/);

  // The parser's cues carry no line (and come sorted by time): find each timing line, then give
  // each cue the first unused line with its times. A map keeps this linear in a file of any size.
  const timingKey = (start: number, end: number) => `${Math.round(start * 1000)}|${Math.round(end * 1000)}`;
  const linesByTiming = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const match = TIMING_LINE.exec(line);
    if (!match) return;
    const key = timingKey(secondsOf(match[1]!), secondsOf(match[2]!));
    const found = linesByTiming.get(key);
    if (found) found.push(index + 1);
    else linesByTiming.set(key, [index + 1]);
  });
  const lineOf = (start: number, end: number): number => linesByTiming.get(timingKey(start, end))?.shift() ?? 0;
  const at = (line: number) => (line > 0 ? { line } : {});

  const isHeaderMetadata = (line: number) => HEADER_METADATA.test(lines[line - 1] ?? '') && !lines[line - 1]!.includes('-->');
  const problems: ContentProblem[] = result.errors
    .filter((error) => error.message !== BACKWARDS_MESSAGE)
    .filter((error) => !(error.message === HEADER_MESSAGE && isHeaderMetadata(error.line)))
    .map((error) => ({
      file,
      // The parser counts one line past the end when a file stops inside a block.
      line: Math.min(error.line, lines.length),
      ...(error.col === undefined ? {} : { col: error.col }),
      message: error.message,
      severity: 'error' as const,
    }));

  // A file without the signature is not WebVTT (an HTML page, an image): the spec reads no cues from it.
  if (problems.some((problem) => problem.message.startsWith(SIGNATURE_MESSAGE))) return { cues: [], problems };

  const cues: ParsedCue[] = [];
  for (const cue of result.cues) {
    const line = lineOf(cue.startTime, cue.endTime);
    if (!Number.isFinite(cue.startTime) || !Number.isFinite(cue.endTime)) {
      problems.push({ file, ...at(line), message: 'cue timestamp is too large: cue dropped', severity: 'error' });
      continue;
    }
    if (cue.endTime <= cue.startTime) {
      problems.push({
        file,
        ...at(line),
        message: `cue ends at ${formatTimestamp(cue.endTime)}, not after its start at ${formatTimestamp(cue.startTime)}: cue dropped`,
        severity: 'error',
      });
      continue;
    }
    cues.push({ id: cue.id, start: cue.startTime, end: cue.endTime, text: cue.text, line });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { cues, problems };
}
