import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localize, type Lang } from '../content/localized.ts';
import type { Episode } from '../content/manifest.ts';
import type { Person } from '../content/people.ts';
import { showSource } from '../content/sources.ts';
import { formatHistoricDate } from '../i18n/format-date.ts';
import { messagesFor } from '../i18n/messages.ts';
import { peopleMessagesFor } from '../i18n/people-messages.ts';
import { sourceMessagesFor } from '../i18n/source-messages.ts';
import type { AppearanceGroup, Moment } from '../people/appearances.ts';
import { formatClock } from '../timeline/format-time.ts';
import './dv-person-portrait.ts';
import { panelStyles } from './shared-styles.ts';

export interface PersonJumpDetail {
  readonly episode: Episode;
  /** True when the moment is in the episode playing (a seek), false for another episode. */
  readonly current: boolean;
  readonly time: number;
}

/** A profile's appearance button was chosen (does not leave the people panel's shadow root). */
export class PersonJumpEvent extends CustomEvent<PersonJumpDetail> {
  static readonly type = 'dv-person-jump';
  constructor(detail: PersonJumpDetail) {
    super(PersonJumpEvent.type, { detail });
  }
}

/** The profile dialog has closed (Escape, the close button, the backdrop or a jump). */
export class ProfileClosedEvent extends Event {
  static readonly type = 'dv-person-profile-closed';
  constructor() {
    super(ProfileClosedEvent.type);
  }
}

/**
 * One person's profile in a modal native `<dialog>` (top layer, page inert behind it, Escape
 * closes): names, role, branch and unit, theatres, fate, biography, the facts our sources do not
 * confirm, the sources by publisher and kind, and every appearance across the series as jump
 * buttons. Content is rendered as text only.
 *
 * @summary A person's profile (used by `dv-people-panel`).
 * @fires {PersonJumpEvent} dv-person-jump - An appearance was chosen; `detail` is {episode, current, time}.
 * @fires {ProfileClosedEvent} dv-person-profile-closed - The dialog closed.
 * @csspart dialog - The dialog box.
 * @cssproperty --dv-person-size - The base portrait size (the profile's is 1.6 times larger).
 * @cssproperty [--dv-accent=#f0b429] - Headings, the current appearance and the focus rings.
 */
@customElement('dv-person-profile')
export class DvPersonProfile extends LitElement {
  static override styles = [
    panelStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        box-sizing: border-box;
        width: min(40rem, calc(100vw - 1rem));
        max-height: min(90vh, 60rem);
        padding: 0;
        border: 1px solid #4a4a4a;
        border-radius: 8px;
        background: #161616;
        color: #f2f2f2;
        line-height: 1.5;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.7);
      }
      .body {
        padding: 1rem 1.25rem 1.25rem;
      }
      header {
        --dv-profile-portrait: calc(var(--dv-person-size, 3rem) * 1.6);
        display: grid;
        grid-template-columns: auto 1fr auto;
        gap: 0.25rem 1rem;
        align-items: center;
      }
      header dv-person-portrait {
        --dv-person-size: var(--dv-profile-portrait);
        grid-row: span 2;
      }
      h2 {
        margin: 0;
        font-size: 1.3rem;
        line-height: 1.25;
      }
      .role {
        grid-column: 2;
        margin: 0;
        color: #dcdcdc;
      }
      .close {
        grid-column: 3;
        grid-row: 1;
        align-self: start;
        min-width: 2.75rem;
        min-height: 2.75rem;
        padding: 0.25rem 0.75rem;
        border: 1px solid #5a5a5a;
        border-radius: 4px;
        background: #222;
      }
      .close:hover,
      .jump:hover {
        background: #2e2e2e;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.3rem 1rem;
        margin: 1rem 0 0;
      }
      dt {
        color: #c8c8c8;
      }
      dd {
        margin: 0;
      }
      .fate-killed {
        color: #ffb4a8;
      }
      .fate-note {
        display: block;
        color: #dcdcdc;
        font-size: 0.92rem;
      }
      h3 {
        margin: 1.25rem 0 0.4rem;
        font-size: 1rem;
        color: var(--dv-accent, #f0b429);
      }
      p {
        margin: 0 0 0.5rem;
      }
      .unverified ul {
        margin: 0;
        padding: 0.5rem 0.75rem;
        list-style: none;
        border-inline-start: 3px dashed #8a8a8a;
        background: #1d1d1d;
      }
      .unverified li + li {
        margin-top: 0.4rem;
      }
      .mark {
        font-weight: 600;
        color: #dcdcdc;
      }
      .sources {
        margin: 0;
        padding-inline-start: 1.2rem;
      }
      a {
        color: #9cc9ff;
        overflow-wrap: anywhere;
      }
      a:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 2px;
      }
      .kind,
      .hint,
      .status {
        color: #c8c8c8;
      }
      .hint {
        font-size: 0.92rem;
      }
      .appearances {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .appearances .status {
        flex-basis: 100%;
      }
      .jump {
        min-height: 2.25rem;
        padding: 0.25rem 0.7rem;
        border: 1px solid #5a5a5a;
        border-radius: 4px;
        background: #222;
        font-variant-numeric: tabular-nums;
      }
      .jump[data-current] {
        border-color: var(--dv-accent, #f0b429);
      }
      .where {
        color: #c8c8c8;
        font-size: 0.85rem;
      }
      @media (max-width: 30rem) {
        .body {
          padding: 0.75rem;
        }
        header {
          --dv-profile-portrait: var(--dv-person-size, 3rem);
        }
        header dv-person-portrait {
          grid-row: auto;
        }
        .role {
          grid-column: 1 / -1;
        }
        dl {
          grid-template-columns: 1fr;
          gap: 0 0;
        }
        dd + dt {
          margin-top: 0.4rem;
        }
      }
    `,
  ];

  /** The person to show, from the manifest's people.json; none renders nothing. */
  @property({ attribute: false }) person: Person | undefined;
  /** Interface and content language (`fr` or `en`). */
  @property() locale: Lang = 'fr';
  /** The portrait's colour. */
  @property() colour = '#3a3a3a';
  /** The person's appearances across the series, episode by episode. */
  @property({ attribute: false }) groups: readonly AppearanceGroup<Episode>[] = [];

  @query('dialog') private dialog!: HTMLDialogElement;

  /** Whether the dialog is open (read only: use `show()` and `close()`). */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog as a modal and puts focus on its close button. */
  async show(): Promise<void> {
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('.close')?.focus();
    this.dialog.scrollTop = 0;
  }

  /** Closes the dialog (the panel puts focus back where it was). */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  override render() {
    const person = this.person;
    return html`<dialog part="dialog" aria-labelledby="name" lang=${this.locale} @close=${this.closed} @click=${this.closeOnBackdrop}>
      ${person ? this.renderProfile(person) : nothing}
    </dialog>`;
  }

  private renderProfile(person: Person) {
    const lang = this.locale;
    const m = peopleMessagesFor(lang);
    const fate = person.fate;
    const place = fate.place ? localize(fate.place, lang) : undefined;
    return html`<div class="body">
      <header>
        <dv-person-portrait .name=${person.name} .colour=${this.colour} .label=${m.portrait(person.name)}></dv-person-portrait>
        <h2 id="name">${person.name}</h2>
        <p class="role">${localize(person.role, lang)}</p>
        <button type="button" class="close" @click=${this.close}>${m.close}</button>
      </header>
      <dl>
        ${person.fullName ? html`<dt>${m.fullName}</dt><dd>${person.fullName}</dd>` : nothing}
        ${person.birthName ? html`<dt>${m.birthName}</dt><dd>${person.birthName}</dd>` : nothing}
        <dt>${m.branch}</dt>
        <dd>${localize(person.branch, lang)}</dd>
        ${person.unit ? html`<dt>${m.unit}</dt><dd>${person.unit}</dd>` : nothing}
        <dt>${m.theatres}</dt>
        <dd>${person.theatres.map((theatre) => m.theatre(theatre)).join(' · ')}</dd>
        <dt>${m.fate}</dt>
        <dd class="fate" data-fate=${fate.status}>
          <span class=${fate.status === 'killed' ? 'fate-killed' : ''}
            >${fate.status === 'killed' ? m.killed(fate.date ? formatHistoricDate(fate.date, lang) : undefined, place) : m.survived}</span
          >
          ${fate.note ? html`<span class="fate-note">${localize(fate.note, lang)}</span>` : nothing}
        </dd>
      </dl>
      <h3>${m.biography}</h3>
      <p class="bio">${localize(person.bio, lang)}</p>
      ${person.unverified && person.unverified.length > 0
        ? html`<section class="unverified" aria-labelledby="unverified-heading">
            <h3 id="unverified-heading">${m.unverified}</h3>
            <ul>
              ${person.unverified.map((fact) => html`<li><span class="mark">${m.unverifiedMark}</span> ${localize(fact, lang)}</li>`)}
            </ul>
          </section>`
        : nothing}
      <h3 id="sources-heading">${m.sources}</h3>
      <ul class="sources" aria-labelledby="sources-heading">
        ${person.sources.map((source) => {
          const shown = showSource(source);
          return html`<li>
            <a href=${shown.url} target="_blank" rel="noopener noreferrer"
              >${shown.publisher}<span class="visually-hidden"> ${messagesFor(lang).opensInNewTab}</span></a
            >${shown.kind ? html` <span class="kind">(${sourceMessagesFor(lang).kind(shown.kind)})</span>` : nothing}
          </li>`;
        })}
      </ul>
      <h3 id="appearances-heading">${m.appearances}</h3>
      ${this.renderAppearances()}
    </div>`;
  }

  private renderAppearances() {
    const m = peopleMessagesFor(this.locale);
    if (this.groups.length === 0) return html`<p class="status">${m.noAppearance}</p>`;
    return html`<p class="hint">${m.appearancesHint}</p>
      <ul class="appearances" aria-labelledby="appearances-heading">
        ${this.groups.map((group) => {
          if (group.status === 'loading') return html`<li class="status">${m.loadingEpisode(group.episode.number)}</li>`;
          if (group.status === 'failed') return html`<li class="status">${m.failedEpisode(group.episode.number)}</li>`;
          return group.moments.map((moment) => this.renderMoment(group.episode, group.current, moment));
        })}
      </ul>`;
  }

  private renderMoment(episode: Episode, current: boolean, moment: Moment) {
    const m = peopleMessagesFor(this.locale);
    return html`<li>
      <button
        type="button"
        class="jump"
        data-episode=${episode.id}
        ?data-current=${current}
        @click=${() => this.dispatchEvent(new PersonJumpEvent({ episode, current, time: moment.start }))}
      >
        ${m.jump(episode.number, formatClock(moment.start))}<span class="visually-hidden"> ${current ? m.thisEpisode : m.otherEpisode}</span>
      </button>
      ${moment.note ? html`<span class="where">${localize(moment.note, this.locale)}</span>` : nothing}
    </li>`;
  }

  private closed(): void {
    this.dispatchEvent(new ProfileClosedEvent());
  }

  /** A click on the backdrop (the dialog element itself, outside its content) closes it. */
  private closeOnBackdrop(event: MouseEvent): void {
    if (event.target === this.dialog) this.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-person-profile': DvPersonProfile;
  }
  interface HTMLElementEventMap {
    'dv-person-jump': PersonJumpEvent;
    'dv-person-profile-closed': ProfileClosedEvent;
  }
}
