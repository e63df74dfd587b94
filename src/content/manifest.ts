import * as v from 'valibot';
import type { ContentProblem } from './content-problem.ts';
import { LocalizedSchema, type Lang, type Localized } from './localized.ts';
import { isHttpOrRelativeUrl, SourceListSchema } from './sources.ts';
import { jsonValueOffsets, locateJsonPath } from './json-locations.ts';
import { validateJson } from './validate-json.ts';

const IdSchema = v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9-]+$/, 'must match [a-z0-9-]+ (it is used in URLs)'));
const UrlSchema = v.pipe(
  v.string('must be a URL string'),
  v.nonEmpty('must not be empty'),
  v.check(isHttpOrRelativeUrl, 'must be an http(s) URL or a path relative to the manifest'),
);

/** A file the browser plays as it is (video/…, audio/…), or a streaming playlist: HLS or DASH (src/player/streaming.ts). */
const MEDIA_TYPE = /^(?:(?:video|audio)\/|application\/(?:x-mpegurl|vnd\.apple\.mpegurl|dash\+xml)(?:$|;))/i;

const MediaSourceSchema = v.strictObject({
  src: UrlSchema,
  type: v.pipe(
    v.string('must be a MIME type such as "video/webm"'),
    v.regex(MEDIA_TYPE, 'must be a video/… or audio/… MIME type, or a streaming playlist: application/x-mpegURL, application/vnd.apple.mpegurl (HLS), application/dash+xml (DASH)'),
  ),
});

const LangTagSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as "fr"'));

const SubtitleSchema = v.strictObject({
  src: UrlSchema,
  srclang: LangTagSchema,
  label: v.pipe(v.string(), v.nonEmpty('must not be empty')),
});

const DescriptionSchema = v.strictObject({ src: UrlSchema, srclang: LangTagSchema });

const ChaptersSchema = v.union(
  [UrlSchema, v.pipe(v.strictObject({ fr: v.optional(UrlSchema), en: v.optional(UrlSchema) }), v.check((c) => Boolean(c.fr ?? c.en), 'needs "fr" or "en"'))],
  'must be a URL or {"fr": URL, "en": URL}',
);

const TitleText = v.pipe(v.string(), v.nonEmpty('must not be empty'));
/** An episode's title in one or both languages: a language with no sourced title shows the number alone. */
const EpisodeTitleSchema = v.union(
  [TitleText, v.pipe(v.strictObject({ fr: v.optional(TitleText), en: v.optional(TitleText) }), v.check((t) => Boolean(t.fr ?? t.en), 'needs "fr" or "en"'))],
  'must be a string or {"fr": "…", "en": "…"} (either may be left out)',
);

const EpisodeSchema = v.strictObject({
  id: IdSchema,
  number: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  /** Left out, or left out in one language, where no source gives the title: the page shows "Épisode 3". */
  title: v.optional(EpisodeTitleSchema),
  /** Where each title comes from, and any doubt about it: kept in the file, never shown. */
  titleNote: v.optional(v.string()),
  titleSources: v.optional(SourceListSchema),
  /** The teacher's note for this episode (a JSON file, see teacher-note.ts). */
  note: v.optional(UrlSchema),
  summary: v.optional(LocalizedSchema),
  sources: v.optional(v.array(MediaSourceSchema, 'must be a list of {"src", "type"}')),
  poster: v.optional(UrlSchema),
  chapters: v.optional(ChaptersSchema),
  context: v.optional(UrlSchema),
  subtitles: v.optional(v.array(SubtitleSchema, 'must be a list of {"src", "srclang", "label"}')),
  /** Audio description: WebVTT tracks of kind `descriptions`, one per language, spoken on request (WCAG 2.2 SC 1.2.5). */
  descriptions: v.optional(v.array(DescriptionSchema, 'must be a list of {"src", "srclang"}')),
  /** The language of the soundtrack's speech (default "fr"): readers of another language get subtitles on by default. */
  audioLang: v.optional(LangTagSchema),
});

export const ManifestSchema = v.strictObject(
  {
    series: LocalizedSchema,
    people: v.optional(UrlSchema),
    episodes: v.pipe(v.array(EpisodeSchema, 'must be a list of episodes'), v.minLength(1, 'must list at least one episode')),
  },
  'must be an object with "series" and "episodes"',
);

export interface MediaSource {
  readonly src: string;
  readonly type: string;
}

export interface SubtitleTrack {
  readonly src: string;
  readonly srclang: string;
  readonly label: string;
}

/** An audio-description track (WebVTT, kind `descriptions`) in one language. */
export interface DescriptionTrack {
  readonly src: string;
  readonly srclang: string;
}

/** An episode with every URL resolved against the manifest's own URL. */
export interface Episode {
  readonly id: string;
  readonly number: number;
  readonly title?: EpisodeTitle;
  readonly summary?: Localized;
  readonly noteUrl?: string;
  /** False for an episode listed in the series but with no media here. */
  readonly available: boolean;
  readonly sources: readonly MediaSource[];
  readonly poster?: string;
  readonly chaptersUrls: Partial<Record<Lang, string>>;
  readonly contextUrl?: string;
  readonly subtitles: readonly SubtitleTrack[];
  readonly descriptions: readonly DescriptionTrack[];
  /** The language spoken on the soundtrack ("fr" when the manifest does not say). */
  readonly audioLang: string;
}

export type EpisodeTitle = string | { readonly fr?: string; readonly en?: string };

/** The episode's title in `lang`, when a source gives one. */
export function episodeTitle(episode: Pick<Episode, 'title'>, lang: Lang): string | undefined {
  const title = episode.title;
  return typeof title === 'string' ? title : title?.[lang];
}

export interface Manifest {
  readonly url: string;
  readonly series: Localized;
  readonly peopleUrl?: string;
  readonly episodes: readonly Episode[];
}

export interface ManifestResult {
  readonly manifest?: Manifest;
  readonly problems: ContentProblem[];
}

/** The track in `lang`, or none: subtitles and descriptions are never shown in another language by surprise. */
export function trackFor<T extends { readonly srclang: string }>(tracks: readonly T[], lang: string): T | undefined {
  return tracks.find((track) => track.srclang === lang) ?? tracks.find((track) => track.srclang.split('-')[0] === lang);
}

/** The chapters file for the reader's language, or the other language's when there is only one. */
export function chaptersUrlFor(episode: Episode, lang: Lang): string | undefined {
  return episode.chaptersUrls[lang] ?? episode.chaptersUrls.fr ?? episode.chaptersUrls.en;
}

/** Validates a manifest's text and resolves its relative URLs against `manifestUrl`. */
export function parseManifest(text: string, manifestUrl: string): ManifestResult {
  const { value, problems } = validateJson(text, ManifestSchema, { file: manifestUrl });
  if (!value) return { problems };

  const seen = new Set<string>();
  let offsets: Map<string, number> | undefined;
  for (const [index, episode] of value.episodes.entries()) {
    if (seen.has(episode.id)) {
      offsets ??= jsonValueOffsets(text);
      problems.push({ file: manifestUrl, ...locateJsonPath(text, offsets, ['episodes', index, 'id']), message: `episodes[${index}].id: duplicate episode id "${episode.id}"`, severity: 'error' });
    }
    seen.add(episode.id);
  }
  if (problems.length > 0) return { problems };
  if (!URL.canParse(manifestUrl)) {
    return { problems: [{ file: manifestUrl, message: 'the manifest URL is not an absolute URL: its relative URLs cannot be resolved', severity: 'error' }] };
  }

  const resolve = (url: string) => new URL(url, manifestUrl).href;
  const resolveOptional = (url: string | undefined) => (url === undefined ? undefined : resolve(url));
  const episodes = value.episodes.map((episode): Episode => {
    const chapters = episode.chapters;
    const chaptersUrls =
      chapters === undefined
        ? {}
        : typeof chapters === 'string'
          ? { fr: resolve(chapters), en: resolve(chapters) }
          : { fr: resolveOptional(chapters.fr), en: resolveOptional(chapters.en) };
    const sources = (episode.sources ?? []).map((source) => ({ ...source, src: resolve(source.src) }));
    return {
      id: episode.id,
      number: episode.number,
      title: episode.title,
      summary: episode.summary,
      noteUrl: resolveOptional(episode.note),
      available: sources.length > 0,
      sources,
      poster: resolveOptional(episode.poster),
      chaptersUrls,
      contextUrl: resolveOptional(episode.context),
      subtitles: (episode.subtitles ?? []).map((track) => ({ ...track, src: resolve(track.src) })),
      descriptions: (episode.descriptions ?? []).map((track) => ({ ...track, src: resolve(track.src) })),
      audioLang: episode.audioLang ?? 'fr',
    };
  });
  return {
    manifest: { url: manifestUrl, series: value.series, peopleUrl: resolveOptional(value.people), episodes },
    problems,
  };
}
