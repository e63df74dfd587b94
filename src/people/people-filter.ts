import type { PERSON_THEATRES } from '../content/people.ts';

/** A theatre as people.json writes it. */
export type PersonTheatre = (typeof PERSON_THEATRES)[number];

/** The gallery's theatre filter: the Mediterranean counts as Europe; the air war over Europe is its own. */
export const THEATRE_FILTERS = ['all', 'europe', 'pacific', 'air'] as const;
export type TheatreFilter = (typeof THEATRE_FILTERS)[number];
export type TheatreGroup = Exclude<TheatreFilter, 'all'>;

export const FATE_FILTERS = ['all', 'killed', 'survived'] as const;
export type FateFilter = (typeof FATE_FILTERS)[number];

export interface PeopleFilters {
  readonly theatre: TheatreFilter;
  readonly fate: FateFilter;
}

export const NO_FILTERS: PeopleFilters = { theatre: 'all', fate: 'all' };

/** What the filters read of a person. */
export interface Filterable {
  readonly theatres: readonly PersonTheatre[];
  readonly fate: { readonly status: 'killed' | 'survived' };
}

const GROUP_OF: Record<PersonTheatre, TheatreGroup> = {
  europe: 'europe',
  mediterranean: 'europe',
  pacific: 'pacific',
  'air-europe': 'air',
};

/** The filter groups a person belongs to (one person may be in several). */
export function theatreGroups(person: Filterable): ReadonlySet<TheatreGroup> {
  return new Set(person.theatres.map((theatre) => GROUP_OF[theatre]));
}

export function matchesFilters(person: Filterable, filters: PeopleFilters): boolean {
  const theatre = filters.theatre === 'all' || theatreGroups(person).has(filters.theatre);
  const fate = filters.fate === 'all' || person.fate.status === filters.fate;
  return theatre && fate;
}

/** The people the filters keep, in their original order. */
export function filterPeople<P extends Filterable>(people: readonly P[], filters: PeopleFilters): P[] {
  return people.filter((person) => matchesFilters(person, filters));
}

export function isTheatreFilter(value: unknown): value is TheatreFilter {
  return (THEATRE_FILTERS as readonly unknown[]).includes(value);
}

export function isFateFilter(value: unknown): value is FateFilter {
  return (FATE_FILTERS as readonly unknown[]).includes(value);
}
