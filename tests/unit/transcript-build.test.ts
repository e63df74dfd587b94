import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTranscript, currentLineAt, lastLineStartedBy, lineToShowAt, type TimedText } from '../../src/transcript/transcript.ts';

const cue = (start: number, end: number, text = `${start}`): TimedText => ({ start, end, text });
const chapter = (id: string, start: number) => ({ id, title: id.toUpperCase(), start });

describe('building a transcript', () => {
  it('merges subtitles and descriptions in reading order, a subtitle before a description at the same time', () => {
    const transcript = buildTranscript([cue(5, 8, 's2'), cue(0, 4, 's1')], [cue(5, 8, 'd1'), cue(4, 5, 'd0')]);
    expect(transcript.lines.map((line) => `${line.kind}:${line.text}`)).toEqual(['subtitle:s1', 'description:d0', 'subtitle:s2', 'description:d1']);
    expect(transcript.lines.map((line) => line.index)).toEqual([0, 1, 2, 3]);
  });

  it('groups the lines under the chapter they start in, every chapter headed even when empty', () => {
    const transcript = buildTranscript([cue(1, 2), cue(10, 12), cue(12, 14), cue(30, 31)], [], [chapter('b', 10), chapter('a', 5), chapter('c', 20), chapter('d', 25)]);
    expect(transcript.sections.map((section) => [section.chapter?.id, section.lines.map((line) => line.start)])).toEqual([
      [undefined, [1]],
      ['a', []],
      ['b', [10, 12]],
      ['c', []],
      ['d', [30]],
    ]);
  });

  it('has one section without heading when there are no chapters, and none when there are no lines', () => {
    expect(buildTranscript([cue(0, 1)]).sections).toEqual([{ chapter: undefined, lines: [expect.objectContaining({ start: 0 })] }]);
    expect(buildTranscript([]).sections).toEqual([]);
  });

  it('keeps every line exactly once, in order, across the sections', () => {
    const times = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 10 })).map(([start, length]) => cue(start, start + length));
    fc.assert(
      fc.property(fc.array(times), fc.array(times), fc.array(fc.integer({ min: 0, max: 100 })), (subtitles, descriptions, starts) => {
        const transcript = buildTranscript(subtitles, descriptions, starts.map((start, i) => chapter(`c${i}`, start)));
        expect(transcript.sections.flatMap((section) => section.lines)).toEqual(transcript.lines);
        expect(transcript.lines).toHaveLength(subtitles.length + descriptions.length);
        for (const section of transcript.sections) {
          for (const line of section.lines) if (section.chapter) expect(line.start).toBeGreaterThanOrEqual(section.chapter.start);
        }
      }),
    );
  });
});

describe('the current line', () => {
  const transcript = buildTranscript([cue(0, 4), cue(4, 8), cue(10, 20)], [cue(12, 14, 'd')]);

  it('is the line covering the time, its start included and its end excluded', () => {
    expect(currentLineAt(transcript, 0)).toBe(0);
    expect(currentLineAt(transcript, 3.99)).toBe(0);
    expect(currentLineAt(transcript, 4)).toBe(1);
    expect(currentLineAt(transcript, 8)).toBe(-1);
    expect(currentLineAt(transcript, -1)).toBe(-1);
    expect(currentLineAt(transcript, Number.NaN)).toBe(-1);
  });

  it('is the line that started last when lines overlap', () => {
    expect(currentLineAt(transcript, 13)).toBe(3);
    expect(currentLineAt(transcript, 15)).toBe(2);
  });

  it('shows, in a silence, the line said last (or the first line before anything is said)', () => {
    expect(lineToShowAt(transcript, 9)).toBe(1);
    expect(lineToShowAt(buildTranscript([cue(5, 6)]), 1)).toBe(0);
    expect(lineToShowAt(buildTranscript([]), 1)).toBe(-1);
    expect(lastLineStartedBy(transcript, 100)).toBe(3);
  });

  it('agrees with a plain scan over every line', () => {
    const times = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 30 })).map(([start, length]) => cue(start, start + length));
    fc.assert(
      fc.property(fc.array(times, { maxLength: 30 }), fc.array(times, { maxLength: 10 }), fc.double({ min: -5, max: 100, noNaN: true }), (subtitles, descriptions, time) => {
        const built = buildTranscript(subtitles, descriptions);
        let expected = -1;
        built.lines.forEach((line, index) => {
          if (line.start <= time && time < line.end) expected = index;
        });
        expect(currentLineAt(built, time)).toBe(expected);
      }),
    );
  });
});
