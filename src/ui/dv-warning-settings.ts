import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { WARNING_CATEGORIES, type WarningCategory } from '../content/cue-payloads.ts';
import { warningMessagesFor } from '../i18n/warning-messages.ts';
import type { Lang } from '../timeline/format-time.ts';
import { DEFAULT_PREFERENCES, WARNING_MODES, isModeAllowed, type WarningMode, type WarningPreferences } from '../warnings/warning-policy.ts';
import type { StoreHealth } from '../warnings/warning-store.ts';
import { panelStyles } from './shared-styles.ts';
import { WarningSettingsEvent } from './warning-requests.ts';

/** What the settings panel says after an action: a key of the warning messages. */
export type WarningSettingsNotice = 'saved' | 'resetDone' | 'childWrongCode' | 'childCodeTooShort' | 'childNoCrypto' | undefined;

/**
 * The viewer's warning settings, to review and change: the overall mode, a mode per kind of image,
 * child mode (on at once; off only with the parent's code) and a reset. Says plainly when the
 * browser cannot remember anything, and when the site imposes a minimum.
 *
 * @summary Content-warning settings.
 * @fires {WarningSettingsEvent} dv-warning-settings - One change at a time (`mode`, `category`, `child`, `reset`, `show-settings`).
 * @cssproperty [--dv-accent=#f0b429] - The chosen options and the focus rings.
 * @cssproperty [--dv-warning=#ff8a3d] - The edge of a notice about the browser's storage.
 */
@customElement('dv-warning-settings')
export class DvWarningSettings extends LitElement {
  static override styles = [
    panelStyles,
    css`
      .body {
        display: grid;
        gap: 0.75rem;
        padding: 0.75rem 1rem 1rem;
      }
      fieldset {
        margin: 0;
        padding: 0.25rem 0.75rem 0.75rem;
        border: 1px solid #3a3a3a;
        border-radius: 4px;
      }
      legend {
        padding: 0 0.25rem;
        font-weight: 600;
      }
      label {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        padding: 0.25rem 0;
      }
      .categories label {
        justify-content: space-between;
      }
      .categories span::first-letter {
        text-transform: uppercase;
      }
      .categories span {
        display: inline-block;
      }
      input[type='radio'] {
        width: 1.1rem;
        height: 1.1rem;
        margin: 0;
        accent-color: var(--dv-accent, #f0b429);
      }
      select,
      input[type='password'] {
        min-height: 2.25rem;
        padding: 0.25rem 0.5rem;
        border: 1px solid #5a5a5a;
        border-radius: 4px;
        background: #0e0e0e;
        color: inherit;
        font: inherit;
      }
      button.action {
        min-height: 2.5rem;
        padding: 0.4rem 1rem;
        border: 1px solid #5a5a5a;
        border-radius: 6px;
        background: #242424;
      }
      select:focus-visible,
      input:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 2px;
      }
      p {
        margin: 0.25rem 0;
      }
      .help {
        color: #c8c8c8;
        font-size: 0.92rem;
      }
      .notice {
        padding: 0.5rem 0.75rem;
        border-inline-start: 4px solid var(--dv-warning, #ff8a3d);
        background: #2a1d12;
      }
      .status:empty {
        display: none;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
      }
    `,
  ];

  /** Interface language (`fr` or `en`). */
  @property() locale: Lang = 'fr';

  /** The viewer's remembered choices: the overall mode and a mode per kind of image. */
  @property({ attribute: false }) preferences: WarningPreferences = DEFAULT_PREFERENCES;

  /** The least protection the page imposes (`warnings` attribute of `dv-player`). */
  @property({ attribute: 'page-floor' }) pageFloor: WarningMode = 'off';

  /** Child mode is on: everything is skipped, and turning it off asks for the parent's code. */
  @property({ type: Boolean, attribute: 'child-mode' }) childMode = false;

  /** Whether the browser can remember the choices: `ok`, `unavailable`, `corrupt` or `full` (anything but `ok` is said). */
  @property({ attribute: false }) health: StoreHealth = 'ok';

  /** The outcome of the last action to tell the viewer (saved, reset done, a wrong or too short code, no Web Crypto), or none. */
  @property({ attribute: false }) notice: WarningSettingsNotice = undefined;

  @query('input[type="password"]') private codeInput!: HTMLInputElement;

  override render() {
    const messages = warningMessagesFor(this.locale);
    const floor: WarningMode = this.childMode ? 'skip' : this.pageFloor;
    const modes = WARNING_MODES.filter((mode) => isModeAllowed(mode, floor));
    const overall = isModeAllowed(this.preferences.mode, floor) ? this.preferences.mode : floor;
    return html`<section class="panel" aria-labelledby="settings-title" lang=${this.locale}>
      <h2 id="settings-title">${messages.settings}</h2>
      <div class="body">
        ${this.health !== 'ok' ? html`<p class="notice" role="status">${messages.storage[this.health]}</p>` : nothing}
        ${this.pageFloor !== 'off' ? html`<p class="notice">${messages.lockedByPage(messages.shortModes[this.pageFloor])}</p>` : nothing}
        <fieldset>
          <legend>${messages.overall}</legend>
          ${modes.map(
            (mode) => html`<label>
              <input
                type="radio"
                name="overall"
                .value=${mode}
                .checked=${mode === overall}
                @change=${() => this.send({ kind: 'mode', mode })}
              />${messages.modes[mode]}
            </label>`,
          )}
        </fieldset>
        <fieldset class="categories">
          <legend>${messages.perCategory}</legend>
          ${WARNING_CATEGORIES.map((category) => this.renderCategory(category, modes))}
        </fieldset>
        <fieldset>
          <legend>${messages.childMode}</legend>
          <p class="help">${messages.childModeHelp}</p>
          ${this.childMode ? html`<p><strong>${messages.childOn}</strong></p>` : nothing}
          <form class="row" @submit=${this.submitChild}>
            <label>
              ${this.childMode ? messages.childCodeToTurnOff : messages.childCode}
              <input type="password" name="code" autocomplete=${this.childMode ? 'current-password' : 'new-password'} minlength="4" required />
            </label>
            <button class="action" type="submit">${this.childMode ? messages.childTurnOff : messages.childTurnOn}</button>
          </form>
          <p class="status" role="status">${this.notice?.startsWith('child') ? messages[this.notice] : ''}</p>
        </fieldset>
        <div class="row">
          <button class="action" @click=${() => this.send({ kind: 'reset' })}>${messages.reset}</button>
          <button class="action" @click=${() => this.send({ kind: 'show-settings', open: false })}>${messages.closeSettings}</button>
          <p class="status" role="status">${this.notice === 'resetDone' || this.notice === 'saved' ? messages[this.notice] : ''}</p>
        </div>
      </div>
    </section>`;
  }

  private renderCategory(category: WarningCategory, modes: readonly WarningMode[]) {
    const messages = warningMessagesFor(this.locale);
    const chosen = this.preferences.categories[category];
    const value = chosen && modes.includes(chosen) ? chosen : '';
    return html`<label>
      <span>${messages.categories[category]}</span>
      <select
        name=${category}
        @change=${(event: Event) => {
          const selected = (event.target as HTMLSelectElement).value;
          this.send({ kind: 'category', category, mode: selected === '' ? undefined : (selected as WarningMode) });
        }}
      >
        <option value="" ?selected=${value === ''}>${messages.sameAsOverall}</option>
        ${modes.map((mode) => html`<option value=${mode} ?selected=${value === mode}>${messages.modes[mode]}</option>`)}
      </select>
    </label>`;
  }

  private submitChild(event: Event): void {
    event.preventDefault();
    const code = this.codeInput.value;
    this.codeInput.value = '';
    this.send({ kind: 'child', on: !this.childMode, code });
  }

  private send(change: ConstructorParameters<typeof WarningSettingsEvent>[0]): void {
    this.dispatchEvent(new WarningSettingsEvent(change));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-warning-settings': DvWarningSettings;
  }
}
