import { describe, expect, it } from 'vitest';
import { nextChapterStart, previousChapterStart } from '../../src/timeline/chapter-navigation.ts';

const chapters = [
  { start: 0, end: 60 },
  { start: 60, end: 120 },
  { start: 150, end: 200 },
];

describe('previousChapterStart', () => {
  it('restarts the current chapter when well into it', () => {
    expect(previousChapterStart(chapters, 100)).toBe(60);
  });
  it('goes to the previous chapter within the first seconds of one', () => {
    expect(previousChapterStart(chapters, 61)).toBe(0);
    expect(previousChapterStart(chapters, 60)).toBe(0);
  });
  it('goes back to the start of the first chapter from inside it', () => {
    expect(previousChapterStart(chapters, 2)).toBe(0);
  });
  it('has nowhere to go at the very start', () => {
    expect(previousChapterStart(chapters, 0)).toBeUndefined();
    expect(previousChapterStart([], 10)).toBeUndefined();
  });
  it('goes to the start of the chapter before a gap', () => {
    expect(previousChapterStart(chapters, 135)).toBe(60);
  });
});

describe('nextChapterStart', () => {
  it('goes to the next start', () => {
    expect(nextChapterStart(chapters, 10)).toBe(60);
    expect(nextChapterStart(chapters, 130)).toBe(150);
  });
  it('skips the chapter that starts exactly now (or a hair later, after a seek)', () => {
    expect(nextChapterStart(chapters, 60)).toBe(150);
    expect(nextChapterStart(chapters, 59.999)).toBe(150);
  });
  it('has nothing after the last chapter start', () => {
    expect(nextChapterStart(chapters, 160)).toBeUndefined();
  });
});
