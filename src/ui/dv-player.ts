import { provide } from '@lit/context';
import { LitElement, css, html, nothing, render as renderInto, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Chapter } from '../content/chapters.ts';
import type { ContentProblem } from '../content/content-problem.ts';
import type { Appearance, ContentWarning, ContextCard, ContextTrack } from '../content/context-track.ts';
import { loadChapters, loadContextTrack, loadManifest, loadPeople } from '../content/load-content.ts';
import { localize } from '../content/localized.ts';
import { chaptersUrlFor, episodeTitle, trackFor, type Episode, type Manifest } from '../content/manifest.ts';
import type { Person } from '../content/people.ts';
import { messagesFor } from '../i18n/messages.ts';
import { listCategories, warningMessagesFor } from '../i18n/warning-messages.ts';
import { playerContext, type PlayerSnapshot } from '../player/player-context.ts';
import { PlayerRemote } from '../player/player-remote.ts';
import { INITIAL_MEDIA_STATE, PLAYBACK_RATES, type MediaState } from '../player/player-state.ts';
import { PauseRequestEvent, PlayRequestEvent, RetryRequestEvent, SeekRequestEvent } from '../player/request-events.ts';
import type { MediaAdapter, createVideoJsAdapter } from '../player/videojs-adapter.ts';
import { WarningChoiceEvent, WarningShowEvent, type WarningStretchDetail } from '../player/warning-events.ts';
import { WarningGate, type WarningPath } from '../player/warning-gate.ts';
import { EpisodeTimeline } from '../timeline/episode-timeline.ts';
import type { TimeSpan } from '../timeline/interval-index.ts';
import type { Lang } from '../timeline/format-time.ts';
import { approachSpans, type Stretch, type WarningChoice, type WarningMode } from '../warnings/warning-policy.ts';
import { createComfortStore, subtitleDefault, type ComfortChoices } from '../comfort/comfort-store.ts';
import { shareUrl } from '../comfort/deep-link.ts';
import { embedSnippets, type EmbedSnippets } from '../comfort/embed-snippets.ts';
import { safeLocalStorage } from '../warnings/warning-store.ts';
import { ComfortRequestEvent } from './comfort-requests.ts';
import { loadDescriptionTrack } from '../content/description-track.ts';
import { DescriptionVoice } from '../descriptions/description-voice.ts';
import { descriptionMessagesFor } from '../i18n/description-messages.ts';
import './media-host.css';
import './dv-chapter-nav.ts';
import './dv-comfort-bar.ts';
import './dv-next-episode.ts';
import './dv-media-error.ts';
import './dv-shortcut-help.ts';
import { KeyboardController } from './keyboard-controller.ts';
import { nextChapterStart, previousChapterStart } from '../timeline/chapter-navigation.ts';
import { ResumeAnswerEvent } from './dv-resume-offer.ts';
import { PROGRESS_SAVED_EVENT, ResumeKeeper } from './resume-keeper.ts';
import './dv-content-messages.ts';
import './dv-warning-advisory.ts';
import type { WarningQuestion } from './dv-warning-dialog.ts';
import './dv-warning-dialog.ts';
import './dv-warning-settings.ts';
import { WarningChoices } from './warning-choices.ts';
import { SNAPSHOT_EVENT } from './player-link.ts';
import { announcementsFor, NOTHING_ANNOUNCED, type Announced } from '../player/player-announcements.ts';
import { PLAY } from '../player/player-events.ts';
import { WarningAnswerEvent, WarningSettingsEvent } from './warning-requests.ts';

type Timeline = EpisodeTimeline<Chapter, ContextCard, ContentWarning, Appearance>;

const EMPTY_TIMELINE: Timeline = new EpisodeTimeline({ chapters: [], cards: [], warnings: [], appearances: [] });

/** Values of the `warnings` attribute: the least protection a page imposes. */
const PAGE_FLOORS: readonly WarningMode[] = ['warn', 'blur', 'skip'];

/** The episode a `dv-player` plays for its `episode` attribute: that one, else the first available. */
export function pickEpisode(episodes: readonly Episode[], id: string | undefined): Episode | undefined {
  return episodes.find((item) => item.id === id) ?? episodes.find((item) => item.available) ?? episodes[0];
}

function stretchOf(warning: ContentWarning): Stretch {
  return { id: warning.key, start: warning.start, end: warning.end, categories: warning.categories };
}

/**
 * video.js and its adapter (about two thirds of the page's code) are fetched when the first player
 * needs them, while the page draws its chapters, advisory and panels; then kept for every player.
 */
let videoJsAdapter: Promise<typeof import('../player/videojs-adapter.ts')> | undefined;
const loadVideoJsAdapter = () =>
  (videoJsAdapter ??= import('../player/videojs-adapter.ts').catch((error: unknown) => {
    // A failed fetch is not kept: trying again fetches it again.
    videoJsAdapter = undefined;
    throw error;
  }));

/**
 * The root of one episode's player: owns the video.js adapter, loads the episode's chapters and
 * context track, and publishes a `PlayerSnapshot` to every panel inside it through `@lit/context`.
 * Panels placed as children (the chapter list, cards, people, map…) receive state and send request
 * events up; panels elsewhere on the page name it with `player="<id>"`. Only this element acts on
 * their requests.
 *
 * On a site: `<dv-player id="ep6" manifest="/manifest.json" episode="episode-06" lang="fr">`. Its
 * methods (`seek()`, `play()`, `pause()`, `currentTime`) go through the same remote and content
 * warning gate as its own controls. When it starts playing, any other player on the page pauses.
 *
 * Request events (`dv-seek-request`, `dv-play-request`, `dv-pause-request`) from panels bubble
 * through this element; a host page can veto one with preventDefault() in a capturing listener.
 *
 * @summary A documentary episode with its chapters, context and content warnings.
 * @slot - Companion panels, shown beside the video when the player is wide enough and below it otherwise.
 * @csspart layout - The grid holding the video column and the panels.
 * @csspart description - The audio description's text, under the video while it is on.
 * @cssproperty --dv-sticky-background - Behind the video while it sticks to the top on narrow screens.
 * @cssproperty [--dv-accent=#f0b429] - Accent colour for the current chapter and focus rings.
 * @fires {CustomEvent<TimeChangeDetail>} dv-time-change - The position moved: `{ currentTime, duration, paused }`.
 * @fires {CustomEvent<ChapterChangeDetail>} dv-chapter-change - Another chapter is on screen: `{ chapter }` (`null` before the first).
 * @fires {CustomEvent<CardChangeDetail>} dv-card-change - The context cards on screen changed: `{ cards }` with their `id`, `title`, `start`, `end`.
 * @fires {CustomEvent<WarningChangeDetail>} dv-warning-change - Playback entered or left a sensitive stretch: `{ warnings }`.
 * @fires {CustomEvent<PlaybackDetail>} dv-play - Playback started: `{ episode, currentTime }`.
 * @fires {CustomEvent<PlaybackDetail>} dv-pause - Playback stopped (paused or ended).
 * @fires {CustomEvent<ContentProblem[]>} dv-problems - When content problems are found; `detail` is the list.
 * @fires {WarningShowEvent} dv-warning-show - Cancelable: the viewer is about to be asked about a sensitive stretch.
 * @fires {WarningChoiceEvent} dv-warning-choice - Cancelable: the viewer answered the warning dialog.
 * @fires {CustomEvent<PlayerSnapshot>} dv-snapshot - Not bubbling: every new state, for panels attached by id.
 * @fires {CustomEvent} dv-progress-saved - The viewing position was saved (`detail.episode`).
 * @fires {ComfortRequestEvent} dv-comfort-request - The transcript button or T was pressed (the page shows the transcript).
 * @attr warnings - `warn`, `blur` or `skip`: the least protection this page allows; viewers cannot loosen it.
 */
@customElement('dv-player')
export class DvPlayer extends LitElement {
  static override styles = css`
    :host {
      display: block;
      --dv-accent: #f0b429;
      container-type: inline-size;
    }
    .layout {
      display: grid;
      gap: 1rem 1.5rem;
      grid-template-columns: minmax(0, 1fr);
    }
    /* Panels placed inside the player sit beside the video when the player is wide enough. */
    @container (min-width: 900px) {
      .layout.with-panels {
        grid-template-columns: minmax(0, 2.2fr) minmax(18rem, 1fr);
        align-items: start;
      }
    }
    .layout:not(.with-panels) .panels {
      display: none;
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
    /* On a phone the video stays on top while the panels scroll under it, so that a chapter or a
       card chosen far down the page is seen playing. */
    @media (max-width: 959px) {
      .media {
        display: contents;
      }
      ::slotted(.dv-media-host) {
        position: sticky;
        top: 0;
        z-index: 3;
        background: var(--dv-sticky-background, #0e0e0e);
      }
    }
    .unavailable {
      padding: 2rem;
      background: #222;
      color: #eee;
      border-radius: 4px;
    }
  `;

  /** The URL of the manifest (`manifest.json`) to read the episode from, relative to the page. */
  @property() manifest: string | undefined;

  /**
   * The `id` of the episode to play in the manifest (the first available one when absent or unknown).
   * Setting it switches episode in place.
   */
  @property({ reflect: true }) episode: string | undefined;

  /**
   * The manifest entry to play, URLs resolved: for a page that has read the manifest itself (the
   * demo page does). When it is given, `manifest` is not read again.
   */
  @property({ attribute: false }) entry?: Episode;

  /** Interface and content language (`fr` or `en`); the `lang` attribute sets it too. */
  @property({ reflect: true }) locale: Lang = 'fr';

  /** The page's `lang` attribute on this element: `fr…` or `en…` sets the interface language. */
  @property({ attribute: 'lang' }) protected langAttribute: string | null = null;

  /** Seconds to start at, once the player is ready (through the warning gate, like a link to a moment). */
  @property({ type: Number }) start: number | undefined;

  /** Every episode of the manifest, so that panels can list a person's appearances across them. */
  @property({ attribute: false }) episodes: readonly Episode[] = [];

  /** Seconds to start the next episode at (consumed when the episode is set up). */
  @property({ attribute: false }) startAt: number | undefined;

  /** The `id` of a chapter to start at (a `?chapter=` link), once the chapters are loaded. */
  @property({ attribute: false }) startChapter: string | undefined;

  /** The page can show a transcript (it answers `dv-comfort-request` with action `transcript`). */
  @property({ type: Boolean, attribute: 'transcript-toggle' }) transcriptToggle = false;

  /** The transcript is shown now (for the pressed state of its button). */
  @property({ type: Boolean, attribute: 'transcript-shown' }) transcriptShown = false;

  /**
   * The player comes first on its page (the demo page, the iframe page): on a first visit its
   * content advisory takes the focus, so that Enter confirms. Off on a host page, whose text keeps it.
   */
  @property({ type: Boolean, attribute: 'advisory-focus' }) advisoryFocus = false;

  /** The profiles of the manifest's people.json. */
  @property({ attribute: false }) people: readonly Person[] = [];

  /** The last snapshot, for panels placed outside this element (`player="<id>"`), which also get `dv-snapshot` events. */
  get currentSnapshot(): PlayerSnapshot | undefined {
    return this.snapshot;
  }

  @provide({ context: playerContext })
  @state()
  protected snapshot: PlayerSnapshot | undefined;

  /** The least protection the page imposes: `warn`, `blur` or `skip` (anything else: none). */
  @property({ reflect: true }) warnings: string | undefined;

  @state() private problems: readonly ContentProblem[] = [];
  @state() private question: { readonly warning: ContentWarning; readonly path: WarningPath; readonly hostAnswers: boolean } | undefined;
  @state() private fullscreen = false;
  /** Panels are placed inside the player (its default slot): they get a column beside the video. */
  @state() private hasPanels = false;
  private readonly onPanelsChange = (event: Event) => (this.hasPanels = (event.target as HTMLSlotElement).assignedElements().length > 0);
  /** The saved moment offered to resume at, until the viewer answers. */
  @state() private resumeAt: number | undefined;
  private readonly resume = new ResumeKeeper((episode) => this.dispatchEvent(new CustomEvent(PROGRESS_SAVED_EVENT, { detail: { episode }, bubbles: true, composed: true })));
  private readonly comfortStore = createComfortStore(safeLocalStorage());
  private comfort: ComfortChoices = this.comfortStore.load().value;
  /** The subtitles the player itself put on (its default): any other change is the viewer's choice, remembered. */
  private subtitlesShown = 'off';

  /** Shortcuts while the focus is in the player or a panel linked to it (and, for the page's first player, when nothing has focus). */
  protected readonly keyboard = new KeyboardController(
    this,
    {
      togglePlay: () => (this.media.paused ? this.remote?.play('keyboard') : this.remote?.pause('keyboard')),
      seekBy: (seconds) => {
        const end = this.media.duration > 0 ? this.media.duration : Number.POSITIVE_INFINITY;
        this.remote?.seek(Math.min(end, Math.max(0, this.media.currentTime + seconds)), 'keyboard');
      },
      chapter: (direction) => {
        const chapters = this.chapters ?? [];
        const at = this.media.currentTime;
        const time = direction < 0 ? previousChapterStart(chapters, at) : nextChapterStart(chapters, at);
        if (time !== undefined) this.remote?.seek(time, 'keyboard');
      },
      toggleSubtitles: () => {
        const tracks = this.entry?.subtitles ?? [];
        const wanted = this.comfort.subtitles !== undefined && this.comfort.subtitles !== 'off' ? trackFor(tracks, this.comfort.subtitles) : undefined;
        this.adapter?.showSubtitles(this.media.subtitles !== 'off' ? 'off' : ((wanted ?? trackFor(tracks, this.locale) ?? tracks[0])?.srclang ?? 'off'));
      },
      toggleTranscript: () => this.dispatchEvent(new ComfortRequestEvent('transcript')),
      toggleDescriptions: () => this.dispatchEvent(new ComfortRequestEvent('descriptions')),
      toggleMute: () => this.adapter?.setMuted(!this.media.muted),
      toggleFullscreen: () => this.adapter?.toggleFullscreen(),
      openHelp: () => this.openShortcutHelp(),
    },
    { scope: () => (this.id ? [...document.querySelectorAll(`[player="${CSS.escape(this.id)}"]`)] : []) },
  );

  private readonly choices = new WarningChoices(this, () => this.gate?.setPreferences(this.choices.preferences, this.floor));
  private gate: WarningGate | undefined;
  private stretches: readonly ContentWarning[] = [];

  /** The manifest this element read itself (from its `manifest` attribute), and its problems. */
  private ownManifest: Manifest | undefined;
  private manifestProblems: readonly ContentProblem[] = [];
  private manifestLoading: AbortController | undefined;
  /** What the page was last told (`dv-time-change`, `dv-chapter-change`, `dv-card-change`, `dv-warning-change`, `dv-play`). */
  private announced: Announced = NOTHING_ANNOUNCED;
  /** Where the episode being set up starts (`startAt`, `start`, or `seek()` before the player was built). */
  private pendingStart: number | undefined;
  /** `play()` called before the player was built: it plays once built. */
  private playWhenBuilt = false;

  private adapter: MediaAdapter | undefined;
  /** Counts set-ups: a player whose video.js arrives after its episode changed is not built. */
  private playerBuild = 0;
  private remote: PlayerRemote | undefined;
  private media: MediaState = INITIAL_MEDIA_STATE;
  /** Where the viewer was when the media failed, and whether it was playing: a retry goes back there. */
  private retryFrom: { readonly time: number; readonly playing: boolean } | undefined;
  private timeline: Timeline = EMPTY_TIMELINE;
  private chapters: readonly Chapter[] | undefined;
  /** The chapters and the context track (with the warnings) have both been read, or given up on. */
  private tracksLoaded = false;
  private readonly mediaHost = document.createElement('div');
  private listeners: AbortController | undefined;
  private loading: AbortController | undefined;
  private chapterLoading: AbortController | undefined;
  private chaptersUrl: string | undefined;
  private context: ContextTrack | undefined;
  /** More spans whose boundaries publish a state at once (audio-description cues). */
  private extraSpans: readonly TimeSpan[] = [];
  /** Speaks the audio description (off until the viewer turns it on). */
  private voice: DescriptionVoice | undefined;
  private descriptionLoading: AbortController | undefined;
  private descriptionsUrl: string | undefined;

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
    this.addEventListener(WarningAnswerEvent.type, (event) => this.answerFromDialog(event.detail.choice), { signal });
    this.addEventListener(WarningSettingsEvent.type, (event) => void this.choices.apply(event.detail), { signal });
    this.addEventListener(ResumeAnswerEvent.type, (event) => this.answerResume((event as ResumeAnswerEvent).detail.resume), { signal });
    this.addEventListener(ComfortRequestEvent.type, (event) => this.onComfortRequest(event), { signal });
    this.addEventListener(RetryRequestEvent.type, () => this.retryMedia(), { signal });
    // One player at a time: another one on the page starting pauses this one.
    document.addEventListener(PLAY, (event) => event.composedPath()[0] !== this && !this.media.paused && this.remote?.pause('other-player'), { signal });
    window.addEventListener('pagehide', () => this.resume.follow({ ...this.media, paused: true }), { signal });
    document.addEventListener(
      'fullscreenchange',
      () => (this.fullscreen = document.fullscreenElement !== null && this.mediaHost.contains(document.fullscreenElement)),
      { signal },
    );
    // Reconnected after a move in the page: build the player again.
    if (this.hasUpdated && !this.adapter) this.setUpEpisode();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listeners?.abort();
    this.manifestLoading?.abort();
    this.tearDown();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed as PropertyValues).has('langAttribute')) {
      const lang = /^(fr|en)\b/i.exec(this.langAttribute ?? '')?.[1]?.toLowerCase() as Lang | undefined;
      if (lang) this.locale = lang;
    }
    // Like `startAt`, below: taken with a new episode, else a seek now (or once the player is built).
    if (changed.has('start') && this.start !== undefined && Number.isFinite(this.start) && this.start >= 0) this.startAt = this.start;
    if (changed.has('entry')) {
      // A page that gives the entry has read the manifest: the attribute only names it.
      if (this.entry && this.entry.id !== this.episode) this.episode = this.entry.id;
    } else if (changed.has('manifest') && this.manifest) {
      void this.readManifest(this.manifest);
    } else if (changed.has('episode') && this.ownManifest) {
      this.entry = pickEpisode(this.ownManifest.episodes, this.episode);
    }
    if (changed.has('entry')) {
      // Taken now: the page may clear `startAt` before video.js (and the streaming engine) arrive.
      // (Or a `start` / `seek()` given while the manifest was still loading.)
      this.pendingStart = this.startAt ?? this.pendingStart;
      this.startAt = undefined;
      this.setUpEpisode();
    } else if (changed.has('startAt') && this.startAt !== undefined) {
      this.seek(this.startAt);
      this.startAt = undefined;
    }
    if (!changed.has('entry') && changed.has('locale') && changed.get('locale') !== undefined) this.relocalize();
    if (changed.has('warnings') && !changed.has('entry')) this.gate?.setPreferences(this.choices.preferences, this.floor);
    if ((changed.has('people') || changed.has('episodes')) && this.snapshot) this.publish();
  }

  protected override updated(): void {
    // The dialog (and, in fullscreen, the advisory) live inside the player box: shown in fullscreen.
    if (this.adapter) renderInto(this.renderOverlay(), this.adapter.overlay);
  }

  /** The least protection the page imposes, read from its `warnings` attribute. */
  private get pageFloor(): WarningMode {
    return PAGE_FLOORS.find((mode) => mode === this.warnings) ?? 'off';
  }

  /** The least protection in force: the page's, raised by child mode. */
  get floor(): WarningMode {
    return this.choices.floorWith(this.pageFloor);
  }

  /** Answers the current warning for the page (after it cancelled `dv-warning-show` to ask its own way). */
  answerWarning(choice: WarningChoice): void {
    this.gate?.answer(choice);
  }

  override render() {
    const messages = messagesFor(this.locale);
    const episode = this.entry;
    return html`
      <div class="layout ${this.hasPanels ? 'with-panels' : ''}" part="layout">
        <div class="media">
          ${episode && !episode.available ? html`<p class="unavailable" role="status">${messages.episodeUnavailable}</p>` : nothing}
          ${episode?.available && !this.fullscreen ? this.renderAdvisory(false) : nothing}
          ${episode?.available && this.choices.settingsOpen
            ? html`<dv-warning-settings
                locale=${this.locale}
                .preferences=${this.choices.preferences}
                page-floor=${this.pageFloor}
                ?child-mode=${this.choices.childMode}
                .health=${this.choices.health}
                .notice=${this.choices.notice}
              ></dv-warning-settings>`
            : nothing}
          ${episode?.available && this.resumeAt !== undefined
            ? html`<dv-resume-offer locale=${this.locale} time=${this.resumeAt} duration=${this.media.duration}></dv-resume-offer>`
            : nothing}
          <slot name="media"></slot>
          <dv-chapter-nav></dv-chapter-nav>
          ${episode?.available
            ? html`<dv-comfort-bar
                locale=${this.locale}
                descriptions=${!trackFor(episode.descriptions, this.locale) ? 'missing' : this.voice?.on ? 'on' : 'off'}
                .descriptionNote=${this.descriptionNote()}
                ?transcript=${this.transcriptToggle}
                ?transcript-shown=${this.transcriptShown}
                .linkToNow=${this.linkToNow}
                .embedCode=${this.embedCode}
              ></dv-comfort-bar>`
            : nothing}
          ${this.renderDescription()}
          <dv-content-messages .problems=${this.problems} .locale=${this.locale}></dv-content-messages>
        </div>
        <div class="panels"><slot @slotchange=${this.onPanelsChange}></slot></div>
      </div>
    `;
  }

  private renderAdvisory(overlay: boolean) {
    return html`<dv-warning-advisory
      locale=${this.locale}
      .stretches=${this.stretches}
      .chapters=${this.chapters ?? []}
      mode=${this.choices.preferences.mode}
      floor=${this.floor}
      ?answered=${this.choices.advisorySeen}
      ?loading=${!this.tracksLoaded}
      ?unknown=${this.context?.problems.some((problem) => problem.unloaded) ?? false}
      ?settings-open=${this.choices.settingsOpen}
      ?overlay=${overlay}
      ?focus-first=${this.advisoryFocus}
    ></dv-warning-advisory>`;
  }

  private renderOverlay() {
    const asked = this.question;
    const question: WarningQuestion | undefined =
      asked && !asked.hostAnswers
        ? { ...this.stretchDetail(asked.warning), inside: this.media.currentTime >= asked.warning.start }
        : undefined;
    return html`
      <dv-warning-dialog .question=${question} locale=${this.locale} ?allow-never=${this.floor === 'off'}></dv-warning-dialog>
      <dv-shortcut-help locale=${this.locale}></dv-shortcut-help>
      ${this.fullscreen && !this.choices.advisorySeen ? this.renderAdvisory(true) : nothing}
      ${this.gate?.view.mask === 'blur' ? html`<p class="dv-blur-badge" role="status">${warningMessagesFor(this.locale).blurredBadge}</p>` : nothing}
      ${this.renderNextEpisode()}
      ${this.media.error
        ? html`<dv-media-error locale=${this.locale} kind=${this.media.errorKind ?? 'unknown'} time=${this.retryFrom?.time ?? 0}></dv-media-error>`
        : nothing}
    `;
  }

  /** At the end of the episode, the next available one in the manifest's order. */
  private renderNextEpisode() {
    const episode = this.entry;
    if (!episode || !this.media.ended) return nothing;
    const index = this.episodes.findIndex((item) => item.id === episode.id);
    const next = index < 0 ? undefined : this.episodes.slice(index + 1).find((item) => item.available);
    if (!next) return nothing;
    const heading = messagesFor(this.locale).episodeHeading(next.number, episodeTitle(next, this.locale));
    return html`<dv-next-episode locale=${this.locale} episode=${next.id} heading=${heading}></dv-next-episode>`;
  }

  /** The code to embed this episode at the moment on screen, when the player knows its manifest's address. */
  private readonly embedCode = (): EmbedSnippets | undefined => {
    const episode = this.entry;
    if (!episode || !this.manifest) return undefined;
    // Where the one script lives: beside it on a host page, else the folder of this page (the demo site's root).
    const script = document.querySelector<HTMLScriptElement>('script[src*="embed/douze-vies.js"]');
    const siteRoot = script ? new URL('../', script.src).href : new URL('.', document.baseURI).href;
    const messages = messagesFor(this.locale);
    return embedSnippets({
      siteRoot,
      manifestUrl: new URL(this.manifest, document.baseURI).href,
      episode: episode.id,
      lang: this.locale,
      time: this.media.currentTime,
      title: messages.episodeHeading(episode.number, episodeTitle(episode, this.locale)),
    });
  };

  /** A link to the moment on screen, in the interface language. */
  private readonly linkToNow = (): string | undefined => {
    const episode = this.entry;
    return episode ? shareUrl(window.location.href, { episode: episode.id, time: this.media.currentTime, lang: this.locale }) : undefined;
  };

  private answerResume(resume: boolean): void {
    const time = this.resumeAt;
    this.resumeAt = undefined;
    this.resume.start();
    if (resume && time !== undefined) this.remote?.seek(time, 'resume');
  }

  /** Under the comfort bar: speech synthesis missing, or failed on the last description. */
  private descriptionNote(): string | undefined {
    const voice = this.voice;
    if (!voice?.on || !voice.fallback) return undefined;
    const messages = descriptionMessagesFor(this.locale);
    return voice.available ? messages.failed : messages.unavailable;
  }

  /** The description being said (or, with no voice, to be read): a live region only then, so that a screen reader does not say it twice. */
  private renderDescription() {
    const voice = this.voice;
    if (!voice?.on) return nothing;
    const messages = descriptionMessagesFor(this.locale);
    return html`<div class="description" part="description" role="group" aria-label=${messages.textLabel}>
      <p aria-live=${voice.fallback ? 'polite' : 'off'}>${voice.text ?? ''}</p>
      ${voice.holding ? html`<p class="holding">${messages.holding}</p>` : nothing}
    </div>`;
  }

  /** The description track in the interface language: for the voice, and as spans of the adapter's native cue track (its boundaries heard within a few ms). */
  private loadDescriptions(episode: Episode): void {
    this.descriptionLoading?.abort();
    const loading = (this.descriptionLoading = new AbortController());
    const previousUrl = this.descriptionsUrl;
    const url = (this.descriptionsUrl = trackFor(episode.descriptions, this.locale)?.src);
    const lang = this.locale;
    (url ? loadDescriptionTrack(url, undefined, loading.signal) : Promise.resolve({ cues: [], problems: [] }))
      .then((track) => {
        if (loading.signal.aborted) return;
        if (previousUrl !== undefined) this.problems = this.problems.filter((problem) => problem.file !== previousUrl);
        this.addProblems(track.problems);
        this.voice?.setCues(track.cues, lang);
        this.extraSpans = track.cues;
        this.buildTimeline();
      })
      .catch(() => {
        // Aborted: another language or episode took over.
      });
  }

  private onComfortRequest(event: ComfortRequestEvent): void {
    // `transcript` is the page's to answer: it goes on up.
    if (event.detail.action === 'transcript') return;
    event.stopPropagation();
    if (event.detail.action === 'descriptions' && this.voice) {
      this.voice.setOn(!this.voice.on);
      // Remembered for the next episode and visit, like the subtitles.
      this.comfort = this.comfortStore.update({ descriptions: this.voice.on }).value;
    }
    if (event.detail.action === 'help') this.openShortcutHelp();
  }

  private openShortcutHelp(): void {
    void this.adapter?.overlay.querySelector('dv-shortcut-help')?.open();
  }

  /** The subtitles to show: the viewer's remembered choice, else the interface language's when the film speaks another. */
  private applySubtitleDefault(): void {
    const episode = this.entry;
    if (!episode || !this.adapter) return;
    const shown = subtitleDefault(this.comfort.subtitles, this.locale, episode.audioLang, episode.subtitles.map((track) => track.srclang));
    this.subtitlesShown = shown;
    this.adapter.showSubtitles(shown);
  }

  /** Subtitles turned on, off or changed by the viewer (in video.js's menu or with C): remembered for every episode. */
  private noticeSubtitles(media: MediaState): void {
    if (media.subtitles === this.subtitlesShown) return;
    this.subtitlesShown = media.subtitles;
    this.comfort = this.comfortStore.update({ subtitles: media.subtitles }).value;
  }

  private stretchDetail(warning: ContentWarning): WarningStretchDetail {
    return { id: warning.key, start: warning.start, end: warning.end, categories: warning.categories, text: localize(warning.text, this.locale) };
  }

  private askViewer(stretch: Stretch | undefined, path: WarningPath): void {
    const warning = stretch && this.stretches.find((item) => item.key === stretch.id);
    if (!warning) {
      this.question = undefined;
      return;
    }
    const show = new WarningShowEvent({ stretch: this.stretchDetail(warning), path });
    const hostAnswers = !this.dispatchEvent(show);
    this.question = { warning, path, hostAnswers };
  }

  private answerFromDialog(choice: WarningChoice): void {
    const warning = this.question?.warning;
    if (!warning) return;
    if (this.dispatchEvent(new WarningChoiceEvent({ stretch: this.stretchDetail(warning), choice }))) this.gate?.answer(choice);
  }

  /** Goes to `time` (seconds) through the remote, so the warning gate meets it like any other seek. */
  seek(time: number): void {
    if (!Number.isFinite(time) || time < 0) return;
    if (this.remote) this.remote.seek(time, 'api');
    // Not built yet (video.js still loading): it starts there.
    else this.pendingStart = time;
  }

  /** Plays (through the remote and the warning gate); called before the player is ready, it plays once it is. */
  play(): void {
    if (this.remote) this.remote.play('api');
    else this.playWhenBuilt = true;
  }

  /** Pauses (through the remote). */
  pause(): void {
    this.playWhenBuilt = false;
    this.remote?.pause('api');
  }

  /** Gives the keyboard focus to the video (its controls show); before video.js has loaded, to nothing. */
  override focus(): void {
    this.adapter?.focus();
  }

  /** Seconds from the start of the episode; setting it seeks, like `seek()`. */
  get currentTime(): number {
    return this.media.currentTime;
  }

  set currentTime(time: number) {
    this.seek(time);
  }

  /** The episode's length in seconds (0 until known). */
  get duration(): number {
    return this.media.duration;
  }

  /** Whether playback is paused. */
  get paused(): boolean {
    return this.media.paused;
  }

  /** The remote every request goes through (for the host page and tests). */
  get playerRemote(): PlayerRemote | undefined {
    return this.remote;
  }

  /** Reads the manifest named by the `manifest` attribute (and its people), then plays the episode named by `episode`. */
  private async readManifest(url: string): Promise<void> {
    this.manifestLoading?.abort();
    const loading = (this.manifestLoading = new AbortController());
    const { signal } = loading;
    const result = await loadManifest(new URL(url, document.baseURI).href, undefined, signal).catch(() => undefined);
    if (!result || signal.aborted) return;
    const manifest = result.manifest;
    this.ownManifest = manifest;
    this.manifestProblems = result.problems;
    const id = this.episode;
    if (manifest && id !== undefined && !manifest.episodes.some((item) => item.id === id)) {
      this.manifestProblems = [...this.manifestProblems, { file: url, message: messagesFor(this.locale).episodeNotFound(id), severity: 'warning', subject: 'link' }];
    }
    this.episodes = manifest?.episodes ?? [];
    this.entry = manifest ? pickEpisode(manifest.episodes, id) : undefined;
    if (!manifest) this.addProblems(this.manifestProblems);
    if (!manifest?.peopleUrl) return;
    const people = await loadPeople(manifest.peopleUrl, undefined, signal).catch(() => undefined);
    if (!people || signal.aborted) return;
    this.people = people.value ?? [];
    this.manifestProblems = [...this.manifestProblems, ...people.problems];
    this.addProblems(people.problems);
  }

  private setUpEpisode(): void {
    this.tearDown();
    this.problems = [...this.manifestProblems];
    this.chapters = undefined;
    this.tracksLoaded = false;
    this.timeline = EMPTY_TIMELINE;
    this.media = INITIAL_MEDIA_STATE;
    const episode = this.entry;
    if (!episode || !this.isConnected) {
      this.publish();
      return;
    }
    if (episode.available) this.startPlayer(episode);
    this.publish();
    void this.loadTracks(episode);
  }

  /** Shows the poster, fetches video.js (once for every player), then builds the player, unless the episode changed meanwhile. */
  private startPlayer(episode: Episode): void {
    const build = this.playerBuild;
    const placeholder = this.showPosterPlaceholder(episode);
    loadVideoJsAdapter()
      .then(async (adapterModule) => {
        // The streaming engine (HLS, DASH) where a source needs it: after video.js, before the player is built.
        await adapterModule.prepareSources(episode.sources);
        return adapterModule;
      })
      .then(
      ({ createVideoJsAdapter }) => {
        if (build === this.playerBuild && this.isConnected && this.entry === episode) this.buildPlayer(episode, createVideoJsAdapter);
      },
      (error: unknown) => {
        if (build !== this.playerBuild) return;
        this.media = { ...this.media, error: `the player's code could not be loaded (${error instanceof Error ? error.message : String(error)})`, errorKind: 'network' };
        this.reportMediaError(this.media.error!);
        // No player box yet to show it in: the message (and its retry) goes over the poster.
        renderInto(html`<dv-media-error locale=${this.locale} kind="network"></dv-media-error>`, placeholder);
        this.publish();
      },
    );
  }

  /** Builds the video.js player, its remote and warning gate for `episode`, once video.js has loaded. */
  private buildPlayer(episode: Episode, createAdapter: typeof createVideoJsAdapter): void {
    const label = this.videoLabel(episode);
    this.mediaHost.replaceChildren();
    this.adapter = createAdapter(
      this.mediaHost,
      { sources: episode.sources, poster: episode.poster, subtitles: episode.subtitles, lang: this.locale, label },
      (media) => {
        // Where the media says playback had got to (a file cut short reports where its data ran out).
        if (media.error && !this.media.error) this.retryFrom ??= { time: media.currentTime, playing: !this.media.paused };
        this.media = media;
        if (media.error) this.reportMediaError(media.error);
        this.noticeSubtitles(media);
        if (this.resumeAt === undefined) this.resume.follow(media);
        this.publish();
      },
    );
    this.remote = new PlayerRemote(this.adapter);
    this.gate = new WarningGate(
      this.adapter,
      this.remote,
      { question: (stretch, path) => this.askViewer(stretch, path), remember: (preferences) => this.choices.remember(preferences) },
      this.choices.preferences,
      this.floor,
    );
    this.applySubtitleDefault();
    this.voice = new DescriptionVoice({ media: this.adapter, remote: this.remote, lang: this.locale, onChange: () => this.requestUpdate() });
    if (this.comfort.descriptions && trackFor(episode.descriptions, this.locale)) this.voice.setOn(true);
    this.loadDescriptions(episode);
    const offer = this.resume.open(episode.id);
    if (this.pendingStart !== undefined || this.startChapter !== undefined) {
      // A link to a moment wins over the resume offer.
      this.resume.start();
      this.resumeAt = undefined;
    } else {
      this.resumeAt = offer;
    }
    if (this.pendingStart !== undefined) {
      // A jump into this episode from elsewhere (a deep link, a profile's appearance): through the
      // remote, so the warning gate meets it like any deep link, even before the media has loaded.
      this.remote.seek(this.pendingStart, 'deep-link');
      this.pendingStart = undefined;
    }
    if (this.playWhenBuilt) {
      this.playWhenBuilt = false;
      this.remote.play('api');
    }
    // The tracks may have come first: the adapter and the gate learn them now.
    if (this.tracksLoaded) {
      this.buildTimeline();
      this.showStretchMarks();
      this.gate.setStretches(this.stretches.map(stretchOf));
      this.startAtChapter(episode);
    } else if (this.chapters !== undefined) {
      this.buildTimeline();
    }
    this.publish();
  }

  /** The episode's poster in the player's box until video.js has loaded: nothing moves when it arrives. */
  private showPosterPlaceholder(episode: Episode): HTMLElement {
    const placeholder = document.createElement('div');
    placeholder.className = 'dv-media-placeholder';
    if (episode.poster) {
      const poster = document.createElement('img');
      poster.src = episode.poster;
      poster.alt = '';
      placeholder.append(poster);
    }
    this.mediaHost.replaceChildren(placeholder);
    return placeholder;
  }

  /** The accessible name of the player region, in the interface language. */
  private videoLabel(episode: Episode): string {
    const messages = messagesFor(this.locale);
    return messages.videoLabel(messages.episodeHeading(episode.number, episodeTitle(episode, this.locale)));
  }

  /**
   * The interface language changed: everything is said again in it, in place, without rebuilding
   * the player, so that the position, playback, subtitles and focus stay as they were.
   */
  private relocalize(): void {
    const episode = this.entry;
    if (!episode) return;
    this.adapter?.setLanguage(this.locale, this.videoLabel(episode));
    this.loadDescriptions(episode);
    if (this.comfort.subtitles === undefined) this.applySubtitleDefault();
    this.showStretchMarks();
    const chaptersUrl = chaptersUrlFor(episode, this.locale);
    if (chaptersUrl === this.chaptersUrl) {
      this.publish();
      return;
    }
    this.chapterLoading?.abort();
    const loading = (this.chapterLoading = new AbortController());
    const previousUrl = this.chaptersUrl;
    this.chaptersUrl = chaptersUrl;
    void (chaptersUrl ? loadChapters(chaptersUrl, undefined, loading.signal) : Promise.resolve({ chapters: [], problems: [] })).then((result) => {
      if (loading.signal.aborted) return;
      this.problems = this.problems.filter((problem) => problem.file !== previousUrl);
      this.addProblems(result.problems);
      this.chapters = result.chapters;
      this.buildTimeline();
      this.publish();
    });
  }

  private async loadTracks(episode: Episode): Promise<void> {
    this.loading = new AbortController();
    const { signal } = this.loading;
    const chaptersUrl = chaptersUrlFor(episode, this.locale);
    this.chaptersUrl = chaptersUrl;
    try {
      // The chapters are shown as soon as they are read; the warnings (context track) may come later.
      const chaptersRead = (chaptersUrl ? loadChapters(chaptersUrl, undefined, signal) : Promise.resolve({ chapters: [], problems: [] })).then((chapterList) => {
        if (signal.aborted) return;
        this.chapters = chapterList.chapters;
        this.addProblems(chapterList.problems);
        this.buildTimeline();
        this.publish();
      });
      const [, context] = await Promise.all([chaptersRead, episode.contextUrl ? loadContextTrack(episode.contextUrl, undefined, signal) : Promise.resolve(undefined)]);
      if (signal.aborted) return;
      for (const notice of context?.ignored ?? []) console.warn(`${notice.file}:${notice.line} ${notice.message}`);
      this.context = context;
      this.stretches = context?.warnings ?? [];
      this.tracksLoaded = true;
      this.addProblems(context?.problems ?? []);
      this.buildTimeline();
      this.showStretchMarks();
      this.gate?.setStretches(this.stretches.map(stretchOf));
      this.startAtChapter(episode);
      this.publish();
    } catch (error) {
      if (signal.aborted) return;
      // Whatever went wrong, the video must not wait for ever: play on with no known stretch.
      this.chapters ??= [];
      this.tracksLoaded = true;
      this.gate?.setStretches([]);
      this.publish();
      throw error;
    }
  }

  /** A `?chapter=` link: its chapter's start, through the remote (so the warning gate sees it); an unknown id is said. */
  private startAtChapter(episode: Episode): void {
    const id = this.startChapter;
    // Kept until the player exists: the jump goes through its remote.
    if (id === undefined || !this.remote) return;
    this.startChapter = undefined;
    const chapter = this.chapters?.find((item) => item.id === id);
    if (chapter) this.remote?.seek(chapter.start, 'deep-link');
    else this.addProblems([{ file: chaptersUrlFor(episode, this.locale) ?? '', message: messagesFor(this.locale).chapterNotFound(id), severity: 'warning', subject: 'link' }]);
  }

  /** The timeline of the chapters (in the interface language) and the context track, and the boundaries the adapter watches. */
  private buildTimeline(): void {
    const chapters = this.chapters ?? [];
    const context = this.context;
    this.timeline = new EpisodeTimeline({
      chapters,
      cards: context?.cards ?? [],
      warnings: context?.warnings ?? [],
      appearances: context?.appearances ?? [],
    });
    this.adapter?.watchSpans([...this.timeline.boundaries, ...approachSpans(this.stretches, PLAYBACK_RATES), ...this.extraSpans]);
    this.adapter?.showChapters(chapters);
  }

  private showStretchMarks(): void {
    this.adapter?.showStretches(this.stretches.map((warning) => ({ start: warning.start, end: warning.end, label: listCategories(warning.categories, this.locale) })));
  }

  private reportMediaError(detail: string): void {
    const file = this.entry?.sources.map((source) => source.src).join(', ') ?? '';
    // One media problem at a time: video.js can report the same failure twice, the first time without its code.
    const known = this.problems.find((problem) => problem.subject === 'media');
    if (known?.message === detail) return;
    if (known) this.problems = this.problems.filter((problem) => problem !== known);
    this.addProblems([{ file, message: detail, severity: 'error', subject: 'media', unloaded: true }]);
  }

  /** Loads the media again and goes back, through the remote (so the warning gate sees it), to where the viewer was. */
  private retryMedia(): void {
    const from = this.retryFrom;
    this.retryFrom = undefined;
    this.problems = this.problems.filter((problem) => problem.subject !== 'media');
    const episode = this.entry;
    if (!this.adapter && episode?.available) {
      // video.js itself could not be fetched: fetch it again.
      this.media = { ...this.media, error: undefined, errorKind: undefined };
      this.startPlayer(episode);
      return;
    }
    this.adapter?.reload();
    if (from && from.time > 0) this.remote?.seek(from.time, 'retry');
    if (from?.playing) this.remote?.play('retry');
    this.adapter?.focus();
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
      stretches: this.stretches,
      chapter: moment.chapter,
      cards: moment.cards,
      warnings: moment.warnings,
      appearances: moment.appearances,
      episode: this.entry,
      episodes: this.episodes,
      episodeCards: this.timeline.cards.items,
      episodeAppearances: this.timeline.appearances.items,
      people: this.people,
      remote: this.remote,
    };
    this.dispatchEvent(new CustomEvent(SNAPSHOT_EVENT, { detail: this.snapshot }));
    const { events, announced } = announcementsFor(this.announced, this.snapshot);
    this.announced = announced;
    for (const event of events) this.dispatchEvent(event);
  }

  private tearDown(): void {
    // A player still waiting for video.js is not built any more.
    this.playerBuild++;
    this.loading?.abort();
    this.loading = undefined;
    this.chapterLoading?.abort();
    this.chapterLoading = undefined;
    this.context = undefined;
    // Before the adapter and the remote go: the voice is silenced and leaves the video alone.
    this.voice?.dispose();
    this.voice = undefined;
    this.descriptionLoading?.abort();
    this.descriptionLoading = undefined;
    this.descriptionsUrl = undefined;
    this.extraSpans = [];
    this.gate?.dispose();
    this.gate = undefined;
    this.question = undefined;
    this.stretches = [];
    this.resume.close();
    this.resumeAt = undefined;
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
