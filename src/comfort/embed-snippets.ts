/** What a site owner pastes to show an episode on their own page. */
export interface EmbedSnippets {
  /** The one-script embed: a `<script>`, a `dv-player` and its chapter list. */
  readonly script: string;
  /** The iframe, for a site that cannot add a script. */
  readonly iframe: string;
}

export interface EmbedMoment {
  /** Where the player's files live (the folder with `embed/douze-vies.js` and `embed.html`), absolute. */
  readonly siteRoot: string;
  /** The manifest's absolute URL. */
  readonly manifestUrl: string;
  readonly episode: string;
  readonly lang: 'fr' | 'en';
  /** Seconds; the snippets start there when it is past the first second. */
  readonly time: number;
  /** The iframe's accessible name (the episode's heading). */
  readonly title: string;
}

/** An attribute value as HTML source: `&`, `"`, `<` and `>` escaped. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The two ways to embed an episode at a moment: the script snippet (`dv-player` with `manifest`,
 * `episode`, `lang`, `start`) and the iframe snippet (`embed.html?manifest=…&episode=…&t=…`,
 * sized by its aspect ratio). The manifest keeps its full address, so a snippet works on any site
 * that may read it (CORS permitting).
 */
export function embedSnippets(moment: EmbedMoment): EmbedSnippets {
  const start = Math.floor(moment.time);
  const id = `douze-vies-${moment.episode}`.replace(/[^\w-]/g, '-');
  const script = new URL('embed/douze-vies.js', moment.siteRoot).href;
  const frame = new URL('embed.html', moment.siteRoot);
  frame.searchParams.set('manifest', moment.manifestUrl);
  frame.searchParams.set('episode', moment.episode);
  frame.searchParams.set('lang', moment.lang);
  if (start > 0) frame.searchParams.set('t', String(start));
  const startAttribute = start > 0 ? ` start="${start}"` : '';
  return {
    script: [
      `<script type="module" src="${attribute(script)}"></script>`,
      `<dv-player id="${id}" manifest="${attribute(moment.manifestUrl)}" episode="${attribute(moment.episode)}" lang="${moment.lang}"${startAttribute}></dv-player>`,
      `<dv-chapter-list player="${id}"></dv-chapter-list>`,
    ].join('\n'),
    iframe: `<iframe src="${attribute(frame.href)}" title="${attribute(moment.title)}" allow="fullscreen; autoplay" style="width: 100%; aspect-ratio: 4 / 3; border: 0"></iframe>`,
  };
}
