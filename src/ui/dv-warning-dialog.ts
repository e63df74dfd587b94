import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { WarningCategory } from '../content/cue-payloads.ts';
import { listCategories, warningMessagesFor } from '../i18n/warning-messages.ts';
import type { Lang } from '../timeline/format-time.ts';
import type { WarningChoice } from '../warnings/warning-policy.ts';
import { WarningAnswerEvent } from './warning-requests.ts';

/** What the dialog asks about. */
export interface WarningQuestion {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly categories: readonly WarningCategory[];
  readonly text: string;
  /** The media is already inside the stretch (a jump landed there). */
  readonly inside: boolean;
}

/** The element focused in the page, looking through shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * The question before a sensitive stretch: a modal `alertdialog` (the native `<dialog>` with
 * `showModal()`: top layer, page inert behind it, focus kept inside). The safe choice, skipping,
 * has the first focus and is what Escape does. Focus returns where it was when it closes. Placed
 * inside the player box, and re-opened on a fullscreen change, so it shows in fullscreen too.
 *
 * @summary The content-warning dialog.
 * @fires {WarningAnswerEvent} dv-warning-answer - With the viewer's choice.
 * @csspart dialog - The dialog box.
 * @cssproperty [--dv-accent=#f0b429] - The focus rings.
 * @cssproperty [--dv-warning=#ff8a3d] - The dialog's border, its sign and the safe choice's border.
 */
@customElement('dv-warning-dialog')
export class DvWarningDialog extends LitElement {
  static override styles = css`
    dialog {
      box-sizing: border-box;
      width: min(34rem, calc(100vw - 2rem));
      max-height: calc(100vh - 2rem);
      overflow: auto;
      padding: 1.25rem 1.25rem 1rem;
      border: 2px solid var(--dv-warning, #ff8a3d);
      border-radius: 8px;
      background: #181410;
      color: #f7f2ea;
      font: 1rem/1.45 system-ui, 'DejaVu Sans', sans-serif;
    }
    dialog::backdrop {
      background: rgba(0, 0, 0, 0.82);
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    .sign {
      color: var(--dv-warning, #ff8a3d);
    }
    p {
      margin: 0 0 0.6rem;
    }
    .what {
      font-weight: 600;
    }
    .actions {
      display: grid;
      gap: 0.5rem;
      margin-top: 1rem;
    }
    button {
      min-height: 2.75rem;
      padding: 0.5rem 0.9rem;
      border: 1px solid #6b5a48;
      border-radius: 6px;
      background: #2a221b;
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    button:hover {
      background: #3a2f25;
    }
    button:focus-visible {
      outline: 3px solid var(--dv-accent, #f0b429);
      outline-offset: 2px;
    }
    button.safe {
      border-color: var(--dv-warning, #ff8a3d);
      font-weight: 700;
    }
    button.quiet {
      border-style: dashed;
      font-size: 0.92rem;
    }
    .hint {
      margin: 0.75rem 0 0;
      font-size: 0.85rem;
      color: #cfc6ba;
    }
  `;

  /** The stretch to ask about; none closes the dialog. */
  @property({ attribute: false }) question: WarningQuestion | undefined;

  /** Interface language (`fr` or `en`). */
  @property() locale: Lang = 'fr';

  /** Offer "don't warn me again" (hidden in child mode or when the page sets a policy). */
  @property({ type: Boolean, attribute: 'allow-never' }) allowNever = true;

  @query('dialog') private dialog!: HTMLDialogElement;

  private returnFocus: HTMLElement | undefined;
  private listeners: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.listeners = new AbortController();
    // A modal dialog opened before the page went fullscreen sits under the fullscreen element.
    document.addEventListener('fullscreenchange', () => this.reopenOnTop(), { signal: this.listeners.signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listeners?.abort();
  }

  override render() {
    const question = this.question;
    const messages = warningMessagesFor(this.locale);
    const categories = question ? listCategories(question.categories, this.locale) : '';
    const duration = question ? messages.duration(question.end - question.start) : '';
    return html`
      <dialog part="dialog" role="alertdialog" aria-labelledby="title" aria-describedby="what text" lang=${this.locale} @cancel=${this.cancel} @keydown=${this.wrapFocus}>
        ${question
          ? html`
              <h2><span class="sign" aria-hidden="true">⚠ </span><span id="title">${messages.dialogTitle}</span></h2>
              <p id="what" class="what">${question.inside ? messages.dialogInside(categories, duration) : messages.dialogComing(categories, duration)}</p>
              <p id="text">${question.text}</p>
              <div class="actions">
                <button class="safe" data-choice="skip" autofocus @click=${() => this.choose('skip')}>${messages.skip}</button>
                <button data-choice="blur" @click=${() => this.choose('blur')}>${messages.blur}</button>
                <button data-choice="continue" @click=${() => this.choose('continue')}>${messages.continue}</button>
                ${this.allowNever
                  ? html`<button class="quiet" data-choice="never" @click=${() => this.choose('never')}>${messages.never(categories)}</button>`
                  : nothing}
              </div>
              <p class="hint">${messages.escapeHint}</p>
            `
          : nothing}
      </dialog>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('question')) return;
    const previous = changed.get('question');
    if (this.question && (!this.dialog.open || previous?.id !== this.question.id)) this.open();
    else if (!this.question && this.dialog.open) this.closeAndReturnFocus();
  }

  private open(): void {
    if (!this.dialog.open) {
      this.returnFocus = deepActiveElement();
      this.dialog.showModal();
    }
    this.dialog.querySelector<HTMLButtonElement>('button.safe')?.focus();
  }

  private closeAndReturnFocus(): void {
    this.dialog.close();
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
  }

  private reopenOnTop(): void {
    if (!this.dialog?.open) return;
    this.dialog.close();
    this.dialog.showModal();
    this.dialog.querySelector<HTMLButtonElement>('button.safe')?.focus();
  }

  /** Tab past the last button comes back to the first (and Shift+Tab the other way): focus stays here. */
  private wrapFocus(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const buttons = [...this.dialog.querySelectorAll('button')];
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const edge = event.shiftKey ? buttons[0] : buttons.at(-1);
    const other = event.shiftKey ? buttons.at(-1) : buttons[0];
    if (active === edge && other) {
      event.preventDefault();
      other.focus();
    }
  }

  /** Escape: the safe choice. */
  private cancel(event: Event): void {
    event.preventDefault();
    this.choose('skip');
  }

  private choose(choice: WarningChoice): void {
    this.dispatchEvent(new WarningAnswerEvent(choice));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-warning-dialog': DvWarningDialog;
  }
}
