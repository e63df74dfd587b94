import { describe, expect, it } from 'vitest';
import { frenchOf, peopleMessagesFor } from '../../src/i18n/people-messages.ts';
import { FATE_FILTERS, THEATRE_FILTERS } from '../../src/people/people-filter.ts';
import { PERSON_THEATRES } from '../../src/content/people.ts';

describe('people messages', () => {
  it('elides "de" before a vowel in French', () => {
    expect(frenchOf('Archie Sweeney')).toBe('d’Archie Sweeney');
    expect(frenchOf('Émile')).toBe('d’Émile');
    expect(frenchOf('Jack Yusen')).toBe('de Jack Yusen');
    expect(peopleMessagesFor('fr').portrait('Jack Yusen')).toBe('Portrait de Jack Yusen (illustration)');
    expect(peopleMessagesFor('en').portrait('Jack Yusen')).toBe('Portrait of Jack Yusen (illustration)');
  });

  it('counts in both languages', () => {
    expect(peopleMessagesFor('fr').count(12, 12)).toBe('12 personnes');
    expect(peopleMessagesFor('fr').count(1, 12)).toBe('1 personne sur 12');
    expect(peopleMessagesFor('fr').count(7, 12)).toBe('7 personnes sur 12');
    expect(peopleMessagesFor('fr').count(0, 12)).toMatch(/^Aucune/);
    expect(peopleMessagesFor('en').count(2, 12)).toBe('2 of 12 people');
    expect(peopleMessagesFor('en').count(12, 12)).toBe('12 people');
  });

  it('names every filter and theatre, and the jumps as the issue shows them', () => {
    for (const lang of ['fr', 'en'] as const) {
      const messages = peopleMessagesFor(lang);
      for (const filter of THEATRE_FILTERS) expect(messages.theatreFilter(filter)).toBeTruthy();
      for (const filter of FATE_FILTERS) expect(messages.fateFilter(filter)).toBeTruthy();
      for (const theatre of PERSON_THEATRES) expect(messages.theatre(theatre)).toBeTruthy();
    }
    expect(peopleMessagesFor('fr').jump(7, '4:59')).toBe('Épisode 7 · 4:59');
    expect(peopleMessagesFor('en').jump(7, '4:59')).toBe('Episode 7 · 4:59');
    expect(peopleMessagesFor('fr').unverified).toBe('Ce que nos sources ne confirment pas');
    expect(peopleMessagesFor('fr').killed('26 novembre 1944', 'Près de Hanovre, Allemagne')).toBe('Mort au combat le 26 novembre 1944 (Près de Hanovre, Allemagne)');
  });
});
