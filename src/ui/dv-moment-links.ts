import { CARD_CHANGE, PLAY } from '../player/player-events.ts';
import type { DvPlayer } from './dv-player.ts';

/** How long a link clicked before its player has read its cards waits for them. */
const CARDS_WAIT_MS = 15_000;

/** The ids of the cards a player shows now (as its `dv-card-change` gives them). */
function shownCards(player: DvPlayer): string[] {
  return (player.currentSnapshot?.cards ?? []).map((card) => card.key);
}

function isPlayer(element: Element | null): element is DvPlayer {
  return element?.localName === 'dv-player';
}

/**
 * Wires the links of a text (an article, a lesson) to the players on the page. Wrap the text in it
 * and give each link the player's `id` and the `id` of a card of that player's context track:
 *
 * ```html
 * <dv-moment-links>
 *   <p>… <a href="index.html?episode=episode-06&t=9.2" data-player="ep6" data-card="bayeux">Bayeux</a> …</p>
 * </dv-moment-links>
 * ```
 *
 * A plain click jumps that player to the card's start and plays, through the player's `seek()` and
 * `play()` (so content warnings still apply), brings it into view and gives it the focus. While the
 * card is on screen in the player that played last, the link has `aria-current="true"` (style it
 * with `dv-moment-links a[aria-current="true"]`). A `data-time` (seconds) is used for a card the track
 * does not have. The `href` stays a working link for a new tab, a copy or a page without scripts.
 * The element has no shadow root and no style of its own: the text stays the page's.
 *
 * @summary Links in a page's text that jump a player to a moment and light up while it is shown.
 */
export class DvMomentLinks extends HTMLElement {
  private listeners: AbortController | undefined;
  /** The player that played last: only its links light up (another one paused keeps its picture, not the reader's attention). */
  private current: DvPlayer | undefined;

  connectedCallback(): void {
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    this.addEventListener('click', (event) => this.onClick(event), { signal });
    document.addEventListener(CARD_CHANGE, (event) => this.light(event.composedPath()[0], event.detail.cards.map((card) => card.id)), { signal });
    document.addEventListener(PLAY, (event) => this.follow(event.composedPath()[0]), { signal });
    // Players already showing a card when the text arrives.
    for (const player of document.querySelectorAll('dv-player')) {
      if (player.currentSnapshot) this.light(player, shownCards(player));
    }
  }

  disconnectedCallback(): void {
    this.listeners?.abort();
  }

  /** The links of this text that point at a moment. */
  private links(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('a[data-player]')];
  }

  private onClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-player]');
    if (!link || !this.contains(link)) return;
    const player = document.getElementById(link.dataset.player ?? '');
    // No such player on this page: the link's own address (the full player) is the way there.
    if (!isPlayer(player)) return;
    event.preventDefault();
    void this.jump(player, link);
  }

  private async jump(player: DvPlayer, link: HTMLAnchorElement): Promise<void> {
    const time = await this.timeOf(player, link);
    if (time === undefined) {
      console.warn(`dv-moment-links: ${link.dataset.player} has no card "${link.dataset.card ?? ''}" and the link has no data-time`);
      return;
    }
    player.seek(time);
    player.play();
    player.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    player.focus();
  }

  /** The card's start in the player's context track (waiting for the track if it is still loading), else `data-time`. */
  private async timeOf(player: DvPlayer, link: HTMLAnchorElement): Promise<number | undefined> {
    const id = link.dataset.card;
    const fallback = link.dataset.time !== undefined && link.dataset.time !== '' ? Number(link.dataset.time) : undefined;
    const given = fallback !== undefined && Number.isFinite(fallback) && fallback >= 0 ? fallback : undefined;
    if (id === undefined) return given;
    const cardStart = () => player.currentSnapshot?.episodeCards.find((card) => card.key === id)?.start;
    const loaded = () => (player.currentSnapshot?.episodeCards.length ?? 0) > 0;
    if (!loaded()) {
      await new Promise<void>((resolve) => {
        const done = new AbortController();
        const stop = () => {
          done.abort();
          resolve();
        };
        player.addEventListener('dv-snapshot', () => loaded() && stop(), { signal: done.signal });
        setTimeout(stop, CARDS_WAIT_MS);
      });
    }
    return cardStart() ?? given;
  }

  /** Another player started: its links light up, the others' go out. */
  private follow(source: EventTarget | undefined): void {
    if (!(source instanceof Element) || !isPlayer(source) || source === this.current) return;
    this.current = source;
    for (const link of this.links()) {
      if (link.dataset.player !== source.id) link.removeAttribute('aria-current');
    }
    this.light(source, shownCards(source));
  }

  /** Marks the links to the cards a player shows now (the player that played last, or any before one has). */
  private light(source: EventTarget | undefined, cardIds: readonly string[]): void {
    if (!(source instanceof Element) || !isPlayer(source) || !source.id) return;
    if (this.current && this.current !== source) return;
    const shown = new Set(cardIds);
    for (const link of this.links()) {
      if (link.dataset.player !== source.id) continue;
      if (link.dataset.card !== undefined && shown.has(link.dataset.card)) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }
}

if (!customElements.get('dv-moment-links')) customElements.define('dv-moment-links', DvMomentLinks);

declare global {
  interface HTMLElementTagNameMap {
    'dv-moment-links': DvMomentLinks;
  }
}
