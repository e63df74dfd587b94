import { consume } from '@lit/context';
import { LitElement, css, html, svg } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { messagesFor } from '../i18n/messages.ts';
import { playerContext, type PlayerSnapshot } from '../player/player-context.ts';
import { SeekRequestEvent } from '../player/request-events.ts';
import { nextChapterStart, previousChapterStart } from '../timeline/chapter-navigation.ts';

const PREVIOUS_ICON = svg`<path d="M6 5h2v14H6zM20 5v14L9.5 12z" />`;
const NEXT_ICON = svg`<path d="M16 5h2v14h-2zM4 5v14l10.5-7z" />`;

function icon(path: ReturnType<typeof svg>) {
  return html`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false" fill="currentColor">${path}</svg>`;
}

/**
 * Previous / next chapter buttons around the current chapter's title.
 *
 * @summary Chapter-by-chapter navigation under the video.
 * @fires dv-seek-request - With the target chapter's start and trigger `chapter-nav`.
 * @csspart previous - The previous-chapter button.
 * @csspart next - The next-chapter button.
 */
@customElement('dv-chapter-nav')
export class DvChapterNav extends LitElement {
  static override styles = css`
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
    button:disabled {
      opacity: 0.45;
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
  `;

  @consume({ context: playerContext, subscribe: true })
  @state()
  private snapshot?: PlayerSnapshot;

  override render() {
    const snapshot = this.snapshot;
    const chapters = snapshot?.chapters ?? [];
    if (!snapshot || chapters.length === 0) return html``;
    const messages = messagesFor(snapshot.lang);
    const time = snapshot.media.currentTime;
    const previous = previousChapterStart(chapters, time);
    const next = nextChapterStart(chapters, time);
    return html`
      <div class="bar">
        <button
          part="previous"
          aria-label=${messages.previousChapter}
          title=${messages.previousChapter}
          ?disabled=${previous === undefined}
          @click=${() => this.requestChapterAt(previous)}
        >${icon(PREVIOUS_ICON)}</button>
        <p class="current" aria-live="polite"><span class="label">${messages.currentChapter}${messages.colon}</span> ${snapshot.chapter?.title ?? messages.noChapter}</p>
        <button
          part="next"
          aria-label=${messages.nextChapter}
          title=${messages.nextChapter}
          ?disabled=${next === undefined}
          @click=${() => this.requestChapterAt(next)}
        >${icon(NEXT_ICON)}</button>
      </div>
    `;
  }

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
