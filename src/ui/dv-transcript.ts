import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { formatProblem, type ContentProblem } from '../content/content-problem.ts';
import type { Lang } from '../content/localized.ts';
import { trackFor } from '../content/manifest.ts';
import { loadTextTrack, type TextCue } from '../content/text-track.ts';
import { transcriptMessagesFor } from '../i18n/transcript-messages.ts';
import type { PlayerSnapshot } from '../player/player-context.ts';
import { SeekRequestEvent } from '../player/request-events.ts';
import { formatClock } from '../timeline/format-time.ts';
import { buildTranscript, currentLineAt, lineToShowAt, type Transcript, type TranscriptLine } from '../transcript/transcript.ts';
import { foldQuery, searchIndexOf, searchLines, splitAtMatches, stepMatch, type SearchIndex, type TextRange, type TranscriptMatch } from '../transcript/transcript-search.ts';
import { PlayerLink } from './player-link.ts';
import { panelStyles } from './shared-styles.ts';

/** What the panel has loaded for the episode and language shown. */
type Loaded =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'none' }
  | { readonly kind: 'failed'; readonly problems: readonly ContentProblem[] }
  | {
      readonly kind: 'ready';
      readonly lang: string;
      readonly subtitles: readonly TextCue[];
      readonly descriptions: readonly TextCue[];
      readonly problems: readonly ContentProblem[];
      readonly descriptionsMissing: boolean;
    };

/** Why the list stopped following the film: the viewer scrolled it, or went to a search match. */
type Pause = 'scroll' | 'search' | undefined;

/**
 * Seconds added to the media's time before looking the line up: a seek to a line's start may land
 * a microsecond before it (536.833998 for 536.834), which would highlight the line before.
 */
const SLACK = 0.001;
/** Lines drawn at first (around the current line), then per frame: about 10 ms of drawing each. */
const FIRST_SLICE = 200;
const NEXT_SLICE = 300;

/** Keys that move between lines (roving tabindex), and how far. */
const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(last, index + 1),
  ArrowUp: (index) => Math.max(0, index - 1),
  PageDown: (index, last) => Math.min(last, index + 10),
  PageUp: (index) => Math.max(0, index - 10),
  Home: () => 0,
  End: (_index, last) => last,
};

/**
 * The episode's interactive transcript, in the interface language: what is said (the subtitles)
 * and, marked as such, what the picture shows (the audio-description track, when there is one),
 * under the chapters' headings. The line being played is highlighted and kept in view inside the
 * panel's own scroll box (the page never moves); the list stops following while the viewer scrolls
 * it, searches, or moves the keyboard focus through it, and "Back to the current line" resumes.
 * Choosing a line (click, Enter or Space) asks the player to go there. The list is one tab stop
 * (Up, Down, Page Up, Page Down, Home and End move between lines). A search box finds words
 * without regard to case or accents, counts and highlights the matches, and steps through them.
 *
 * It follows the player's snapshot without re-rendering at each `timeupdate`: only the rows whose
 * state changes are touched. Cue text is rendered as text, never as HTML.
 *
 * Works inside `dv-player`, or anywhere on the page with `player="<id of a dv-player>"`.
 *
 * @summary Interactive transcript: follows the film, seeks on a line, finds words.
 * @fires {SeekRequestEvent} dv-seek-request - Choosing a line: its start, trigger `transcript` (through the player's remote and warning gate).
 * @csspart search - The search box, its buttons and its count.
 * @csspart lines - The scroll box holding the transcript.
 * @csspart line - Each line's button; the current one is `[aria-current="true"]`, a description also has `description`.
 * @csspart description - Each audio-description line's button (with `line`).
 * @csspart back - The "Back to the current line" button.
 * @cssproperty --dv-accent - The accent colour (current line, current match, focus rings).
 * @cssproperty --dv-transcript-height - The scroll box's greatest height (default `min(60vh, 28rem)`).
 * @cssproperty --dv-transcript-match - The background of a match (default a pale yellow).
 */
@customElement('dv-transcript')
export class DvTranscript extends LitElement {
  static override styles = [
    panelStyles,
    css`
      .search {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.35rem 0.5rem;
        padding: 0.6rem 1rem 0.5rem;
        border-bottom: 1px solid #2c2c2c;
      }
      .search label {
        flex-basis: 100%;
        font-size: 0.9rem;
        color: #dcdcdc;
      }
      .search input {
        flex: 1 1 8rem;
        min-width: 0;
        min-height: 2.25rem;
        padding: 0.25rem 0.5rem;
        border: 1px solid #8a8a8a;
        border-radius: 4px;
        background: #0e0e0e;
        color: #f2f2f2;
        font: inherit;
      }
      .search input:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 1px;
      }
      .step {
        min-width: 2.25rem;
        min-height: 2.25rem;
        border: 1px solid #5a5a5a;
        border-radius: 4px;
        background: #222;
        font-size: 1rem;
        line-height: 1;
      }
      .step:hover {
        background: #2e2e2e;
      }
      .step[aria-disabled='true'] {
        opacity: 0.55;
        cursor: default;
      }
      .count {
        flex-basis: 100%;
        margin: 0;
        min-height: 1.3em;
        font-size: 0.88rem;
        color: #c8c8c8;
      }
      .hint {
        margin: 0;
        padding: 0.5rem 1rem;
        font-size: 0.85rem;
        color: #c8c8c8;
      }
      .problems {
        margin: 0;
        padding: 0.4rem 1rem;
        font-size: 0.85rem;
        color: #dcdcdc;
        border-bottom: 1px solid #2c2c2c;
      }
      .problems summary {
        cursor: pointer;
        min-height: 1.5rem;
      }
      .problems summary:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 2px;
      }
      .problem-list {
        margin: 0.25rem 0 0;
        padding-inline-start: 1.1rem;
        font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
        font-size: 0.8rem;
        overflow-wrap: anywhere;
      }
      .failed .problem-list {
        padding: 0 1rem 0.75rem 2.1rem;
        color: #dcdcdc;
      }
      .follow {
        position: relative;
      }
      .box {
        position: relative;
        max-height: var(--dv-transcript-height, min(60vh, 28rem));
        overflow-y: auto;
        overscroll-behavior: contain;
      }
      .box.stopped {
        padding-block-end: 3.25rem;
      }
      h3 {
        position: sticky;
        top: 0;
        z-index: 1;
        display: flex;
        gap: 0.6rem;
        align-items: baseline;
        margin: 0;
        padding: 0.45rem 1rem;
        background: #1e1e1e;
        border-block: 1px solid #2c2c2c;
        font-size: 0.95rem;
      }
      .chapter-time,
      .time {
        font-variant-numeric: tabular-nums;
        color: #c8c8c8;
        font-size: 0.85rem;
        font-weight: normal;
      }
      .time {
        min-inline-size: 5ch;
      }
      .hours .time {
        min-inline-size: 7.5ch;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .line {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        gap: 0 0.75rem;
        align-items: baseline;
        width: 100%;
        min-height: 2.25rem;
        padding: 0.35rem 1rem 0.35rem calc(1rem - 4px);
        border: 0;
        border-inline-start: 4px solid transparent;
        background: none;
        text-align: start;
        line-height: 1.45;
      }
      .line:hover {
        background: #222;
      }
      .line:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: -3px;
      }
      .line[aria-current='true'] {
        border-inline-start-color: var(--dv-accent, #f0b429);
        background: #2c2a22;
      }
      .line[aria-current='true'] .time {
        color: var(--dv-accent, #f0b429);
      }
      .text {
        overflow-wrap: anywhere;
      }
      .line.description {
        background: #18202a;
      }
      .line.description[aria-current='true'] {
        background: #26303c;
      }
      .line.description .text {
        font-style: italic;
        color: #e4ecf5;
      }
      .kind {
        display: inline-block;
        margin-inline-end: 0.4rem;
        padding: 0 0.35rem;
        border: 1px solid #7fa7d1;
        border-radius: 3px;
        color: #cfe0f2;
        font-size: 0.75rem;
        font-style: normal;
        letter-spacing: 0.02em;
        text-transform: uppercase;
      }
      mark {
        background: var(--dv-transcript-match, #ffe28a);
        color: #111;
        border-radius: 2px;
      }
      mark.current {
        background: var(--dv-accent, #f0b429);
        outline: 2px solid #ffffff;
        outline-offset: 1px;
        text-decoration: underline 2px;
        text-underline-offset: 2px;
      }
      .back {
        position: absolute;
        z-index: 2;
        inset-block-end: 0.6rem;
        inset-inline-end: 0.75rem;
        max-width: calc(100% - 1.5rem);
        min-height: 2.25rem;
        padding: 0.35rem 0.8rem;
        border: 2px solid #111;
        border-radius: 4px;
        background: var(--dv-accent, #f0b429);
        color: #111;
        font-weight: 600;
        box-shadow: 0 2px 8px rgb(0 0 0 / 60%);
      }
      .back:focus-visible {
        outline: 3px solid #ffffff;
        outline-offset: 2px;
      }
      @media (forced-colors: active) {
        .line[aria-current='true'] {
          border-inline-start-color: Highlight;
          outline: 2px solid Highlight;
          outline-offset: -2px;
        }
        mark.current {
          outline-color: Highlight;
        }
      }
    `,
  ];

  /** The id of a `dv-player` elsewhere on the page (leave out inside a `dv-player`). */
  @property({ reflect: true }) player?: string;

  @state() private loaded: Loaded = { kind: 'waiting' };
  @state() private query = '';
  @state() private matchIndex = -1;
  @state() private paused: Pause;
  /** Keyboard focus is on a line: the list holds still under it. */
  @state() private focusInside = false;

  @query('.box') private box?: HTMLElement;
  @query('.back') private backButton?: HTMLElement;

  private transcript: Transcript | undefined;
  private built: { loaded: Loaded; chapters: PlayerSnapshot['chapters'] } | undefined;
  private index: SearchIndex | undefined;
  private found: readonly TranscriptMatch[] = [];
  private matchesByLine = new Map<number, TextRange[]>();

  /** The line being played (-1 in a silence), the line the list keeps in view, and the line that takes the tab stop. */
  private current = -1;
  private anchor = -1;
  private roving = 0;
  /** The rows, by line index, as rendered last. */
  private rows: HTMLElement[] = [];
  /**
   * How many lines are drawn: a long transcript is drawn a slice per frame (the lines around the
   * current one first), so that the panel shows at once and no task blocks the page.
   */
  @state() private drawn = 0;
  private drawing: number | undefined;

  private loadKey: string | undefined;
  private loading: AbortController | undefined;
  /** The scroll position the panel last set itself, and the box's size then (a resize is not the viewer scrolling). */
  private ownScroll: { top: number; size: string } | undefined;
  private resizing: ResizeObserver | undefined;
  private observed: Element | undefined;

  private readonly link = new PlayerLink(
    this,
    (snapshot) => this.follow(snapshot),
    (s) => [s.lang, s.episode, s.chapters, s.media.duration],
  );

  private get snapshot(): PlayerSnapshot | undefined {
    return this.link.snapshot;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a load was given up: start it again.
    if (this.link.snapshot && this.loadKey === undefined) this.follow(this.link.snapshot);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.loaded.kind === 'loading') this.loadKey = undefined;
    this.loading?.abort();
    if (this.drawing !== undefined) cancelAnimationFrame(this.drawing);
    this.drawing = undefined;
    this.resizing?.disconnect();
    this.resizing = undefined;
    this.observed = undefined;
  }

  protected override willUpdate(): void {
    const chapters = this.snapshot?.chapters;
    if (this.built?.loaded !== this.loaded || this.built.chapters !== chapters) {
      this.built = { loaded: this.loaded, chapters };
      const loaded = this.loaded;
      this.transcript = loaded.kind === 'ready' ? buildTranscript(loaded.subtitles, loaded.descriptions, chapters ?? []) : undefined;
      const time = (this.snapshot?.media.currentTime ?? 0) + SLACK;
      this.drawn = this.transcript ? Math.max(FIRST_SLICE, lineToShowAt(this.transcript, time) + FIRST_SLICE / 2) : 0;
      this.index = undefined;
      this.paused = undefined;
      this.current = -1;
      this.anchor = -1;
      this.roving = 0;
      this.search(this.query, false);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('player')) this.link.relink();
    const box = this.box;
    if (box !== this.observed) {
      this.resizing?.disconnect();
      this.observed = box;
      if (box) {
        // Shown after being hidden (a closed tab), or resized: put the current line back in view.
        this.resizing ??= new ResizeObserver(() => this.keepInView());
        this.resizing.observe(box);
      }
    }
    this.rows = box ? [...box.querySelectorAll<HTMLElement>('button.line')] : [];
    const time = (this.snapshot?.media.currentTime ?? 0) + SLACK;
    const transcript = this.transcript;
    if (transcript) {
      this.current = currentLineAt(transcript, time);
      this.anchor = lineToShowAt(transcript, time);
      if (!this.focusInside && !this.paused) this.roving = Math.max(0, this.anchor);
    }
    this.roving = Math.min(this.roving, Math.max(0, this.rows.length - 1));
    this.rows.forEach((row, index) => {
      const tab = index === this.roving ? '0' : '-1';
      if (row.getAttribute('tabindex') !== tab) row.setAttribute('tabindex', tab);
      if (index === this.current) row.setAttribute('aria-current', 'true');
      else if (row.hasAttribute('aria-current')) row.removeAttribute('aria-current');
    });
    this.keepInView();
    this.drawNextSlice();
  }

  /** Draws the next slice of a long transcript in the next frame, until every line is drawn. */
  private drawNextSlice(): void {
    const total = this.transcript?.lines.length ?? 0;
    if (this.drawn >= total || this.drawing !== undefined) return;
    this.drawing = requestAnimationFrame(() => {
      this.drawing = undefined;
      this.drawn = Math.min(total, this.drawn + NEXT_SLICE);
    });
  }

  /** Each snapshot: load what the episode and language need, and move the current line (no re-render). */
  private follow(snapshot: PlayerSnapshot | undefined): void {
    const episode = snapshot?.episode;
    if (!snapshot || !episode) {
      this.startLoad(undefined, snapshot);
      return;
    }
    const subtitles = trackFor(episode.subtitles, snapshot.lang);
    const descriptions = trackFor(episode.descriptions ?? [], snapshot.lang);
    const key = [episode.id, snapshot.lang, subtitles?.src ?? '', descriptions?.src ?? ''].join('\n');
    if (key !== this.loadKey) this.startLoad(key, snapshot);
    this.moveTo(snapshot.media.currentTime + SLACK);
  }

  private startLoad(key: string | undefined, snapshot: PlayerSnapshot | undefined): void {
    this.loading?.abort();
    this.loading = undefined;
    this.loadKey = key;
    const episode = snapshot?.episode;
    if (!key || !snapshot || !episode) {
      this.loaded = { kind: 'waiting' };
      return;
    }
    const subtitles = trackFor(episode.subtitles, snapshot.lang);
    const descriptions = trackFor(episode.descriptions ?? [], snapshot.lang);
    if (!subtitles) {
      this.loaded = { kind: 'none' };
      return;
    }
    this.loaded = { kind: 'loading' };
    const controller = new AbortController();
    this.loading = controller;
    void Promise.all([
      loadTextTrack(subtitles.src, undefined, controller.signal),
      descriptions ? loadTextTrack(descriptions.src, undefined, controller.signal) : undefined,
    ]).then(
      ([said, shown]) => {
        if (controller.signal.aborted) return;
        this.loading = undefined;
        const problems = [...said.problems, ...(shown?.problems ?? [])];
        this.loaded = said.failed
          ? { kind: 'failed', problems }
          : {
              kind: 'ready',
              lang: subtitles.srclang,
              subtitles: said.cues,
              descriptions: shown?.cues ?? [],
              problems,
              descriptionsMissing: shown?.failed ?? false,
            };
      },
      () => {
        // Aborted: a newer episode or language is loading.
      },
    );
  }

  /** Moves the highlight to the line at `time`, touching only the two rows concerned. */
  private moveTo(time: number): void {
    const transcript = this.transcript;
    if (!transcript) return;
    const current = currentLineAt(transcript, time);
    if (current !== this.current) {
      this.rows[this.current]?.removeAttribute('aria-current');
      this.rows[current]?.setAttribute('aria-current', 'true');
      this.current = current;
    }
    const anchor = lineToShowAt(transcript, time);
    if (anchor !== this.anchor) {
      this.anchor = anchor;
      if (!this.paused && !this.focusInside) {
        this.setRoving(anchor);
        this.keepInView();
      }
    }
  }

  private setRoving(index: number): void {
    if (index < 0 || index === this.roving) return;
    this.rows[this.roving]?.setAttribute('tabindex', '-1');
    this.roving = index;
    this.rows[index]?.setAttribute('tabindex', '0');
  }

  /** While following, scrolls the box (never the page) so that the anchored line sits in its upper third. */
  private keepInView(): void {
    if (this.paused || this.focusInside || this.anchor < 0) return;
    this.scrollRowInto(this.anchor, 1 / 3, 0.1, 0.75);
  }

  /**
   * Scrolls the box so that row `index` starts at `place` (a fraction of the box's height), unless it
   * already lies between `low` and `high`.
   */
  private scrollRowInto(index: number, place: number, low: number, high: number): void {
    const box = this.box;
    const row = this.rows[index];
    if (!box || !row || box.clientHeight === 0) return;
    const boxTop = box.getBoundingClientRect().top;
    const rect = row.getBoundingClientRect();
    const top = rect.top - boxTop;
    if (top >= box.clientHeight * low && top + rect.height <= box.clientHeight * high) return;
    const target = Math.round(box.scrollTop + top - box.clientHeight * place);
    const limit = box.scrollHeight - box.clientHeight;
    const clamped = Math.max(0, Math.min(limit, target));
    if (Math.abs(clamped - box.scrollTop) < 1) return;
    box.scrollTop = clamped;
    this.ownScroll = { top: box.scrollTop, size: this.sizeOf(box) };
  }

  /** Scrolls the box so that row `index` is in its middle, unless it is well in view already. */
  private centre(index: number): void {
    const height = this.rows[index]?.offsetHeight ?? 0;
    const box = this.box?.clientHeight ?? 0;
    if (box > 0) this.scrollRowInto(index, 0.5 - height / (2 * box), 0.15, 0.85);
  }

  private sizeOf(box: HTMLElement): string {
    return `${box.clientHeight}x${box.scrollHeight}`;
  }

  override render() {
    const lang: Lang = this.snapshot?.lang ?? 'fr';
    const messages = transcriptMessagesFor(lang);
    const loaded = this.loaded;
    return html`<section class="panel" aria-labelledby="transcript-heading">
      <h2 id="transcript-heading">${messages.heading}</h2>
      ${loaded.kind === 'ready' && this.transcript && this.transcript.lines.length > 0
        ? this.renderTranscript(this.transcript, loaded, lang)
        : loaded.kind === 'failed'
          ? html`<div class="failed">
              <p class="empty">${messages.failed}</p>
              ${this.renderProblems(loaded.problems)}
            </div>`
          : html`<p class="empty">
              ${loaded.kind === 'loading' ? messages.loading : loaded.kind === 'waiting' ? messages.waiting : messages.none}
            </p>`}
    </section>`;
  }

  private renderProblems(problems: readonly ContentProblem[]) {
    // Problems are written for the site owner, in English.
    return html`<ul class="problem-list" lang="en">
      ${problems.map((problem) => html`<li>${formatProblem(problem)}</li>`)}
    </ul>`;
  }

  private renderTranscript(transcript: Transcript, loaded: Extract<Loaded, { kind: 'ready' }>, lang: Lang) {
    const messages = transcriptMessagesFor(lang);
    const length = this.snapshot?.media.duration ?? 0;
    const duration = Number.isFinite(length) ? length : 0;
    const searching = foldQuery(this.query) !== '';
    const count = this.found.length;
    const none = count === 0 ? 'true' : 'false';
    const stopped = this.paused !== undefined || this.focusInside;
    return html`<div class="search" part="search" role="search" aria-labelledby="search-label">
        <label id="search-label" for="search">${messages.search}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${this.query}
          @input=${this.typed}
          @search=${this.typed}
          @keydown=${this.searchKey}
        />
        <button type="button" class="step" aria-disabled=${none} title=${messages.previousMatch} @click=${() => this.step(-1)}>
          <span aria-hidden="true">↑</span><span class="visually-hidden">${messages.previousMatch}</span>
        </button>
        <button type="button" class="step" aria-disabled=${none} title=${messages.nextMatch} @click=${() => this.step(1)}>
          <span aria-hidden="true">↓</span><span class="visually-hidden">${messages.nextMatch}</span>
        </button>
        <p class="count" role="status">${searching ? (this.matchIndex >= 0 ? messages.position(this.matchIndex + 1, count) : messages.count(count)) : ''}</p>
      </div>
      ${loaded.problems.length > 0
        ? html`<details class="problems">
            <summary>${loaded.descriptionsMissing ? messages.descriptionsMissing : messages.problems(loaded.problems.length)}</summary>
            ${this.renderProblems(loaded.problems)}
          </details>`
        : nothing}
      <p class="hint" id="hint">${messages.hint}</p>
      <div class="follow">
        <div
          class=${['box', stopped ? 'stopped' : '', duration >= 3600 ? 'hours' : ''].join(' ')}
          part="lines"
          role="group"
          aria-label=${messages.lines}
          aria-describedby="hint"
          lang=${loaded.lang}
          @click=${this.choose}
          @keydown=${this.moveKey}
          @focusin=${this.focused}
          @focusout=${this.blurred}
          @wheel=${this.viewerScrolls}
          @touchmove=${this.viewerScrolls}
          @scroll=${this.scrolled}
        >
          ${guard([transcript, this.found, this.matchIndex, lang, duration, this.drawn], () => this.renderSections(transcript, lang, duration, this.drawn))}
        </div>
        ${stopped
          ? html`<button type="button" class="back" part="back" @click=${this.resume} @focusout=${this.blurred}>${messages.backToCurrent}</button>`
          : nothing}
      </div>`;
  }

  private renderSections(transcript: Transcript, lang: Lang, duration: number, drawn: number) {
    const messages = transcriptMessagesFor(lang);
    const selected = this.found[this.matchIndex];
    const line = (item: TranscriptLine) => {
      const ranges = this.matchesByLine.get(item.index) ?? [];
      const description = item.kind === 'description';
      const pieces = ranges.length > 0 ? splitAtMatches(item.text, ranges, selected?.line === item.index ? selected : undefined) : undefined;
      return html`<li>
        <button type="button" class=${description ? 'line description' : 'line'} part=${description ? 'line description' : 'line'} data-index=${item.index} data-start=${item.start}>
          <span class="time">${formatClock(item.start, duration)}</span>
          <span class="text"
            >${description ? html`<span class="kind">${messages.description}<span class="visually-hidden">${messages.colon}</span></span> ` : nothing}${pieces
              ? pieces.map((piece) => (piece.match ? html`<mark class=${piece.current ? 'current' : ''}>${piece.text}</mark>` : piece.text))
              : item.text}</span
          >
        </button>
      </li>`;
    };
    const shown = transcript.sections.filter((section) => (section.lines[0]?.index ?? 0) < drawn);
    return shown.map(
      (section) => html`${section.chapter
          ? html`<h3><span class="chapter-time">${formatClock(section.chapter.start, duration)}</span> <span>${section.chapter.title}</span></h3>`
          : nothing}
        ${section.lines.length > 0 ? html`<ol>${section.lines.filter((item) => item.index < drawn).map(line)}</ol>` : nothing}`,
    );
  }

  /** Finds `query`'s matches (re-rendering the list once), forgetting the selected match. */
  private search(query: string, render = true): void {
    this.query = query;
    this.matchIndex = -1;
    const transcript = this.transcript;
    if (!transcript || foldQuery(query) === '') {
      this.found = [];
      this.matchesByLine = new Map();
    } else {
      this.index ??= searchIndexOf(transcript.lines);
      // Every match must be there to step to.
      this.drawn = transcript.lines.length;
      this.found = searchLines(this.index, query);
      const byLine = new Map<number, TextRange[]>();
      for (const match of this.found) {
        const list = byLine.get(match.line);
        if (list) list.push(match);
        else byLine.set(match.line, [match]);
      }
      this.matchesByLine = byLine;
    }
    if (this.paused === 'search' && this.found.length === 0 && foldQuery(query) === '') this.paused = undefined;
    if (render) this.requestUpdate();
  }

  private readonly typed = (event: Event) => {
    this.search((event.target as HTMLInputElement).value);
  };

  private readonly searchKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.step(event.shiftKey ? -1 : 1);
  };

  /** Selects the next or previous match, shows it in the box and stops following the film. */
  private step(direction: 1 | -1): void {
    const next = stepMatch(this.found, this.matchIndex, direction, Math.max(0, this.anchor));
    if (next < 0) return;
    this.matchIndex = next;
    this.paused = 'search';
    const line = this.found[next]!.line;
    this.setRoving(line);
    void this.updateComplete.then(() => {
      if (this.matchIndex === next) this.centre(line);
    });
  }

  private readonly choose = (event: MouseEvent) => {
    const row = (event.target as Element).closest<HTMLElement>('button.line');
    const line = row ? this.transcript?.lines[Number(row.dataset['index'])] : undefined;
    if (!line) return;
    this.setRoving(line.index);
    this.link.request(new SeekRequestEvent({ time: line.start, trigger: 'transcript' }));
  };

  private readonly moveKey = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    const row = (event.target as Element).closest?.('button.line');
    if (!move || !row || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const index = move(this.roving, this.rows.length - 1);
    this.setRoving(index);
    const target = this.rows[index];
    if (!target) return;
    target.focus({ preventScroll: true });
    this.scrollRowInto(index, 0.5, 0.05, 0.95);
  };

  private readonly focused = (event: FocusEvent) => {
    const row = (event.target as Element).closest?.<HTMLElement>('button.line');
    if (!row) return;
    const index = Number(row.dataset['index']);
    if (index !== this.roving) this.setRoving(index);
    // Only the keyboard holds the list still: a click on a line is a seek, and the list follows it.
    if (row.matches(':focus-visible')) this.focusInside = true;
  };

  /** The focus left the list (or the "back" button next to it, which stays while the focus goes there). */
  private readonly blurred = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (to && (this.box?.contains(to) || this.backButton === to)) return;
    if (this.focusInside) {
      this.focusInside = false;
      void this.updateComplete.then(() => this.keepInView());
    }
  };

  /** A wheel or a finger on the list: the viewer is reading elsewhere (passive: scrolling never waits for it). */
  private readonly viewerScrolls = {
    handleEvent: () => {
      this.paused = 'scroll';
    },
    passive: true,
  };

  private readonly scrolled = () => {
    const box = this.box;
    if (!box) return;
    const own = this.ownScroll;
    if (own && Math.abs(box.scrollTop - own.top) < 2) return;
    if (own && own.size !== this.sizeOf(box)) {
      // The content or the box changed size (a re-render, a resize): not the viewer.
      this.ownScroll = { top: box.scrollTop, size: this.sizeOf(box) };
      return;
    }
    if (!own && box.scrollTop === 0) return;
    this.paused ??= 'scroll';
  };

  /** "Back to the current line": follow the film again. From the keyboard, the focus goes to that line. */
  private readonly resume = (event: MouseEvent) => {
    this.paused = undefined;
    this.matchIndex = -1;
    const fromKeyboard = event.detail === 0;
    const anchor = this.anchor;
    if (fromKeyboard && anchor >= 0) {
      this.setRoving(anchor);
      this.focusInside = false;
      this.scrollRowInto(anchor, 1 / 3, 0.1, 0.75);
      this.rows[anchor]?.focus({ preventScroll: true });
      return;
    }
    this.focusInside = false;
    if (anchor >= 0) this.setRoving(anchor);
    void this.updateComplete.then(() => this.keepInView());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-transcript': DvTranscript;
  }
}
