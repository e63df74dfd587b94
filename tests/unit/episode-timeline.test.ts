import { describe, expect, it } from 'vitest';
import { EpisodeTimeline, timeForCueChange } from '../../src/timeline/episode-timeline.ts';

const timeline = new EpisodeTimeline({
  chapters: [
    { id: 'a', start: 0, end: 60 },
    { id: 'b', start: 60, end: 120 },
  ],
  cards: [
    { key: 'bayeux', start: 5, end: 30 },
    { key: 'caen', start: 25, end: 65 },
  ],
  warnings: [{ key: 'w', start: 62, end: 70 }],
  appearances: [{ id: 'charles-scheffel', start: 0, end: 60 }],
});

describe('EpisodeTimeline', () => {
  it('tells what is on at a time: chapter, cards, warnings, people', () => {
    const moment = timeline.at(26);
    expect(moment.chapter?.id).toBe('a');
    expect(moment.cards.map((card) => card.key)).toEqual(['bayeux', 'caen']);
    expect(moment.warnings).toEqual([]);
    expect(moment.appearances.map((person) => person.id)).toEqual(['charles-scheffel']);
  });

  it('switches at the boundary, not before', () => {
    expect(timeline.at(59.99).chapter?.id).toBe('a');
    expect(timeline.at(60).chapter?.id).toBe('b');
    expect(timeline.at(60).appearances).toEqual([]);
    expect(timeline.at(62).warnings).toHaveLength(1);
  });

  it('lists each distinct span once, for the cue-change listener', () => {
    expect(timeline.boundaries).toEqual([
      { start: 0, end: 60 },
      { start: 5, end: 30 },
      { start: 25, end: 65 },
      { start: 60, end: 120 },
      { start: 62, end: 70 },
    ]);
  });
});

describe('timeForCueChange', () => {
  it('moves a clock reading a hair early up to the start of the cue that just became active', () => {
    expect(timeForCueChange(59.9999, [0, 60])).toBe(60);
  });
  it('keeps the clock when it is already past every active start, or far from them', () => {
    expect(timeForCueChange(61, [60])).toBe(61);
    expect(timeForCueChange(10, [60])).toBe(10);
    expect(timeForCueChange(10, [])).toBe(10);
  });
});
