import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { comfortMessagesFor } from '../i18n/comfort-messages.ts';
import type { Lang } from '../timeline/format-time.ts';
import type { EmbedSnippets } from '../comfort/embed-snippets.ts';
import { ComfortRequestEvent } from './comfort-requests.ts';
import { panelStyles } from './shared-styles.ts';

/**
 * The bar under the video: share a link to this moment, audio description on or off, the
 * transcript, the keyboard shortcuts. It only asks (`dv-comfort-request`); the player or the page acts.
 *
 * @summary Viewing options under the video.
 * The share panel has two tabs when the player gives `embedCode`: the link to this moment, and the
 * code to embed the episode at this moment on another site (a script or an iframe).
 *
 * @fires {ComfortRequestEvent} dv-comfort-request - `detail.action`: `descriptions`, `transcript` or `help`.
 * @cssproperty [--dv-accent=#f0b429] - The border of pressed buttons and the focus rings.
 */
@customElement('dv-comfort-bar')
export class DvComfortBar extends LitElement {
  static override styles = [
    panelStyles,
    css`
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      button {
        min-height: 2.75rem;
        padding: 0.35rem 0.8rem;
        border: 1px solid #666;
        border-radius: 4px;
        background: #1c1c1c;
      }
      button[aria-pressed='true'] {
        background: #3b3220;
        border-color: var(--dv-accent, #f0b429);
      }
      button[aria-pressed='true']::before {
        content: '✓ ' / '';
      }
      .share {
        margin-top: 0.5rem;
        padding: 0.6rem 0.8rem;
        border: 1px solid #3a3a3a;
        border-radius: 6px;
        background: #161616;
        display: grid;
        gap: 0.4rem;
      }
      .share[hidden] {
        display: none;
      }
      .share label {
        font-size: 0.9rem;
        color: #d0d0d0;
      }
      .share .row {
        display: flex;
        gap: 0.5rem;
      }
      .tabs {
        display: flex;
        gap: 0.25rem;
        border-bottom: 1px solid #3a3a3a;
      }
      [role='tab'] {
        min-height: 2.5rem;
        border-radius: 4px 4px 0 0;
        border-bottom: none;
      }
      [role='tab'][aria-selected='true'] {
        background: #3b3220;
        border-color: var(--dv-accent, #f0b429);
        font-weight: 600;
      }
      .panel {
        display: grid;
        gap: 0.4rem;
      }
      .panel[hidden] {
        display: none;
      }
      textarea {
        font: 0.85rem/1.4 ui-monospace, 'DejaVu Sans Mono', monospace;
        padding: 0.4rem 0.5rem;
        background: #0e0e0e;
        color: #f2f2f2;
        border: 1px solid #777;
        border-radius: 4px;
        resize: vertical;
        min-width: 0;
      }
      textarea:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 1px;
      }
      .copy {
        justify-self: start;
      }
      input {
        flex: 1;
        min-width: 0;
        min-height: 2.5rem;
        font: inherit;
        padding: 0 0.5rem;
        background: #0e0e0e;
        color: #f2f2f2;
        border: 1px solid #777;
        border-radius: 4px;
      }
      input:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 1px;
      }
      .status {
        margin: 0;
        color: #e8e8e8;
      }
      .note {
        margin: 0.4rem 0 0;
        color: #d8d8d8;
        font-size: 0.9rem;
      }
    `,
  ];

  /** The language of the bar (`fr` or `en`). */
  @property() locale: Lang = 'fr';
  /** `on`, `off`, or `missing` when the episode has no description track in this language. */
  @property() descriptions: 'on' | 'off' | 'missing' = 'missing';
  /** A sentence to show under the bar about audio description (speech unavailable, the description being read…). */
  @property({ attribute: false }) descriptionNote: string | undefined;
  /** Whether a transcript can be shown (the page answers `transcript` requests). */
  @property({ type: Boolean, attribute: 'transcript' }) transcript = false;
  /** Whether the transcript is shown now. */
  @property({ type: Boolean, attribute: 'transcript-shown' }) transcriptShown = false;
  /** The link to the current moment, asked for when the viewer shares. */
  @property({ attribute: false }) linkToNow: (() => string | undefined) | undefined;

  /** The code to embed the episode at the current moment (script and iframe), for the share panel's Embed tab; without it the tab is not offered. */
  @property({ attribute: false }) embedCode: (() => EmbedSnippets | undefined) | undefined;

  @state() private shared: { readonly url: string; readonly copied: boolean } | undefined;
  @state() private shareTab: 'link' | 'embed' = 'link';
  @state() private snippets: EmbedSnippets | undefined;
  @state() private snippetStatus = '';
  @query('input') private linkField?: HTMLInputElement;
  @query('.share-toggle') private shareToggle?: HTMLButtonElement;

  override render() {
    const messages = comfortMessagesFor(this.locale);
    return html`<div class="bar" role="group" aria-label=${messages.toolbar}>
        ${this.linkToNow
          ? html`<button type="button" class="share-toggle" aria-expanded=${this.shared ? 'true' : 'false'} aria-controls="share" @click=${this.share}>
              ${messages.share}
            </button>`
          : nothing}
        <button
          type="button"
          aria-pressed=${this.descriptions === 'on' ? 'true' : 'false'}
          aria-disabled=${this.descriptions === 'missing' ? 'true' : nothing}
          aria-describedby=${this.descriptions === 'missing' ? 'missing' : nothing}
          @click=${() => this.descriptions !== 'missing' && this.ask('descriptions')}
        >
          ${messages.descriptions}
        </button>
        ${this.transcript
          ? html`<button type="button" aria-pressed=${this.transcriptShown ? 'true' : 'false'} @click=${() => this.ask('transcript')}>${messages.transcript}</button>`
          : nothing}
        <button type="button" aria-haspopup="dialog" aria-keyshortcuts="Shift+?" @click=${() => this.ask('help')}>${messages.shortcuts}</button>
      </div>
      ${this.descriptions === 'missing' ? html`<p class="visually-hidden" id="missing">${messages.descriptionsMissing}</p>` : nothing}
      ${this.descriptionNote ? html`<p class="note">${this.descriptionNote}</p>` : nothing}
      <div id="share" class="share" ?hidden=${!this.shared}>
        ${this.shared ? this.renderShare(this.shared) : nothing}
      </div>`;
  }

  /** The share panel: the link to this moment and, when the player offers it, the code to embed the episode (two tabs). */
  private renderShare(shared: { readonly url: string; readonly copied: boolean }) {
    const messages = comfortMessagesFor(this.locale);
    const tabs = this.embedCode !== undefined;
    const link = html`<p class="status" role="status">${shared.copied ? messages.copied : messages.copyYourself}</p>
      <label for="link">${messages.shareLink}</label>
      <div class="row">
        <input id="link" readonly .value=${shared.url} @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
        <button type="button" @click=${this.closeShare}>${messages.close}</button>
      </div>`;
    if (!tabs) return link;
    const tab = (id: 'link' | 'embed', label: string) =>
      html`<button
        type="button"
        role="tab"
        id="tab-${id}"
        aria-controls="panel-${id}"
        aria-selected=${this.shareTab === id ? 'true' : 'false'}
        tabindex=${this.shareTab === id ? 0 : -1}
        @click=${() => this.showShareTab(id)}
        @keydown=${this.onShareTabKey}
      >
        ${label}
      </button>`;
    const snippet = (id: string, label: string, copyLabel: string, code: string) =>
      html`<label for=${id}>${label}</label>
        <textarea id=${id} readonly rows="4" .value=${code} @focus=${(event: FocusEvent) => (event.target as HTMLTextAreaElement).select()}></textarea>
        <button type="button" class="copy" aria-label=${copyLabel} @click=${() => void this.copySnippet(id, code)}>${messages.copy}</button>`;
    return html`<div role="tablist" class="tabs" aria-label=${messages.shareWays}>${tab('link', messages.linkTab)} ${tab('embed', messages.embedTab)}</div>
      <div role="tabpanel" id="panel-link" aria-labelledby="tab-link" class="panel" ?hidden=${this.shareTab !== 'link'}>${link}</div>
      <div role="tabpanel" id="panel-embed" aria-labelledby="tab-embed" class="panel" ?hidden=${this.shareTab !== 'embed'}>
        ${this.snippets
          ? html`${snippet('embed-script', messages.embedScript, messages.copyScript, this.snippets.script)}
              ${snippet('embed-frame', messages.embedFrame, messages.copyFrame, this.snippets.iframe)}
              <p class="status" role="status">${this.snippetStatus}</p>
              <div><button type="button" @click=${this.closeShare}>${messages.close}</button></div>`
          : nothing}
      </div>`;
  }

  private showShareTab(id: 'link' | 'embed'): void {
    this.shareTab = id;
    this.snippetStatus = '';
    // The code names the moment the viewer is at when they open the tab.
    if (id === 'embed') this.snippets = this.embedCode?.();
  }

  private readonly onShareTabKey = (event: KeyboardEvent): void => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = event.key === 'Home' ? 'link' : event.key === 'End' ? 'embed' : this.shareTab === 'link' ? 'embed' : 'link';
    this.showShareTab(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };

  /** Copies a snippet; where the clipboard refuses, the code is selected to copy by hand. */
  private async copySnippet(id: string, code: string): Promise<void> {
    const messages = comfortMessagesFor(this.locale);
    try {
      await navigator.clipboard.writeText(code);
      this.snippetStatus = messages.snippetCopied;
    } catch {
      this.snippetStatus = messages.snippetCopyYourself;
      const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${id}`);
      field?.focus();
      field?.select();
    }
  }

  private ask(action: 'descriptions' | 'transcript' | 'help'): void {
    this.dispatchEvent(new ComfortRequestEvent(action));
  }

  /** Copies the link to this moment; where the clipboard refuses, the link is selected in a field to copy by hand. */
  private async share(): Promise<void> {
    if (this.shared) {
      this.closeShare();
      return;
    }
    const url = this.linkToNow?.();
    if (!url) return;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    this.shared = { url, copied };
    await this.updateComplete;
    if (!copied) {
      this.linkField?.focus();
      this.linkField?.select();
    }
  }

  private closeShare(): void {
    this.shared = undefined;
    this.shareTab = 'link';
    this.snippets = undefined;
    void this.updateComplete.then(() => this.shareToggle?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-comfort-bar': DvComfortBar;
  }
}
