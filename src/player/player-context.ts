import { createContext } from '@lit/context';
import type { Chapter } from '../content/chapters.ts';
import type { Appearance, ContentWarning, ContextCard } from '../content/context-track.ts';
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
  /** Present once the player exists; panels may read `remote.log` but send requests as events. */
  readonly remote: PlayerRemote | undefined;
}

export const playerContext = createContext<PlayerSnapshot | undefined>(Symbol('douze-vies-player'));
