import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ContentProblem } from '../content/content-problem.ts';
import { loadManifest } from '../content/load-content.ts';
import { localize, type Lang } from '../content/localized.ts';
import { episodeTitle, type Episode, type Manifest } from '../content/manifest.ts';
import { messagesFor } from '../i18n/messages.ts';
import '../ui/dv-chapter-list.ts';
import '../ui/dv-content-messages.ts';
import '../ui/dv-context-cards.ts';
import '../ui/dv-player.ts';
import '../ui/dv-teacher-note.ts';
import { pageUrlWith, readPageParams } from './page-params.ts';

/**
 * The page: reads `?manifest`, `?episode` and `?lang`, loads the manifest and lays out the
 * series navigation, the player and its panels. Rendered in the light DOM so that the video.js
 * player inside it gets the document's stylesheet.
 *
 * @summary The "Six Ans – Douze Vies" page.
 */
@customElement('dv-app')
export class DvApp extends LitElement {
  /** The manifest used when the page URL names none. */
  @property({ attribute: 'default-manifest' }) defaultManifest = 'manifest.json';

  @state() private manifest: Manifest | undefined;
  @state() private problems: readonly ContentProblem[] = [];
  @state() private notice: string | undefined;
  @state() private loaded = false;

  private pageLang: Lang = 'fr';
  private episodeId: string | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const params = readPageParams(window.location.href, this.defaultManifest);
    this.pageLang = params.lang;
    this.episodeId = params.episodeId;
    document.documentElement.lang = params.lang;
    void this.load(params.manifestUrl);
  }

  private async load(manifestUrl: string): Promise<void> {
    const result = await loadManifest(manifestUrl);
    this.manifest = result.manifest;
    this.problems = result.problems;
    this.loaded = true;
    if (this.manifest && this.episodeId && !this.manifest.episodes.some((episode) => episode.id === this.episodeId)) {
      this.notice = messagesFor(this.pageLang).episodeNotFound(this.episodeId);
    }
  }

  private get episode(): Episode | undefined {
    const episodes = this.manifest?.episodes ?? [];
    return episodes.find((episode) => episode.id === this.episodeId) ?? episodes.find((episode) => episode.available) ?? episodes[0];
  }

  override render() {
    const messages = messagesFor(this.pageLang);
    const manifest = this.manifest;
    const episode = this.episode;
    if (!this.loaded) return html`<p class="dv-loading">…</p>`;
    if (!manifest || !episode) {
      return html`<main class="dv-page">
        <div role="alert" class="dv-fatal">
          <p>${messages.manifestFailed}</p>
        </div>
        <dv-content-messages .problems=${this.problems} .locale=${this.pageLang}></dv-content-messages>
      </main>`;
    }
    const href = window.location.href;
    return html`
      <header class="dv-header">
        <p class="dv-series">${localize(manifest.series, this.pageLang)}</p>
        <h1>${messages.episodeHeading(episode.number, episodeTitle(episode, this.pageLang))}</h1>
        <nav class="dv-languages" aria-label=${messages.language}>
          ${(['fr', 'en'] as const).map(
            (lang) => html`<a href=${pageUrlWith(href, { lang })} hreflang=${lang} lang=${lang} aria-current=${lang === this.pageLang ? 'true' : nothing}
              >${lang === 'fr' ? 'Français' : 'English'}</a
            >`,
          )}
        </nav>
      </header>
      <main class="dv-page">
        ${this.notice ? html`<p role="status" class="dv-notice">${this.notice}</p>` : nothing}
        <dv-player .episode=${episode} locale=${this.pageLang}>
          <dv-chapter-list></dv-chapter-list>
          <dv-context-cards></dv-context-cards>
        </dv-player>
        <dv-teacher-note class="dv-teacher-note" src=${episode.noteUrl ?? nothing} locale=${this.pageLang}></dv-teacher-note>
        <nav class="dv-episodes" aria-label=${messages.episodes}>
          <h2>${messages.episodes}</h2>
          <ol>
            ${manifest.episodes.map((item) => {
              const label = html`<span class="dv-episode-number">${item.number}</span> ${episodeTitle(item, this.pageLang) ?? messages.episodeNumber(item.number)}`;
              if (!item.available) return html`<li class="dv-unavailable">${label} <span class="dv-tag">(${messages.notAvailable})</span></li>`;
              return html`<li>
                <a href=${pageUrlWith(href, { episode: item.id })} aria-current=${item === episode ? 'page' : nothing}>${label}</a>
              </li>`;
            })}
          </ol>
        </nav>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-app': DvApp;
  }
}
