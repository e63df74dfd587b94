import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { loadContextTrack } from '../content/load-content.ts';
import { localize, type Lang, type Localized } from '../content/localized.ts';
import type { Episode } from '../content/manifest.ts';
import type { Person } from '../content/people.ts';
import { peopleMessagesFor } from '../i18n/people-messages.ts';
import { AppearanceCache, appearanceGroups, peopleOnScreen, type EpisodeCues } from '../people/appearances.ts';
import { FATE_FILTERS, filterPeople, isFateFilter, isTheatreFilter, NO_FILTERS, THEATRE_FILTERS, type PeopleFilters } from '../people/people-filter.ts';
import { portraitColours } from '../people/portrait.ts';
import type { PlayerSnapshot } from '../player/player-context.ts';
import { EpisodeRequestEvent, SeekRequestEvent } from '../player/request-events.ts';
import './dv-person-portrait.ts';
import { PersonJumpEvent, type DvPersonProfile } from './dv-person-profile.ts';
import './dv-person-profile.ts';
import { PlayerLink, keysOf } from './player-link.ts';
import { panelStyles } from './shared-styles.ts';

const NO_PEOPLE: readonly Person[] = [];

/**
 * The people of the series. "On screen now": the people of the person cues active at this moment,
 * each with portrait, name and role, coming and going with their cue (derived from the player's
 * snapshot alone: no timer, no `timeupdate`). Below, everyone, filterable by theatre (Europe with
 * the Mediterranean, the Pacific, the air war) and by fate, with the number shown announced
 * politely. A card opens the person's profile in a modal dialog, whose appearances jump to a
 * moment of this episode (a seek request) or of another one (an episode request, which the page
 * turns into a switch of episode starting there). The other episodes' tracks are loaded only when
 * a profile opens, once each. Portraits are generated (initials on the person's own colour).
 *
 * Works inside `dv-player`, or anywhere on the page with `player="<id of a dv-player>"`.
 *
 * @summary People on screen, all the people, and their profiles.
 * @fires {SeekRequestEvent} dv-seek-request - An appearance in this episode: its start, trigger `card`.
 * @fires {EpisodeRequestEvent} dv-episode-request - An appearance in another episode: {episode, time, trigger `card`}.
 * @csspart strip - The "On screen now" section.
 * @csspart person - Each person's card, in the strip and in the gallery.
 * @csspart gallery - The section of all the people, with its filters.
 * @csspart profile - The profile dialog.
 * @cssproperty --dv-person-size - The portraits' size on the cards (default 3rem; the profile's is 1.6 times larger).
 * @cssproperty --dv-accent - The accent colour (focus rings, chosen filters).
 */
@customElement('dv-people-panel')
export class DvPeoplePanel extends LitElement {
  static override styles = [
    panelStyles,
    css`
      h3 {
        margin: 0 0 0.5rem;
        font-size: 0.95rem;
        color: #dcdcdc;
      }
      h3:focus {
        outline: none;
      }
      .strip,
      .gallery {
        padding: 0.75rem 1rem;
      }
      .gallery {
        border-top: 1px solid #3a3a3a;
      }
      .strip .empty {
        padding: 0;
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .person {
        position: relative;
        display: flex;
        gap: 0.6rem;
        align-items: center;
        min-height: 2.75rem;
        padding: 0.4rem 0.5rem;
        border: 1px solid #333;
        border-radius: 6px;
        background: #1c1c1c;
      }
      .person:hover {
        background: #242424;
        border-color: #4a4a4a;
      }
      .strip .person {
        animation: arrive 200ms ease-out;
      }
      @keyframes arrive {
        from {
          opacity: 0;
          transform: translateY(4px);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .strip .person {
          animation: none;
        }
      }
      .who {
        display: grid;
        min-width: 0;
        line-height: 1.3;
      }
      /* The name is the card's button; its ::after stretches over the card, so the whole card opens the profile. */
      .open {
        padding: 0;
        border: 0;
        background: none;
        font-weight: 600;
        text-align: start;
        overflow-wrap: anywhere;
      }
      .open::after {
        content: '';
        position: absolute;
        inset: 0;
        border-radius: 6px;
      }
      .open:focus-visible {
        outline: none;
      }
      .open:focus-visible::after {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 1px;
      }
      .role,
      .fate,
      .note {
        font-size: 0.85rem;
        color: #c8c8c8;
      }
      .fate {
        color: #ffb4a8;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.25rem;
        margin-bottom: 0.5rem;
      }
      fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        margin: 0;
        padding: 0;
        border: 0;
        min-inline-size: 0;
      }
      legend {
        float: left;
        width: 100%;
        margin-bottom: 0.25rem;
        padding: 0;
        font-size: 0.85rem;
        color: #c8c8c8;
      }
      .choice {
        position: relative;
      }
      .choice input {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        margin: 0;
        opacity: 0;
        cursor: pointer;
      }
      .choice span {
        display: inline-flex;
        align-items: center;
        min-height: 2rem;
        padding: 0 0.7rem;
        border: 1px solid #5a5a5a;
        border-radius: 999px;
        background: #1f1f1f;
        font-size: 0.9rem;
      }
      .choice:hover span {
        background: #2a2a2a;
      }
      .choice input:checked + span {
        border-color: var(--dv-accent, #f0b429);
        background: #3a3220;
        color: #fff;
        font-weight: 600;
      }
      /* A tick beside the colour, for those who cannot tell the colours apart (empty alternative text: not part of the name). */
      .choice input:checked + span::before {
        content: '✓' / '';
        margin-inline-end: 0.3em;
      }
      .choice input:focus-visible + span {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 2px;
      }
      @media (forced-colors: active) {
        .choice input:checked + span {
          border-width: 3px;
        }
      }
      .count {
        margin: 0 0 0.5rem;
        font-size: 0.9rem;
        color: #dcdcdc;
      }
    `,
  ];

  /** The id of a `dv-player` elsewhere on the page (leave out inside a `dv-player`). */
  @property({ reflect: true }) player?: string;

  @state() private filters: PeopleFilters = NO_FILTERS;
  /** The person whose profile is open, if any. */
  @state() private profileId: string | undefined;
  /** What is known of the other episodes' person cues (loaded when a profile opens). */
  @state() private known: ReadonlyMap<string, EpisodeCues> = new Map();

  @query('dv-person-profile') private profile!: DvPersonProfile;

  private readonly link = new PlayerLink(this, undefined, (s) => [s.lang, keysOf(s.appearances), s.people, s.episodes, s.episode, s.episodeAppearances]);
  private readonly cache = new AppearanceCache(
    (url) => loadContextTrack(url),
    () => {
      this.known = this.cache.known;
    },
  );
  /** The control that opened the profile, to take focus back when it closes. */
  private opener: HTMLElement | undefined;
  private colours: { readonly people: readonly Person[]; readonly byId: ReadonlyMap<string, string> } | undefined;

  private get snapshot(): PlayerSnapshot | undefined {
    return this.link.snapshot;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('player')) this.link.relink();
  }

  private colourOf(id: string, people: readonly Person[]): string {
    if (this.colours?.people !== people) this.colours = { people, byId: portraitColours(people.map((person) => person.id)) };
    return this.colours.byId.get(id) ?? '#3a3a3a';
  }

  override render() {
    const snapshot = this.snapshot;
    const lang = snapshot?.lang ?? 'fr';
    const m = peopleMessagesFor(lang);
    const people = snapshot?.people ?? NO_PEOPLE;
    const onScreen = peopleOnScreen(snapshot?.appearances ?? [], people);
    return html`<section class="panel" aria-labelledby="people-heading" lang=${lang}>
        <h2 id="people-heading">${m.heading}</h2>
        <section part="strip" class="strip" aria-labelledby="strip-heading">
          <h3 id="strip-heading">${m.onScreen}</h3>
          ${onScreen.length === 0
            ? html`<p class="empty">${m.nobodyOnScreen}</p>`
            : html`<ul class="cards">
                ${repeat(
                  onScreen,
                  (entry) => entry.person.id,
                  (entry) => this.renderCard(entry.person, people, lang, entry.appearance.note),
                )}
              </ul>`}
        </section>
        ${people.length > 0 ? this.renderGallery(people, lang) : nothing}
      </section>
      ${this.renderProfile(people, lang)}`;
  }

  private renderGallery(people: readonly Person[], lang: Lang) {
    const m = peopleMessagesFor(lang);
    const shown = filterPeople(people, this.filters);
    return html`<section part="gallery" class="gallery" aria-labelledby="gallery-heading">
      <h3 id="gallery-heading" tabindex="-1">${m.gallery}</h3>
      <div class="filters">
        <fieldset>
          <legend>${m.theatreLegend}</legend>
          ${THEATRE_FILTERS.map((filter) =>
            this.renderChoice('theatre', filter, m.theatreFilter(filter), filter === this.filters.theatre, (value) => {
              if (isTheatreFilter(value)) this.filters = { ...this.filters, theatre: value };
            }),
          )}
        </fieldset>
        <fieldset>
          <legend>${m.fateLegend}</legend>
          ${FATE_FILTERS.map((filter) =>
            this.renderChoice('fate', filter, m.fateFilter(filter), filter === this.filters.fate, (value) => {
              if (isFateFilter(value)) this.filters = { ...this.filters, fate: value };
            }),
          )}
        </fieldset>
      </div>
      <p class="count" aria-live="polite" aria-atomic="true">${m.count(shown.length, people.length)}</p>
      ${shown.length > 0
        ? html`<ul class="cards">
            ${repeat(
              shown,
              (person) => person.id,
              (person) => this.renderCard(person, people, lang),
            )}
          </ul>`
        : nothing}
    </section>`;
  }

  private renderChoice(group: string, value: string, label: string, checked: boolean, choose: (value: string) => void) {
    return html`<label class="choice"
      ><input type="radio" name=${group} .value=${value} .checked=${checked} @change=${() => choose(value)} /><span>${label}</span></label
    >`;
  }

  private renderCard(person: Person, people: readonly Person[], lang: Lang, note?: Localized) {
    const m = peopleMessagesFor(lang);
    const killedYear = person.fate.status === 'killed' ? person.fate.date?.slice(0, 4) : undefined;
    return html`<li part="person" class="person" data-person=${person.id}>
      <dv-person-portrait .name=${person.name} .colour=${this.colourOf(person.id, people)} .label=${m.portrait(person.name)}></dv-person-portrait>
      <div class="who">
        <button type="button" class="open" aria-haspopup="dialog" @click=${(event: Event) => this.openProfile(person.id, event.currentTarget as HTMLElement)}>
          ${person.name}
        </button>
        <span class="role">${localize(person.role, lang)}</span>
        ${killedYear ? html`<span class="fate">${m.killedShort(killedYear)}</span>` : nothing}
        ${note ? html`<span class="note">${localize(note, lang)}</span>` : nothing}
      </div>
    </li>`;
  }

  private renderProfile(people: readonly Person[], lang: Lang) {
    const person = this.profileId === undefined ? undefined : people.find((candidate) => candidate.id === this.profileId);
    const snapshot = this.snapshot;
    const groups = person
      ? appearanceGroups<Episode>(person.id, {
          episodes: snapshot?.episodes ?? [],
          currentId: snapshot?.episode?.id,
          currentCues: snapshot?.episodeAppearances ?? [],
          known: this.known,
        })
      : [];
    return html`<dv-person-profile
      exportparts="dialog: profile"
      .person=${person}
      .locale=${lang}
      .colour=${person ? this.colourOf(person.id, people) : '#3a3a3a'}
      .groups=${groups}
      @dv-person-jump=${this.jump}
      @dv-person-profile-closed=${this.profileClosed}
    ></dv-person-profile>`;
  }

  private openProfile(id: string, opener: HTMLElement): void {
    this.opener = opener;
    this.profileId = id;
    const snapshot = this.snapshot;
    // The other episodes' appearances: loaded now, only now, and once each.
    if (snapshot) void this.cache.ensure(snapshot.episodes, snapshot.episode?.id);
    void this.updateComplete.then(() => this.profile.show());
  }

  /** The dialog closed by itself (Escape, close button, backdrop): focus goes back to the card. */
  private profileClosed(): void {
    if (this.opener !== undefined) this.returnFocus();
  }

  private returnFocus(): void {
    const opener = this.opener;
    const id = this.profileId;
    this.opener = undefined;
    this.profileId = undefined;
    if (opener?.isConnected) {
      opener.focus();
      return;
    }
    // The card that opened it may have left the strip with its cue: the gallery's card, or the gallery.
    const card = this.renderRoot.querySelector<HTMLElement>(`.gallery [data-person="${CSS.escape(id ?? '')}"] .open`);
    (card ?? this.renderRoot.querySelector<HTMLElement>('#gallery-heading'))?.focus();
  }

  /** An appearance: close the profile, put focus back, then ask for the moment (so that a warning dialog can take focus). */
  private jump(event: PersonJumpEvent): void {
    const { episode, current, time } = event.detail;
    this.profile.close();
    this.returnFocus();
    if (current) this.link.request(new SeekRequestEvent({ time, trigger: 'card' }));
    else this.link.request(new EpisodeRequestEvent({ episode: episode.id, time, trigger: 'card' }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-people-panel': DvPeoplePanel;
  }
}
