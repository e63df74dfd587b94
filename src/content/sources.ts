import * as v from 'valibot';

/**
 * What kind of publisher a source is, so that a reader sees "Mémorial de Caen (musée)" rather than
 * a hostname, and so that the checker can warn about a card that rests on weak sources only.
 */
export const SOURCE_KINDS = [
  'museum',
  'memorial',
  'archives',
  'library',
  'city',
  'government',
  'encyclopedia',
  'press',
  'broadcaster',
  'academic',
  'book',
  'tourism',
  'association',
  'blog',
  'forum',
  'shop',
  'copy',
  'video',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Kinds a teacher could not put in front of a class: shops, scraper copies, forums, blogs, video hosts. */
export const WEAK_SOURCE_KINDS: ReadonlySet<SourceKind> = new Set(['blog', 'forum', 'shop', 'copy', 'video']);

/**
 * True when `url`, resolved as a browser would (leading spaces dropped, tabs and line breaks
 * removed, any case), is an http(s) URL or a relative one: never `javascript:`, `data:`,
 * `vbscript:`… and never a string the URL parser refuses.
 */
export function isHttpOrRelativeUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, 'https://base.invalid/').protocol);
  } catch {
    return false;
  }
}

/** Only http(s): a source is a link a reader may follow, to another site. */
export const SourceUrlSchema = v.pipe(v.string('must be a URL string'), v.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'));

/** A source: a bare URL (shown by its host name), or a URL with its publisher's name and kind. */
export const SourceSchema = v.union(
  [
    SourceUrlSchema,
    v.strictObject({
      url: SourceUrlSchema,
      publisher: v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty')),
      kind: v.picklist(SOURCE_KINDS, `must be one of ${SOURCE_KINDS.join(', ')}`),
    }),
  ],
  'must be a URL or {"url", "publisher", "kind"}',
);
export type Source = v.InferOutput<typeof SourceSchema>;

export const SourceListSchema = v.pipe(v.array(SourceSchema, 'must be a list of sources'), v.minLength(1, 'must list at least one source'));

/** A source with what a reader is shown: the publisher's name (or the host name) and its kind, if known. */
export interface ShownSource {
  readonly url: string;
  readonly publisher: string;
  readonly kind?: SourceKind;
  readonly weak: boolean;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function showSource(source: Source): ShownSource {
  if (typeof source === 'string') return { url: source, publisher: hostOf(source), weak: false };
  return { url: source.url, publisher: source.publisher, kind: source.kind, weak: WEAK_SOURCE_KINDS.has(source.kind) };
}

/** True when every source is of a weak kind (bare URLs count as unknown, not weak). */
export function onlyWeakSources(sources: readonly Source[]): boolean {
  return sources.length > 0 && sources.every((source) => showSource(source).weak);
}
