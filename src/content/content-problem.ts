/** What a content file is for: how a viewer is told, in one sentence, what is missing. */
export type ContentSubject = 'manifest' | 'people' | 'context' | 'chapters' | 'subtitles' | 'descriptions' | 'note' | 'media' | 'link';

/** A located problem in a content file: the manifest, a WebVTT file or a cue payload. */
export interface ContentProblem {
  /** The file's URL or path as the site owner wrote it (resolved). */
  readonly file: string;
  /** 1-based line, when known. */
  readonly line?: number;
  /** 1-based column, when known. */
  readonly col?: number;
  readonly message: string;
  /** Errors drop something; warnings only tell. */
  readonly severity: 'error' | 'warning';
  /** What the file is for (set by the loader that read it). */
  readonly subject?: ContentSubject;
  /** The file could not be read at all: not found, a server error, no answer, not that kind of file. */
  readonly unloaded?: boolean;
}

/** The same problems, tagged with what their file is for. */
export function about<T extends ContentProblem>(problems: readonly T[], subject: ContentSubject): T[] {
  return problems.map((problem) => (problem.subject ? problem : { ...problem, subject }));
}

/** `file:line:col message`, the shape editors and terminals link to. */
export function formatProblem(problem: ContentProblem): string {
  const place = [problem.file, problem.line, problem.line !== undefined ? problem.col : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  return `${place} ${problem.message}`;
}
