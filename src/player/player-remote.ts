import type { RequestTrigger } from './request-events.ts';

/** The part of the adapter the remote drives. */
export interface Playable {
  play(): Promise<void>;
  pause(): void;
  seek(time: number): void;
}

/** A request as the remote saw it, with why it was made: what a content warning gate will check. */
export interface RemoteRequest {
  readonly kind: 'seek' | 'play' | 'pause';
  readonly trigger: RequestTrigger;
  readonly time?: number;
}

/**
 * What a guard says of a request: `true` lets it through, `false` refuses it, `{ time }` lets a seek
 * through to another time (the warning gate sends a seek into a stretch to skip to its end).
 */
export type GuardVerdict = boolean | { readonly time: number };

/**
 * Every seek, play and pause goes through here, whoever asked. It records the trigger, lets guards
 * veto or redirect a request (the warning gate plugs in as one), and keeps a log for tests and
 * diagnostics.
 */
export class PlayerRemote {
  private readonly guards: ((request: RemoteRequest) => GuardVerdict)[] = [];
  readonly log: RemoteRequest[] = [];

  constructor(private readonly media: Playable) {}

  /** Adds a guard that may refuse a request (false) or redirect a seek ({ time }); returns its removal. */
  addGuard(guard: (request: RemoteRequest) => GuardVerdict): () => void {
    this.guards.push(guard);
    return () => this.guards.splice(this.guards.indexOf(guard), 1);
  }

  seek(time: number, trigger: RequestTrigger): boolean {
    return this.run({ kind: 'seek', time, trigger }, (target) => this.media.seek(target ?? time));
  }

  play(trigger: RequestTrigger): boolean {
    return this.run({ kind: 'play', trigger }, () => {
      this.media.play().catch(() => {
        // The browser refused (autoplay policy, or the media cannot play): the state shows it.
      });
    });
  }

  pause(trigger: RequestTrigger): boolean {
    return this.run({ kind: 'pause', trigger }, () => this.media.pause());
  }

  private run(request: RemoteRequest, action: (time?: number) => void): boolean {
    this.log.push(request);
    if (this.log.length > 100) this.log.shift();
    let current = request;
    for (const guard of this.guards) {
      const verdict = guard(current);
      if (verdict === false) return false;
      if (verdict !== true && current.kind === 'seek') current = { ...current, time: verdict.time };
    }
    action(current.time);
    return true;
  }
}
