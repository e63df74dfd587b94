import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePeople } from '../../src/content/people.ts';
import {
  FATE_FILTERS,
  filterPeople,
  isFateFilter,
  isTheatreFilter,
  matchesFilters,
  NO_FILTERS,
  THEATRE_FILTERS,
  theatreGroups,
  type Filterable,
  type PersonTheatre,
} from '../../src/people/people-filter.ts';

const people = parsePeople(readFileSync(new URL('../../public/people.json', import.meta.url), 'utf8'), 'people.json').value!;
const ids = (list: readonly { id: string }[]) => list.map((person) => person.id);

const person = (theatres: PersonTheatre[], status: 'killed' | 'survived' = 'survived'): Filterable => ({ theatres, fate: { status } });

describe('theatreGroups', () => {
  it('counts the Mediterranean as Europe and the air war over Europe as the air war', () => {
    expect([...theatreGroups(person(['mediterranean']))]).toEqual(['europe']);
    expect([...theatreGroups(person(['air-europe']))]).toEqual(['air']);
    expect([...theatreGroups(person(['europe', 'mediterranean', 'pacific']))].sort()).toEqual(['europe', 'pacific']);
  });
});

describe('filterPeople', () => {
  it('keeps everyone with no filter', () => {
    expect(filterPeople(people, NO_FILTERS)).toEqual(people);
  });

  it('finds the people of people.json by theatre', () => {
    expect(ids(filterPeople(people, { theatre: 'air', fate: 'all' }))).toEqual(['shelby-westbrook', 'bert-stiles']);
    expect(ids(filterPeople(people, { theatre: 'pacific', fate: 'all' }))).toEqual(['jack-werner', 'richard-tregaskis', 'robert-sherrod', 'jack-yusen', 'nolen-marbrey']);
    expect(filterPeople(people, { theatre: 'europe', fate: 'all' })).toHaveLength(7);
  });

  it('finds the people of people.json by fate, and combines both filters', () => {
    expect(ids(filterPeople(people, { theatre: 'all', fate: 'killed' }))).toEqual(['archie-sweeney', 'bert-stiles']);
    expect(filterPeople(people, { theatre: 'all', fate: 'survived' })).toHaveLength(10);
    expect(ids(filterPeople(people, { theatre: 'air', fate: 'killed' }))).toEqual(['bert-stiles']);
    expect(filterPeople(people, { theatre: 'pacific', fate: 'killed' })).toEqual([]);
  });

  it('keeps order, keeps only matches, and splits everyone by fate', () => {
    const theatre = fc.constantFrom<PersonTheatre>('europe', 'mediterranean', 'pacific', 'air-europe');
    const someone = fc.record({
      theatres: fc.uniqueArray(theatre, { minLength: 1, maxLength: 4 }),
      fate: fc.record({ status: fc.constantFrom<'killed' | 'survived'>('killed', 'survived') }),
    });
    fc.assert(
      fc.property(fc.array(someone, { maxLength: 20 }), fc.constantFrom(...THEATRE_FILTERS), fc.constantFrom(...FATE_FILTERS), (list, theatreFilter, fate) => {
        const kept = filterPeople(list, { theatre: theatreFilter, fate });
        expect(kept).toEqual(list.filter((one) => kept.includes(one)));
        for (const one of list) expect(kept.includes(one)).toBe(matchesFilters(one, { theatre: theatreFilter, fate }));
        const killed = filterPeople(list, { theatre: theatreFilter, fate: 'killed' }).length;
        const survived = filterPeople(list, { theatre: theatreFilter, fate: 'survived' }).length;
        expect(killed + survived).toBe(filterPeople(list, { theatre: theatreFilter, fate: 'all' }).length);
      }),
    );
  });
});

describe('filter values', () => {
  it('accepts the known values only', () => {
    expect(THEATRE_FILTERS.every(isTheatreFilter)).toBe(true);
    expect(FATE_FILTERS.every(isFateFilter)).toBe(true);
    expect(isTheatreFilter('mediterranean')).toBe(false);
    expect(isFateFilter('missing')).toBe(false);
  });
});
