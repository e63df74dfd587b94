import { createContext } from '@lit/context';
import type { Chapter } from '../content/chapters.ts';
import type { Appearance, ContentWarning, ContextCard } from '../content/context-track.ts';
import type { Episode } from '../content/manifest.ts';
import type { Person } from '../content/people.ts';
import type { Lang } from '../timeline/format-time.ts';
import type { PlayerRemote } from './player-remote.ts';
import type { MediaState } from './player-state.ts';

/**
 * What every panel needs, published by the root player element as a fresh object on each change
 * (Lit's context notifies only when the value is a new object). Panels read it and send request
 * events up; none of them talks to the player.
 */
export interface PlayerSnapshot {
  readonly lang: Lang;
  readonly media: MediaState;
  /** Undefined while the chapters file loads. */
  readonly chapters: readonly Chapter[] | undefined;
  /** Every sensitive stretch of the episode (empty while the context track loads). */
  readonly stretches: readonly ContentWarning[];
  readonly chapter: Chapter | undefined;
  readonly cards: readonly ContextCard[];
  readonly warnings: readonly ContentWarning[];
  readonly appearances: readonly Appearance[];
  /** The episode playing, and every episode of the manifest (for appearances across episodes). */
  readonly episode: Episode | undefined;
  readonly episodes: readonly Episode[];
  /** The whole context track of the episode, sorted by start (empty while it loads). */
  readonly episodeCards: readonly ContextCard[];
  readonly episodeAppearances: readonly Appearance[];
  /** The profiles of people.json (empty when the manifest names none, or while it loads). */
  readonly people: readonly Person[];
  /** Present once the player exists; panels may read `remote.log` but send requests as events. */
  readonly remote: PlayerRemote | undefined;
}

export const playerContext = createContext<PlayerSnapshot | undefined>(Symbol('douze-vies-player'));
