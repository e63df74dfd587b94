import type { ContentProblem } from '../content/content-problem.ts';
import type { Localized } from '../content/localized.ts';

/** A person cue, as the context track gives it (only what this module reads). */
export interface AppearanceCue {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly note?: Localized;
}

/** An episode of the manifest (only what this module reads). */
export interface EpisodeRef {
  readonly id: string;
  readonly number: number;
  readonly available: boolean;
  readonly contextUrl?: string;
}

/** A moment a person is on screen. */
export interface Moment {
  readonly start: number;
  readonly end: number;
  readonly note?: Localized;
}

/**
 * The people on screen now: the profiles named by the active person cues, once each, in the order
 * of their cues. A cue naming nobody in people.json is left out (the content checker reports it).
 */
export function peopleOnScreen<P extends { readonly id: string }, A extends AppearanceCue>(
  active: readonly A[],
  people: readonly P[],
): { readonly person: P; readonly appearance: A }[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  const seen = new Set<string>();
  const onScreen: { person: P; appearance: A }[] = [];
  for (const appearance of [...active].sort((a, b) => a.start - b.start)) {
    const person = byId.get(appearance.id);
    if (!person || seen.has(person.id)) continue;
    seen.add(person.id);
    onScreen.push({ person, appearance });
  }
  return onScreen;
}

/** A person's moments in one episode's cues, by start, one per start time. */
export function momentsOf(personId: string, cues: readonly AppearanceCue[]): Moment[] {
  const moments = new Map<number, Moment>();
  for (const cue of cues) {
    if (cue.id !== personId || moments.has(cue.start)) continue;
    moments.set(cue.start, cue.note === undefined ? { start: cue.start, end: cue.end } : { start: cue.start, end: cue.end, note: cue.note });
  }
  return [...moments.values()].sort((a, b) => a.start - b.start);
}

/** What is known of an episode's person cues: being loaded, read, or not readable. */
export type EpisodeCues =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly cues: readonly AppearanceCue[] }
  | { readonly status: 'failed'; readonly problems: readonly ContentProblem[] };

/** A person's appearances in one episode, for a profile. */
export type AppearanceGroup<E extends EpisodeRef = EpisodeRef> =
  | { readonly episode: E; readonly current: boolean; readonly status: 'ready'; readonly moments: readonly Moment[] }
  | { readonly episode: E; readonly current: boolean; readonly status: 'loading' }
  | { readonly episode: E; readonly current: boolean; readonly status: 'failed' };

/** Episodes that can hold appearances: those with media here and a context track. */
export function episodesWithCues<E extends EpisodeRef>(episodes: readonly E[]): E[] {
  return episodes.filter((episode) => episode.available && episode.contextUrl !== undefined);
}

/** The episodes whose cues a profile still needs: every one with cues but the current, not yet loaded or loading. */
export function episodesToLoad<E extends EpisodeRef>(episodes: readonly E[], currentId: string | undefined, known: ReadonlyMap<string, EpisodeCues>): E[] {
  return episodesWithCues(episodes).filter((episode) => episode.id !== currentId && (known.get(episode.id) ?? { status: 'failed' }).status === 'failed');
}

export interface AppearanceQuery<E extends EpisodeRef> {
  readonly episodes: readonly E[];
  readonly currentId: string | undefined;
  /** The current episode's person cues, from the player (empty while its track loads). */
  readonly currentCues: readonly AppearanceCue[];
  /** What is known of the other episodes' cues. */
  readonly known: ReadonlyMap<string, EpisodeCues>;
}

/**
 * Every appearance of a person across the series, episode by episode in the manifest's numbering:
 * the current episode from the player's own track, the others from their loaded tracks. An episode
 * still loading or not readable is listed with that status; one where the person does not appear
 * is left out.
 */
export function appearanceGroups<E extends EpisodeRef>(personId: string, query: AppearanceQuery<E>): AppearanceGroup<E>[] {
  const groups: AppearanceGroup<E>[] = [];
  const episodes = [...episodesWithCues(query.episodes)].sort((a, b) => a.number - b.number);
  for (const episode of episodes) {
    const current = episode.id === query.currentId;
    const known = query.known.get(episode.id);
    // The current episode's track comes from the player; while it loads, a copy loaded earlier serves.
    const cues = current && (query.currentCues.length > 0 || known?.status !== 'ready') ? query.currentCues : known?.status === 'ready' ? known.cues : undefined;
    if (cues === undefined) {
      groups.push(known?.status === 'failed' ? { episode, current, status: 'failed' } : { episode, current, status: 'loading' });
      continue;
    }
    const moments = momentsOf(personId, cues);
    if (moments.length > 0) groups.push({ episode, current, status: 'ready', moments });
  }
  return groups;
}

/** What the cache reads of a loaded context track. */
export interface LoadedCues {
  readonly appearances: readonly AppearanceCue[];
  readonly cards?: readonly unknown[];
  readonly warnings?: readonly unknown[];
  readonly problems: readonly ContentProblem[];
}

/** A track that gave nothing and reported an error (not found, not WebVTT) could not be read. */
export function unreadable(track: LoadedCues): boolean {
  const empty = track.appearances.length === 0 && (track.cards?.length ?? 0) === 0 && (track.warnings?.length ?? 0) === 0;
  return empty && track.problems.some((problem) => problem.severity !== 'warning');
}

/**
 * The other episodes' person cues, loaded on demand (when a profile opens) and kept: each episode
 * is fetched once; one that could not be read is tried again at the next demand.
 */
export class AppearanceCache {
  private readonly states = new Map<string, EpisodeCues>();
  private snapshot: ReadonlyMap<string, EpisodeCues> = new Map();

  constructor(
    private readonly load: (url: string) => Promise<LoadedCues>,
    private readonly changed: () => void = () => {},
  ) {}

  /** What is known so far, per episode id (a fresh map after each change). */
  get known(): ReadonlyMap<string, EpisodeCues> {
    return this.snapshot;
  }

  /** Starts loading every episode that needs it; resolves when those loads are over. */
  async ensure(episodes: readonly EpisodeRef[], currentId: string | undefined): Promise<void> {
    const needed = episodesToLoad(episodes, currentId, this.states);
    if (needed.length === 0) return;
    for (const episode of needed) this.states.set(episode.id, { status: 'loading' });
    this.publish();
    await Promise.all(needed.map((episode) => this.fetchOne(episode)));
  }

  private async fetchOne(episode: EpisodeRef): Promise<void> {
    let state: EpisodeCues;
    try {
      const track = await this.load(episode.contextUrl!);
      state = unreadable(track) ? { status: 'failed', problems: track.problems } : { status: 'ready', cues: track.appearances };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      state = { status: 'failed', problems: [{ file: episode.contextUrl!, message, severity: 'error' }] };
    }
    this.states.set(episode.id, state);
    this.publish();
  }

  private publish(): void {
    this.snapshot = new Map(this.states);
    this.changed();
  }
}
