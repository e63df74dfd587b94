import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ContentProblem } from '../content/content-problem.ts';
import { loadTeacherNote } from '../content/load-content.ts';
import { localize, type Lang } from '../content/localized.ts';
import type { TeacherNote } from '../content/teacher-note.ts';
import { messagesFor } from '../i18n/messages.ts';
import { noteMessagesFor } from '../i18n/note-messages.ts';
import { sourceMessagesFor } from '../i18n/source-messages.ts';
import './dv-content-messages.ts';
import { panelStyles } from './shared-styles.ts';

/**
 * The episode's teacher's note, folded under a summary line: a historian's context (each
 * paragraph numbered against the bibliography), ideas for the class, a word on the sensitive
 * footage, and the sources. A note that cannot be read says so, located, and nothing else stops.
 *
 * @summary Teacher's note for one episode.
 * @csspart note - The disclosure holding the note.
 * @cssproperty [--dv-accent=#f0b429] - Headings and focus rings.
 */
@customElement('dv-teacher-note')
export class DvTeacherNote extends LitElement {
  static override styles = [
    panelStyles,
    css`
      details {
        border: 1px solid #3a3a3a;
        border-radius: 6px;
        background: #161616;
        color: #f2f2f2;
      }
      summary {
        padding: 0.75rem 1rem;
        cursor: pointer;
      }
      summary:focus-visible,
      a:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 2px;
      }
      summary h2 {
        display: inline;
        margin: 0;
        font-size: 1.05rem;
      }
      .what {
        color: #c8c8c8;
      }
      .body {
        padding: 0 1rem 1rem;
        max-width: 72ch;
      }
      h3 {
        margin: 1rem 0 0.4rem;
        font-size: 1rem;
        color: var(--dv-accent, #f0b429);
      }
      p,
      li {
        line-height: 1.5;
      }
      p {
        margin: 0 0 0.6rem;
      }
      .refs {
        color: #b8b8b8;
        font-size: 0.85rem;
        white-space: nowrap;
      }
      ol {
        margin: 0;
        padding-inline-start: 1.4rem;
      }
      .bibliography {
        font-size: 0.9rem;
      }
      .kind {
        color: #b8b8b8;
      }
      a {
        color: #9cc9ff;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The note's URL (the manifest's `note`). */
  @property() src?: string;
  /** Interface language (`fr` or `en`) of the note's headings and messages. */
  @property() locale: Lang = 'fr';

  @state() private note?: TeacherNote;
  @state() private problems: readonly ContentProblem[] = [];
  private loading?: AbortController;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
  }

  private async load(): Promise<void> {
    this.loading?.abort();
    this.note = undefined;
    this.problems = [];
    if (!this.src) return;
    const controller = new AbortController();
    this.loading = controller;
    try {
      const result = await loadTeacherNote(this.src, undefined, controller.signal);
      if (controller.signal.aborted) return;
      this.note = result.value;
      this.problems = result.problems;
    } catch {
      // aborted: a newer note is loading
    }
  }

  override render() {
    if (!this.src) return nothing;
    const messages = noteMessagesFor(this.locale);
    const note = this.note;
    return html`${this.problems.length > 0 ? html`<dv-content-messages .problems=${this.problems} locale=${this.locale}></dv-content-messages>` : nothing}
      ${note ? this.renderNote(note, messages) : nothing}`;
  }

  private renderNote(note: TeacherNote, messages: ReturnType<typeof noteMessagesFor>) {
    const lang = this.locale;
    const numberOf = new Map(note.bibliography.map((reference, index) => [reference.url, index + 1]));
    const opens = messagesFor(lang).opensInNewTab;
    return html`<details part="note">
      <summary><h2>${messages.heading}</h2> <span class="what">— ${messages.summary}</span></summary>
      <div class="body" lang=${lang}>
        <h3>${messages.context}</h3>
        ${note.context.map((paragraph) => {
          const numbers = paragraph.sources
            .map((url) => numberOf.get(url))
            .filter((n): n is number => n !== undefined)
            .sort((x, y) => x - y);
          return html`<p>${paragraph[lang]} <span class="refs">[${messages.refs(numbers)}]</span></p>`;
        })}
        <h3>${messages.discuss}</h3>
        <ol>
          ${note.discuss.map((item) => html`<li>${item[lang]}</li>`)}
        </ol>
        ${note.sensitive ? html`<h3>${messages.sensitive}</h3><p>${note.sensitive[lang]}</p>` : nothing}
        <h3>${messages.bibliography}</h3>
        <ol class="bibliography">
          ${note.bibliography.map(
            (reference) => html`<li>
              <a href=${reference.url} target="_blank" rel="noopener noreferrer"
                >${reference.publisher}<span class="visually-hidden"> ${opens}</span></a
              >${reference.title ? this.renderTitle(localize(reference.title, lang), lang) : nothing}
              <span class="kind">(${sourceMessagesFor(lang).kind(reference.kind)})</span>
            </li>`,
          )}
        </ol>
      </div>
    </details>`;
  }

  /** A work's title, quoted the reader's way (« … » with non-breaking spaces, or “…”), in a `<cite>`. */
  private renderTitle(title: string, lang: Lang) {
    return lang === 'fr' ? html`, «\u00a0<cite>${title}</cite>\u00a0»` : html`, “<cite>${title}</cite>”`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-teacher-note': DvTeacherNote;
  }
}
