import { readStart } from '../comfort/deep-link.ts';
import { isLang, type Lang } from '../content/localized.ts';

/** The `dv-player` attributes of the iframe page (`embed.html`), read from its address. */
export interface FrameAttributes {
  /** The manifest's URL as the address gives it (relative to the embed page), `manifest.json` by default. */
  readonly manifest: string;
  readonly episode: string | undefined;
  readonly lang: Lang;
  /** Seconds (`?t=90`, `?t=1m30s`, `#t=…`), if the address names a moment. */
  readonly start: number | undefined;
  /** The least protection the embedding site imposes, when it names one. */
  readonly warnings: 'warn' | 'blur' | 'skip' | undefined;
}

const FLOORS = ['warn', 'blur', 'skip'] as const;

/**
 * `embed.html?manifest=…&episode=…&t=…&lang=…&warnings=…`: what the iframe's player plays. The
 * language is the address's, else the browser's when it is French or English, else French.
 */
export function frameAttributes(pageUrl: string, browserLang = ''): FrameAttributes {
  const params = new URL(pageUrl).searchParams;
  const lang = params.get('lang');
  const browser = browserLang.slice(0, 2).toLowerCase();
  const warnings = params.get('warnings');
  return {
    manifest: params.get('manifest') || 'manifest.json',
    episode: params.get('episode') || undefined,
    lang: isLang(lang) ? lang : isLang(browser) ? browser : 'fr',
    start: readStart(pageUrl).time,
    warnings: FLOORS.find((floor) => floor === warnings),
  };
}

/** The demo page at the same moment, for "watch with all the context". */
export function fullPlayerUrl(pageUrl: string, attributes: FrameAttributes): string {
  const url = new URL('index.html', pageUrl);
  url.searchParams.set('manifest', attributes.manifest);
  if (attributes.episode) url.searchParams.set('episode', attributes.episode);
  url.searchParams.set('lang', attributes.lang);
  if (attributes.start !== undefined) url.searchParams.set('t', String(Math.floor(attributes.start)));
  return url.href;
}
