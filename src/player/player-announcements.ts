import { localize } from '../content/localized.ts';
import type { PlayerSnapshot } from './player-context.ts';
import { cardChange, chapterChange, playbackPaused, playbackStarted, timeChange, warningChange } from './player-events.ts';

/** What a player last told its page, to say only what changed. */
export interface Announced {
  readonly chapter: string;
  readonly cards: string;
  readonly warnings: string;
  readonly time: number;
  readonly playing: boolean;
  readonly lang: string;
}

export const NOTHING_ANNOUNCED: Announced = { chapter: '', cards: '', warnings: '', time: Number.NaN, playing: false, lang: '' };

/**
 * The events a new snapshot gives the page (`dv-time-change`, `dv-chapter-change`, `dv-card-change`,
 * `dv-warning-change`, `dv-play`, `dv-pause`), each only when what it tells changed since
 * `previous` (a change of language tells the chapter, cards and warnings again, in the new one).
 * Pure: the player dispatches them.
 */
export function announcementsFor(previous: Announced, snapshot: PlayerSnapshot): { readonly events: readonly CustomEvent[]; readonly announced: Announced } {
  const { media, lang } = snapshot;
  const relocalized = lang !== previous.lang;
  const events: CustomEvent[] = [];
  const chapter = snapshot.chapter?.id ?? '';
  const cards = snapshot.cards.map((card) => card.key).join('\n');
  const warnings = snapshot.warnings.map((warning) => warning.key).join('\n');
  const playing = media.ready && !media.paused && !media.ended;

  if (media.currentTime !== previous.time) {
    events.push(timeChange({ currentTime: media.currentTime, duration: media.duration, paused: media.paused }));
  }
  if (chapter !== previous.chapter || (relocalized && chapter)) {
    const on = snapshot.chapter;
    events.push(chapterChange({ chapter: on ? { id: on.id, title: on.title, start: on.start, end: on.end } : null }));
  }
  if (cards !== previous.cards || (relocalized && cards)) {
    events.push(cardChange({ cards: snapshot.cards.map((card) => ({ id: card.key, title: localize(card.title, lang), start: card.start, end: card.end })) }));
  }
  if (warnings !== previous.warnings || (relocalized && warnings)) {
    events.push(
      warningChange({
        warnings: snapshot.warnings.map((warning) => ({
          id: warning.key,
          start: warning.start,
          end: warning.end,
          categories: warning.categories,
          text: localize(warning.text, lang),
        })),
      }),
    );
  }
  if (playing !== previous.playing) {
    const detail = { episode: snapshot.episode?.id, currentTime: media.currentTime };
    events.push(playing ? playbackStarted(detail) : playbackPaused(detail));
  }
  return { events, announced: { chapter, cards, warnings, time: media.currentTime, playing, lang } };
}
