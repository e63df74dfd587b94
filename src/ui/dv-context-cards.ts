import { consume } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ContextCard } from '../content/context-track.ts';
import { localize, type Lang } from '../content/localized.ts';
import { onlyWeakSources, showSource } from '../content/sources.ts';
import { formatHistoricDate } from '../i18n/format-date.ts';
import { messagesFor } from '../i18n/messages.ts';
import { sourceMessagesFor } from '../i18n/source-messages.ts';
import { playerContext, type PlayerSnapshot } from '../player/player-context.ts';
import { panelStyles } from './shared-styles.ts';

/**
 * The context cards active at the current moment of the episode: what happened, when, where, and
 * the sources that say so, by publisher and kind. A date that the site's page and the sources
 * disagree on carries a note; a card with several places lists each place's own date; a card that
 * rests on weak sources only says so.
 *
 * @summary Context cards synced with playback.
 * @csspart card - Each card.
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
    `,
  ];

  @consume({ context: playerContext, subscribe: true })
  @state()
  private snapshot?: PlayerSnapshot;

  override render() {
    const lang = this.snapshot?.lang ?? 'fr';
    const messages = messagesFor(lang);
    const cards = [...(this.snapshot?.cards ?? [])].reverse();
    return html`<section class="panel" aria-labelledby="context-heading">
      <h2 id="context-heading">${messages.context}</h2>
      ${cards.length === 0 ? html`<p class="empty">${messages.noCard}</p>` : cards.map((card) => this.renderCard(card, lang))}
    </section>`;
  }

  private renderCard(card: ContextCard, lang: Lang) {
    const messages = messagesFor(lang);
    const sourceMessages = sourceMessagesFor(lang);
    const places = card.places.map((place) => localize(place.name, lang)).join(' · ');
    const weak = onlyWeakSources(card.sources);
    const dated = card.places.length > 1 && card.places.some((place) => place.date !== undefined || place.dateNote !== undefined);
    return html`<article part="card" data-card=${card.key}>
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
