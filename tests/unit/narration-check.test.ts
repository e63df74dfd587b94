import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/content-problem.ts';
import { narrationProblems } from '../../scripts/demo/narration-check.ts';

const script = (intro: string, text: string) =>
  JSON.stringify({ chapters: [{ intro: { fr: intro, en: 'x' }, segments: [{ card: { text: { fr: text, en: 'y' } } }] }] }, null, 2);

describe('narrationProblems', () => {
  it('passes French texts whose numbers the voice can read', () => {
    expect(narrationProblems(script('Le 6 juin 1944.', 'La 2e DB, 35 000 hommes, vers 15 h 30, les B-29.'), 'e.json')).toEqual([]);
  });

  it('reports each number the voice would misread, at its line in the script', () => {
    const text = script('Le 6 juin 1944.', 'Les B29 volent à 3.5 km.');
    const line = text.split('\n').findIndex((row) => row.includes('B29')) + 1;
    expect(narrationProblems(text, 'scripts/episodes/e.json').map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^scripts/episodes/e\\.json:${line}:\\d+ chapters\\.0\\.segments\\.0\\.card\\.text\\.fr: the voice cannot read "B29"`)),
      expect.stringMatching(/the voice cannot read "3\.5"/),
    ]);
  });

  it('leaves the English texts alone: only French is spoken', () => {
    expect(narrationProblems(JSON.stringify({ chapters: [{ intro: { fr: 'Un.', en: 'The 42nd.' }, segments: [] }] }), 'e.json')).toEqual([]);
  });
});
