import { describe, expect, it } from 'vitest';
import { parseWebVtt } from '../../src/content/webvtt-file.ts';
import { formatProblem } from '../../src/content/content-problem.ts';

const FILE = 'chapters/test.vtt';

describe('parseWebVtt', () => {
  it('reads cues with ids, times, text and the line of each timing', () => {
    const text = ['WEBVTT', '', 'intro', '00:00.000 --> 00:30.000', 'Ouverture', '', '00:30.000 --> 01:00.000', 'Bayeux', ''].join('\n');
    const { cues, problems } = parseWebVtt(text, FILE);
    expect(problems).toEqual([]);
    expect(cues).toEqual([
      { id: 'intro', start: 0, end: 30, text: 'Ouverture', line: 4 },
      { id: '', start: 30, end: 60, text: 'Bayeux', line: 7 },
    ]);
  });

  it('accepts a BOM, CRLF line ends, hours and gaps', () => {
    const text = '\ufeffWEBVTT - chapters\r\n\r\n00:00:00.000 --> 00:00:10.000\r\nUn\r\n\r\n01:00:00.000 --> 01:00:05.500\r\nDeux\r\n';
    const { cues, problems } = parseWebVtt(text, FILE);
    expect(problems).toEqual([]);
    expect(cues.map((cue) => [cue.start, cue.end, cue.text, cue.line])).toEqual([
      [0, 10, 'Un', 3],
      [3600, 3605.5, 'Deux', 6],
    ]);
  });

  it('accepts the "Kind:" and "Language:" header lines that other players export', () => {
    const text = 'WEBVTT\nKind: chapters\nLanguage: en\n\n00:00.000 --> 00:10.000\nUn\n';
    expect(parseWebVtt(text, FILE)).toEqual({ cues: [expect.objectContaining({ text: 'Un' })], problems: [] });
  });

  it('still reports other text between the signature and the first blank line', () => {
    const { problems } = parseWebVtt('WEBVTT\nnot a header\n\n00:00.000 --> 00:10.000\nUn\n', FILE);
    expect(problems).toEqual([expect.objectContaining({ line: 2, message: 'No blank line after the signature.' })]);
  });

  it('reports a file that is not WebVTT at line 1 and returns no cues', () => {
    const { cues, problems } = parseWebVtt('<!doctype html><title>404</title>', FILE);
    expect(cues).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/^chapters\/test\.vtt:1 .*WEBVTT/);
  });

  it('keeps the good cues when one is broken, and locates the broken one', () => {
    const text = ['WEBVTT', '', '00:01.000 --> 00:02.000', 'ok', '', '00:xx --> 00:03.000', 'broken', '', '00:04.000 --> 00:05.000', 'also ok', ''].join('\n');
    const { cues, problems } = parseWebVtt(text, FILE);
    expect(cues.map((cue) => cue.text)).toEqual(['ok', 'also ok']);
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line: 6, severity: 'error' })]);
  });

  it('drops a cue whose end is not after its start, and says so once, on its line', () => {
    const text = ['WEBVTT', '', '00:05.000 --> 00:04.000', 'backwards', '', '00:06.000 --> 00:06.000', 'empty', '', '00:07.000 --> 00:08.000', 'fine', ''].join('\n');
    const { cues, problems } = parseWebVtt(text, FILE);
    expect(cues.map((cue) => cue.text)).toEqual(['fine']);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [3, 'cue ends at 0:04.000, not after its start at 0:05.000: cue dropped'],
      [6, 'cue ends at 0:06.000, not after its start at 0:06.000: cue dropped'],
    ]);
  });

  it('returns cues sorted by start even when the file is not', () => {
    const text = ['WEBVTT', '', '00:10.000 --> 00:20.000', 'B', '', '00:00.000 --> 00:10.000', 'A', ''].join('\n');
    const { cues } = parseWebVtt(text, FILE);
    expect(cues.map((cue) => [cue.text, cue.line])).toEqual([
      ['A', 6],
      ['B', 3],
    ]);
  });

  it('keeps multi-line payloads whole', () => {
    const text = ['WEBVTT', '', '00:00.000 --> 00:10.000', '{"type": "person",', ' "id": "jack-yusen"}', ''].join('\n');
    expect(parseWebVtt(text, FILE).cues[0]!.text).toBe('{"type": "person",\n "id": "jack-yusen"}');
  });

  it('handles an empty file and a header-only file', () => {
    expect(parseWebVtt('', FILE).problems).toHaveLength(1);
    expect(parseWebVtt('WEBVTT\n', FILE)).toEqual({ cues: [], problems: [] });
  });
});
