import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { messagesFor } from '../i18n/messages.ts';
import type { MediaErrorKind } from '../player/player-state.ts';
import { RetryRequestEvent } from '../player/request-events.ts';
import { formatClock, type Lang } from '../timeline/format-time.ts';
import { panelStyles } from './shared-styles.ts';

/**
 * Over the picture when the media cannot play: what went wrong in one sentence, in the interface
 * language, and a button to try again from where the viewer was. The site's author finds the
 * technical detail in the content messages under the player.
 *
 * @summary A media error the viewer can act on.
 * @fires {RetryRequestEvent} dv-retry-request - When the viewer asks to load the media again.
 * @cssproperty [--dv-accent=#f0b429] - The retry button's colour.
 */
@customElement('dv-media-error')
export class DvMediaError extends LitElement {
  static override styles = [
    panelStyles,
    css`
      :host {
        position: absolute;
        inset: 0;
        z-index: 5;
        display: grid;
        place-items: center;
        padding: 1rem;
        background: rgba(10, 10, 10, 0.88);
        color: #f2f2f2;
        /* Inside the player box, where video.js sets a 10 px Arial: the page's own type. */
        font: 1rem/1.4 system-ui, 'DejaVu Sans', sans-serif;
      }
      .box {
        max-width: 28rem;
        text-align: center;
      }
      p {
        margin: 0 0 0.75rem;
        font-size: 1rem;
        line-height: 1.4;
      }
      button {
        min-height: 2.75rem;
        padding: 0.35rem 1rem;
        border-radius: 4px;
        border: 1px solid var(--dv-accent, #f0b429);
        background: var(--dv-accent, #f0b429);
        color: #111;
        font: inherit;
        font-weight: 600;
      }
    `,
  ];

  /** Interface language (`fr` or `en`). */
  @property() locale: Lang = 'fr';
  /** What went wrong: `aborted`, `network`, `decode`, `unsupported` or `unknown` (the sentence shown depends on it). */
  @property() kind: MediaErrorKind = 'unknown';
  /** Where playback will resume, in seconds. */
  @property({ type: Number }) time = 0;

  override render() {
    const messages = messagesFor(this.locale);
    return html`<div class="box" role="alert">
      <p>${messages.mediaErrors[this.kind]}</p>
      <button type="button" @click=${() => this.dispatchEvent(new RetryRequestEvent())}>
        ${this.time >= 1 ? messages.retryFrom(formatClock(this.time)) : messages.retry}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-media-error': DvMediaError;
  }
}
