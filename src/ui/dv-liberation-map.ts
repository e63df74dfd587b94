import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localize, type Lang } from '../content/localized.ts';
import { formatHistoricDate } from '../i18n/format-date.ts';
import { mapMessagesFor, type MapMessages } from '../i18n/map-messages.ts';
import { CALENDAR_DAYS, CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY, dayAt } from '../map/map-calendar.ts';
import { placeLabels, type LabelRequest } from '../map/map-labels.ts';
import { MAP_SIZE } from '../map/map-size.ts';
import {
  calendarState,
  countStates,
  defaultView,
  filmState,
  groupLocations,
  mapPlaces,
  sortPlaces,
  viewsWithPlaces,
  type MapLocation,
  type MapPlace,
  type MapView,
  type PlaceState,
} from '../map/map-places.ts';
import type { PlayerSnapshot } from '../player/player-context.ts';
import { SeekRequestEvent } from '../player/request-events.ts';
import { PlayerLink, keysOf } from './player-link.ts';
import { panelStyles } from './shared-styles.ts';

type Outlines = typeof import('../map/map-outlines.ts');
type Mode = 'film' | 'calendar';

/** The drawing code and the world's outlines, in their own chunk, loaded once for every map on the page. */
let outlines: Promise<Outlines> | undefined;
function loadOutlines(): Promise<Outlines> {
  outlines ??= import('../map/map-outlines.ts');
  return outlines;
}

const { width: WIDTH, height: HEIGHT } = MAP_SIZE;

const STATE_ORDER: Record<PlaceState, number> = { dim: 0, lit: 1, current: 2 };

/**
 * How far around a point a click still reaches it: 12 px (a 24 px target), less when another point
 * is nearer than twice that, so that no point's click area covers its neighbour.
 */
function hitRadius(x: number, y: number, points: readonly { x: number; y: number }[], wanted: number): number {
  let nearest = Infinity;
  for (const point of points) {
    const distance = Math.hypot(point.x - x, point.y - y);
    if (distance > 0) nearest = Math.min(nearest, distance);
  }
  return Math.min(wanted, nearest / 2);
}

/**
 * The places of the episode's context cards on a map of France, Europe or the Pacific. As the
 * film plays, each place lights up once its card has been reached and the places of the card on
 * screen stand out; in the "Calendrier 1944" mode a day slider lights each place on its own day,
 * whatever the film's order. A list of the same places (date, name, state) is the keyboard and
 * screen-reader way in: each of its buttons, like each point of the map, asks the player to go to
 * the place's card.
 *
 * The outlines (d3-geo and world-atlas's Natural Earth 1:50m countries) are loaded in their own
 * chunk when the map first becomes visible, so the player's first load does not carry them.
 *
 * @summary Map of the episode's places, synced with playback or with a 1944 calendar.
 * @fires {SeekRequestEvent} dv-seek-request - With the start of a place's card and trigger `card` (to the linked player).
 * @csspart map - The SVG map.
 * @csspart legend - The legend of the points' states.
 * @csspart list - The box holding the list of places.
 * @csspart calendar - The calendar controls (day, slider, count), in the calendar mode.
 * @cssproperty --dv-map-lit - Colour of places reached (default #7cc6fe).
 * @cssproperty --dv-map-current - Colour of the current places (default the accent, #f0b429).
 * @cssproperty --dv-map-dim - Colour of places not reached yet (default #8c8c8c).
 * @cssproperty [--dv-accent=#f0b429] - The current places when `--dv-map-current` is not set, and the focus rings.
 */
@customElement('dv-liberation-map')
export class DvLiberationMap extends LitElement {
  static override styles = [
    panelStyles,
    css`
      :host {
        container: dv-map / inline-size;
        --lit: var(--dv-map-lit, #7cc6fe);
        --current: var(--dv-map-current, var(--dv-accent, #f0b429));
        --dim: var(--dv-map-dim, #8c8c8c);
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        padding: 0.75rem 1rem 0;
      }
      .segmented {
        display: inline-flex;
        border: 1px solid #5a5a5a;
        border-radius: 6px;
        overflow: hidden;
      }
      .segmented button {
        min-height: 2rem;
        padding: 0.25rem 0.75rem;
        border: 0;
        background: #202020;
        font-size: 0.92rem;
      }
      .segmented button + button {
        border-inline-start: 1px solid #5a5a5a;
      }
      .segmented button[aria-pressed='true'] {
        background: #f2f2f2;
        color: #111;
        font-weight: 600;
      }
      .segmented button:focus-visible {
        outline-offset: -3px;
      }
      .calendar {
        display: grid;
        gap: 0.25rem;
        margin: 0.75rem 1rem 0;
        padding: 0.75rem;
        border: 1px solid #3a3a3a;
        border-radius: 6px;
        background: #1d1d1d;
      }
      .calendar .headline {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: 0 1rem;
      }
      .calendar .day {
        margin: 0;
        font-size: 1.5rem;
        font-weight: 700;
        white-space: nowrap;
        color: var(--current);
      }
      .calendar .count {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
      .calendar label {
        margin-top: 0.25rem;
        font-size: 0.9rem;
        color: #c8c8c8;
      }
      .calendar input {
        width: 100%;
        min-height: 24px;
        margin: 0;
        accent-color: var(--current);
      }
      .calendar input:focus-visible {
        outline: 3px solid var(--dv-accent, #f0b429);
        outline-offset: 2px;
      }
      .calendar .ends {
        display: flex;
        justify-content: space-between;
        font-size: 0.8rem;
        color: #b8b8b8;
      }
      .calendar .hint {
        margin: 0.25rem 0 0;
        font-size: 0.85rem;
        color: #c8c8c8;
      }
      .layout {
        display: grid;
        gap: 1rem;
        padding: 0.75rem 1rem 1rem;
      }
      .map-box {
        position: relative;
        aspect-ratio: ${WIDTH} / ${HEIGHT};
        border: 1px solid #3a3a3a;
        border-radius: 4px;
        background: #0e1822;
        overflow: hidden;
      }
      .map-box svg {
        display: block;
        width: 100%;
        height: 100%;
      }
      .map-box .loading {
        margin: 0;
        padding: 1rem;
        color: #c8c8c8;
      }
      .land {
        fill: #2b3036;
      }
      .home {
        fill: #373d44;
        stroke: #9aa4ae;
      }
      .borders {
        fill: none;
        stroke: #5d6670;
      }
      .point {
        cursor: pointer;
      }
      .point .hit {
        fill: transparent;
      }
      .point .dot {
        stroke: #0e1822;
      }
      .point[data-state='dim'] .dot {
        fill: #1b1b1b;
        stroke: var(--dim);
      }
      .point[data-state='lit'] .dot {
        fill: var(--lit);
      }
      .point[data-state='current'] .dot {
        fill: var(--current);
        stroke: #fff;
      }
      .point .unsure {
        fill: none;
        stroke: #f2f2f2;
      }
      .point:hover .dot {
        stroke: #fff;
      }
      .pulse {
        fill: none;
        stroke: var(--current);
        opacity: 0;
      }
      @media (prefers-reduced-motion: no-preference) {
        .pulse {
          animation: dv-map-pulse 1.8s ease-out infinite;
          transform-box: fill-box;
          transform-origin: center;
        }
      }
      @keyframes dv-map-pulse {
        from {
          opacity: 0.9;
          transform: scale(0.6);
        }
        to {
          opacity: 0;
          transform: scale(1.6);
        }
      }
      .label {
        fill: #fff;
        stroke: #0e1822;
        paint-order: stroke;
        stroke-linejoin: round;
        font-family: system-ui, sans-serif;
        font-weight: 600;
        pointer-events: none;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin: 0.5rem 0 0;
        padding: 0;
        list-style: none;
        font-size: 0.85rem;
        color: #dcdcdc;
      }
      .legend li {
        display: inline-flex;
        align-items: center;
        gap: 0.35rem;
      }
      .legend svg {
        width: 16px;
        height: 16px;
      }
      .swatch-dim {
        fill: #1b1b1b;
        stroke: var(--dim);
        stroke-width: 2;
      }
      .swatch-lit {
        fill: var(--lit);
      }
      .swatch-current {
        fill: var(--current);
        stroke: #fff;
        stroke-width: 1.5;
      }
      .swatch-unsure {
        fill: none;
        stroke: #f2f2f2;
        stroke-width: 1.5;
        stroke-dasharray: 3 2;
      }
      .places h3 {
        margin: 0 0 0.25rem;
        font-size: 1rem;
      }
      .places .hint {
        margin: 0 0 0.5rem;
        font-size: 0.85rem;
        color: #c8c8c8;
      }
      .places ol {
        margin: 0;
        padding: 0;
        list-style: none;
        max-height: 22rem;
        overflow-y: auto;
        border-top: 1px solid #2c2c2c;
      }
      .places li {
        border-bottom: 1px solid #2c2c2c;
      }
      /* Wide enough: the list beside the map rather than under it. */
      @container dv-map (min-width: 44rem) {
        .layout {
          grid-template-columns: minmax(0, 3fr) minmax(15rem, 2fr);
          align-items: start;
        }
        .places ol {
          max-height: 34rem;
        }
      }
      .places button {
        display: grid;
        grid-template-columns: 1rem 1fr;
        column-gap: 0.5rem;
        width: 100%;
        min-height: 2.5rem;
        padding: 0.35rem 0.5rem;
        border: 0;
        border-inline-start: 4px solid transparent;
        background: none;
        text-align: start;
      }
      .places button:hover {
        background: #242424;
      }
      .places button:focus-visible {
        outline-offset: -3px;
      }
      .places button[data-state='current'] {
        border-inline-start-color: var(--current);
        background: #2a2a2a;
      }
      .places .mark {
        grid-row: 1 / span 2;
        align-self: center;
        width: 0.7rem;
        height: 0.7rem;
        border-radius: 50%;
        border: 2px solid var(--dim);
        box-sizing: border-box;
      }
      .places [data-state='lit'] .mark {
        border-color: var(--lit);
        background: var(--lit);
      }
      .places [data-state='current'] .mark {
        border-color: #fff;
        background: var(--current);
      }
      .places .name {
        font-weight: 600;
      }
      .places [data-state='dim'] .name {
        font-weight: 400;
      }
      .places .meta {
        grid-column: 2;
        font-size: 0.85rem;
        color: #c8c8c8;
      }
      .places [data-state='current'] .state {
        color: var(--current);
        font-weight: 600;
      }
      .badge {
        display: inline-block;
        margin-inline-start: 0.35rem;
        padding: 0 0.35rem;
        border: 1px dashed #b8b8b8;
        border-radius: 3px;
        font-size: 0.78rem;
        color: #dcdcdc;
      }
    `,
  ];

  /** The id of a `dv-player` elsewhere on the page; inside a `dv-player`, leave it out. */
  @property({ reflect: true }) player?: string;

  /** The view the viewer chose; undefined follows the card on screen. */
  @state() private chosenView: MapView | undefined;
  @state() private mode: Mode = 'film';
  /** The calendar's position, in days from 6 June 1944. */
  @state() private dayIndex = 0;
  @state() private outlines: Outlines | undefined;
  @state() private loadFailed = false;
  /** SVG units per CSS pixel, so that points and names keep their size on a phone and a wide screen. */
  @state() private unitsPerPixel = 1;

  private places: readonly MapPlace[] = [];
  private readonly link = new PlayerLink(
    this,
    (snapshot, previous) => this.follow(snapshot, previous),
    // A place's state changes only when the film crosses one of its cards' starts.
    (s) => [s.lang, keysOf(s.cards), s.episodeCards, s.episode, s.episodeCards.filter((card) => card.start <= s.media.currentTime).length],
  );
  private visibility: IntersectionObserver | undefined;
  private resizing: ResizeObserver | undefined;
  private sized: Element | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.outlines) return;
    // The outlines are loaded when the map is first seen (a hidden tab does not load them).
    if (typeof IntersectionObserver === 'undefined') {
      this.loadMap();
      return;
    }
    this.visibility = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.loadMap();
    });
    this.visibility.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.visibility?.disconnect();
    this.visibility = undefined;
    this.resizing?.disconnect();
    this.resizing = undefined;
    this.sized = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('player')) this.link.relink();
    this.watchSize();
  }

  override render() {
    const snapshot = this.link.snapshot;
    const lang = snapshot?.lang ?? 'fr';
    const messages = mapMessagesFor(lang);
    const views = viewsWithPlaces(this.places);
    if (!snapshot || views.length === 0) {
      return html`<section class="panel" aria-labelledby="map-heading">
        <h2 id="map-heading">${messages.heading}</h2>
        <p class="empty">${messages.noPlaces}</p>
      </section>`;
    }
    const view = this.chosenView && views.includes(this.chosenView) ? this.chosenView : defaultView(snapshot.cards, views);
    const shown = this.places.filter((place) => place.view === view);
    const day = dayAt(this.dayIndex);
    const currentKeys = new Set(snapshot.cards.map((card) => card.key));
    const stateOf =
      this.mode === 'film'
        ? (place: MapPlace) => filmState(place, snapshot.media.currentTime, currentKeys)
        : (place: MapPlace) => calendarState(place, day);
    const states = new Map(shown.map((place) => [place.id, stateOf(place)]));
    const counts = countStates(states.values());
    const dayWords = formatHistoricDate(day, lang);
    const summary =
      this.mode === 'film'
        ? messages.summary(view, counts.reached, counts.total, counts.current)
        : messages.calendarSummary(view, dayWords, counts.reached, counts.total);
    return html`<section class="panel" aria-labelledby="map-heading">
      <h2 id="map-heading">${messages.heading}</h2>
      <div class="controls">
        <div class="segmented" role="group" aria-label=${messages.modes}>
          ${(['film', 'calendar'] as const).map(
            (mode) =>
              html`<button type="button" data-mode=${mode} aria-pressed=${this.mode === mode ? 'true' : 'false'} @click=${() => this.showMode(mode)}>
                ${mode === 'film' ? messages.filmMode : messages.calendarMode}
              </button>`,
          )}
        </div>
        ${views.length > 1
          ? html`<div class="segmented" role="group" aria-label=${messages.views}>
              ${views.map(
                (option) =>
                  html`<button type="button" data-view=${option} aria-pressed=${option === view ? 'true' : 'false'} @click=${() => this.showView(option)}>
                    ${messages.view(option)}
                  </button>`,
              )}
            </div>`
          : nothing}
      </div>
      ${this.mode === 'calendar' ? this.renderCalendar(messages, lang, dayWords, counts.reached, counts.total) : nothing}
      <div class="layout">
        <div>
          <div class="map-box" data-view=${view}>
            ${this.outlines
              ? this.renderMap(this.outlines, view, shown, states, summary, lang)
              : html`<p class="loading">${this.loadFailed ? messages.loadFailed : messages.loadingMap}</p>`}
          </div>
          ${this.renderLegend(messages, shown)}
        </div>
        ${this.renderList(messages, lang, shown, states)}
      </div>
    </section>`;
  }

  private renderCalendar(messages: MapMessages, lang: Lang, dayWords: string, reached: number, total: number) {
    const first = formatHistoricDate(CALENDAR_FIRST_DAY, lang);
    const last = formatHistoricDate(CALENDAR_LAST_DAY, lang);
    return html`<div class="calendar" part="calendar">
      <div class="headline">
        <p class="day">${dayWords}</p>
        <p class="count">${messages.reachedCount(reached, total)}</p>
      </div>
      <label for="calendar-day">${messages.day}</label>
      <input
        id="calendar-day"
        type="range"
        min="0"
        max=${CALENDAR_DAYS - 1}
        step="1"
        .value=${String(this.dayIndex)}
        aria-valuetext=${messages.dayText(dayWords, reached, total)}
        @input=${this.showDay}
      />
      <div class="ends" aria-hidden="true"><span>${first}</span><span>${last}</span></div>
      <p class="hint">${messages.calendarHint}</p>
    </div>`;
  }

  private renderMap(outlines: Outlines, view: MapView, shown: readonly MapPlace[], states: ReadonlyMap<string, PlaceState>, summary: string, lang: Lang) {
    const drawing = outlines.drawView(view, shown);
    const unit = this.unitsPerPixel;
    const locations = groupLocations(shown, (place) => states.get(place.id) ?? 'dim')
      .flatMap((location) => {
        const xy = drawing.project(location.lon, location.lat);
        return xy ? [{ location, x: xy[0], y: xy[1] }] : [];
      })
      .sort((a, b) => STATE_ORDER[a.location.state] - STATE_ORDER[b.location.state] || a.location.target.order - b.location.target.order);
    const requests: LabelRequest[] = locations
      .filter(({ location }) => location.state === 'current')
      .map(({ location, x, y }) => ({ id: location.key, text: this.currentNames(location, states, lang), x, y }));
    const fontSize = 13 * unit;
    // Names may cover other points (their halo keeps both readable) but never another current point or name.
    const labels = placeLabels(requests, { fontSize, offset: 10 * unit, width: WIDTH, height: HEIGHT, max: 6 });
    return html`<svg
      part="map"
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      role="img"
      aria-label=${summary}
      aria-describedby="places-heading places-hint"
      data-view=${view}
    >
      <path class="land" d=${drawing.land}></path>
      ${view === 'france' ? svg`<path class="home" d=${drawing.france} stroke-width=${1.2 * unit}></path>` : nothing}
      <path class="borders" d=${drawing.borders} stroke-width=${0.8 * unit}></path>
      ${locations.map(({ location, x, y }) => this.renderPoint(location, x, y, unit, hitRadius(x, y, locations, 12 * unit), lang))}
      ${labels.map(
        (label) =>
          svg`<text class="label" x=${label.x} y=${label.y} text-anchor=${label.anchor} font-size=${fontSize} stroke-width=${3 * unit}>${label.text}</text>`,
      )}
    </svg>`;
  }

  private renderPoint(location: MapLocation, x: number, y: number, unit: number, hit: number, lang: Lang) {
    const radius = (location.state === 'current' ? 6.5 : location.state === 'lit' ? 5 : 4) * unit;
    const unsure = location.places.some((place) => place.unverified || place.dateNote !== undefined);
    const title = [...new Set(location.places.map((place) => `${localize(place.name, lang)} (${formatHistoricDate(place.date, lang)})`))].join(' · ');
    return svg`<g
      class="point"
      data-state=${location.state}
      data-card=${location.target.card.key}
      data-place=${location.target.id}
      data-x=${x.toFixed(1)}
      data-y=${y.toFixed(1)}
      @click=${() => this.showCard(location.target)}
    >
      <title>${title}</title>
      <circle class="hit" cx=${x} cy=${y} r=${Math.max(hit, radius)}></circle>
      ${location.state === 'current' ? svg`<circle class="pulse" cx=${x} cy=${y} r=${radius * 1.8} stroke-width=${2 * unit}></circle>` : nothing}
      ${unsure ? svg`<circle class="unsure" cx=${x} cy=${y} r=${radius + 3 * unit} stroke-width=${unit} stroke-dasharray="${2.5 * unit} ${2 * unit}"></circle>` : nothing}
      <circle class="dot" cx=${x} cy=${y} r=${radius} stroke-width=${(location.state === 'dim' ? 1.5 : 1) * unit}></circle>
    </g>`;
  }

  private renderLegend(messages: MapMessages, shown: readonly MapPlace[]) {
    const legend = this.mode === 'film' ? messages.filmLegend : messages.calendarLegend;
    const unsure = shown.some((place) => place.unverified || place.dateNote !== undefined);
    return html`<ul class="legend" part="legend" aria-label=${messages.legend}>
      ${(['lit', 'current', 'dim'] as const).map(
        (state) =>
          html`<li data-state=${state}>
            <svg viewBox="0 0 16 16" aria-hidden="true"><circle class="swatch-${state}" cx="8" cy="8" r=${state === 'current' ? 6 : 5}></circle></svg
            >${legend[state]}
          </li>`,
      )}
      ${unsure
        ? html`<li data-state="unsure">
            <svg viewBox="0 0 16 16" aria-hidden="true"><circle class="swatch-unsure" cx="8" cy="8" r="6.5"></circle></svg>${messages.unsureLegend}
          </li>`
        : nothing}
    </ul>`;
  }

  private renderList(messages: MapMessages, lang: Lang, shown: readonly MapPlace[], states: ReadonlyMap<string, PlaceState>) {
    const stateWords = this.mode === 'film' ? messages.filmState : messages.calendarState;
    return html`<div class="places" part="list">
      <h3 id="places-heading">${messages.listHeading(shown.length)}</h3>
      <p class="hint" id="places-hint">${messages.listHint}</p>
      <ol aria-labelledby="places-heading">
        ${sortPlaces(shown, this.mode).map((place) => {
          const state = states.get(place.id) ?? 'dim';
          return html`<li>
            <button type="button" data-place=${place.id} data-card=${place.card.key} data-state=${state} @click=${() => this.showCard(place)}>
              <span class="mark" aria-hidden="true"></span>
              <span class="name">${localize(place.name, lang)}</span><span class="meta"
                ><span class="visually-hidden">, </span><span class="date">${formatHistoricDate(place.date, lang)}</span
                ><span aria-hidden="true"> · </span><span class="visually-hidden">, </span><span class="state">${stateWords[state]}</span>${place.unverified ? html`<span class="visually-hidden">, </span><span class="badge">${messages.unverified}</span>` : nothing}${place.dateNote
                  ? html`<span class="visually-hidden">, </span><span class="badge">${messages.dateNote}</span>`
                  : nothing}</span
              >
            </button>
          </li>`;
        })}
      </ol>
    </div>`;
  }

  /** The names written on the map for a current point: its current places, once each. */
  private currentNames(location: MapLocation, states: ReadonlyMap<string, PlaceState>, lang: Lang): string {
    const names = location.places.filter((place) => states.get(place.id) === 'current').map((place) => localize(place.name, lang));
    return [...new Set(names)].join(' / ');
  }

  private follow(snapshot: PlayerSnapshot | undefined, previous: PlayerSnapshot | undefined): void {
    if (snapshot?.episode?.id !== previous?.episode?.id) this.chosenView = undefined;
    if (snapshot?.episodeCards !== previous?.episodeCards) this.places = mapPlaces(snapshot?.episodeCards ?? []);
  }

  private loadMap(): void {
    this.visibility?.disconnect();
    this.visibility = undefined;
    loadOutlines().then(
      (module) => {
        this.outlines = module;
      },
      (error: unknown) => {
        console.error('The map could not be loaded', error);
        this.loadFailed = true;
      },
    );
  }

  /** Keeps points and names the same size on screen whatever the map's width. */
  private watchSize(): void {
    const box = this.renderRoot.querySelector('.map-box');
    if (box === this.sized) return;
    this.resizing?.disconnect();
    this.sized = box ?? undefined;
    if (!box || typeof ResizeObserver === 'undefined') return;
    this.resizing = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0) this.unitsPerPixel = Math.round((WIDTH / width) * 100) / 100;
    });
    this.resizing.observe(box);
  }

  private showMode(mode: Mode): void {
    this.mode = mode;
  }

  private showView(view: MapView): void {
    this.chosenView = view;
  }

  private showDay(event: Event): void {
    this.dayIndex = Number((event.target as HTMLInputElement).value);
  }

  /** Every jump goes to the player as a request, so that its warning gate sees it. */
  private showCard(place: MapPlace): void {
    this.link.request(new SeekRequestEvent({ time: place.card.start, trigger: 'card' }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dv-liberation-map': DvLiberationMap;
  }
}
