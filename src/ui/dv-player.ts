import { provide } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Chapter } from '../content/chapters.ts';
import type { ContentProblem } from '../content/content-problem.ts';
import type { Appearance, ContentWarning, ContextCard } from '../content/context-track.ts';
import { loadChapters, loadContextTrack } from '../content/load-content.ts';
import { localize } from '../content/localized.ts';
import { chaptersUrlFor, type Episode } from '../content/manifest.ts';
import { messagesFor } from '../i18n/messages.ts';
import { playerContext, type PlayerSnapshot } from '../player/player-context.ts';
import { PlayerRemote } from '../player/player-remote.ts';
import { INITIAL_MEDIA_STATE, type MediaState } from '../player/player-state.ts';
import { PauseRequestEvent, PlayRequestEvent, SeekRequestEvent } from '../player/request-events.ts';
import { createVideoJsAdapter, type MediaAdapter } from '../player/videojs-adapter.ts';
import { EpisodeTimeline } from '../timeline/episode-timeline.ts';
import type { Lang } from '../timeline/format-time.ts';
import './dv-chapter-nav.ts';
import './dv-content-messages.ts';

type Timeline = EpisodeTimeline<Chapter, ContextCard, ContentWarning, Appearance>;

const EMPTY_TIMELINE: Timeline = new EpisodeTimeline({ chapters: [], cards: [], warnings: [], appearances: [] });

/**
 * The root of one episode's player: owns the video.js adapter, loads the episode's chapters and
 * context track, and publishes a `PlayerSnapshot` to every panel inside it through `@lit/context`.
 * Panels placed as children (the chapter list, later cards, people, map…) receive state and send
 * request events up; only this element acts on them.
 *
 * @summary A documentary episode with its chapters and context.
 * @slot - Companion panels, shown beside the video on wide screens and below it on narrow ones.
 * @csspart layout - The grid holding the video column and the panels.
 * @cssproperty --dv-accent - Accent colour for the current chapter and focus rings.
 * @fires dv-problems - When content problems are found; `detail` is the list.
 * Request events (`dv-seek-request`, `dv-play-request`, `dv-pause-request`) from panels bubble
 * through this element; a host page can veto one with preventDefault() in a capturing listener.
 */
@customElement('dv-player')
export class DvPlayer extends LitElement {
  static override styles = css`
    :host {
      display: block;
      --dv-accent: #f0b429;
    }
    .layout {
      display: grid;
      gap: 1rem 1.5rem;
      grid-template-columns: minmax(0, 1fr);
    }
    @media (min-width: 960px) {
      .layout {
        grid-template-columns: minmax(0, 2.2fr) minmax(18rem, 1fr);
        align-items: start;
      }
    }
    .media {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
    }
    .panels {
      display: grid;
      gap: 1rem;
    }
    .unavailable {
      padding: 2rem;
      background: #222;
      color: #eee;
      border-radius: 4px;
    }
  `;

  /** The episode to play, with URLs resolved (from `parseManifest`). */
  @property({ attribute: false }) episode?: Episode;

  /** Interface and content language. */
  @property({ reflect: true }) locale: Lang = 'fr';

  @provide({ context: playerContext })
  @state()
  protected snapshot: PlayerSnapshot | undefined;

  @state() private problems: readonly ContentProblem[] = [];

  private adapter: MediaAdapter | undefined;
  private remote: PlayerRemote | undefined;
  private media: MediaState = INITIAL_MEDIA_STATE;
  private timeline: Timeline = EMPTY_TIMELINE;
  private chapters: readonly Chapter[] | undefined;
  private readonly mediaHost = document.createElement('div');
  private listeners: AbortController | undefined;
  private loading: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.mediaHost.slot = 'media';
    this.mediaHost.className = 'dv-media-host';
    if (this.mediaHost.parentNode !== this) this.prepend(this.mediaHost);
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    // A host page may veto a request by calling preventDefault() in a capturing listener.
    this.addEventListener(SeekRequestEvent.type, (event) => event.defaultPrevented || this.remote?.seek(event.detail.time, event.detail.trigger), { signal });
    this.addEventListener(PlayRequestEvent.type, (event) => event.defaultPrevented || this.remote?.play(event.detail.trigger), { signal });
    this.addEventListener(PauseRequestEvent.type, (event) => event.defaultPrevented || this.remote?.pause(event.detail.trigger), { signal });
    // Reconnected after a move in the page: build the player again.
    if (this.hasUpdated && !this.adapter) this.setUpEpisode();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listeners?.abort();
    this.tearDown();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('episode') || changed.has('locale')) this.setUpEpisode();
  }

  override render() {
    const messages = messagesFor(this.locale);
    const episode = this.episode;
    return html`
      <div class="layout" part="layout">
        <div class="media">
          ${episode && !episode.available ? html`<p class="unavailable" role="status">${messages.episodeUnavailable}</p>` : nothing}
          <slot name="media"></slot>
          <dv-chapter-nav></dv-chapter-nav>
          <dv-content-messages .problems=${this.problems} .locale=${this.locale}></dv-content-messages>
        </div>
        <div class="panels"><slot></slot></div>
      </div>
    `;
  }

  /** The remote every request goes through (for the host page and tests). */
  get playerRemote(): PlayerRemote | undefined {
    return this.remote;
  }

  private setUpEpisode(): void {
    this.tearDown();
    this.problems = [];
    this.chapters = undefined;
    this.timeline = EMPTY_TIMELINE;
    this.media = INITIAL_MEDIA_STATE;
    const episode = this.episode;
    if (!episode || !this.isConnected) {
      this.publish();
      return;
    }
    if (episode.available) {
      const label = messagesFor(this.locale).videoLabel(localize(episode.title, this.locale));
      this.adapter = createVideoJsAdapter(
        this.mediaHost,
        { sources: episode.sources, poster: episode.poster, subtitles: episode.subtitles, lang: this.locale, label },
        (media) => {
          this.media = media;
          if (media.error) this.reportMediaError(media.error);
          this.publish();
        },
      );
      this.remote = new PlayerRemote(this.adapter);
    }
    this.publish();
    void this.loadTracks(episode);
  }

  private async loadTracks(episode: Episode): Promise<void> {
    this.loading = new AbortController();
    const { signal } = this.loading;
    const chaptersUrl = chaptersUrlFor(episode, this.locale);
    try {
      const [chapterList, context] = await Promise.all([
        chaptersUrl ? loadChapters(chaptersUrl, undefined, signal) : Promise.resolve({ chapters: [], problems: [] }),
        episode.contextUrl ? loadContextTrack(episode.contextUrl, undefined, signal) : Promise.resolve(undefined),
      ]);
      if (signal.aborted) return;
      for (const notice of context?.ignored ?? []) console.warn(`${notice.file}:${notice.line} ${notice.message}`);
      this.chapters = chapterList.chapters;
      this.timeline = new EpisodeTimeline({
        chapters: chapterList.chapters,
        cards: context?.cards ?? [],
        warnings: context?.warnings ?? [],
        appearances: context?.appearances ?? [],
      });
      this.addProblems([...chapterList.problems, ...(context?.problems ?? [])]);
      this.adapter?.watchSpans(this.timeline.boundaries);
      this.adapter?.showChapters(chapterList.chapters);
      this.publish();
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  }

  private reportMediaError(detail: string): void {
    const file = this.episode?.sources.map((source) => source.src).join(', ') ?? '';
    const message = messagesFor(this.locale).mediaError(detail);
    if (!this.problems.some((problem) => problem.message === message)) this.addProblems([{ file, message, severity: 'error' }]);
  }

  private addProblems(found: readonly ContentProblem[]): void {
    if (found.length === 0) return;
    this.problems = [...this.problems, ...found];
    this.dispatchEvent(new CustomEvent('dv-problems', { detail: this.problems, bubbles: true, composed: true }));
  }

  private publish(): void {
    const moment = this.timeline.at(this.media.currentTime);
    this.snapshot = {
      lang: this.locale,
      media: this.media,
      chapters: this.chapters,
      chapter: moment.chapter,
      cards: moment.cards,
      warnings: moment.warnings,
      appearances: moment.appearances,
      remote: this.remote,
    };
  }

  private tearDown(): void {
    this.loading?.abort();
    this.loading = undefined;
    this.adapter?.dispose();
    this.adapter = undefined;
    this.remote = undefined;
    this.mediaHost.replaceChildren();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-player': DvPlayer;
  }
}
