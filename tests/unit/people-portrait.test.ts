import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, hashId, initials, PORTRAIT_CONTRAST, portraitColour, portraitColourOfHue, portraitColours } from '../../src/people/portrait.ts';
import { readFileSync } from 'node:fs';

const people = (JSON.parse(readFileSync(new URL('../../public/people.json', import.meta.url), 'utf8')) as { people: { id: string; name: string }[] }).people;
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);

/** Hue distance in OKLab terms is hard to assert; the colours' own RGB distance is enough here. */
function rgbDistance(a: string, b: string): number {
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [channels(a), channels(b)];
  return Math.hypot(...x.map((value, i) => value - y[i]!));
}

describe('initials', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initials('Jack Yusen')).toBe('JY');
    expect(initials('Roscoe C. Blunt Jr.')).toBe('RB');
    expect(initials('Jack (Hans) Werner')).toBe('JW');
  });

  it('handles one word, accents, hyphens, extra spaces and nothing at all', () => {
    expect(initials('Cher')).toBe('C');
    expect(initials('  élise   de la  Öztürk ')).toBe('ÉÖ');
    expect(initials('Jean-Pierre Dupont')).toBe('JD');
    expect(initials('')).toBe('');
    expect(initials(' 42 ')).toBe('');
  });

  it('gives at most two upper-case letters for any name', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const result = initials(name);
        expect(Array.from(result).length).toBeLessThanOrEqual(2);
        expect(result).toBe(result.toLocaleUpperCase());
      }),
    );
  });

  it('gives every person of people.json two initials', () => {
    for (const person of people) expect(initials(person.name)).toMatch(/^\p{Lu}{2}$/u);
  });
});

describe('portrait colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#123456', '#123456')).toBe(1);
  });

  it('keeps white text at AA contrast (4.5:1) on every hue and shade', () => {
    for (let hue = 0; hue < 360; hue += 1) {
      for (const shade of ['light', 'dark'] as const) {
        const colour = portraitColourOfHue(hue, shade);
        expect(colour).toMatch(/^#[0-9a-f]{6}$/);
        expect(contrastRatio('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(PORTRAIT_CONTRAST).toBeGreaterThanOrEqual(4.5);
  });

  it('is stable: the same id gives the same colour, whatever the order and the other ids', () => {
    expect(portraitColour('jack-yusen')).toBe(portraitColour('jack-yusen'));
    expect(hashId('jack-yusen')).toBe(hashId('jack-yusen'));
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 20 }), (ids) => {
        const forward = portraitColours(ids);
        const backward = portraitColours([...ids].reverse());
        for (const one of ids) expect(forward.get(one)).toBe(backward.get(one));
      }),
    );
  });

  it('gives the twelve people of people.json twelve colours, all readable, none close to another', () => {
    const colours = portraitColours(people.map((person) => person.id));
    const values = people.map((person) => colours.get(person.id)!);
    expect(new Set(values).size).toBe(people.length);
    for (const colour of values) expect(contrastRatio('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
    for (const [i, a] of values.entries()) for (const b of values.slice(i + 1)) expect(rgbDistance(a, b)).toBeGreaterThan(30);
  });

  it('gives any group of up to 16 ids distinct, readable colours', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 16 }), (ids) => {
        const colours = portraitColours(ids);
        expect(colours.size).toBe(ids.length);
        expect(new Set(colours.values()).size).toBe(ids.length);
        for (const colour of colours.values()) expect(contrastRatio('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 60 },
    );
  });
});
