import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Chapter } from '../content/chapters.ts';
import type { WarningCategory } from '../content/cue-payloads.ts';
import { listCategories, warningMessagesFor } from '../i18n/warning-messages.ts';
import type { Lang } from '../timeline/format-time.ts';
import type { TimeSpan } from '../timeline/interval-index.ts';
import { WARNING_MODES, isModeAllowed, type WarningMode } from '../warnings/warning-policy.ts';
import { chaptersWithStretches } from '../warnings/warning-summary.ts';
import { WarningSettingsEvent } from './warning-requests.ts';

export interface AdvisoryStretch extends TimeSpan {
  readonly categories: readonly WarningCategory[];
}

/**
 * Before the episode: what it holds (kinds of images, how many sensitive stretches, in which
 * chapters) and the choice of what to do at them. A non-modal `dialog` above the video, so the page
 * stays readable; Enter takes the selected choice (warn, by default). Once answered it shrinks to
 * one line with a button to change the settings.
 *
 * @summary The episode's content advisory.
 * @fires {WarningSettingsEvent} dv-warning-settings - `{kind: 'mode', fromAdvisory: true}` on confirm; `{kind: 'show-settings'}`.
 * @csspart advisory - The advisory box.
 * @cssproperty [--dv-accent=#f0b429] - The chosen option, the main button and the focus rings.
 * @cssproperty [--dv-warning=#ff8a3d] - The advisory's edge.
 */
@customElement('dv-warning-advisory')
export class DvWarningAdvisory extends LitElement {
  static override styles = css`
    :host {
      display: block;
      container-type: inline-size;
    }
    /* While the episode's stretches load, the summary keeps about the room it will take (a sentence
       and the chapters it names), so that the video below does not jump when it arrives. */
    .summary.pending {
      min-height: 7lh;
    }
    @container (min-width: 36rem) {
      .summary.pending {
        min-height: 3.6lh;
      }
    }
    .advisory {
      position: static;
      box-sizing: border-box;
      width: 100%;
      margin: 0;
      padding: 0.75rem 1rem;
      border: 0;
      border-inline-start: 4px solid var(--dv-warning, #ff8a3d);
      border-radius: 4px;
      background: #1d1712;
      color: #f7f2ea;
      font: inherit;
    }
    :host([overlay]) .advisory {
      position: absolute;
      inset: auto 0.75rem 4rem;
      width: auto;
      max-height: calc(100% - 5rem);
      overflow: auto;
      background: rgba(24, 20, 16, 0.95);
    }
    h2 {
      margin: 0 0 0.35rem;
      font-size: 1.05rem;
    }
    p {
      margin: 0 0 0.4rem;
    }
    fieldset {
      margin: 0.5rem 0;
      padding: 0.25rem 0.75rem 0.5rem;
      border: 1px solid #4a3e33;
      border-radius: 4px;
    }
    legend {
      padding: 0 0.25rem;
      font-weight: 600;
    }
    label {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      padding: 0.25rem 0;
      cursor: pointer;
    }
    @media (min-width: 700px) {
      /* Side by side on wide screens: the video stays within the first screenful. */
      fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5rem;
      }
    }
    input {
      width: 1.15rem;
      height: 1.15rem;
      margin: 0;
      accent-color: var(--dv-accent, #f0b429);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    button {
      min-height: 2.5rem;
      padding: 0.4rem 1rem;
      border: 1px solid #6b5a48;
      border-radius: 6px;
      background: #2a221b;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    button.primary {
      background: var(--dv-accent, #f0b429);
      border-color: var(--dv-accent, #f0b429);
      color: #111;
      font-weight: 700;
    }
    button:focus-visible,
    input:focus-visible {
      outline: 3px solid var(--dv-accent, #f0b429);
      outline-offset: 2px;
    }
    .hint {
      font-size: 0.85rem;
      color: #cfc6ba;
    }
    .compact p {
      margin: 0;
    }
  `;

  /** Interface language (`fr` or `en`). */
  @property() locale: Lang = 'fr';

  /** Every sensitive stretch of the episode. */
  @property({ attribute: false }) stretches: readonly AdvisoryStretch[] = [];

  /** The episode's chapters, to name those that hold a sensitive stretch. */
  @property({ attribute: false }) chapters: readonly Chapter[] = [];

  /** The viewer's overall mode (preselected). */
  @property() mode: WarningMode = 'warn';

  /** The least protection allowed: choices below it are not offered. */
  @property() floor: WarningMode = 'off';

  /** The episode's stretches are not known yet (its context track is loading). */
  @property({ type: Boolean }) loading = false;
  /** The episode's warnings could not be loaded: nothing is known about its stretches, and the viewer is told so. */
  @property({ type: Boolean }) unknown = false;

  /** The viewer already chose once: show the one-line summary. */
  @property({ type: Boolean }) answered = false;

  /** The settings panel is open (for `aria-expanded`). */
  @property({ type: Boolean, attribute: 'settings-open' }) settingsOpen = false;

  /** Shown over the video in fullscreen. */
  @property({ type: Boolean, reflect: true }) overlay = false;

  /**
   * On a first visit with nothing focused, the confirm button takes the focus (Enter takes the
   * default). For a page where the player comes first (the demo page, the iframe page); a host
   * page's text keeps the focus otherwise.
   */
  @property({ type: Boolean, attribute: 'focus-first' }) focusFirst = false;

  @state() private selected: WarningMode = 'warn';

  private focusedOnce = false;
  private confirmedHere = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') || changed.has('floor')) this.selected = isModeAllowed(this.mode, this.floor) ? this.mode : this.floor;
  }

  override render() {
    const messages = warningMessagesFor(this.locale);
    const categories = listCategories(
      this.stretches.flatMap((stretch) => stretch.categories),
      this.locale,
    );
    const chapters = chaptersWithStretches(this.chapters, this.stretches).map((chapter) => chapter.title);
    const said = this.loading ? messages.advisoryLoading : this.unknown ? messages.advisoryUnknown : messages.advisorySummary(this.stretches.length, categories);
    const summary = html`<div class="summary ${this.loading ? 'pending' : ''}">
      <p id="summary">${said}</p>
      ${chapters.length > 0 ? html`<p>${messages.advisoryWhere(new Intl.ListFormat(this.locale).format(chapters))}</p>` : nothing}
    </div>`;
    if (this.answered || (this.stretches.length === 0 && !this.loading)) {
      return html`<section class="advisory compact" part="advisory" aria-labelledby="title" lang=${this.locale}>
        <h2 id="title">${messages.advisoryTitle}</h2>
        ${summary}
        <div class="row">
          <p>${messages.advisoryChosen(messages.shortModes[this.mode === 'off' || isModeAllowed(this.mode, this.floor) ? this.mode : this.floor])}</p>
          <button aria-expanded=${this.settingsOpen ? 'true' : 'false'} @click=${this.showSettings}>${messages.change}</button>
        </div>
      </section>`;
    }
    const modes = WARNING_MODES.filter((mode) => isModeAllowed(mode, this.floor));
    return html`<dialog open class="advisory" part="advisory" aria-labelledby="title" aria-describedby="summary" lang=${this.locale} @keydown=${this.confirmOnEnter}>
      <h2 id="title">${messages.advisoryTitle}</h2>
      ${summary}
      <form @submit=${this.confirm}>
        <fieldset>
          <legend>${messages.advisoryQuestion}</legend>
          ${modes.map(
            (mode) => html`<label>
              <input type="radio" name="mode" .value=${mode} .checked=${mode === this.selected} @change=${() => (this.selected = mode)} />
              ${messages.modes[mode]}
            </label>`,
          )}
        </fieldset>
        <div class="row">
          <button class="primary" type="submit">${messages.advisoryConfirm}</button>
          <button type="button" aria-expanded=${this.settingsOpen ? 'true' : 'false'} @click=${this.showSettings}>${messages.settings}</button>
          <span class="hint">${messages.advisoryDefaultHint}</span>
        </div>
      </form>
    </dialog>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Confirmed: the form is gone; keep keyboard focus in the advisory, on its "Change" button.
    if (changed.has('answered') && this.answered && changed.get('answered') === false && this.confirmedHere) {
      this.confirmedHere = false;
      this.renderRoot.querySelector<HTMLButtonElement>('.compact button')?.focus();
    }
    // First visit, nothing focused yet: focus the confirm button, so that Enter takes the default.
    if (!this.focusFirst || this.focusedOnce || this.answered || this.loading || this.stretches.length === 0) return;
    const confirm = this.renderRoot.querySelector<HTMLButtonElement>('button.primary');
    if (!confirm) return;
    this.focusedOnce = true;
    if (document.activeElement === document.body || document.activeElement === null) confirm.focus({ preventScroll: true });
  }

  /** Enter anywhere in the advisory (but on another button) takes the selected choice. */
  private confirmOnEnter(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLButtonElement) return;
    event.preventDefault();
    this.confirm(event);
  }

  private confirm(event: Event): void {
    event.preventDefault();
    this.confirmedHere = true;
    this.dispatchEvent(new WarningSettingsEvent({ kind: 'mode', mode: this.selected, fromAdvisory: true }));
  }

  private showSettings(): void {
    this.dispatchEvent(new WarningSettingsEvent({ kind: 'show-settings', open: !this.settingsOpen }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-warning-advisory': DvWarningAdvisory;
  }
}
