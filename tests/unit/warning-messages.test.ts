import { describe, expect, it } from 'vitest';
import { listCategories, warningMessagesFor } from '../../src/i18n/warning-messages.ts';

describe('warning messages', () => {
  it('say how long a stretch lasts, rounded to the second', () => {
    expect(warningMessagesFor('fr').duration(13.4)).toBe('13 secondes');
    expect(warningMessagesFor('fr').duration(0.2)).toBe('1 seconde');
    expect(warningMessagesFor('en').duration(65)).toBe('1 min 05 s');
    expect(warningMessagesFor('en').duration(120)).toBe('2 min');
  });

  it('list the kinds of images once each, in the reader’s language', () => {
    expect(listCategories(['combat', 'death', 'combat'], 'fr')).toBe('combats et morts');
    expect(listCategories(['combat', 'death', 'injury'], 'en')).toBe('combat, death, and injuries');
  });

  it('have the same strings in French and English', () => {
    const keys = (lang: 'fr' | 'en') => JSON.stringify(Object.keys(warningMessagesFor(lang)).sort());
    expect(keys('en')).toBe(keys('fr'));
  });
});
