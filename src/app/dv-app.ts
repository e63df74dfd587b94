import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { styleProps } from '../ui/style-props.ts';
import type { ContentProblem } from '../content/content-problem.ts';
import { loadManifest, loadPeople } from '../content/load-content.ts';
import { localize, type Lang } from '../content/localized.ts';
import { episodeTitle, type Episode, type Manifest } from '../content/manifest.ts';
import type { Person } from '../content/people.ts';
import { messagesFor } from '../i18n/messages.ts';
import { EpisodeRequestEvent } from '../player/request-events.ts';
import '../ui/dv-chapter-list.ts';
import '../ui/dv-content-messages.ts';
import '../ui/dv-context-cards.ts';
import '../ui/dv-player.ts';
import '../ui/dv-teacher-note.ts';
import { loadPanelsWhenIdle, PANEL_MODULES, type PanelTag } from '../ui/panel-modules.ts';
import { COMPANION_TABS, tabAfterKey, type CompanionTab } from './companion-tabs.ts';
import { pageUrlWith, readPageParams } from './page-params.ts';
import { createComfortStore } from '../comfort/comfort-store.ts';
import { readStart, withoutStart } from '../comfort/deep-link.ts';
import { createResumeStore, progressOf, type SavedPosition } from '../comfort/resume-store.ts';
import { comfortMessagesFor } from '../i18n/comfort-messages.ts';
import { safeLocalStorage } from '../warnings/warning-store.ts';
import { ComfortRequestEvent } from '../ui/comfort-requests.ts';
import { PROGRESS_SAVED_EVENT } from '../ui/resume-keeper.ts';

/** The panel element of each companion tab whose code is fetched on demand. */
const TAB_PANELS: Partial<Record<CompanionTab, PanelTag>> = {
  transcript: 'dv-transcript',
  people: 'dv-people-panel',
  map: 'dv-liberation-map',
  timeline: 'dv-card-timeline',
};

/**
 * The page: reads `?manifest`, `?episode` and `?lang`, loads the manifest and lays out the
 * series navigation, the player and its panels. Rendered in the light DOM so that the video.js
 * player inside it gets the document's stylesheet.
 *
 * This is the demo page (`index.html`), not a building block: a site composes its own page from
 * `dv-player` and the panels. It answers the `dv-episode-request` events of its panels (switching
 * episode in place) and the `dv-comfort-request` events of the transcript button.
 *
 * @summary The "Six Ans – Douze Vies" demo page: series navigation, the player and its companion tabs.
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
  @state() private startChapter: string | undefined;
  /** Each episode's saved position, for its progress in the episode list. */
  @state() private positions: ReadonlyMap<string, SavedPosition> = new Map();
  private readonly comfortStore = createComfortStore(safeLocalStorage());
  private readonly resumeStore = createResumeStore(safeLocalStorage());
  /** The tab shown before the transcript was opened by its button or T: closing it goes back there. */
  private tabBeforeTranscript: CompanionTab = 'context';
  @state() private tab: CompanionTab = 'context';
  /** Tabs opened so far: a panel is built the first time its tab opens, then stays in sync. */
  private visited = new Set<CompanionTab>(['context']);

  @state() private pageLang: Lang = 'fr';
  private episodeId: string | undefined;
  /** The manifest's URL, as the page address gives it (the player's embed snippets name it). */
  private manifestUrl: string | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const params = readPageParams(window.location.href, this.defaultManifest, this.comfortStore.load().value.lang);
    this.pageLang = params.lang;
    this.episodeId = params.episodeId;
    document.documentElement.lang = params.lang;
    // A link to a moment (`?t=`, `#t=`, `?chapter=`) is applied once; the address then loses it, so
    // that a reload offers to resume where the viewer is rather than jumping back.
    const start = readStart(window.location.href);
    this.startAt = start.time;
    this.startChapter = start.chapter;
    if (start.time !== undefined || start.chapter !== undefined) window.history.replaceState(window.history.state, '', withoutStart(window.location.href));
    this.positions = this.resumeStore.all();
    this.addEventListener(EpisodeRequestEvent.type, (event) => this.openEpisode(event));
    this.addEventListener(ComfortRequestEvent.type, (event) => this.onComfortRequest(event));
    this.addEventListener(PROGRESS_SAVED_EVENT, () => (this.positions = this.resumeStore.all()));
    window.addEventListener('popstate', this.onPopState);
    this.manifestUrl = params.manifestUrl;
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
    this.goToEpisode(event.detail.episode, event.detail.time);
  }

  /** Another episode in place, with a history entry so that Back and Forward work. */
  private goToEpisode(id: string, time?: number): void {
    this.episodeId = id;
    this.startAt = time;
    this.startChapter = undefined;
    this.positions = this.resumeStore.all();
    window.history.pushState(null, '', pageUrlWith(window.location.href, { episode: id }));
    void this.updateComplete.then(() => {
      this.startAt = undefined;
    });
  }

  /** An episode link followed in place (a plain click); other clicks (new tab…) are the browser's. */
  private followEpisodeLink(event: MouseEvent, id: string): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (id !== this.episode?.id) this.goToEpisode(id);
    window.scrollTo({ top: 0 });
    this.querySelector<HTMLElement>('h1')?.focus();
  }

  /** The transcript button or T: the transcript tab, or back to the tab before it. */
  private onComfortRequest(event: ComfortRequestEvent): void {
    if (event.detail.action !== 'transcript') return;
    if (this.tab === 'transcript') {
      this.selectTab(this.tabBeforeTranscript);
      return;
    }
    this.tabBeforeTranscript = this.tab;
    this.selectTab('transcript');
  }

  /**
   * The other language, in place: no reload, so the video keeps its position, playback state,
   * subtitles and the focus. The address follows (replaced, not pushed: a language is not a place).
   */
  private switchLanguage(event: MouseEvent, lang: Lang): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (lang === this.pageLang) return;
    this.pageLang = lang;
    document.documentElement.lang = lang;
    this.comfortStore.update({ lang });
    window.history.replaceState(window.history.state, '', pageUrlWith(window.location.href, { lang }));
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

  protected override firstUpdated(): void {
    // Panels a host page adds by id find their element defined.
    loadPanelsWhenIdle();
  }

  protected override updated(): void {
    const manifest = this.manifest;
    const episode = this.episode;
    const messages = messagesFor(this.pageLang);
    document.querySelector('meta[name="description"]')?.setAttribute('content', messages.metaDescription);
    if (manifest && episode) {
      document.title = messages.documentTitle(messages.episodeHeading(episode.number, episodeTitle(episode, this.pageLang)), localize(manifest.series, this.pageLang));
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
      // Nothing to play: the content messages say so in one sentence, and where, for the author.
      return html`<main class="dv-page">
        <dv-content-messages .problems=${this.problems} .locale=${this.pageLang}></dv-content-messages>
      </main>`;
    }
    const href = window.location.href;
    return html`
      <header class="dv-header">
        <p class="dv-series">${localize(manifest.series, this.pageLang)}</p>
        <h1 tabindex="-1">${messages.episodeHeading(episode.number, episodeTitle(episode, this.pageLang))}</h1>
        <nav class="dv-languages" aria-label=${messages.language}>
          ${(['fr', 'en'] as const).map(
            (lang) => html`<a
              href=${pageUrlWith(href, { lang })}
              hreflang=${lang}
              lang=${lang}
              aria-current=${lang === this.pageLang ? 'true' : nothing}
              @click=${(event: MouseEvent) => this.switchLanguage(event, lang)}
              >${lang === 'fr' ? 'Français' : 'English'}</a
            >`,
          )}
        </nav>
      </header>
      <main class="dv-page">
        ${this.notice ? html`<p role="status" class="dv-notice">${this.notice}</p>` : nothing}
        <dv-player
          id="player"
          manifest=${this.manifestUrl ?? nothing}
          .entry=${episode}
          .episodes=${manifest.episodes}
          .people=${this.people}
          .startAt=${this.startAt}
          .startChapter=${this.startChapter}
          locale=${this.pageLang}
          transcript-toggle
          advisory-focus
          ?transcript-shown=${this.tab === 'transcript'}
        >
          ${this.renderCompanion()}
        </dv-player>
        ${this.renderNeighbours(manifest, episode)}
        <dv-teacher-note class="dv-teacher-note" src=${episode.noteUrl ?? nothing} locale=${this.pageLang}></dv-teacher-note>
        <nav class="dv-episodes" aria-label=${messages.episodes}>
          <h2>${messages.episodes}</h2>
          <ol>
            ${manifest.episodes.map((item) => {
              const label = html`<span class="dv-episode-number">${item.number}</span> ${episodeTitle(item, this.pageLang) ?? messages.episodeNumber(item.number)}`;
              if (!item.available) return html`<li class="dv-unavailable">${label} <span class="dv-tag">(${messages.notAvailable})</span></li>`;
              return html`<li>
                <a href=${pageUrlWith(href, { episode: item.id })} aria-current=${item === episode ? 'page' : nothing} @click=${(event: MouseEvent) => this.followEpisodeLink(event, item.id)}
                  >${label}</a
                >
                ${this.renderProgress(item)}
              </li>`;
            })}
          </ol>
        </nav>
      </main>
    `;
  }

  /** How much of an episode the viewer has watched: a bar, with the same in words. */
  private renderProgress(item: Episode) {
    const progress = progressOf(this.positions.get(item.id));
    if (!progress) return nothing;
    const messages = comfortMessagesFor(this.pageLang);
    const percent = Math.round(progress.fraction * 100);
    return html`<span class="dv-progress">
      <span class="dv-progress-bar" aria-hidden="true"><span class="dv-progress-fill" ${styleProps({ 'inline-size': `${progress.finished ? 100 : percent}%` })}></span></span>
      <span class="dv-progress-text">${progress.finished ? messages.finished : messages.progress(percent)}</span>
    </span>`;
  }

  /** Previous and next available episodes, under the player. */
  private renderNeighbours(manifest: Manifest, episode: Episode) {
    const messages = comfortMessagesFor(this.pageLang);
    const available = manifest.episodes.filter((item) => item.available);
    const index = available.indexOf(episode);
    const previous = index > 0 ? available[index - 1] : undefined;
    const next = index >= 0 ? available[index + 1] : undefined;
    if (!previous && !next) return nothing;
    const href = window.location.href;
    const link = (item: Episode, rel: 'prev' | 'next', label: string) =>
      html`<a class="dv-neighbour dv-neighbour-${rel}" rel=${rel} href=${pageUrlWith(href, { episode: item.id })} @click=${(event: MouseEvent) => this.followEpisodeLink(event, item.id)}>
        <span class="dv-neighbour-label">${label}</span>
        <span>${messagesFor(this.pageLang).episodeHeading(item.number, episodeTitle(item, this.pageLang))}</span>
      </a>`;
    return html`<nav class="dv-neighbours" aria-label=${messages.episodeNavigation}>
      ${previous ? link(previous, 'prev', messages.previousEpisode) : nothing} ${next ? link(next, 'next', messages.nextEpisode) : nothing}
    </nav>`;
  }

  /** The companion panels, one tab each (WAI-ARIA tabs, automatic activation); a panel is built when its tab first opens, then stays mounted and in sync. */
  private renderCompanion() {
    const messages = messagesFor(this.pageLang);
    const panel = (id: CompanionTab) => {
      switch (id) {
        case 'context':
          return html`<dv-context-cards></dv-context-cards>`;
        case 'transcript':
          return html`<dv-transcript></dv-transcript>`;
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
    // The panel's code is fetched the first time its tab opens; its element upgrades when it lands.
    const tag = TAB_PANELS[id];
    if (tag) void PANEL_MODULES[tag]();
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
