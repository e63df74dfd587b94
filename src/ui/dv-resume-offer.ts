import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { comfortMessagesFor } from '../i18n/comfort-messages.ts';
import { formatClock, type Lang } from '../timeline/format-time.ts';
import { panelStyles } from './shared-styles.ts';

/** The viewer's answer to the resume offer. */
export class ResumeAnswerEvent extends CustomEvent<{ readonly resume: boolean }> {
  static readonly type = 'dv-resume-answer';
  constructor(resume: boolean) {
    super(ResumeAnswerEvent.type, { detail: { resume }, bubbles: true, composed: true });
  }
}

/**
 * "Reprendre à 12:34 ?": offered when the viewer comes back to an episode left part-way.
 *
 * @summary The offer to resume where the viewer left.
 * @fires {ResumeAnswerEvent} dv-resume-answer - `detail.resume`: true to go back to the saved moment, false to start over.
 * @cssproperty [--dv-accent=#f0b429] - The offer's edge and its main button.
 */
@customElement('dv-resume-offer')
export class DvResumeOffer extends LitElement {
  static override styles = [
    panelStyles,
    css`
      .offer {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 0.75rem;
        padding: 0.6rem 0.8rem;
        border-inline-start: 4px solid var(--dv-accent, #f0b429);
        border-radius: 4px;
        background: #1f1c14;
        color: #f2f2f2;
      }
      p {
        margin: 0;
        flex: 1 1 12rem;
        font-weight: 600;
      }
      button {
        min-height: 2.75rem;
        padding: 0.35rem 0.9rem;
        border-radius: 4px;
        border: 1px solid #777;
        background: #1c1c1c;
      }
      button.primary {
        background: var(--dv-accent, #f0b429);
        border-color: var(--dv-accent, #f0b429);
        color: #111;
      }
    `,
  ];

  /** Interface language (`fr` or `en`). */
  @property() locale: Lang = 'fr';
  /** The saved moment, in seconds. */
  @property({ type: Number }) time = 0;
  /** The episode's duration in seconds, so that the saved moment is written as the player writes times (h:mm:ss past an hour). */
  @property({ type: Number }) duration = 0;

  override render() {
    const messages = comfortMessagesFor(this.locale);
    const clock = formatClock(this.time, Math.max(this.duration, this.time));
    return html`<div class="offer" role="group" aria-labelledby="question">
      <p id="question">${messages.resumeAt(clock)}</p>
      <button type="button" class="primary" @click=${() => this.dispatchEvent(new ResumeAnswerEvent(true))}>${messages.resume} (${clock})</button>
      <button type="button" @click=${() => this.dispatchEvent(new ResumeAnswerEvent(false))}>${messages.fromStart}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-resume-offer': DvResumeOffer;
  }
}
