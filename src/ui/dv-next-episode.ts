import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { comfortMessagesFor } from '../i18n/comfort-messages.ts';
import { EpisodeRequestEvent } from '../player/request-events.ts';
import type { Lang } from '../timeline/format-time.ts';
import { panelStyles } from './shared-styles.ts';

/**
 * At the end of an episode, over the picture: the next one, one click away (the page opens it).
 *
 * @summary The next-episode offer at the end of an episode.
 * @fires {EpisodeRequestEvent} dv-episode-request - With the next episode's id, time 0 and trigger `episode-end`.
 * @cssproperty [--dv-accent=#f0b429] - The button's colour.
 */
@customElement('dv-next-episode')
export class DvNextEpisode extends LitElement {
  static override styles = [
    panelStyles,
    css`
      :host {
        position: absolute;
        inset-inline-end: 1rem;
        inset-block-end: 4rem;
        z-index: 4;
        max-width: min(22rem, calc(100% - 2rem));
      }
      .offer {
        padding: 0.75rem 1rem;
        border-radius: 6px;
        background: rgba(14, 14, 14, 0.94);
        border: 1px solid #555;
        color: #f2f2f2;
      }
      p {
        margin: 0 0 0.5rem;
        font-size: 0.9rem;
        color: #d8d8d8;
      }
      button {
        min-height: 2.75rem;
        width: 100%;
        padding: 0.35rem 0.9rem;
        border-radius: 4px;
        border: 1px solid var(--dv-accent, #f0b429);
        background: var(--dv-accent, #f0b429);
        color: #111;
        font-weight: 600;
        text-align: start;
      }
    `,
  ];

  /** Interface language (`fr` or `en`). */
  @property() locale: Lang = 'fr';
  /** The next episode's id in the manifest. */
  @property() episode = '';
  /** Its heading ("Épisode 7 — …"). */
  @property() heading = '';

  override render() {
    const messages = comfortMessagesFor(this.locale);
    return html`<div class="offer" role="group" aria-labelledby="label">
      <p id="label">${messages.nextEpisode}</p>
      <button type="button" @click=${() => this.dispatchEvent(new EpisodeRequestEvent({ episode: this.episode, time: 0, trigger: 'episode-end' }))}>
        ${messages.watchNext(this.heading)}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-next-episode': DvNextEpisode;
  }
}
