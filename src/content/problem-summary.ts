import type { ContentProblem, ContentSubject } from './content-problem.ts';

/** One sentence's worth for a viewer: which part of the page is missing, wholly or in part. */
export interface ViewerProblemLine {
  readonly subject: ContentSubject | 'other';
  /** `unloaded`: nothing of that file could be used; `partial`: some of it was left out. */
  readonly outcome: 'unloaded' | 'partial';
  /** A sentence already written for the viewer, in their language (a link that leads nowhere). */
  readonly message?: string;
}

/** Most important first: without the manifest there is no episode; without the context track no warnings. */
const ORDER: readonly (ContentSubject | 'other')[] = ['manifest', 'link', 'context', 'chapters', 'subtitles', 'descriptions', 'people', 'note', 'other'];

/**
 * What a viewer needs to hear about the content problems: one line per kind of file, errors only
 * (warnings are for the site's author), never the media (the player shows that over the picture).
 * Authors get every problem, located, beside it.
 */
export function summarizeForViewer(problems: readonly ContentProblem[]): ViewerProblemLine[] {
  const lines = new Map<ContentSubject | 'other', ViewerProblemLine>();
  for (const problem of problems) {
    const subject = problem.subject ?? 'other';
    if (subject === 'media') continue;
    if (subject === 'link') {
      if (!lines.has(subject)) lines.set(subject, { subject, outcome: 'partial', message: problem.message });
      continue;
    }
    if (problem.severity !== 'error') continue;
    const outcome = problem.unloaded ? 'unloaded' : 'partial';
    if (lines.get(subject)?.outcome !== 'unloaded') lines.set(subject, { subject, outcome });
  }
  return ORDER.flatMap((subject) => lines.get(subject) ?? []);
}
