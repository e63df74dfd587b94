import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ContentProblem } from '../content/content-problem.ts';
import { loadManifest, loadPeople } from '../content/load-content.ts';
import { localize, type Lang } from '../content/localized.ts';
import { episodeTitle, type Episode, type Manifest } from '../content/manifest.ts';
import type { Person } from '../content/people.ts';
import { messagesFor } from '../i18n/messages.ts';
import { EpisodeRequestEvent } from '../player/request-events.ts';
import '../ui/dv-card-timeline.ts';
import '../ui/dv-chapter-list.ts';
import '../ui/dv-content-messages.ts';
import '../ui/dv-context-cards.ts';
import '../ui/dv-liberation-map.ts';
import '../ui/dv-people-panel.ts';
import '../ui/dv-player.ts';
import '../ui/dv-teacher-note.ts';
import { COMPANION_TABS, tabAfterKey, type CompanionTab } from './companion-tabs.ts';
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
  @state() private people: readonly Person[] = [];
  @state() private startAt: number | undefined;
  @state() private tab: CompanionTab = 'context';
  /** Tabs opened so far: a panel is built the first time its tab opens, then stays in sync. */
  private visited = new Set<CompanionTab>(['context']);

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
    this.addEventListener(EpisodeRequestEvent.type, (event) => this.openEpisode(event));
    window.addEventListener('popstate', this.onPopState);
    void this.load(params.manifestUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Back and Forward after an episode switch show the episode the address names. */
  private readonly onPopState = (): void => {
    this.episodeId = readPageParams(window.location.href, this.defaultManifest).episodeId;
    this.requestUpdate();
  };

  /** Another episode at a given moment: the page switches episode and the player starts there. */
  private openEpisode(event: EpisodeRequestEvent): void {
    if (event.defaultPrevented || !this.manifest?.episodes.some((episode) => episode.id === event.detail.episode && episode.available)) return;
    event.preventDefault();
    this.episodeId = event.detail.episode;
    this.startAt = event.detail.time;
    window.history.pushState(null, '', pageUrlWith(window.location.href, { episode: event.detail.episode }));
    void this.updateComplete.then(() => {
      this.startAt = undefined;
    });
  }

  private async load(manifestUrl: string): Promise<void> {
    const result = await loadManifest(manifestUrl);
    this.manifest = result.manifest;
    this.problems = result.problems;
    this.loaded = true;
    if (result.manifest?.peopleUrl) {
      const people = await loadPeople(result.manifest.peopleUrl);
      this.people = people.value ?? [];
      this.problems = [...this.problems, ...people.problems];
    }
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
        <dv-player id="player" .episode=${episode} .episodes=${manifest.episodes} .people=${this.people} .startAt=${this.startAt} locale=${this.pageLang}>
          ${this.renderCompanion()}
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

  /** The companion panels, one tab each (WAI-ARIA tabs, automatic activation); a panel is built when its tab first opens, then stays mounted and in sync. */
  private renderCompanion() {
    const messages = messagesFor(this.pageLang);
    const panel = (id: CompanionTab) => {
      switch (id) {
        case 'context':
          return html`<dv-context-cards></dv-context-cards>`;
        case 'people':
          return html`<dv-people-panel></dv-people-panel>`;
        case 'map':
          return html`<dv-liberation-map></dv-liberation-map>`;
        case 'timeline':
          return html`<dv-card-timeline></dv-card-timeline>`;
      }
    };
    return html`<dv-chapter-list></dv-chapter-list>
      <div class="dv-companion">
      <div role="tablist" class="dv-tabs" aria-label=${messages.companion}>
        ${COMPANION_TABS.map(
          (id) => html`<button
            type="button"
            role="tab"
            id="dv-tab-${id}"
            aria-controls="dv-panel-${id}"
            aria-selected=${id === this.tab ? 'true' : 'false'}
            tabindex=${id === this.tab ? 0 : -1}
            @click=${() => this.selectTab(id)}
            @keydown=${(event: KeyboardEvent) => this.onTabKey(event, id)}
          >
            ${messages.tabs[id]}
          </button>`,
        )}
      </div>
      ${COMPANION_TABS.map(
        (id) =>
          html`<div role="tabpanel" class="dv-tabpanel" id="dv-panel-${id}" aria-labelledby="dv-tab-${id}" ?hidden=${id !== this.tab}>
            ${this.visited.has(id) ? panel(id) : nothing}
          </div>`,
      )}
    </div>`;
  }

  private selectTab(id: CompanionTab): void {
    this.visited.add(id);
    this.tab = id;
  }

  private onTabKey(event: KeyboardEvent, from: CompanionTab): void {
    const next = tabAfterKey(from, event.key);
    if (next === undefined) return;
    event.preventDefault();
    this.selectTab(next);
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#dv-tab-${next}`)?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-app': DvApp;
  }
}
