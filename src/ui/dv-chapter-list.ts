import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { messagesFor } from '../i18n/messages.ts';
import type { PlayerSnapshot } from '../player/player-context.ts';
import { PlayRequestEvent, SeekRequestEvent } from '../player/request-events.ts';
import { formatClock } from '../timeline/format-time.ts';
import { warningMessagesFor } from '../i18n/warning-messages.ts';
import { chaptersWithStretches } from '../warnings/warning-summary.ts';
import { PlayerLink } from './player-link.ts';
import { panelStyles } from './shared-styles.ts';

/**
 * The episode's chapters as a navigation landmark: one button per chapter, the current one marked
 * with `aria-current`, those holding a sensitive stretch marked (a sign and its words for a screen
 * reader). A click asks the player to go to the chapter's start and play. Works inside `dv-player`,
 * or anywhere on the page with `player="<id of a dv-player>"`.
 *
 * @summary The chapter list of the episode.
 * @fires {SeekRequestEvent} dv-seek-request - With the chapter's start and trigger `chapter-list`.
 * @fires {PlayRequestEvent} dv-play-request - Right after, so that a chosen chapter plays.
 * @csspart chapter - Each chapter button; the current one also has `current`.
 * @csspart current - The current chapter's button (with `chapter`).
 * @cssproperty [--dv-accent=#f0b429] - The current chapter's mark and the focus rings.
 * @cssproperty [--dv-warning=#ff8a3d] - The sign of a chapter that holds a sensitive stretch.
 */
@customElement('dv-chapter-list')
export class DvChapterList extends LitElement {
  static override styles = [
    panelStyles,
    css`
      /* While the chapters load, the list keeps the room of about seven of them: the panels below it
         do not jump when they arrive. */
      .loading {
        min-height: 19rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0.25rem 0;
        max-height: min(70vh, 36rem);
        overflow-y: auto;
      }
      button {
        display: grid;
        grid-template-columns: 3.6rem 1fr;
        gap: 0.5rem;
        width: 100%;
        padding: 0.6rem 1rem;
        border: 0;
        border-inline-start: 4px solid transparent;
        background: none;
        color: inherit;
        font: inherit;
        text-align: start;
        cursor: pointer;
      }
      button:hover {
        background: #242424;
      }
      button:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: -3px;
      }
      button[aria-current] {
        border-inline-start-color: var(--dv-accent, #f0b429);
        background: #2a2a2a;
        font-weight: 600;
      }
      .time {
        font-variant-numeric: tabular-nums;
        color: #c8c8c8;
      }
      .sensitive {
        color: var(--dv-warning, #ff8a3d);
        font-weight: 700;
        margin-inline-start: 0.35rem;
      }
    `,
  ];

  /** The id of a `dv-player` elsewhere on the page (leave out inside a `dv-player`). */
  @property({ reflect: true }) player?: string;

  private readonly link = new PlayerLink(this, undefined, (s) => [s.lang, s.chapters, s.chapter, s.stretches, s.media.duration]);

  private get snapshot(): PlayerSnapshot | undefined {
    return this.link.snapshot;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('player')) this.link.relink();
  }

  override render() {
    const lang = this.snapshot?.lang ?? 'fr';
    const messages = messagesFor(lang);
    const chapters = this.snapshot?.chapters;
    const duration = this.snapshot?.media.duration ?? 0;
    const current = this.snapshot?.chapter;
    const sensitive = new Set(chaptersWithStretches(chapters ?? [], this.snapshot?.stretches ?? []));
    const inChapter = warningMessagesFor(lang).inChapter;
    return html`
      <nav class="panel" aria-label=${this.link.landmarkName(messages.chapters)}>
        <h2>${messages.chapters}</h2>
        ${chapters === undefined
          ? html`<p class="empty loading">${messages.loadingChapters}</p>`
          : chapters.length === 0
            ? html`<p class="empty">${messages.noChapters}</p>`
            : html`<ol>
                ${chapters.map(
                  (chapter) => html`<li>
                    <button
                      part=${chapter === current ? 'chapter current' : 'chapter'}
                      aria-current=${chapter === current ? 'true' : nothing}
                      data-start=${chapter.start}
                      ?data-sensitive=${sensitive.has(chapter)}
                      @click=${() => this.showChapter(chapter.start)}
                    >
                      <span class="time">${formatClock(chapter.start, duration)}</span>
                      <span class="title"
                        >${chapter.title}${sensitive.has(chapter)
                          ? html`<span class="sensitive" aria-hidden="true">⚠</span><span class="visually-hidden">, ${inChapter}</span>`
                          : nothing}</span
                      >
                    </button>
                  </li>`,
                )}
              </ol>`}
      </nav>
    `;
  }

  private showChapter(start: number): void {
    this.link.request(new SeekRequestEvent({ time: start, trigger: 'chapter-list' }));
    this.link.request(new PlayRequestEvent({ trigger: 'chapter-list' }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-chapter-list': DvChapterList;
  }
}
