import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { visuallyHiddenStyles } from './shared-styles.ts';
import { SHORTCUTS, type KeyCombo, type KeyName } from '../comfort/keyboard-shortcuts.ts';
import { shortcutMessagesFor, type ShortcutMessages } from '../i18n/shortcut-messages.ts';
import type { Lang } from '../timeline/format-time.ts';

/** The element focused in the page, looking through shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * The keyboard shortcuts, listed in a modal native `<dialog>` (top layer, page inert behind it,
 * focus kept inside, Escape closes) opened with `open()`. Focus goes to the close button and
 * returns where it was. Each shortcut is a table row: the action as row header, its keys as
 * `<kbd>`. Place it inside the player box (the adapter's overlay), like the warning dialog, so that
 * it shows in fullscreen; it re-opens on top after a fullscreen change.
 *
 * @summary The keyboard shortcuts help.
 * @fires dv-shortcut-help-close - The dialog closed (Escape, the close button or the backdrop).
 * @csspart dialog - The dialog box.
 * @cssproperty --dv-accent - Focus rings.
 */
@customElement('dv-shortcut-help')
export class DvShortcutHelp extends LitElement {
  static override styles = [
    visuallyHiddenStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        box-sizing: border-box;
        width: min(36rem, calc(100vw - 2rem));
        max-height: calc(100vh - 2rem);
        overflow: auto;
        padding: 0;
        border: 1px solid #4a4a4a;
        border-radius: 8px;
        background: #161616;
        color: #f2f2f2;
        /* Inside the video.js box: do not inherit its 10px font, centred text or hidden cursor. */
        font: 1rem/1.45 system-ui, 'DejaVu Sans', sans-serif;
        text-align: start;
        white-space: normal;
        cursor: auto;
        user-select: text;
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.78);
      }
      .body {
        padding: 1.25rem 1.25rem 1rem;
      }
      header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 1rem;
        margin-bottom: 0.5rem;
      }
      h2 {
        margin: 0;
        font-size: 1.25rem;
      }
      p,
      ul {
        margin: 0 0 0.6rem;
      }
      ul {
        padding-inline-start: 1.2rem;
        font-size: 0.9rem;
        color: #d4d4d4;
      }
      table {
        width: 100%;
        margin: 0 0 0.9rem;
        border-collapse: collapse;
      }
      th,
      td {
        padding: 0.35rem 0.5rem;
        border-bottom: 1px solid #333;
        text-align: start;
        vertical-align: baseline;
      }
      thead th {
        font-size: 0.85rem;
        color: #c8c8c8;
      }
      tbody th {
        font-weight: 400;
      }
      kbd {
        display: inline-block;
        min-width: 1.4em;
        padding: 0.05rem 0.4rem;
        border: 1px solid #6a6a6a;
        border-bottom-width: 2px;
        border-radius: 4px;
        background: #262626;
        font: 600 0.95rem/1.4 system-ui, 'DejaVu Sans', sans-serif;
        text-align: center;
      }
      .or {
        color: #c8c8c8;
      }
      button {
        min-width: 2.75rem;
        min-height: 2.75rem;
        padding: 0.5rem 0.9rem;
        border: 1px solid #6b6b6b;
        border-radius: 6px;
        background: #262626;
        color: inherit;
        font: inherit;
        cursor: pointer;
      }
      button:hover {
        background: #333;
      }
      button:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 2px;
      }
    `,
  ];

  /** Interface language. */
  @property() locale: Lang = 'fr';

  @query('dialog') private dialog!: HTMLDialogElement;

  private returnFocus: HTMLElement | undefined;
  private listeners: AbortController | undefined;

  /** Whether the dialog is open. */
  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

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

  /** Opens the help as a modal dialog, focus on its close button; it returns where it was on close. */
  async open(): Promise<void> {
    await this.updateComplete;
    if (!this.dialog.open) {
      this.returnFocus = deepActiveElement();
      this.dialog.showModal();
    }
    this.closeButton?.focus();
  }

  /** Closes the help (focus goes back where it was). */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  override render() {
    const messages = shortcutMessagesFor(this.locale);
    return html`
      <dialog part="dialog" aria-labelledby="title" lang=${this.locale} @close=${this.closed} @click=${this.closeOnBackdrop}>
        <div class="body">
          <header>
            <h2 id="title">${messages.title}</h2>
            <button type="button" class="close" @click=${this.close}>${messages.close}</button>
          </header>
          <p>${messages.intro}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">${messages.actionHeader}</th>
                <th scope="col">${messages.keysHeader}</th>
              </tr>
            </thead>
            <tbody>
              ${SHORTCUTS.map(
                ({ action, combos }) => html`<tr data-action=${action}>
                  <th scope="row">${messages.actions[action]}</th>
                  <td>${combos.map((combo, index) => html`${index > 0 ? html` <span class="or">${messages.or}</span> ` : nothing}${this.renderCombo(combo, messages)}`)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          <ul>
            ${messages.notes.map((note) => html`<li>${note}</li>`)}
          </ul>
        </div>
      </dialog>
    `;
  }

  private renderCombo(combo: KeyCombo, messages: ShortcutMessages) {
    return combo.map((key, index) => html`${index > 0 ? html` <span class="plus">${messages.then}</span> ` : nothing}${this.renderKey(key, messages)}`);
  }

  private renderKey(key: KeyName, messages: ShortcutMessages) {
    const label: { shown: string; spoken?: string } = messages.keys[key];
    return label.spoken
      ? html`<kbd><span aria-hidden="true">${label.shown}</span><span class="visually-hidden">${label.spoken}</span></kbd>`
      : html`<kbd>${label.shown}</kbd>`;
  }

  private get closeButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('button.close');
  }

  private closed(): void {
    // Closed and shown again on top (a fullscreen change): still open, keep the focus inside.
    if (this.dialog.open) return;
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
    this.dispatchEvent(new Event('dv-shortcut-help-close', { bubbles: true, composed: true }));
  }

  /** A click on the backdrop (the dialog element itself, outside its content) closes it. */
  private closeOnBackdrop(event: MouseEvent): void {
    if (event.target === this.dialog) this.close();
  }

  private reopenOnTop(): void {
    if (!this.dialog?.open) return;
    this.dialog.close();
    this.dialog.showModal();
    this.closeButton?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-shortcut-help': DvShortcutHelp;
  }
  interface GlobalEventHandlersEventMap {
    'dv-shortcut-help-close': Event;
  }
}
