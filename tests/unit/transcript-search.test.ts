import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findInText,
  foldQuery,
  foldText,
  searchIndexOf,
  searchLines,
  splitAtMatches,
  stepMatch,
  type TextRange,
  type TranscriptMatch,
} from '../../src/transcript/transcript-search.ts';

/** The code-point offsets of a text (where a character may start or end), end included. */
function boundaries(text: string): number[] {
  const offsets = [0];
  for (const character of text) offsets.push(offsets.at(-1)! + character.length);
  return offsets;
}

/**
 * An independent, slow oracle: the leftmost slice of whole characters whose folding is the query's,
 * taken as long as it stays equal (trailing combining marks), then the next one after it. A slice
 * never starts with a combining mark: the mark belongs to the letter before it.
 */
function oracle(text: string, query: string): TextRange[] {
  const wanted = foldQuery(query);
  if (wanted === '') return [];
  const cuts = boundaries(text);
  const found: TextRange[] = [];
  let from = 0;
  while (from < cuts.length) {
    let match: TextRange | undefined;
    for (let i = from; i < cuts.length && !match; i += 1) {
      if (foldText(text.slice(cuts[i], cuts[i + 1])).folded === '') continue;
      for (let j = i + 1; j < cuts.length; j += 1) {
        if (foldText(text.slice(cuts[i], cuts[j])).folded === wanted) match = { start: cuts[i]!, end: cuts[j]! };
      }
    }
    if (!match) break;
    found.push(match);
    from = cuts.indexOf(match.end);
  }
  return found;
}

/** Letters that fold in every interesting way: case, accents (precomposed or not), ligatures, apostrophes, spaces. */
const letter = fc.constantFrom('e', 'E', 'é', 'É', 'è', 'e\u0301', 'a', 'à', 'o', 'œ', 'Œ', 'l', "'", '’', ' ', '\u00a0', '\u202f', 'ß', 's', 'i', 'İ', '😀');
const text = fc.array(letter, { maxLength: 24 }).map((parts) => parts.join(''));

describe('folding for search', () => {
  it('ignores case, accents, ligatures, apostrophe shapes and space kinds', () => {
    expect(foldText('Libération de l’Œuvre, « été »\u00a0!').folded).toBe('liberation de l\'oeuvre, " ete " !');
    expect(foldQuery('  Été   1944 ')).toBe('ete 1944');
    expect(foldText('a \u00a0\tb').folded).toBe('a b');
  });

  it('keeps, for each folded unit, the character it comes from', () => {
    const folding = foldText('Œil');
    expect(folding.folded).toBe('oeil');
    expect(folding.from).toEqual([0, 0, 1, 2]);
    expect(folding.to).toEqual([1, 1, 2, 3]);
    expect(folding.first).toEqual([true, false, true, true]);
  });
});

describe('finding words in a line', () => {
  it('finds a word whatever its case and accents, as ranges of the original text', () => {
    const line = 'La Libération de Paris : libération, LIBERATION.';
    const ranges = findInText(line, 'liberation');
    expect(ranges.map((range) => line.slice(range.start, range.end))).toEqual(['Libération', 'libération', 'LIBERATION']);
  });

  it('finds across apostrophe shapes, ligatures and a non-breaking space', () => {
    expect(findInText('l’été', "l'ete")).toEqual([{ start: 0, end: 5 }]);
    expect(findInText('une œuvre', 'oeuvre')).toEqual([{ start: 4, end: 9 }]);
    expect(findInText('Paris\u00a0: enfin', 'paris : enfin')).toHaveLength(1);
  });

  it('takes a decomposed accent with its letter, and never half a ligature', () => {
    expect(findInText('cafe\u0301 !', 'café')).toEqual([{ start: 0, end: 5 }]);
    expect(findInText('œuf', 'e')).toEqual([]);
    expect(findInText('œuf', 'oeuf')).toEqual([{ start: 0, end: 3 }]);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(findInText('texte', '')).toEqual([]);
    expect(findInText('texte', '   ')).toEqual([]);
  });

  it('does not overlap matches', () => {
    expect(findInText('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('every match range, folded, is the query folded', () => {
    fc.assert(
      fc.property(text, text, (line, query) => {
        for (const range of findInText(line, query)) {
          expect(foldText(line.slice(range.start, range.end)).folded).toBe(foldQuery(query));
        }
      }),
    );
  });

  it('finds exactly the occurrences a slow search finds (taking queries from the text too)', () => {
    const lineAndQuery = text.chain((line) =>
      fc.oneof(
        fc.tuple(fc.constant(line), text),
        fc.tuple(fc.constant(line), fc.nat({ max: line.length }), fc.nat({ max: 6 })).map(([l, at, size]) => [l, l.slice(at, at + size)] as const),
      ),
    );
    fc.assert(
      fc.property(lineAndQuery, ([line, query]) => {
        expect(findInText(line, query)).toEqual(oracle(line, query));
      }),
      { numRuns: 300 },
    );
  });

  it('counts as many matches as there are occurrences in plain lowercase text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab]{0,30}$/), fc.stringMatching(/^[ab]{1,3}$/), (line, query) => {
        let count = 0;
        for (let at = line.indexOf(query); at >= 0; at = line.indexOf(query, at + query.length)) count += 1;
        expect(findInText(line.toUpperCase(), query)).toHaveLength(count);
      }),
    );
  });
});

describe('searching a transcript', () => {
  const index = searchIndexOf([{ text: 'Bayeux est libérée.' }, { text: 'Rien ici.' }, { text: 'Libéré ! Libérée !' }]);

  it('lists the matches line by line, in reading order', () => {
    expect(searchLines(index, 'LIBEREE')).toEqual([
      { line: 0, start: 11, end: 18 },
      { line: 2, start: 9, end: 16 },
    ]);
    expect(searchLines(index, 'libere')).toHaveLength(3);
    expect(searchLines(index, '')).toEqual([]);
  });

  it('the number of matches is the number of occurrences, line by line', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), text, (texts, query) => {
        const matches = searchLines(searchIndexOf(texts.map((t) => ({ text: t }))), query);
        const expected = texts.reduce((sum, t) => sum + oracle(t, query).length, 0);
        expect(matches).toHaveLength(expected);
        for (const match of matches) expect(foldText(texts[match.line]!.slice(match.start, match.end)).folded).toBe(foldQuery(query));
      }),
      { numRuns: 150 },
    );
  });
});

describe('next and previous', () => {
  const matches: TranscriptMatch[] = [
    { line: 2, start: 0, end: 1 },
    { line: 5, start: 0, end: 1 },
    { line: 5, start: 3, end: 4 },
    { line: 9, start: 0, end: 1 },
  ];

  it('starts from the line being played', () => {
    expect(stepMatch(matches, -1, 1, 4)).toBe(1);
    expect(stepMatch(matches, -1, -1, 4)).toBe(0);
    expect(stepMatch(matches, -1, 1, 10)).toBe(0);
    expect(stepMatch(matches, -1, -1, 0)).toBe(3);
  });

  it('steps by one and wraps around', () => {
    expect(stepMatch(matches, 3, 1)).toBe(0);
    expect(stepMatch(matches, 0, -1)).toBe(3);
    expect(stepMatch(matches, 1, 1)).toBe(2);
    expect(stepMatch([], -1, 1)).toBe(-1);
  });

  it('next then previous comes back to the same match', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(), (count, seed) => {
        const list = Array.from({ length: count }, (_, line) => ({ line, start: 0, end: 1 }));
        const current = seed % count;
        expect(stepMatch(list, stepMatch(list, current, 1), -1)).toBe(current);
      }),
    );
  });
});

describe('cutting a line for highlighting', () => {
  it('alternates plain text and matches, the selected one marked', () => {
    const text = 'Le pont, le port.';
    const ranges = findInText(text, 'le');
    expect(splitAtMatches(text, ranges, ranges[1])).toEqual([
      { text: 'Le', match: true, current: false },
      { text: ' pont, ', match: false, current: false },
      { text: 'le', match: true, current: true },
      { text: ' port.', match: false, current: false },
    ]);
    expect(splitAtMatches('rien', [])).toEqual([{ text: 'rien', match: false, current: false }]);
  });

  it('puts the text back together', () => {
    fc.assert(
      fc.property(text, text, (line, query) => {
        const pieces = splitAtMatches(line, findInText(line, query));
        expect(pieces.map((piece) => piece.text).join('')).toBe(line);
        expect(pieces.filter((piece) => piece.match)).toHaveLength(findInText(line, query).length);
      }),
    );
  });
});
