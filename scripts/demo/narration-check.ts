// The narration of a demo episode is generated from the French texts of its script (chapter intros
// and card texts). This finds, located in the script, every number the voice would misread.
import type { ContentProblem } from '../../src/content/content-problem.ts';
import { jsonValueOffsets, locateJsonPath, type JsonPath } from '../../src/content/json-locations.ts';
import { unspeakableNumbers } from './spoken-french.ts';

interface Localized {
  readonly fr?: unknown;
}
interface EpisodeScript {
  readonly chapters?: readonly { readonly intro?: Localized; readonly segments?: readonly { readonly card?: { readonly text?: Localized } }[] }[];
}

/** Every French text the voice reads, with its path in the script. */
export function narrationTexts(episode: EpisodeScript): { path: JsonPath; text: string }[] {
  const texts: { path: JsonPath; text: unknown }[] = [];
  for (const [ci, chapter] of (episode.chapters ?? []).entries()) {
    texts.push({ path: ['chapters', ci, 'intro', 'fr'], text: chapter.intro?.fr });
    for (const [si, segment] of (chapter.segments ?? []).entries()) {
      texts.push({ path: ['chapters', ci, 'segments', si, 'card', 'text', 'fr'], text: segment.card?.text?.fr });
    }
  }
  return texts.filter((item): item is { path: JsonPath; text: string } => typeof item.text === 'string');
}

/** One located error per number the voice cannot read; nothing for a script that is not JSON (make-demo says so). */
export function narrationProblems(source: string, file: string): ContentProblem[] {
  let episode: EpisodeScript;
  try {
    episode = JSON.parse(source) as EpisodeScript;
  } catch {
    return [];
  }
  const offsets = jsonValueOffsets(source);
  return narrationTexts(episode).flatMap(({ path, text }) =>
    unspeakableNumbers(text).map((piece) => ({
      file,
      ...locateJsonPath(source, offsets, path),
      message: `${path.join('.')}: the voice cannot read "${piece}"; write numbers as a reader reads them ("le 4 juin 1944", "la 2e DB", "35 000", "15 h 30")`,
      severity: 'error' as const,
    })),
  );
}
