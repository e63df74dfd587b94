import { describe, expect, it } from 'vitest';
import { chaptersFromCues } from '../../src/content/chapters.ts';
import { plainCueText } from '../../src/content/cue-text.ts';
import { parseWebVtt } from '../../src/content/webvtt-file.ts';

const FILE = 'c.vtt';

function chaptersOf(text: string) {
  const parsed = parseWebVtt(text, FILE);
  return chaptersFromCues(parsed.cues, FILE);
}

describe('chaptersFromCues', () => {
  it('names chapters without identifiers chapter-1, chapter-2…', () => {
    const { chapters } = chaptersOf('WEBVTT\n\n00:00.000 --> 00:10.000\nUn\n\nfin\n00:10.000 --> 00:20.000\nDeux\n');
    expect(chapters.map((c) => c.id)).toEqual(['chapter-1', 'fin']);
  });

  it('renders titles as plain text: tags stripped, entities decoded, never HTML', () => {
    const { chapters } = chaptersOf('WEBVTT\n\n00:00.000 --> 00:10.000\n<b>Caen</b> &amp; <i>Bayeux</i> <img src=x onerror=alert(1)>\n');
    expect(chapters[0]!.title).toBe('Caen & Bayeux');
  });

  it('drops a chapter with an empty title and reports its line', () => {
    const { chapters, problems } = chaptersOf('WEBVTT\n\n00:00.000 --> 00:10.000\n<b></b>\n\n00:10.000 --> 00:20.000\nDeux\n');
    expect(chapters.map((c) => c.title)).toEqual(['Deux']);
    expect(problems).toEqual([expect.objectContaining({ line: 3, severity: 'error' })]);
  });

  it('warns about overlapping chapters but keeps them', () => {
    const { chapters, problems } = chaptersOf('WEBVTT\n\n00:00.000 --> 00:15.000\nUn\n\n00:10.000 --> 00:20.000\nDeux\n');
    expect(chapters).toHaveLength(2);
    expect(problems).toEqual([expect.objectContaining({ line: 6, severity: 'warning' })]);
  });
});

describe('plainCueText', () => {
  it('decodes numeric references and leaves unknown ones alone', () => {
    expect(plainCueText('&#233;t&#xE9; &bogus; &lt;b&gt;')).toBe('été &bogus; <b>');
  });
});
