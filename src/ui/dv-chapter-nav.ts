import { consume } from '@lit/context';
import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { visuallyHiddenStyles } from './shared-styles.ts';
import { messagesFor } from '../i18n/messages.ts';
import { playerContext, type PlayerSnapshot } from '../player/player-context.ts';
import { SeekRequestEvent } from '../player/request-events.ts';
import { nextChapterStart, previousChapterStart } from '../timeline/chapter-navigation.ts';

const PREVIOUS_ICON = svg`<path d="M6 5h2v14H6zM20 5v14L9.5 12z" />`;
const NEXT_ICON = svg`<path d="M16 5h2v14h-2zM4 5v14l10.5-7z" />`;

function icon(path: ReturnType<typeof svg>) {
  return html`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false" fill="currentColor">${path}</svg>`;
}

/** What identifies a chapter across a change of language: its episode and its start. */
function chapterKey(snapshot: PlayerSnapshot | undefined): string | undefined {
  const chapter = snapshot?.chapter;
  return chapter ? `${snapshot.episode?.id ?? ''}@${chapter.start}` : undefined;
}

/**
 * Previous / next chapter buttons around the current chapter's title. A new chapter is announced
 * politely (« Chapitre : … » / "Chapter: …"), once, whatever brought it (playback, a seek); not the first
 * chapter of an episode, nor the same chapter in the other language. At the first (last) chapter
 * the previous (next) button stays focusable with `aria-disabled="true"` and does nothing, so that
 * the keyboard focus is never dropped to the page.
 *
 * @summary Chapter-by-chapter navigation under the video.
 * @fires {SeekRequestEvent} dv-seek-request - With the target chapter's start and trigger `chapter-nav`.
 * @csspart previous - The previous-chapter button.
 * @csspart next - The next-chapter button.
 * @cssproperty [--dv-accent=#f0b429] - The focus rings.
 */
@customElement('dv-chapter-nav')
export class DvChapterNav extends LitElement {
  static override styles = [
    visuallyHiddenStyles,
    css`
      :host {
        display: block;
      }
      .bar {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      button {
        flex: none;
        min-width: 2.75rem;
        min-height: 2.75rem;
        border: 1px solid #666;
        border-radius: 4px;
        background: #1c1c1c;
        color: #f5f5f5;
        display: inline-grid;
        place-items: center;
      }
      /* Dimmed, but the focus ring keeps its full strength (no opacity on the button itself). */
      button[aria-disabled='true'] {
        border-color: #444;
        color: #8a8a8a;
        cursor: default;
      }
      button:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 2px;
      }
      /* The whole title, on two lines if need be: never cut on a phone. */
      .current {
        flex: 1;
        min-width: 0;
        margin: 0;
        overflow-wrap: anywhere;
      }
      .label {
        color: #b8b8b8;
        font-size: 0.85em;
      }
    `,
  ];

  @consume({ context: playerContext, subscribe: true })
  @state()
  private snapshot?: PlayerSnapshot;

  /** The polite announcement of the chapter just entered (empty until one is). */
  @state() private announcement = '';

  /** The chapter last seen, and its episode (undefined: none yet). */
  private shownChapter: string | undefined;
  private shownEpisode: string | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('snapshot')) return;
    const snapshot = this.snapshot;
    const episode = snapshot?.episode?.id;
    const key = chapterKey(snapshot);
    if (episode !== this.shownEpisode) {
      // A new episode (or the first): its opening chapter is not news.
      this.shownEpisode = episode;
      this.shownChapter = key;
      this.announcement = '';
      return;
    }
    // Between chapters nothing is said, and coming back to the same chapter is not news either.
    if (key === undefined || key === this.shownChapter) return;
    const first = this.shownChapter === undefined;
    this.shownChapter = key;
    if (first || !snapshot?.chapter) return;
    this.announcement = messagesFor(snapshot.lang).chapterAnnounce(snapshot.chapter.title);
  }

  override render() {
    const snapshot = this.snapshot;
    const chapters = snapshot?.chapters ?? [];
    // The live region is in the page before anything is said in it, so that the first change is heard.
    const region = html`<p class="visually-hidden" aria-live="polite">${this.announcement}</p>`;
    if (!snapshot || chapters.length === 0) return region;
    const messages = messagesFor(snapshot.lang);
    const time = snapshot.media.currentTime;
    const previous = previousChapterStart(chapters, time);
    const next = nextChapterStart(chapters, time);
    return html`
      <div class="bar">
        <button
          type="button"
          part="previous"
          aria-label=${messages.previousChapter}
          title=${messages.previousChapter}
          aria-disabled=${previous === undefined ? 'true' : nothing}
          @click=${() => this.requestChapterAt(previous)}
        >${icon(PREVIOUS_ICON)}</button>
        <p class="current"><span class="label">${messages.currentChapter}${messages.colon}</span> ${snapshot.chapter?.title ?? messages.noChapter}</p>
        <button
          type="button"
          part="next"
          aria-label=${messages.nextChapter}
          title=${messages.nextChapter}
          aria-disabled=${next === undefined ? 'true' : nothing}
          @click=${() => this.requestChapterAt(next)}
        >${icon(NEXT_ICON)}</button>
      </div>
      ${region}
    `;
  }

  /** A button with nowhere to go (aria-disabled) does nothing, and keeps the focus. */
  private requestChapterAt(time: number | undefined): void {
    if (time === undefined) return;
    this.dispatchEvent(new SeekRequestEvent({ time, trigger: 'chapter-nav' }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-chapter-nav': DvChapterNav;
  }
}
