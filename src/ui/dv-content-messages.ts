import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatProblem, type ContentProblem } from '../content/content-problem.ts';
import { messagesFor } from '../i18n/messages.ts';
import type { Lang } from '../timeline/format-time.ts';

/**
 * Tells the reader, and the site owner who wrote the files, what went wrong in a content file:
 * one line per problem, `file:line:col message`. The player keeps working around them.
 *
 * @summary Located content problems, in a live status region.
 * @csspart list - The list of problems.
 */
@customElement('dv-content-messages')
export class DvContentMessages extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .box {
      border: 1px solid #b4552b;
      border-inline-start-width: 6px;
      border-radius: 4px;
      padding: 0.5rem 0.75rem;
      background: #fff4ec;
      color: #3d1a08;
    }
    h2 {
      margin: 0 0 0.25rem;
      font-size: 0.95rem;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.1rem;
      font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
      font-size: 0.82rem;
      overflow-wrap: anywhere;
    }
    li.warning {
      color: #5a4a00;
    }
  `;

  @property({ attribute: false }) problems: readonly ContentProblem[] = [];
  @property() locale: Lang = 'fr';

  override render() {
    const messages = messagesFor(this.locale);
    return html`<div role="status" aria-live="polite">
      ${this.problems.length === 0
        ? nothing
        : html`<div class="box">
            <h2>${messages.contentProblems} (${messages.problemCount(this.problems.length)})</h2>
            <ul part="list">
              ${this.problems.map((problem) => html`<li class=${problem.severity}>${formatProblem(problem)}</li>`)}
            </ul>
          </div>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-content-messages': DvContentMessages;
  }
}
