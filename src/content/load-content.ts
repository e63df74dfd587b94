import { chaptersFromCues, type ChapterList } from './chapters.ts';
import type { ContentProblem } from './content-problem.ts';
import { contextFromCues, type ContextTrack } from './context-track.ts';
import { parseManifest, type ManifestResult } from './manifest.ts';
import { parsePeople, type Person } from './people.ts';
import { parseTeacherNote, type TeacherNote } from './teacher-note.ts';
import type { Validated } from './validate-json.ts';
import { parseWebVtt } from './webvtt-file.ts';

export type Fetcher = (url: string, init?: RequestInit) => Promise<Response>;

type Fetched = { readonly text: string; readonly problem?: undefined } | { readonly text?: undefined; readonly problem: ContentProblem };

/** Fetches a content file as text; a failure becomes a problem naming the file, never a throw. */
export async function fetchContentText(url: string, fetcher: Fetcher = fetch, signal?: AbortSignal): Promise<Fetched> {
  try {
    const response = await fetcher(url, { signal, credentials: 'same-origin' });
    if (!response.ok) {
      return { problem: { file: url, message: `could not be loaded (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})`, severity: 'error' } };
    }
    return { text: await response.text() };
  } catch (error) {
    if (signal?.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: { file: url, message: `could not be loaded (${reason})`, severity: 'error' } };
  }
}

export async function loadManifest(url: string, fetcher?: Fetcher, signal?: AbortSignal): Promise<ManifestResult> {
  const fetched = await fetchContentText(url, fetcher, signal);
  return fetched.problem ? { problems: [fetched.problem] } : parseManifest(fetched.text, url);
}

export async function loadChapters(url: string, fetcher?: Fetcher, signal?: AbortSignal): Promise<ChapterList> {
  const fetched = await fetchContentText(url, fetcher, signal);
  if (fetched.problem) return { chapters: [], problems: [fetched.problem] };
  const parsed = parseWebVtt(fetched.text, url);
  const list = chaptersFromCues(parsed.cues, url);
  return { chapters: list.chapters, problems: [...parsed.problems, ...list.problems] };
}

const EMPTY_CONTEXT: ContextTrack = { cards: [], warnings: [], appearances: [], problems: [], ignored: [] };

export async function loadContextTrack(url: string, fetcher?: Fetcher, signal?: AbortSignal): Promise<ContextTrack> {
  const fetched = await fetchContentText(url, fetcher, signal);
  if (fetched.problem) return { ...EMPTY_CONTEXT, problems: [fetched.problem] };
  const parsed = parseWebVtt(fetched.text, url);
  const context = contextFromCues(parsed.cues, url);
  return { ...context, problems: [...parsed.problems, ...context.problems] };
}

export async function loadTeacherNote(url: string, fetcher?: Fetcher, signal?: AbortSignal): Promise<Validated<TeacherNote>> {
  const fetched = await fetchContentText(url, fetcher, signal);
  return fetched.problem ? { problems: [fetched.problem] } : parseTeacherNote(fetched.text, url);
}

export async function loadPeople(url: string, fetcher?: Fetcher, signal?: AbortSignal): Promise<Validated<Person[]>> {
  const fetched = await fetchContentText(url, fetcher, signal);
  return fetched.problem ? { problems: [fetched.problem] } : parsePeople(fetched.text, url);
}
