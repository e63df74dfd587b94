import { descriptionCuesFrom } from './description-track.ts';
import { chaptersFromCues } from './chapters.ts';
import type { ContentProblem } from './content-problem.ts';
import { contextFromCues } from './context-track.ts';
import { checkMomentLinks } from './moment-links.ts';
import { jsonValueOffsets, locateJsonPath, type JsonPath } from './json-locations.ts';
import type { Localized } from './localized.ts';
import { parseManifest, type Episode } from './manifest.ts';
import { mediaDuration } from './media-duration.ts';
import { parsePeople } from './people.ts';
import { placeFindings, sourceFindings } from './source-checks.ts';
import { WEAK_SOURCE_KINDS } from './sources.ts';
import { parseTeacherNote } from './teacher-note.ts';
import { parseWebVtt, type ParsedCue } from './webvtt-file.ts';

/** Reads project files; undefined when a file does not exist. */
export interface ContentFiles {
  readText(path: string): string | undefined;
  readBytes(path: string): Uint8Array | undefined;
}

/** Seconds of slack between a track's end and the media's end (one title card is never shorter). */
const DURATION_TOLERANCE = 0.5;
const ORIGIN = 'https://content.invalid';

/** `public/x` is served at `/x`; `chapters/` and `subtitles/` at their own names. */
function servedUrlOf(path: string): string {
  return `${ORIGIN}/${path.replace(/^public\//, '')}`;
}

function projectPathOf(url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.origin !== ORIGIN) return undefined;
  const path = decodeURIComponent(parsed.pathname.slice(1));
  return /^(chapters|subtitles)\//.test(path) ? path : `public/${path}`;
}

function isBilingual(text: Localized | undefined): boolean {
  return text === undefined || typeof text !== 'string';
}

function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds - minutes * 60).toFixed(3).padStart(6, '0')}`;
}

/**
 * Checks everything a manifest reaches: the manifest, people.json, every WebVTT file (syntax,
 * chapter order and coverage of the media, payload schemas, references, both languages; audio
 * description tracks) and that every referenced file exists. Each problem is located as `file:line:col`.
 */
export function checkContent(files: ContentFiles, manifestPath = 'public/manifest.json', hostPages: readonly string[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const manifestText = files.readText(manifestPath);
  if (manifestText === undefined) return [{ file: manifestPath, message: 'file not found', severity: 'error' }];
  const parsed = parseManifest(manifestText, servedUrlOf(manifestPath));
  const relocate = (problem: ContentProblem): ContentProblem => ({ ...problem, file: projectPathOf(problem.file) ?? problem.file });
  problems.push(...parsed.problems.map(relocate));
  const manifest = parsed.manifest;
  if (!manifest) return problems;

  const offsets = jsonValueOffsets(manifestText);
  const atField = (path: JsonPath, message: string, severity: 'error' | 'warning' = 'error'): ContentProblem => ({
    file: manifestPath,
    ...locateJsonPath(manifestText, offsets, path),
    message,
    severity,
  });

  /** The project path of a referenced URL, after checking that the file exists. */
  const existing = (url: string, field: JsonPath): string | undefined => {
    const path = projectPathOf(url);
    if (path === undefined) {
      problems.push(atField(field, `${url} is on another site: not checked`, 'warning'));
      return undefined;
    }
    if (files.readBytes(path) === undefined) {
      problems.push(atField(field, `${path} not found`));
      return undefined;
    }
    return path;
  };

  let peopleIds: Set<string> | undefined;
  if (manifest.peopleUrl) {
    const path = existing(manifest.peopleUrl, ['people']);
    if (path) {
      const text = files.readText(path)!;
      const people = parsePeople(text, path);
      problems.push(...people.problems);
      // Unknown ids are only reported against a people.json that could be read.
      if (people.value) peopleIds = new Set(people.value.map((person) => person.id));
      const peopleOffsets = jsonValueOffsets(text);
      for (const [index, person] of (people.value ?? []).entries()) {
        const fields = { role: person.role, branch: person.branch, bio: person.bio, 'fate.place': person.fate.place, 'fate.note': person.fate.note };
        for (const [name, value] of Object.entries(fields)) {
          if (!isBilingual(value)) {
            const fieldPath = ['people', index, ...name.split('.')];
            problems.push({ file: path, ...locateJsonPath(text, peopleOffsets, fieldPath), message: `people[${index}].${name}: needs both "fr" and "en"`, severity: 'error' });
          }
        }
        for (const finding of sourceFindings(person.sources)) {
          const position = locateJsonPath(text, peopleOffsets, ['people', index, 'sources']);
          problems.push({ file: path, ...position, message: `people[${index}] (${person.id}).${finding.message}`, severity: finding.severity });
        }
      }
    }
  }

  /** Each episode's cards (id → start), for the moment links of host pages. */
  const cardStarts = new Map<string, Map<string, number>>(manifest.episodes.map((episode) => [episode.id, new Map()]));
  for (const [index, episode] of manifest.episodes.entries()) {
    if (!episode.available) continue;
    checkEpisode(episode, index);
  }
  for (const page of hostPages) {
    const html = files.readText(page);
    if (html === undefined) problems.push({ file: page, message: 'file not found', severity: 'error' });
    else problems.push(...checkMomentLinks(html, page, (episode) => cardStarts.get(episode)));
  }
  return problems;

  function checkEpisode(episode: Episode, index: number): void {
    const field = (...rest: (string | number)[]): JsonPath => ['episodes', index, ...rest];
    let duration: number | undefined;
    for (const [sourceIndex, source] of episode.sources.entries()) {
      const path = existing(source.src, field('sources', sourceIndex, 'src'));
      if (!path) continue;
      const seconds = mediaDuration(files.readBytes(path)!, source.type);
      if (seconds === undefined) {
        problems.push(atField(field('sources', sourceIndex, 'src'), `${path}: could not read a duration from this ${source.type} file`, 'warning'));
      } else if (duration !== undefined && Math.abs(seconds - duration) > DURATION_TOLERANCE) {
        problems.push(atField(field('sources', sourceIndex, 'src'), `${path} lasts ${clock(seconds)} but the first source lasts ${clock(duration)}`));
      } else {
        duration ??= seconds;
      }
    }
    if (episode.poster) existing(episode.poster, field('poster'));
    if (episode.noteUrl) {
      const path = existing(episode.noteUrl, field('note'));
      if (path) checkTeacherNote(path, episode.id);
    }

    const chapterSets: { path: string; cues: ParsedCue[] }[] = [];
    for (const [lang, url] of Object.entries(episode.chaptersUrls)) {
      if (!url || chapterSets.some((set) => set.path === projectPathOf(url))) continue;
      const oneFile = episode.chaptersUrls.fr === episode.chaptersUrls.en;
      const path = existing(url, oneFile ? field('chapters') : field('chapters', lang));
      if (!path) continue;
      const vtt = parseWebVtt(files.readText(path)!, path);
      const list = chaptersFromCues(vtt.cues, path);
      // Order, overlaps and gaps are checked below in file order; keep only the title errors here.
      problems.push(...vtt.problems, ...list.problems.filter((problem) => problem.severity === 'error'));
      checkChapterOrderAndCoverage(path, vtt.cues, duration);
      // parseWebVtt returns cues sorted by start.
      chapterSets.push({ path, cues: vtt.cues });
    }
    const [first, second] = chapterSets;
    if (first && second) compareChapterTimes(first, second);

    if (episode.contextUrl) {
      const path = existing(episode.contextUrl, field('context'));
      if (path) cardStarts.set(episode.id, checkContextTrack(path, duration));
    }
    for (const [subtitleIndex, subtitle] of episode.subtitles.entries()) {
      const path = existing(subtitle.src, field('subtitles', subtitleIndex, 'src'));
      if (!path) continue;
      const vtt = parseWebVtt(files.readText(path)!, path);
      problems.push(...vtt.problems);
      checkWithinMedia(path, vtt.cues, duration);
    }
    checkDescriptions(episode, index, duration);
  }

  /**
   * Audio description: each track exists and parses, has cues with something to say, inside the
   * media; one track per language (the player would never use a second); both languages, or a warning.
   */
  function checkDescriptions(episode: Episode, index: number, duration: number | undefined): void {
    const byLanguage = new Map<string, number>();
    for (const [trackIndex, track] of episode.descriptions.entries()) {
      const language = track.srclang.split('-')[0]!;
      const first = byLanguage.get(language);
      if (language !== 'fr' && language !== 'en') {
        problems.push(atField(['episodes', index, 'descriptions', trackIndex, 'srclang'], `"${track.srclang}": the interface speaks "fr" and "en" only, so this track is never used`, 'warning'));
      }
      if (first === undefined) byLanguage.set(language, trackIndex);
      else problems.push(atField(['episodes', index, 'descriptions', trackIndex, 'srclang'], `a second description track in "${language}" (descriptions[${first}] is one): only the first would be used`));
      const path = existing(track.src, ['episodes', index, 'descriptions', trackIndex, 'src']);
      if (!path) continue;
      const vtt = parseWebVtt(files.readText(path)!, path);
      const described = descriptionCuesFrom(vtt.cues, path);
      problems.push(...vtt.problems, ...described.problems);
      if (vtt.cues.length === 0) problems.push({ file: path, line: 1, message: 'no description cues', severity: 'error' });
      checkWithinMedia(path, vtt.cues, duration);
      // parseWebVtt returns cues sorted by start.
      for (let i = 1; i < vtt.cues.length; i++) {
        const previous = vtt.cues[i - 1]!;
        const cue = vtt.cues[i]!;
        if (cue.start < previous.end) {
          problems.push({ file: path, line: cue.line, message: `starts at ${clock(cue.start)}, before the description at line ${previous.line} ends (${clock(previous.end)}): it will wait its turn`, severity: 'warning' });
        }
      }
    }
    const languages = [...byLanguage.keys()];
    if (languages.length === 1) {
      problems.push(atField(['episodes', index, 'descriptions'], `audio description in "${languages[0]}" only: readers of the other language get none`, 'warning'));
    }
  }

  /** The French and English chapters must be the same chapters: same count, same times. */
  function compareChapterTimes(first: { path: string; cues: ParsedCue[] }, second: { path: string; cues: ParsedCue[] }): void {
    const count = Math.max(first.cues.length, second.cues.length);
    for (let i = 0; i < count; i++) {
      const a = first.cues[i];
      const b = second.cues[i];
      if (a && b && a.start === b.start && a.end === b.end) continue;
      const message = !a
        ? `chapter ${i + 1} has no counterpart in ${first.path} (${first.cues.length} chapters there)`
        : !b
          ? `${second.cues.length} chapters, but ${first.path} has ${first.cues.length}: ${first.path}:${a.line} has no counterpart here`
          : `chapter ${i + 1} runs ${clock(b.start)} → ${clock(b.end)}, but ${clock(a.start)} → ${clock(a.end)} in ${first.path}:${a.line}`;
      problems.push({ file: second.path, line: b?.line ?? second.cues[second.cues.length - 1]?.line ?? 1, message, severity: 'error' });
      return;
    }
  }

  function checkWithinMedia(path: string, cues: readonly ParsedCue[], duration: number | undefined): void {
    if (duration === undefined) return;
    for (const cue of cues) {
      if (cue.end > duration + DURATION_TOLERANCE) {
        problems.push({ file: path, line: cue.line, message: `cue ends at ${clock(cue.end)}, after the end of the media (${clock(duration)})`, severity: 'error' });
      }
    }
  }

  function checkChapterOrderAndCoverage(path: string, cues: readonly ParsedCue[], duration: number | undefined): void {
    const inFileOrder = [...cues].sort((a, b) => a.line - b.line);
    for (let i = 1; i < inFileOrder.length; i++) {
      const previous = inFileOrder[i - 1]!;
      const cue = inFileOrder[i]!;
      // A start before the previous start is a WebVTT syntax error that webvtt-parser reports itself.
      if (cue.start < previous.start) continue;
      if (cue.start < previous.end) {
        problems.push({ file: path, line: cue.line, message: `chapter starts at ${clock(cue.start)}, before the chapter above it ends (${clock(previous.end)})`, severity: 'error' });
      } else if (cue.start > previous.end) {
        problems.push({ file: path, line: cue.line, message: `gap from ${clock(previous.end)} to ${clock(cue.start)} is in no chapter`, severity: 'error' });
      }
    }
    // parseWebVtt returns cues sorted by start.
    const firstCue = cues[0];
    const lastCue = cues[cues.length - 1];
    if (!firstCue || !lastCue) {
      problems.push({ file: path, line: 1, message: 'no chapters', severity: 'error' });
      return;
    }
    if (firstCue.start > 0) {
      problems.push({ file: path, line: firstCue.line, message: `the first chapter starts at ${clock(firstCue.start)}: 0:00.000 to there is in no chapter`, severity: 'error' });
    }
    if (duration !== undefined && lastCue.end < duration - DURATION_TOLERANCE) {
      problems.push({ file: path, line: lastCue.line, message: `the last chapter ends at ${clock(lastCue.end)} but the media lasts ${clock(duration)}`, severity: 'error' });
    }
    checkWithinMedia(path, cues, duration);
  }

  function checkTeacherNote(path: string, episodeId: string): void {
    const text = files.readText(path)!;
    const note = parseTeacherNote(text, path);
    problems.push(...note.problems);
    if (!note.value) return;
    const offsets = jsonValueOffsets(text);
    const at = (jsonPath: JsonPath, message: string, severity: 'error' | 'warning'): ContentProblem => ({ file: path, ...locateJsonPath(text, offsets, jsonPath), message, severity });
    if (note.value.episode !== episodeId) problems.push(at(['episode'], `episode: this note is for "${note.value.episode}" but the manifest gives it to "${episodeId}"`, 'error'));
    for (const [index, reference] of note.value.bibliography.entries()) {
      if (WEAK_SOURCE_KINDS.has(reference.kind)) problems.push(at(['bibliography', index, 'kind'], `bibliography[${index}]: a weak source (${reference.kind}) in a note for teachers`, 'warning'));
    }
  }

  /** Checks a context track; gives its cards' starts by id (for the host pages' moment links). */
  function checkContextTrack(path: string, duration: number | undefined): Map<string, number> {
    const vtt = parseWebVtt(files.readText(path)!, path);
    const context = contextFromCues(vtt.cues, path);
    const starts = new Map(context.cards.map((card) => [card.key, card.start]));
    problems.push(...vtt.problems, ...context.problems, ...context.ignored);
    checkWithinMedia(path, vtt.cues, duration);
    const at = (item: { line: number }, message: string): ContentProblem => ({ file: path, line: item.line + 1, col: 1, message, severity: 'error' });
    const unknownPerson = (id: string) => peopleIds !== undefined && !peopleIds.has(id);
    const firstAppearance = context.appearances[0];
    if (manifest?.peopleUrl === undefined && firstAppearance) {
      problems.push(at(firstAppearance, 'person cues need "people" (people.json) in the manifest'));
    }
    const seenCardIds = new Set<string>();
    for (const card of context.cards) {
      const texts = { title: card.title, text: card.text, dateNote: card.dateNote };
      for (const [name, value] of Object.entries(texts)) if (!isBilingual(value)) problems.push(at(card, `${name}: needs both "fr" and "en"`));
      for (const id of card.people ?? []) if (unknownPerson(id)) problems.push(at(card, `people: no person "${id}" in people.json`));
      for (const finding of [...placeFindings(card), ...sourceFindings(card.sources)]) problems.push({ ...at(card, finding.message), severity: finding.severity });
      if (card.id) {
        if (seenCardIds.has(card.id)) problems.push(at(card, `id: duplicate card id "${card.id}"`));
        seenCardIds.add(card.id);
      }
    }
    for (const warning of context.warnings) if (!isBilingual(warning.text)) problems.push(at(warning, 'text: needs both "fr" and "en"'));
    for (const appearance of context.appearances) {
      if (unknownPerson(appearance.id)) problems.push(at(appearance, `id: no person "${appearance.id}" in people.json`));
      if (!isBilingual(appearance.note)) problems.push(at(appearance, 'note: needs both "fr" and "en"'));
    }
    return starts;
  }
}
