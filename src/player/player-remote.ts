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
 * Every seek, play and pause goes through here, whoever asked. It records the trigger, lets guards
 * veto a request (the warning gate plugs in as one), and keeps a log for tests and diagnostics.
 */
export class PlayerRemote {
  private readonly guards: ((request: RemoteRequest) => boolean)[] = [];
  readonly log: RemoteRequest[] = [];

  constructor(private readonly media: Playable) {}

  /** Adds a guard that may refuse a request by returning false; returns its removal. */
  addGuard(guard: (request: RemoteRequest) => boolean): () => void {
    this.guards.push(guard);
    return () => this.guards.splice(this.guards.indexOf(guard), 1);
  }

  seek(time: number, trigger: RequestTrigger): boolean {
    return this.run({ kind: 'seek', time, trigger }, () => this.media.seek(time));
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

  private run(request: RemoteRequest, action: () => void): boolean {
    this.log.push(request);
    if (this.log.length > 100) this.log.shift();
    if (!this.guards.every((guard) => guard(request))) return false;
    action();
    return true;
  }
}
