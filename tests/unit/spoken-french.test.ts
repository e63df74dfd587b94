import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spokenFrench, unspeakableNumbers } from '../../scripts/demo/spoken-french.ts';

describe('spokenFrench', () => {
  it('spells dates as the voice reads them', () => {
    expect(spokenFrench('Le 4 juin 1944, puis le 1er septembre.')).toBe('Le quatre juin mille neuf cent quarante-quatre, puis le premier septembre.');
  });

  it('spells ordinals, feminine and masculine', () => {
    expect(spokenFrench('la 2e division blindée et la 1re armée, le 442e régiment, le 1er bataillon')).toBe(
      'la deuxième division blindée et la première armée, le quatre cent quarante-deuxième régiment, le premier bataillon',
    );
    expect(spokenFrench('la 36ᵉ division')).toBe('la trente-sixième division');
  });

  it('reads thousands grouped with a space, a no-break space or a narrow one', () => {
    expect(spokenFrench('35 000 combattants')).toBe('trente-cinq mille combattants');
    expect(spokenFrench('12\u00a0000 et 1\u202f930 kilomètres')).toBe('douze mille et mille neuf cent trente kilomètres');
  });

  it('reads clock times', () => {
    expect(spokenFrench('vers 15 h 30, puis à 1 h')).toBe('vers quinze heures trente, puis à une heure');
  });

  it('reads designations such as B-29 and DE-413', () => {
    expect(spokenFrench('les B-29 et le DE-413')).toBe('les B vingt-neuf et le DE quatre cent treize');
  });

  it('reads decimals written the French way', () => {
    expect(spokenFrench('3,5 kilomètres')).toBe('trois virgule cinq kilomètres');
  });

  it('leaves text without digits untouched', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !/\d/.test(text)),
        (text) => spokenFrench(text) === text,
      ),
    );
  });

  it('leaves no digit in any text made of the forms it knows', () => {
    const number = fc.integer({ min: 0, max: 999_999 });
    const form = fc.oneof(
      number.map(String),
      fc.integer({ min: 1, max: 999 }).map((n) => `${n}e`),
      fc.constantFrom('1er', '1re'),
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${h} h ${String(m).padStart(2, '0')}`),
      fc.integer({ min: 1000, max: 999_999 }).map((n) => n.toLocaleString('fr-FR')),
      fc.tuple(fc.constantFrom('B', 'P', 'DE'), fc.integer({ min: 1, max: 999 })).map(([letters, n]) => `${letters}-${n}`),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(form, fc.constantFrom(' ', ', ', ' et ', ' – ')), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([word, sep]) => word + sep).join('');
        expect(unspeakableNumbers(text)).toEqual([]);
        expect(spokenFrench(text)).not.toMatch(/\d/);
      }),
    );
  });
});

describe('unspeakableNumbers', () => {
  it('names each digit group the voice cannot read', () => {
    expect(unspeakableNumbers('en 1944-45, 3.5 km, 42nd, 10km, 50 %, V2.')).toEqual(['3.5', '42nd', '10km', 'V2']);
  });

  it('accepts a year range written with a dash', () => {
    expect(unspeakableNumbers('1944-1945 et 7–8 juin')).toEqual([]);
  });
});

describe('percentages', () => {
  it('reads a percentage', () => {
    expect(spokenFrench('50 % des hommes')).toBe('cinquante pour cent des hommes');
  });
});
