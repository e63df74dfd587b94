import { isLang, type Lang } from '../content/localized.ts';

export interface PageParams {
  /** Absolute URL of the manifest to load. */
  readonly manifestUrl: string;
  /** The requested episode id, if any. */
  readonly episodeId: string | undefined;
  readonly lang: Lang;
}

/**
 * Reads `?manifest=`, `?episode=` and `?lang=`; relative URLs resolve against the page. The
 * language is the address's, else the one the viewer chose last time, else French.
 */
export function readPageParams(pageUrl: string, defaultManifest: string, rememberedLang?: Lang): PageParams {
  const url = new URL(pageUrl);
  const params = url.searchParams;
  const lang = params.get('lang');
  return {
    manifestUrl: new URL(params.get('manifest') || defaultManifest, url).href,
    episodeId: params.get('episode') || undefined,
    lang: isLang(lang) ? lang : (rememberedLang ?? 'fr'),
  };
}

/** The page URL for another episode or language, keeping the other parameters; a link to a moment (`t`, `chapter`, `#t=`) does not follow to another episode. */
export function pageUrlWith(pageUrl: string, changes: { episode?: string; lang?: Lang }): string {
  const url = new URL(pageUrl);
  if (changes.episode !== undefined) {
    url.searchParams.set('episode', changes.episode);
    url.searchParams.delete('t');
    url.searchParams.delete('chapter');
    url.hash = '';
  }
  if (changes.lang !== undefined) url.searchParams.set('lang', changes.lang);
  return `${url.pathname}${url.search}${url.hash}`;
}
