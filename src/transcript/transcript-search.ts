/**
 * Finding words in a transcript the way a reader expects: without regard to case or accents
 * ("liberation" finds « Libération »), ligatures ("oeuvre" finds « œuvre »), the shape of
 * apostrophes and quotes ("l'ete" finds « l’été »), or the kind and number of spaces. Matches are
 * ranges of the ORIGINAL text, so that they can be highlighted in it.
 */

/** A range of a text, in UTF-16 offsets: `[start, end)`. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A match in a transcript: the line's index and the range in its text. */
export interface TranscriptMatch extends TextRange {
  readonly line: number;
}

/** A text folded for searching, with the way back to the original. */
export interface FoldedText {
  readonly folded: string;
  /** For each code unit of `folded`: the offset in the original where its character starts. */
  readonly from: readonly number[];
  /** For each code unit of `folded`: the offset in the original where its character ends. */
  readonly to: readonly number[];
  /** For each code unit of `folded`: true when it is the first unit of its character's folding. */
  readonly first: readonly boolean[];
}

/** Characters that no Unicode decomposition takes to what a reader types. */
const SPECIAL: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
};

const MARKS = /\p{M}/gu;
const SPACE = /^\s$/u;

/** One character (a code point) as searched, without context: '' for a combining mark. */
function foldCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x80) {
    if (character === '`') return "'";
    return character.toLowerCase();
  }
  const bare = character.normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFKD').replace(MARKS, '');
  let out = '';
  for (const unit of bare) out += SPECIAL[unit] ?? unit;
  return out;
}

/**
 * Folds a text for searching: case, accents, ligatures, apostrophes, quotes and dashes folded;
 * every run of white space one plain space. Keeps, for each folded unit, the original character it
 * comes from.
 */
export function foldText(text: string): FoldedText {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  const first: boolean[] = [];
  let offset = 0;
  let afterSpace = false;
  for (const character of text) {
    const end = offset + character.length;
    let piece: string;
    if (SPACE.test(character)) {
      piece = afterSpace ? '' : ' ';
      afterSpace = true;
    } else {
      piece = foldCharacter(character);
      // A combining mark after a space does not end the run of spaces (it folds to nothing).
      if (piece !== '') afterSpace = false;
    }
    for (let unit = 0; unit < piece.length; unit += 1) {
      folded += piece[unit];
      from.push(offset);
      to.push(end);
      first.push(unit === 0);
    }
    offset = end;
  }
  return { folded, from, to, first };
}

/** What a query searches for: folded like the text, outer spaces dropped ('' searches nothing). */
export function foldQuery(query: string): string {
  return foldText(query).folded.trim();
}

/** The code points of `text` that fold to nothing and are no space (combining marks), from `offset`. */
function afterMarks(text: string, offset: number): number {
  let end = offset;
  while (end < text.length) {
    const character = String.fromCodePoint(text.codePointAt(end)!);
    if (SPACE.test(character) || foldCharacter(character) !== '') break;
    end += character.length;
  }
  return end;
}

/**
 * The matches of a folded query in a folded text, left to right, never overlapping. A match starts
 * and ends on whole characters of the original (the "e" of « œ » is no match), and takes in the
 * combining marks that follow it.
 */
export function findInFolded(text: string, folding: FoldedText, query: string): TextRange[] {
  const matches: TextRange[] = [];
  if (query === '') return matches;
  const { folded, from, to, first } = folding;
  let position = folded.indexOf(query);
  while (position >= 0) {
    const after = position + query.length;
    if (first[position] && (after === folded.length || first[after])) {
      matches.push({ start: from[position]!, end: afterMarks(text, to[after - 1]!) });
      position = folded.indexOf(query, after);
    } else {
      position = folded.indexOf(query, position + 1);
    }
  }
  return matches;
}

/** The matches of `query` in `text` (see `findInFolded`). */
export function findInText(text: string, query: string): TextRange[] {
  return findInFolded(text, foldText(text), foldQuery(query));
}

/** Lines folded once, to be searched at each keystroke. */
export interface SearchIndex {
  readonly texts: readonly string[];
  readonly foldings: readonly FoldedText[];
}

export function searchIndexOf(lines: readonly { readonly text: string }[]): SearchIndex {
  const texts = lines.map((line) => line.text);
  return { texts, foldings: texts.map(foldText) };
}

/** Every match of `query` in the indexed lines, in reading order. */
export function searchLines(index: SearchIndex, query: string): TranscriptMatch[] {
  const folded = foldQuery(query);
  if (folded === '') return [];
  const matches: TranscriptMatch[] = [];
  index.texts.forEach((text, line) => {
    for (const range of findInFolded(text, index.foldings[line]!, folded)) matches.push({ line, start: range.start, end: range.end });
  });
  return matches;
}

/**
 * The match that "next" (`1`) or "previous" (`-1`) selects. From no selection (`current` -1), next
 * takes the first match on or after line `fromLine` and previous the last one before it; from a
 * selection, they step by one. Both wrap around. -1 when there is no match.
 */
export function stepMatch(matches: readonly TranscriptMatch[], current: number, direction: 1 | -1, fromLine = 0): number {
  const count = matches.length;
  if (count === 0) return -1;
  if (current >= 0 && current < count) return (current + direction + count) % count;
  const firstAfter = matches.findIndex((match) => match.line >= fromLine);
  if (direction === 1) return firstAfter === -1 ? 0 : firstAfter;
  return ((firstAfter === -1 ? count : firstAfter) - 1 + count) % count;
}

/** A piece of a line's text: plain, or a match (the selected one marked `current`). */
export interface TextPiece {
  readonly text: string;
  readonly match: boolean;
  readonly current: boolean;
}

/**
 * Cuts a text into pieces at its matches, for highlighting with text nodes only (never HTML).
 * `ranges` must be sorted and must not overlap (as `findInText` returns them).
 */
export function splitAtMatches(text: string, ranges: readonly TextRange[], current?: TextRange): TextPiece[] {
  const pieces: TextPiece[] = [];
  let offset = 0;
  for (const range of ranges) {
    if (range.start > offset) pieces.push({ text: text.slice(offset, range.start), match: false, current: false });
    const isCurrent = current !== undefined && current.start === range.start && current.end === range.end;
    pieces.push({ text: text.slice(range.start, range.end), match: true, current: isCurrent });
    offset = range.end;
  }
  if (offset < text.length || pieces.length === 0) pieces.push({ text: text.slice(offset), match: false, current: false });
  return pieces;
}
