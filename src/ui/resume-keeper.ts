import { createResumeStore, resumeOffer, shouldSave, type ResumeStore } from '../comfort/resume-store.ts';
import type { MediaState } from '../player/player-state.ts';
import { safeLocalStorage } from '../warnings/warning-store.ts';

/** Sent (bubbling) each time an episode's position is saved, so the page can show its progress. */
export const PROGRESS_SAVED_EVENT = 'dv-progress-saved';

/**
 * Keeps each episode's position as it plays (throttled by `shouldSave`) and says where to offer
 * to resume. Nothing is saved before the viewer has played or answered the offer: opening an
 * episode must not overwrite the moment they left it at.
 */
export class ResumeKeeper {
  private episode: string | undefined;
  private last: { time: number; at: number } | undefined;
  private started = false;

  constructor(
    private readonly onSaved: (episode: string) => void,
    private readonly store: ResumeStore = createResumeStore(safeLocalStorage()),
  ) {}

  /** A new episode: returns the moment to offer to resume at, if any. */
  open(episode: string): number | undefined {
    this.episode = episode;
    this.last = undefined;
    this.started = false;
    return resumeOffer(this.store.get(episode));
  }

  /** The viewer chose (resume or start over), or the page jumped somewhere on purpose: positions count from now. */
  start(): void {
    this.started = true;
  }

  follow(media: MediaState): void {
    if (!media.paused) this.started = true;
    const episode = this.episode;
    if (!episode || !this.started || !media.ready || media.seeking || !(media.duration > 0)) return;
    const now = { time: media.currentTime, at: Date.now() };
    if (!shouldSave(this.last, now, media.paused || media.ended)) return;
    this.last = now;
    this.store.save(episode, media.currentTime, media.duration, now.at);
    this.onSaved(episode);
  }

  close(): void {
    this.episode = undefined;
  }
}
