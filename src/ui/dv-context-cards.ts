import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ContextCard } from '../content/context-track.ts';
import { localize, type Lang } from '../content/localized.ts';
import { onlyWeakSources, showSource } from '../content/sources.ts';
import { formatHistoricDate } from '../i18n/format-date.ts';
import { messagesFor } from '../i18n/messages.ts';
import { historyMessagesFor } from '../i18n/history-messages.ts';
import { sourceMessagesFor } from '../i18n/source-messages.ts';
import type { PlayerSnapshot } from '../player/player-context.ts';
import { SeekRequestEvent } from '../player/request-events.ts';
import { newlyActive, nextHistory } from '../timeline/card-history.ts';
import { formatClock } from '../timeline/format-time.ts';
import { PlayerLink, keysOf } from './player-link.ts';
import { panelStyles } from './shared-styles.ts';

/**
 * The context cards active at the current moment of the episode: what happened, when, where, and
 * the sources that say so, by publisher and kind. A date that the site's page and the sources
 * disagree on carries a note; a card with several places lists each place's own date; a card that
 * rests on weak sources only says so. Below them, the cards already passed in this viewing, newest
 * first, each with a jump back to its moment. A new card's title is announced politely.
 *
 * Works inside `dv-player`, or anywhere on the page with `player="<id of a dv-player>"`.
 *
 * @summary Context cards synced with playback, with the history of this viewing.
 * @fires {SeekRequestEvent} dv-seek-request - "Revoir ce moment": the card's start, trigger `card`.
 * @csspart card - Each current card.
 * @csspart history - The list of cards already passed.
 * @csspart replay - Each "Revoir ce moment" button.
 * @cssproperty --dv-accent - The accent colour (dates, focus rings).
 */
@customElement('dv-context-cards')
export class DvContextCards extends LitElement {
  static override styles = [
    panelStyles,
    css`
      article {
        padding: 0.75rem 1rem 1rem;
      }
      article + article {
        border-top: 1px solid #2c2c2c;
      }
      h3 {
        margin: 0 0 0.25rem;
        font-size: 1.05rem;
      }
      .when {
        margin: 0 0 0.5rem;
        color: var(--dv-accent, #f0b429);
        font-size: 0.92rem;
      }
      p {
        margin: 0 0 0.5rem;
      }
      .badge {
        display: inline-block;
        margin-inline-start: 0.4rem;
        padding: 0 0.4rem;
        border: 1px solid #8a8a8a;
        border-radius: 3px;
        color: #dcdcdc;
        font-size: 0.8rem;
      }
      details {
        margin: 0 0 0.5rem;
        font-size: 0.92rem;
        color: #dcdcdc;
      }
      summary {
        cursor: pointer;
        padding-block: 0.2rem;
      }
      summary:focus-visible,
      a:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 2px;
      }
      .sources {
        margin: 0;
        padding: 0;
        list-style: none;
        font-size: 0.85rem;
      }
      .sources li {
        display: inline;
      }
      .sources li + li::before {
        content: ' · ';
        color: #8a8a8a;
      }
      a {
        color: #9cc9ff;
      }
      .kind,
      .place-note {
        color: #b8b8b8;
      }
      .places ul {
        margin: 0.35rem 0 0;
        padding-inline-start: 1.1rem;
      }
      .places li + li {
        margin-top: 0.2rem;
      }
      .weak-note {
        font-size: 0.85rem;
        color: #dcdcdc;
      }
      article.current {
        animation: arrive 240ms ease-out;
      }
      @keyframes arrive {
        from {
          opacity: 0;
          transform: translateY(4px);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        article.current {
          animation: none;
        }
      }
      .history {
        border-top: 1px solid #3a3a3a;
        padding: 0.5rem 1rem 0.75rem;
      }
      .history h3 {
        margin: 0.25rem 0 0.5rem;
        font-size: 0.95rem;
        color: #dcdcdc;
      }
      .history ol {
        list-style: none;
        margin: 0;
        padding: 0;
        max-height: 24rem;
        overflow-y: auto;
      }
      .history li {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0 0.75rem;
        align-items: center;
        padding: 0.4rem 0;
      }
      .history li + li {
        border-top: 1px solid #2c2c2c;
      }
      .history-title {
        margin: 0;
        font-weight: 600;
      }
      .history-when {
        grid-column: 1;
        margin: 0;
        font-size: 0.85rem;
        color: #c8c8c8;
      }
      .history button {
        grid-column: 2;
        grid-row: 1 / span 2;
        min-height: 2rem;
        padding: 0.25rem 0.6rem;
        border: 1px solid #5a5a5a;
        border-radius: 4px;
        background: #222;
        font-size: 0.85rem;
      }
      .history button:hover {
        background: #2e2e2e;
      }
    `,
  ];

  /** The id of a `dv-player` elsewhere on the page (leave out inside a `dv-player`). */
  @property({ reflect: true }) player?: string;

  /** Cards passed in this viewing, newest first. */
  @state() private history: readonly ContextCard[] = [];
  /** The politely announced line: the titles of the cards that just appeared. */
  @state() private announcement = '';

  private readonly link = new PlayerLink(
    this,
    (snapshot, previous) => this.follow(snapshot, previous),
    (s) => [s.lang, keysOf(s.cards), s.episode],
  );

  private get snapshot(): PlayerSnapshot | undefined {
    return this.link.snapshot;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('player')) this.link.relink();
  }

  private follow(snapshot: PlayerSnapshot | undefined, previous: PlayerSnapshot | undefined): void {
    if (!snapshot || snapshot.episode?.id !== previous?.episode?.id) {
      this.history = [];
      this.announcement = '';
      return;
    }
    const before = previous?.cards ?? [];
    if (snapshot.cards === before) return;
    this.history = nextHistory(this.history, before, snapshot.cards);
    const appeared = newlyActive(before, snapshot.cards);
    if (appeared.length > 0) this.announcement = historyMessagesFor(snapshot.lang).announce(appeared.map((card) => localize(card.title, snapshot.lang)));
  }

  override render() {
    const lang = this.snapshot?.lang ?? 'fr';
    const messages = messagesFor(lang);
    const history = historyMessagesFor(lang);
    const cards = [...(this.snapshot?.cards ?? [])].reverse();
    const landmark = this.link.landmarkName(messages.context);
    return html`<section class="panel" aria-labelledby=${landmark === messages.context ? 'context-heading' : nothing} aria-label=${landmark === messages.context ? nothing : landmark}>
      <h2 id="context-heading">${messages.context}</h2>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      ${cards.length === 0 ? html`<p class="empty">${messages.noCard}</p>` : cards.map((card) => this.renderCard(card, lang))}
      ${this.history.length > 0
        ? html`<section class="history" aria-labelledby="history-heading">
            <h3 id="history-heading">${history.heading} (${this.history.length})</h3>
            <ol part="history">
              ${this.history.map(
                (card) => html`<li data-card=${card.key}>
                  <p class="history-title">${localize(card.title, lang)}</p>
                  <p class="history-when">${formatHistoricDate(card.date, lang)} · ${history.inFilm(formatClock(card.start))}</p>
                  <button type="button" part="replay" @click=${() => this.replay(card)} aria-label=${history.replayLabel(localize(card.title, lang))}>
                    ${history.replay}
                  </button>
                </li>`,
              )}
            </ol>
          </section>`
        : nothing}
    </section>`;
  }

  private replay(card: ContextCard): void {
    this.link.request(new SeekRequestEvent({ time: card.start, trigger: 'card' }));
  }

  private renderCard(card: ContextCard, lang: Lang) {
    const messages = messagesFor(lang);
    const sourceMessages = sourceMessagesFor(lang);
    const places = card.places.map((place) => localize(place.name, lang)).join(' · ');
    const weak = onlyWeakSources(card.sources);
    const dated = card.places.length > 1 && card.places.some((place) => place.date !== undefined || place.dateNote !== undefined);
    return html`<article part="card" class="current" data-card=${card.key}>
      <h3>${localize(card.title, lang)}</h3>
      <p class="when">
        ${formatHistoricDate(card.date, lang)} — ${places}${card.unverified ? html`<span class="badge">${messages.unverified}</span>` : nothing}${weak
          ? html`<span class="badge">${sourceMessages.weakSources}</span>`
          : nothing}
      </p>
      <p>${localize(card.text, lang)}</p>
      ${card.dateNote
        ? html`<details>
            <summary>${messages.dateNote}</summary>
            ${localize(card.dateNote, lang)}
          </details>`
        : nothing}
      ${dated
        ? html`<details class="places">
            <summary>${sourceMessages.placeDates(card.places.length)}</summary>
            <ul>
              ${card.places.map(
                (place) =>
                  html`<li>
                    <strong>${localize(place.name, lang)}</strong>${place.date ? html` — ${formatHistoricDate(place.date, lang)}` : nothing}${place.dateNote
                      ? html`<br /><span class="place-note">${localize(place.dateNote, lang)}</span>`
                      : nothing}
                  </li>`,
              )}
            </ul>
          </details>`
        : nothing}
      ${weak ? html`<p class="weak-note">${sourceMessages.weakSourcesNote}</p>` : nothing}
      <ul class="sources" aria-label=${messages.sources}>
        ${card.sources.map((source) => {
          const shown = showSource(source);
          return html`<li>
            <a href=${shown.url} target="_blank" rel="noopener noreferrer"
              >${shown.publisher}<span class="visually-hidden"> ${messages.opensInNewTab}</span></a
            >${shown.kind ? html` <span class="kind">(${sourceMessages.kind(shown.kind)})</span>` : nothing}
          </li>`;
        })}
      </ul>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-context-cards': DvContextCards;
  }
}
