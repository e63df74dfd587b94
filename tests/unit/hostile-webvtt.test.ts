/**
 * Hostile WebVTT: files a site owner (or a misconfigured server) might hand the player. Every case
 * ends in cues and located problems, or a graceful skip: never a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chaptersFromCues } from '../../src/content/chapters.ts';
import type { ContentProblem } from '../../src/content/content-problem.ts';
import { contextFromCues } from '../../src/content/context-track.ts';
import { parseDescriptionTrack } from '../../src/content/description-track.ts';
import { parseTextTrack } from '../../src/content/text-track.ts';
import { parseWebVtt } from '../../src/content/webvtt-file.ts';
import { SAMPLE_CARD } from './sample-content.ts';

const FILE = 'chapters/hostile.vtt';

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Every problem names the file and, when it has a line, a line of the text (1-based). */
function expectLocated(problems: readonly ContentProblem[], text: string, file = FILE): void {
  const count = lineCount(text);
  const misplaced = problems.filter(
    (problem) => problem.file !== file || !problem.message || (problem.line !== undefined && !(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= count)),
  );
  expect(misplaced, `problems not located within ${count} lines`).toEqual([]);
}

/** Parses as chapters, as a context track, as subtitles and as descriptions; checks every problem is located. */
function readEveryWay(text: string) {
  const parsed = parseWebVtt(text, FILE);
  const chapters = chaptersFromCues(parsed.cues, FILE);
  const context = contextFromCues(parsed.cues, FILE);
  const subtitles = parseTextTrack(text, FILE);
  const descriptions = parseDescriptionTrack(text, FILE);
  expectLocated(parsed.problems, text);
  expectLocated(chapters.problems, text);
  expectLocated(context.problems, text);
  expectLocated(context.ignored, text);
  expectLocated(subtitles.problems, text);
  expectLocated(descriptions.problems, text);
  const badCues = parsed.cues.filter((cue) => !(Number.isFinite(cue.start) && Number.isFinite(cue.end) && cue.end > cue.start && cue.line >= 1 && cue.line <= lineCount(text)));
  expect(badCues, 'cues with unusable times or lines').toEqual([]);
  return { parsed, chapters, context, subtitles, descriptions };
}

describe('hostile WebVTT: encoding and line ends', () => {
  it('reads a file with a BOM', () => {
    const { parsed } = readEveryWay('\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nUn\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.cues).toEqual([{ id: '', start: 0, end: 1, text: 'Un', line: 3 }]);
  });

  it('reads CR, LF and CRLF mixed in one file, with the right line for each cue', () => {
    const text = 'WEBVTT\r\r00:00.000 --> 00:01.000\rUn\r\n\r\n00:02.000 --> 00:03.000\nDeux\n\r00:04.000 --> 00:05.000\r\nTrois';
    const { parsed } = readEveryWay(text);
    expect(parsed.cues.map((cue) => [cue.text, cue.line])).toEqual([
      ['Un', 3],
      ['Deux', 6],
      ['Trois', 9],
    ]);
  });

  it('survives NUL bytes in text and in timings', () => {
    const text = 'WEBVTT\n\n00:00.000 --> 00:01.000\nx\0y\n\n00:0\0.000 --> 00:03.000\nz\n';
    const { parsed } = readEveryWay(text);
    expect(parsed.cues).toHaveLength(1);
    expect(parsed.cues[0]!.text).not.toContain('\0');
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 6 })]);
  });
});

describe('hostile WebVTT: timestamps', () => {
  it('reports malformed timestamps on their line and keeps the good cues', () => {
    const text = ['WEBVTT', '', '00:00.0 --> 00:01.000', 'a', '', '0:0:0 --> 1', 'b', '', '00:60.000 --> 01:00.000', 'c', '', '00:02.000 --> 00:03.000', 'ok', ''].join('\n');
    const { parsed } = readEveryWay(text);
    expect(parsed.cues.map((cue) => cue.text)).toEqual(['ok']);
    expect(parsed.problems.map((problem) => problem.line)).toEqual(expect.arrayContaining([3, 6, 9]));
  });

  it('keeps a cue with a huge but finite hour count (99999:00:00.000)', () => {
    const { parsed } = readEveryWay('WEBVTT\n\n99999:00:00.000 --> 99999:00:01.000\nlate\n');
    expect(parsed.cues).toEqual([{ id: '', start: 99999 * 3600, end: 99999 * 3600 + 1, text: 'late', line: 3 }]);
  });

  it('drops and locates cues whose timestamps overflow to Infinity (1e308-like digit runs)', () => {
    const huge = `${'9'.repeat(400)}:00:00.000`;
    const text = `WEBVTT\n\n00:00.000 --> ${huge}\nendless\n\n${huge} --> ${'9'.repeat(401)}:00:00.000\nnever\n\n00:01.000 --> 00:02.000\nok\n`;
    const { parsed } = readEveryWay(text);
    expect(parsed.cues.map((cue) => cue.text)).toEqual(['ok']);
    const located = parsed.problems.filter((problem) => /too large/.test(problem.message));
    expect(located.map((problem) => problem.line)).toEqual([3, 6]);
    for (const problem of parsed.problems) expect(problem.message).not.toMatch(/NaN|Infinity/);
  });

  it('finds the line of a cue whose arrow has no spaces around it', () => {
    const { parsed } = readEveryWay('WEBVTT\n\nid\n00:00.000-->00:01.000\nx\n');
    expect(parsed.cues).toEqual([expect.objectContaining({ id: 'id', text: 'x', line: 4 })]);
  });

  it('drops zero-length and backwards cues on their line', () => {
    const { parsed, chapters } = readEveryWay('WEBVTT\n\n00:01.000 --> 00:01.000\nzero\n\n00:05.000 --> 00:02.000\nback\n\n00:06.000 --> 00:07.000\nok\n');
    expect(parsed.cues.map((cue) => cue.text)).toEqual(['ok']);
    expect(parsed.problems.map((problem) => problem.line)).toEqual([3, 6]);
    expect(chapters.chapters.map((chapter) => chapter.title)).toEqual(['ok']);
  });

  it('sorts out-of-order cues and warns about overlapping chapters', () => {
    const text = 'WEBVTT\n\n00:10.000 --> 00:20.000\nDeux\n\n00:00.000 --> 00:15.000\nUn\n\n00:00.000 --> 00:15.000\nUn bis\n';
    const { parsed, chapters, subtitles } = readEveryWay(text);
    expect(parsed.cues.map((cue) => cue.line).sort((a, b) => a - b)).toEqual([3, 6, 9]);
    expect(chapters.chapters.map((chapter) => chapter.title)).toEqual(['Un', 'Un bis', 'Deux']);
    expect(chapters.problems.filter((problem) => problem.severity === 'warning').length).toBeGreaterThanOrEqual(1);
    expect(subtitles.cues.map((cue) => cue.text)).toEqual(['Un', 'Un bis', 'Deux']);
  });
});

describe('hostile WebVTT: script-like text stays text', () => {
  const SCRIPTY = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', '&lt;script&gt;alert(1)&lt;/script&gt;'];

  it('strips tags from chapter, subtitle and description text; decoded references come out as text only', () => {
    const body = SCRIPTY.map((text, index) => `00:0${index}.000 --> 00:0${index + 1}.000\nT${index} ${text}`).join('\n\n');
    const text = `WEBVTT\n\n${body}\n`;
    const { chapters, subtitles, descriptions } = readEveryWay(text);
    const titles = chapters.chapters.map((chapter) => chapter.title);
    expect(titles).toEqual(['T0', 'T1 alert(1)', 'T2 javascript:alert(1)', 'T3 <script>alert(1)</script>']);
    expect(subtitles.cues.map((cue) => cue.text)).toEqual(titles);
    expect(descriptions.cues.map((cue) => cue.text)).toEqual(titles);
    // No title keeps an element: only the decoded reference, which the panels render as text.
    for (const title of titles.slice(0, 3)) expect(title).not.toMatch(/<[a-z]/i);
  });

  it('keeps script-like strings in JSON payloads as inert text and rejects javascript: sources at their line', () => {
    const card = { ...SAMPLE_CARD, id: 'scripty', title: { fr: '<img src=x onerror=alert(1)>', en: '<script>alert(1)</script>' }, text: 'javascript:alert(1)' };
    const bad = { ...SAMPLE_CARD, id: 'bad-source', sources: ['javascript:alert(1)'] };
    const badObject = { ...SAMPLE_CARD, id: 'bad-object', sources: [{ url: 'javascript:alert(1)', publisher: 'x', kind: 'museum' }] };
    const text = `WEBVTT\n\n00:00.000 --> 00:01.000\n${JSON.stringify(card)}\n\n00:01.000 --> 00:02.000\n${JSON.stringify(bad)}\n\n00:02.000 --> 00:03.000\n${JSON.stringify(badObject, null, 1)}\n`;
    const { context } = readEveryWay(text);
    const urlLine = text.split('\n').findIndex((line) => line.includes('"url": "javascript:')) + 1;
    expect(context.cards.map((shown) => shown.key)).toEqual(['scripty']);
    expect(context.cards[0]!.title).toEqual({ fr: '<img src=x onerror=alert(1)>', en: '<script>alert(1)</script>' });
    expect(context.problems).toEqual([
      expect.objectContaining({ line: 7, message: expect.stringContaining('sources[0]') }),
      expect.objectContaining({ line: urlLine, message: expect.stringContaining('sources[0].url') }),
    ]);
  });
});

describe('hostile WebVTT: not WebVTT at all', () => {
  it('reports an HTML page (a server fallback) at line 1, with no cues', () => {
    const text = '<!doctype html>\n<html><head><title>404</title></head>\n<body><script>alert(1)</script>\n00:00.000 --> 00:01.000\n</body></html>\n';
    const { parsed, subtitles } = readEveryWay(text);
    expect(parsed.cues).toEqual([]);
    expect(parsed.problems[0]).toEqual(expect.objectContaining({ line: 1 }));
    expect(subtitles.failed).toBe(true);
  });

  it('reports PNG bytes at line 1, with no cues', () => {
    const png = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0xff, 0xfe, 0x0a);
    const { parsed, subtitles } = readEveryWay(png);
    expect(parsed.cues).toEqual([]);
    expect(parsed.problems[0]).toEqual(expect.objectContaining({ line: 1 }));
    expect(subtitles.failed).toBe(true);
  });

  it('reports an empty file, and accepts a file that is only "WEBVTT" as empty', () => {
    expect(readEveryWay('').parsed).toEqual({ cues: [], problems: [expect.objectContaining({ line: 1 })] });
    expect(readEveryWay('WEBVTT').parsed).toEqual({ cues: [], problems: [] });
    expect(readEveryWay('WEBVTT\n').parsed).toEqual({ cues: [], problems: [] });
  });

  it('locates an empty context payload on its timing line when the file ends there', () => {
    const text = 'WEBVTT\n\n00:00.000 --> 00:01.000';
    const { context } = readEveryWay(text);
    expect(context.problems).toEqual([expect.objectContaining({ line: 3 })]);
  });
});

describe('hostile WebVTT: size', () => {
  it('parses a 10 MB file to the end', { timeout: 300_000 }, () => {
    const cue = (index: number) => {
      const start = index;
      const time = (seconds: number) => `${String(Math.floor(seconds / 3600)).padStart(2, '0')}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}.000`;
      return `${time(start)} --> ${time(start + 1)}\nLigne ${index} ${'x'.repeat(40)}\n`;
    };
    const parts = ['WEBVTT\n'];
    let size = 0;
    let count = 0;
    while (size < 10 * 1024 * 1024) {
      const next = `\n${cue(count++)}`;
      parts.push(next);
      size += next.length;
    }
    const text = parts.join('');
    const parsed = parseWebVtt(text, FILE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.cues).toHaveLength(count);
    expect(parsed.cues[count - 1]).toEqual(expect.objectContaining({ start: count - 1, line: lineCount(text) - 2 }));
    expect(chaptersFromCues(parsed.cues, FILE).chapters).toHaveLength(count);
  });
});

/** Pieces of WebVTT and JSON, so that random files get past the signature and into cues. */
const fragment = fc.oneof(
  fc.constantFrom(
    'WEBVTT',
    '\n',
    '\n\n',
    '\r',
    '\r\n',
    ' ',
    '-->',
    ' --> ',
    '00:00.000',
    '00:01.500',
    '01:00:00.000',
    '99999:00:00.000',
    `${'9'.repeat(320)}:00:00.000`,
    'NOTE',
    'STYLE',
    'REGION',
    'Kind: chapters',
    '\0',
    '\uFEFF',
    '<b>',
    '</b>',
    '<v Jack>',
    '&amp;',
    '&#0;',
    '&#x110000;',
    '<img src=x onerror=alert(1)>',
    '{',
    '}',
    '"type"',
    ':',
    ',',
    '"card"',
    '"warning"',
    '"person"',
    '"id"',
    '"x-1"',
    JSON.stringify(SAMPLE_CARD),
  ),
  fc.string({ maxLength: 8 }),
);
const webVttLike = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

describe('hostile WebVTT: properties', () => {
  it('never throws and locates every problem, for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        readEveryWay(text);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('never throws and locates every problem, for arbitrary strings after "WEBVTT\\n\\n"', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), webVttLike), (rest) => {
        readEveryWay(`WEBVTT\n\n${rest}`);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('never throws and locates every problem, for WebVTT-like files', () => {
    fc.assert(
      fc.property(webVttLike, (text) => {
        readEveryWay(text);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
