import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatProblem, type ContentProblem } from '../content/content-problem.ts';
import { summarizeForViewer, type ViewerProblemLine } from '../content/problem-summary.ts';
import { messagesFor, type Messages } from '../i18n/messages.ts';
import type { Lang } from '../timeline/format-time.ts';

/**
 * Tells the viewer, in one short sentence each and in their language, what is missing because a
 * content file could not be read; and tells the site owner who wrote the files exactly where, one
 * line per problem (`file:line:col message`), behind a disclosure that is open while developing
 * (`npm start`) and closed on the built site. The player keeps working around them.
 *
 * @summary What a broken content file takes away, for viewers; located problems, for authors.
 * @csspart list - The list of located problems.
 * @csspart details - The disclosure that holds them.
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
    .viewer {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .viewer li + li {
      margin-top: 0.25rem;
    }
    details {
      margin-top: 0.35rem;
      font-size: 0.85rem;
      color: #4a3a30;
    }
    summary {
      cursor: pointer;
      min-height: 24px;
    }
    summary:focus-visible {
      outline: 3px solid #b36b00;
      outline-offset: 2px;
    }
    .author {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.1rem;
      font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
      font-size: 0.82rem;
      overflow-wrap: anywhere;
    }
    li.warning {
      color: #5a4a00;
    }
  `;

  /** The problems found in the content files (each with file, line, column, message), as `dv-player` collects them. */
  @property({ attribute: false }) problems: readonly ContentProblem[] = [];
  /** Interface language of the viewers' sentences (`fr` or `en`). */
  @property() locale: Lang = 'fr';
  /** Whether the authors' list starts open: yes while developing, no on the built site. */
  @property({ attribute: 'author-details' }) authorDetails: 'open' | 'closed' = import.meta.env.DEV ? 'open' : 'closed';

  override render() {
    const messages = messagesFor(this.locale);
    const lines = summarizeForViewer(this.problems);
    return html`<div role="status" aria-live="polite">
        ${lines.length === 0 ? nothing : html`<div class="box"><ul class="viewer">${lines.map((line) => html`<li>${sentenceFor(line, messages)}</li>`)}</ul>${this.renderDetails(messages)}</div>`}
      </div>
      ${lines.length === 0 ? this.renderDetails(messages) : nothing}`;
  }

  private renderDetails(messages: Messages) {
    if (this.problems.length === 0) return nothing;
    return html`<details part="details" ?open=${this.authorDetails === 'open'}>
      <summary>${messages.problemDetails(this.problems.length)}</summary>
      <ul class="author" part="list" lang="en">
        ${this.problems.map((problem) => html`<li class=${problem.severity}>${formatProblem(problem)}</li>`)}
      </ul>
    </details>`;
  }
}

function sentenceFor(line: ViewerProblemLine, messages: Messages): string {
  if (line.message !== undefined) return line.message;
  return messages.problemSummary[line.subject === 'link' || line.subject === 'media' ? 'other' : line.subject][line.outcome];
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-content-messages': DvContentMessages;
  }
}
