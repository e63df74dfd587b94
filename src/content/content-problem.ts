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
}

/** `file:line:col message`, the shape editors and terminals link to. */
export function formatProblem(problem: ContentProblem): string {
  const place = [problem.file, problem.line, problem.line !== undefined ? problem.col : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  return `${place} ${problem.message}`;
}
