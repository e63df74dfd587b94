import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { episodeTitle } from '../content/manifest.ts';
import { messagesFor } from '../i18n/messages.ts';
import { playerContext, type PlayerSnapshot } from '../player/player-context.ts';

/** The keys of a list of cues, as one comparable value. */
export function keysOf(cues: readonly { readonly key: string }[]): string {
  return cues.map((cue) => cue.key).join('\n');
}

/** The event a player element sends (on itself, not bubbling) with each new snapshot. */
export const SNAPSHOT_EVENT = 'dv-snapshot';

/** What a panel needs of a player it is attached to by id. */
export interface SnapshotSource extends HTMLElement {
  readonly currentSnapshot: PlayerSnapshot | undefined;
}

type Host = ReactiveControllerHost & HTMLElement & { player?: string | null };

function isSource(element: Element | null): element is SnapshotSource {
  return element !== null && 'currentSnapshot' in element;
}

/**
 * Links a panel to its player. Inside a `dv-player`, the snapshot comes down through the Lit
 * context; anywhere else on the page, the panel names its player with `player="<id>"` (as
 * media-chrome's controls name their `mediacontroller`) and listens to that element's
 * `dv-snapshot` events. Either way the panel sends its requests with `request()`, which reaches
 * the right player, so that every seek goes through the remote and its warning gate.
 */
export class PlayerLink implements ReactiveController {
  snapshot: PlayerSnapshot | undefined;
  private linked: SnapshotSource | undefined;
  private watching: MutationObserver | undefined;
  private readonly onSnapshot = (event: Event) => this.update((event as CustomEvent<PlayerSnapshot>).detail);

  private shown: readonly unknown[] | undefined;

  /**
   * @param changed called with every new snapshot (and the one before).
   * @param relevant what the panel shows of a snapshot: the panel re-renders only when one of these
   *   values changes (by `Object.is`), not at every `timeupdate` of the media. Leave out to
   *   re-render on every snapshot.
   */
  constructor(
    private readonly host: Host,
    private readonly changed: (snapshot: PlayerSnapshot | undefined, previous: PlayerSnapshot | undefined) => void = () => {},
    private readonly relevant?: (snapshot: PlayerSnapshot) => readonly unknown[],
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: playerContext,
      subscribe: true,
      callback: (snapshot) => {
        if (!this.host.player) this.update(snapshot);
      },
    });
  }

  hostConnected(): void {
    if (this.host.player) this.attach(this.host.player);
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Re-links after the `player` attribute changed. */
  relink(): void {
    // The first update reports the attribute that hostConnected() has just linked: nothing to redo.
    if (this.linked && this.linked.id === this.host.player && this.linked.isConnected) return;
    this.detach();
    if (this.host.isConnected && this.host.player) this.attach(this.host.player);
  }

  /**
   * A panel's landmark name. Attached by id, a page may hold one such panel per player: the name then
   * says whose episode it is (« Chapitres — Épisode 6 — … »), so that every landmark has its own.
   */
  landmarkName(name: string): string {
    const snapshot = this.snapshot;
    const episode = snapshot?.episode;
    if (!this.host.player || !snapshot || !episode) return name;
    return `${name} — ${messagesFor(snapshot.lang).episodeHeading(episode.number, episodeTitle(episode, snapshot.lang))}`;
  }

  /** Sends a request event to the linked player (or up from the panel, to the player around it). */
  request(event: Event): void {
    (this.linked ?? this.host).dispatchEvent(event);
  }

  private attach(id: string): void {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(id) ?? document.getElementById(id);
    if (isSource(found)) {
      this.linked = found;
      found.addEventListener(SNAPSHOT_EVENT, this.onSnapshot);
      this.update(found.currentSnapshot);
      return;
    }
    // The player may be added (or defined) later: wait for it.
    this.watching = new MutationObserver(() => {
      const later = document.getElementById(id);
      if (isSource(later)) {
        this.watching?.disconnect();
        this.watching = undefined;
        this.attach(id);
      }
    });
    this.watching.observe(document, { childList: true, subtree: true });
    void customElements.whenDefined('dv-player').then(() => {
      if (!this.linked && this.host.isConnected && this.host.player === id && isSource(document.getElementById(id))) this.relink();
    });
  }

  private detach(): void {
    this.watching?.disconnect();
    this.watching = undefined;
    this.linked?.removeEventListener(SNAPSHOT_EVENT, this.onSnapshot);
    this.linked = undefined;
  }

  private update(snapshot: PlayerSnapshot | undefined): void {
    const previous = this.snapshot;
    if (snapshot === previous) return;
    this.snapshot = snapshot;
    this.changed(snapshot, previous);
    const shown = snapshot && this.relevant ? this.relevant(snapshot) : undefined;
    if (shown && this.shown && shown.length === this.shown.length && shown.every((value, index) => Object.is(value, this.shown![index]))) return;
    this.shown = shown;
    this.host.requestUpdate();
  }
}
