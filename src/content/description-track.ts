/**
 * A description track (WebVTT, kind `descriptions`) as the policy needs it: cues with a key and the
 * plain text to say. No DOM.
 */
import { about, type ContentProblem } from './content-problem.ts';
import { plainCueText } from './cue-text.ts';
import { fetchContentText, type Fetcher } from './load-content.ts';
import { parseWebVtt, type ParsedCue } from './webvtt-file.ts';

/** One description to say: its span and its plain text. */
export interface DescriptionCue {
  /** Unique in the track (the cue id, or the line of its timing). */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface DescriptionTrackCues {
  readonly cues: DescriptionCue[];
  readonly problems: ContentProblem[];
}

/**
 * The cues of a parsed description track: text without markup, lines joined (it is said, and shown
 * as one paragraph), keyed by the cue id or else by the line of its timing. A cue with nothing to
 * say is dropped and reported.
 */
export function descriptionCuesFrom(parsed: readonly ParsedCue[], file: string): DescriptionTrackCues {
  const cues: DescriptionCue[] = [];
  const problems: ContentProblem[] = [];
  const keys = new Set<string>();
  for (const cue of parsed) {
    // Line breaks only fit the text to the picture; other spacing (French non-breaking spaces) is kept.
    const text = plainCueText(cue.text).replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ').trim();
    if (!text) {
      problems.push({ file, line: cue.line, message: 'description cue has no text: dropped', severity: 'error' });
      continue;
    }
    const wanted = cue.id.trim() || `line-${cue.line}`;
    const key = keys.has(wanted) ? `${wanted}@${cue.line}` : wanted;
    keys.add(key);
    cues.push({ key, start: cue.start, end: cue.end, text });
  }
  return { cues, problems };
}

/** Parses a description track's text. */
export function parseDescriptionTrack(text: string, file: string): DescriptionTrackCues {
  const parsed = parseWebVtt(text, file);
  const track = descriptionCuesFrom(parsed.cues, file);
  return { cues: track.cues, problems: [...parsed.problems, ...track.problems] };
}

/** Fetches and parses a description track; a failure is a problem naming the file, never a throw. */
export async function loadDescriptionTrack(url: string, fetcher?: Fetcher, signal?: AbortSignal): Promise<DescriptionTrackCues> {
  const fetched = await fetchContentText(url, fetcher, signal);
  const track = fetched.problem ? { cues: [], problems: [fetched.problem] } : parseDescriptionTrack(fetched.text, url);
  return { ...track, problems: about(track.problems, 'descriptions') };
}
