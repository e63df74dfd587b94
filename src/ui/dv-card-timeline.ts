import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { styleProps } from './style-props.ts';
import type { ContextCard } from '../content/context-track.ts';
import { localize, type Lang } from '../content/localized.ts';
import { formatHistoricDate } from '../i18n/format-date.ts';
import { timelineMessagesFor } from '../i18n/timeline-messages.ts';
import type { PlayerSnapshot } from '../player/player-context.ts';
import { SeekRequestEvent } from '../player/request-events.ts';
import { cardChronology, type Chronology, type ChronologyEntry } from '../timeline/card-chronology.ts';
import { formatClock } from '../timeline/format-time.ts';
import { PlayerLink, keysOf } from './player-link.ts';
import { panelStyles } from './shared-styles.ts';

/** The drawing's width in SVG units; it is stretched to the panel's width, strokes keep their size. */
const WIDTH = 1000;
/** Room above the first lane, between the lanes and the film, and for the film's markers (px). */
const TOP = 6;
const LINKS = 34;
const FILM = 14;

/**
 * The episode's cards in historical order ("what happened when") beside where the film shows each
 * of them ("when the film shows it"). An ordered list carries everything: each card is a button
 * with its date, its title and its moment in the film, and takes the player there; the cards on
 * screen now are marked current. Above it, a drawing for the eye only: the months of the cards'
 * span, each date a bar (a range) or a tick (a day) in lanes that never collide, each linked to a
 * marker on a strip standing for the film. It follows the player's snapshot (no timer), and fits
 * any width without scrolling sideways.
 *
 * Works inside `dv-player`, or anywhere on the page with `player="<id of a dv-player>"`.
 *
 * @summary The episode's cards in historical order, each a jump to its moment in the film.
 * @fires {SeekRequestEvent} dv-seek-request - Choosing a card: its start, trigger `card` (through the player's remote and warning gate).
 * @csspart list - The ordered list of cards.
 * @csspart item - Each card's button; the current ones also have `current`.
 * @csspart current - The buttons of the cards on screen now (with `item`).
 * @csspart axis - The drawing: the historical axis above the film strip.
 * @cssproperty --dv-timeline-bar - The colour of the date bars and ticks (default a light blue).
 * @cssproperty [--dv-timeline-bar-size=5px] - The thickness of the date bars.
 * @cssproperty --dv-accent - The accent colour (current card, dates, focus rings).
 */
@customElement('dv-card-timeline')
export class DvCardTimeline extends LitElement {
  static override styles = [
    panelStyles,
    css`
      .intro {
        margin: 0;
        padding: 0.6rem 1rem 0;
        color: #c8c8c8;
        font-size: 0.9rem;
      }
      .axis {
        padding: 0.5rem 1rem 0.25rem;
        border-bottom: 1px solid #2c2c2c;
      }
      .film-scale {
        margin-top: 0.15rem;
      }
      .months {
        position: relative;
        height: 1.1rem;
        font-size: 0.75rem;
        color: #c8c8c8;
      }
      .months span {
        position: absolute;
        top: 0;
        overflow: hidden;
        padding-inline-start: 3px;
        white-space: nowrap;
        text-overflow: clip;
      }
      svg {
        display: block;
        width: 100%;
        overflow: visible;
      }
      line {
        vector-effect: non-scaling-stroke;
      }
      .month-line {
        stroke: #3a3a3a;
        stroke-width: 1;
      }
      .bar,
      .tick {
        stroke: var(--dv-timeline-bar, #7fb3e6);
      }
      .bar {
        stroke-width: var(--dv-timeline-bar-size, 5px);
      }
      .tick {
        stroke-width: 2;
      }
      .link {
        stroke: #8a8a8a;
        stroke-width: 1;
        opacity: 0.45;
      }
      .film-line {
        stroke: #5a5a5a;
        stroke-width: 2;
      }
      .mark {
        stroke: var(--dv-timeline-bar, #7fb3e6);
        stroke-width: 2;
      }
      .pointed .bar,
      .pointed .tick,
      .pointed .mark {
        stroke: #ffffff;
      }
      .pointed .link {
        stroke: #ffffff;
        opacity: 0.9;
      }
      .current .bar,
      .current .tick,
      .current .mark,
      .current .link {
        stroke: var(--dv-accent, #f0b429);
        opacity: 1;
      }
      .current .link,
      .current .tick,
      .current .mark {
        stroke-width: 3;
      }
      .scale,
      .film-scale {
        display: flex;
        justify-content: space-between;
        gap: 0.5rem;
        font-size: 0.75rem;
        color: #c8c8c8;
        font-variant-numeric: tabular-nums;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0.25rem 0;
        max-height: min(60vh, 32rem);
        overflow-y: auto;
      }
      li + li {
        border-top: 1px solid #242424;
      }
      ol button {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.1rem 0.75rem;
        width: 100%;
        min-height: 2.75rem;
        padding: 0.5rem 1rem;
        border: 0;
        border-inline-start: 4px solid transparent;
        background: none;
        text-align: start;
        transition: background-color 120ms ease-out;
      }
      ol button:hover {
        background: #242424;
      }
      ol button:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: -3px;
      }
      ol button[aria-current] {
        border-inline-start-color: var(--dv-accent, #f0b429);
        background: #2a2a2a;
      }
      .date {
        color: var(--dv-accent, #f0b429);
        font-size: 0.88rem;
      }
      .film {
        margin-inline-start: auto;
        color: #c8c8c8;
        font-size: 0.85rem;
        font-variant-numeric: tabular-nums;
      }
      .title {
        flex-basis: 100%;
        font-weight: 600;
      }
      @media (prefers-reduced-motion: reduce) {
        ol button {
          transition: none;
        }
      }
    `,
  ];

  /** The id of a `dv-player` elsewhere on the page (leave out inside a `dv-player`). */
  @property({ reflect: true }) player?: string;

  /** The card under the pointer or the keyboard focus in the list, outlined in the drawing. */
  @state() private pointed: string | undefined;

  private readonly link = new PlayerLink(this, undefined, (s) => [s.lang, keysOf(s.cards), s.episodeCards, s.media.duration]);

  /** The last chronology, kept while the cards and the duration stay the same. */
  private cached: { cards: readonly ContextCard[]; duration: number; chronology: Chronology<ContextCard> } | undefined;

  private get snapshot(): PlayerSnapshot | undefined {
    return this.link.snapshot;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('player')) this.link.relink();
  }

  private chronologyOf(cards: readonly ContextCard[], duration: number): Chronology<ContextCard> {
    const cached = this.cached;
    if (cached && cached.cards === cards && (cached.duration === duration || (Number.isNaN(cached.duration) && Number.isNaN(duration)))) return cached.chronology;
    const chronology = cardChronology(cards, duration);
    this.cached = { cards, duration, chronology };
    return chronology;
  }

  override render() {
    const lang = this.snapshot?.lang ?? 'fr';
    const messages = timelineMessagesFor(lang);
    const duration = this.snapshot?.media.duration ?? Number.NaN;
    const chronology = this.chronologyOf(this.snapshot?.episodeCards ?? [], duration);
    const current = new Set((this.snapshot?.cards ?? []).map((card) => card.key));
    const empty = chronology.entries.length === 0 && chronology.undated.length === 0;
    return html`<section class="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">${messages.heading}</h2>
      ${empty
        ? html`<p class="empty">${messages.empty}</p>`
        : html`<p class="intro">${messages.intro}</p>
            ${this.renderAxis(chronology, current, duration, lang)}
            <ol part="list">
              ${chronology.entries.map((entry) => this.renderItem(entry.card, current, duration, lang))}
              ${chronology.undated.map((card) => this.renderItem(card, current, duration, lang))}
            </ol>`}
    </section>`;
  }

  private renderItem(card: ContextCard, current: ReadonlySet<string>, duration: number, lang: Lang) {
    const messages = timelineMessagesFor(lang);
    const isCurrent = current.has(card.key);
    return html`<li>
      <button
        type="button"
        part=${isCurrent ? 'item current' : 'item'}
        aria-current=${isCurrent ? 'true' : nothing}
        data-key=${card.key}
        data-start=${card.start}
        @click=${() => this.showCard(card)}
        @pointerenter=${() => this.point(card.key)}
        @pointerleave=${() => this.point(undefined)}
        @focus=${() => this.point(card.key)}
        @blur=${() => this.point(undefined)}
      >
        <span class="date">${formatHistoricDate(card.date, lang)}</span>
        <span class="film">${messages.inFilm(formatClock(card.start, Number.isFinite(duration) ? duration : card.start))}</span>
        <span class="title">${localize(card.title, lang)}</span>
      </button>
    </li>`;
  }

  private renderAxis(chronology: Chronology<ContextCard>, current: ReadonlySet<string>, duration: number, lang: Lang) {
    if (chronology.entries.length === 0) return nothing;
    const messages = timelineMessagesFor(lang);
    const lane = chronology.lanes > 10 ? 6 : 9;
    const history = TOP + chronology.lanes * lane;
    const filmY = history + LINKS;
    const height = filmY + FILM;
    const x = (fraction: number) => fraction * WIDTH;
    const laneY = (entry: ChronologyEntry<ContextCard>) => TOP + entry.lane * lane + lane / 2;
    const firstYear = chronology.months[0]?.year;
    const lastYear = chronology.months.at(-1)?.year;
    const years = firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
    // Draw the current and pointed entries last, so that they sit on top.
    const order = [...chronology.entries].sort((a, b) => this.weight(a, current) - this.weight(b, current));
    return html`<div class="axis" part="axis" aria-hidden="true">
      <div class="scale"><span>${messages.history} · ${years}</span></div>
      <div class="months">
        ${chronology.months.map((mark) =>
          mark.labelled ? html`<span ${styleProps({ left: `${mark.left * 100}%`, width: `${(mark.right - mark.left) * 100}%` })}>${messages.month(mark.month)}</span>` : nothing,
        )}
      </div>
      <svg viewBox="0 0 ${WIDTH} ${height}" preserveAspectRatio="none" ${styleProps({ height: `${height}px` })} focusable="false">
        ${chronology.months.slice(1).map((mark) => svg`<line class="month-line" x1=${x(mark.left)} x2=${x(mark.left)} y1="0" y2=${history}></line>`)}
        <line class="film-line" x1="0" x2=${WIDTH} y1=${filmY + FILM / 2} y2=${filmY + FILM / 2}></line>
        ${order.map((entry) => {
          const y = laneY(entry);
          const classes = [current.has(entry.card.key) ? 'current' : '', this.pointed === entry.card.key ? 'pointed' : ''].join(' ');
          return svg`<g class=${classes} data-key=${entry.card.key}>
            <line class="link" x1=${x(entry.middle)} y1=${y} x2=${x(entry.film)} y2=${filmY}></line>
            ${
              entry.range
                ? svg`<line class="bar" x1=${x(entry.left)} x2=${x(entry.right)} y1=${y} y2=${y}></line>`
                : svg`<line class="tick" x1=${x(entry.middle)} x2=${x(entry.middle)} y1=${y - lane / 2} y2=${y + lane / 2}></line>`
            }
            <line class="mark" x1=${x(entry.film)} x2=${x(entry.film)} y1=${filmY} y2=${filmY + FILM}></line>
          </g>`;
        })}
      </svg>
      <div class="film-scale">
        <span>${messages.film} · ${formatClock(0, duration)}</span>
        ${Number.isFinite(duration) && duration > 0 ? html`<span>${formatClock(duration)}</span>` : nothing}
      </div>
    </div>`;
  }

  private weight(entry: ChronologyEntry<ContextCard>, current: ReadonlySet<string>): number {
    return (current.has(entry.card.key) ? 2 : 0) + (this.pointed === entry.card.key ? 1 : 0);
  }

  private point(key: string | undefined): void {
    this.pointed = key;
  }

  /** Every jump is a request to the player, so that the warning gate sees it. */
  private showCard(card: ContextCard): void {
    this.link.request(new SeekRequestEvent({ time: card.start, trigger: 'card' }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-card-timeline': DvCardTimeline;
  }
}
