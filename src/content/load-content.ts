import { chaptersFromCues, type ChapterList } from './chapters.ts';
import { about, type ContentProblem } from './content-problem.ts';
import { contextFromCues, type ContextTrack } from './context-track.ts';
import { parseManifest, type ManifestResult } from './manifest.ts';
import { parsePeople, type Person } from './people.ts';
import { parseTeacherNote, type TeacherNote } from './teacher-note.ts';
import type { Validated } from './validate-json.ts';
import { parseWebVtt } from './webvtt-file.ts';

export type Fetcher = (url: string, init?: RequestInit) => Promise<Response>;

type Fetched = { readonly text: string; readonly problem?: undefined } | { readonly text?: undefined; readonly problem: ContentProblem };

/** How long a content file may take before the player says so and goes on without it. */
export const CONTENT_TIMEOUT_MS = 20_000;

/** An HTML page where a WebVTT or JSON file was expected: a server's page for a missing file. */
function isHtmlPage(response: Response, text: string): boolean {
  return /\btext\/html\b/i.test(response.headers.get('content-type') ?? '') || /^\uFEFF?\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text);
}

/** When nothing usable came out of a file, its errors say so: the viewer is told it could not be loaded. */
function unloadedIf<T extends ContentProblem>(nothingUsable: boolean, problems: readonly T[]): T[] {
  return nothingUsable ? problems.map((problem) => (problem.severity === 'error' ? { ...problem, unloaded: true } : problem)) : [...problems];
}

/**
 * Fetches a content file as text; a failure becomes a problem naming the file (`unloaded`), never a
 * throw: an HTTP error, no answer within `timeoutMs`, or an HTML page instead of the file. Throws
 * only when `signal` aborts (a newer load replaced this one).
 */
export async function fetchContentText(url: string, fetcher: Fetcher = fetch, signal?: AbortSignal, timeoutMs = CONTENT_TIMEOUT_MS): Promise<Fetched> {
  const unloaded = (message: string): Fetched => ({ problem: { file: url, message, severity: 'error', unloaded: true } });
  const controller = new AbortController();
  const stop = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('timeout', 'TimeoutError'));
  }, timeoutMs);
  try {
    if (signal?.aborted) throw signal.reason;
    const response = await fetcher(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) return unloaded(`could not be loaded (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})`);
    const text = await response.text();
    if (isHtmlPage(response, text)) return unloaded('not found: the server answered with an HTML page (its page for a missing file?), check the path');
    return { text };
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timedOut) return unloaded(`did not answer within ${Math.round(timeoutMs / 1000)} s`);
    const reason = error instanceof Error ? error.message : String(error);
    return unloaded(`could not be loaded (${reason})`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

export async function loadManifest(url: string, fetcher?: Fetcher, signal?: AbortSignal, timeoutMs?: number): Promise<ManifestResult> {
  const fetched = await fetchContentText(url, fetcher, signal, timeoutMs);
  const result = fetched.problem ? { problems: [fetched.problem] } : parseManifest(fetched.text, url);
  return { ...result, problems: about(unloadedIf(!result.manifest, result.problems), 'manifest') };
}

export async function loadChapters(url: string, fetcher?: Fetcher, signal?: AbortSignal): Promise<ChapterList> {
  const fetched = await fetchContentText(url, fetcher, signal);
  if (fetched.problem) return { chapters: [], problems: about([fetched.problem], 'chapters') };
  const parsed = parseWebVtt(fetched.text, url);
  const list = chaptersFromCues(parsed.cues, url);
  return { chapters: list.chapters, problems: about(unloadedIf(list.chapters.length === 0, [...parsed.problems, ...list.problems]), 'chapters') };
}

const EMPTY_CONTEXT: ContextTrack = { cards: [], warnings: [], appearances: [], problems: [], ignored: [] };

export async function loadContextTrack(url: string, fetcher?: Fetcher, signal?: AbortSignal): Promise<ContextTrack> {
  const fetched = await fetchContentText(url, fetcher, signal);
  if (fetched.problem) return { ...EMPTY_CONTEXT, problems: about([fetched.problem], 'context') };
  const parsed = parseWebVtt(fetched.text, url);
  const context = contextFromCues(parsed.cues, url);
  const nothingUsable = context.cards.length + context.warnings.length + context.appearances.length === 0;
  return { ...context, problems: about(unloadedIf(nothingUsable, [...parsed.problems, ...context.problems]), 'context') };
}

export async function loadTeacherNote(url: string, fetcher?: Fetcher, signal?: AbortSignal): Promise<Validated<TeacherNote>> {
  const fetched = await fetchContentText(url, fetcher, signal);
  const result = fetched.problem ? { problems: [fetched.problem] } : parseTeacherNote(fetched.text, url);
  return { ...result, problems: about(unloadedIf(!result.value, result.problems), 'note') };
}

export async function loadPeople(url: string, fetcher?: Fetcher, signal?: AbortSignal): Promise<Validated<Person[]>> {
  const fetched = await fetchContentText(url, fetcher, signal);
  const result = fetched.problem ? { problems: [fetched.problem] } : parsePeople(fetched.text, url);
  return { ...result, problems: about(unloadedIf(!result.value, result.problems), 'people') };
}
