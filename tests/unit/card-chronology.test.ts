import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  axisFraction,
  axisOf,
  cardChronology,
  dayNumber,
  filmFraction,
  historicSpan,
  monthMarks,
  type DatedCard,
  type HistoricSpan,
} from '../../src/timeline/card-chronology.ts';
import { readFileSync } from 'node:fs';
import { contextFromCues } from '../../src/content/context-track.ts';
import { parseWebVtt } from '../../src/content/webvtt-file.ts';

const DEMO = 'chapters/episode-06.context.vtt';
const demoContextCards = () => contextFromCues(parseWebVtt(readFileSync(new URL(`../../${DEMO}`, import.meta.url), 'utf8'), DEMO).cues, DEMO).cards;

const card = (key: string, date: string, start = 0, end = start + 10): DatedCard => ({ key, date, start, end });
const keys = (entries: readonly { card: DatedCard }[]) => entries.map((entry) => entry.card.key);
const day = (iso: string) => dayNumber(iso)!;

describe('dayNumber and historicSpan', () => {
  it('reads real days only', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(day('1944-06-07') - day('1944-06-06')).toBe(1);
    expect(dayNumber('1944-02-30')).toBeUndefined();
    expect(dayNumber('1944-6-7')).toBeUndefined();
    expect(dayNumber('summer')).toBeUndefined();
  });

  it('reads a day as a span of one day, a range as its first and last day, a backwards range put right', () => {
    expect(historicSpan('1944-06-07')).toEqual({ from: day('1944-06-07'), to: day('1944-06-07') });
    expect(historicSpan('1944-07-09/1944-07-19')).toEqual({ from: day('1944-07-09'), to: day('1944-07-19') });
    expect(historicSpan('1944-07-19/1944-07-09')).toEqual({ from: day('1944-07-09'), to: day('1944-07-19') });
    expect(historicSpan('1944-07-09/1944-07-19/1944-07-20')).toBeUndefined();
    expect(historicSpan('1944-07-09/')).toBeUndefined();
  });
});

describe('cardChronology', () => {
  it('orders cards by first day, then last day, then where the film shows them', () => {
    const chronology = cardChronology(
      [
        card('liberation', '1944-08-25', 150),
        card('landing', '1944-06-06', 10),
        card('battle', '1944-06-06/1944-08-21', 40),
        card('paris-late', '1944-08-25', 300),
        card('goodwood', '1944-07-18/1944-07-20', 80),
      ],
      400,
    );
    expect(keys(chronology.entries)).toEqual(['landing', 'battle', 'goodwood', 'liberation', 'paris-late']);
  });

  it('draws ranges as ranges and days as days, on an axis of whole months', () => {
    const chronology = cardChronology([card('a', '1944-06-07', 0), card('b', '1944-07-09/1944-07-19', 50)], 100);
    expect(chronology.axis).toEqual({ from: day('1944-06-01'), to: day('1944-07-31') });
    const [a, b] = chronology.entries;
    expect(a!.range).toBe(false);
    expect(b!.range).toBe(true);
    const days = 61;
    expect(a!.left).toBeCloseTo(6 / days);
    expect(a!.right).toBeCloseTo(7 / days);
    expect(a!.middle).toBeCloseTo(6.5 / days);
    expect(b!.left).toBeCloseTo((30 + 8) / days);
    expect(b!.right).toBeCloseTo((30 + 19) / days);
    expect(chronology.months.map((mark) => [mark.year, mark.month, mark.labelled])).toEqual([
      [1944, 5, true],
      [1944, 6, true],
    ]);
    expect(chronology.months[0]!.left).toBe(0);
    expect(chronology.months[1]!.right).toBe(1);
  });

  it('can scale from the earliest to the latest day exactly', () => {
    const chronology = cardChronology([card('a', '1944-06-07'), card('b', '1944-06-10')], 100, { wholeMonths: false });
    expect(chronology.axis).toEqual({ from: day('1944-06-07'), to: day('1944-06-10') });
    expect(chronology.entries[0]!.left).toBe(0);
    expect(chronology.entries[1]!.right).toBe(1);
  });

  it('places each card in the film as a fraction of the duration, falling back on the last cue end', () => {
    expect(cardChronology([card('a', '1944-06-07', 191)], 382).entries[0]!.film).toBeCloseTo(0.5);
    expect(cardChronology([card('a', '1944-06-07', 50, 100)], Number.NaN).entries[0]!.film).toBeCloseTo(0.5);
    expect(cardChronology([card('a', '1944-06-07', 50, 100)], 0).entries[0]!.film).toBeCloseTo(0.5);
    expect(filmFraction(30, 0)).toBe(0);
    expect(filmFraction(500, 100)).toBe(1);
  });

  it('keeps cards whose date cannot be read, apart and last', () => {
    const chronology = cardChronology([card('a', 'summer 1944'), card('b', '1944-06-07')], 100);
    expect(keys(chronology.entries)).toEqual(['b']);
    expect(chronology.undated.map((item) => item.key)).toEqual(['a']);
  });

  it('has nothing to draw without cards', () => {
    expect(cardChronology([], 100)).toEqual({ entries: [], undated: [], lanes: 0, axis: undefined, months: [] });
  });

  it('puts overlapping ranges in different lanes and reuses a lane once it is free', () => {
    const chronology = cardChronology(
      [card('summer', '1944-06-07/1944-09-30'), card('goodwood', '1944-07-18/1944-07-20'), card('cobra', '1944-07-25/1944-07-31'), card('paris', '1944-08-25')],
      100,
      { gap: 0 },
    );
    const lane = Object.fromEntries(chronology.entries.map((entry) => [entry.card.key, entry.lane]));
    expect(lane).toEqual({ summer: 0, goodwood: 1, cobra: 1, paris: 1 });
    expect(chronology.lanes).toBe(2);
  });

  it('orders the demo episode by date, ranges as ranges', () => {
    const chronology = cardChronology(demoContextCards(), 420);
    const starts = chronology.entries.map((entry) => entry.span.from);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(chronology.entries.length).toBe(demoContextCards().length);
    expect(chronology.entries.some((entry) => entry.range)).toBe(true);
  });
});

describe('assignLanes', () => {
  it('keeps spans of a lane the gap apart', () => {
    expect(assignLanes([{ from: 0, to: 0 }, { from: 1, to: 1 }], 0)).toEqual([0, 0]);
    expect(assignLanes([{ from: 0, to: 0 }, { from: 1, to: 1 }], 1)).toEqual([0, 1]);
    expect(assignLanes([{ from: 0, to: 0 }, { from: 2, to: 2 }], 1)).toEqual([0, 0]);
  });
});

describe('monthMarks', () => {
  it('labels at most maxLabels months, evenly, from the first', () => {
    const axis = axisOf([{ from: day('1944-01-10'), to: day('1945-12-20') }])!;
    const marks = monthMarks(axis, 6);
    expect(marks).toHaveLength(24);
    expect(marks.filter((mark) => mark.labelled)).toHaveLength(6);
    expect(marks[0]!.labelled).toBe(true);
    expect(marks[4]!.labelled).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const FIRST = day('1939-09-01');
const LAST = day('1945-09-02');
const isoOf = (dayNo: number) => new Date(dayNo * 86_400_000).toISOString().slice(0, 10);

/** A card with a day or a range (sometimes written backwards), somewhere in a media of `duration`. */
const arbitraryCard = (duration: number) =>
  fc
    .record({
      from: fc.integer({ min: FIRST, max: LAST }),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
      backwards: fc.boolean(),
      start: fc.double({ min: 0, max: duration, noNaN: true }),
      length2: fc.double({ min: 0.1, max: 60, noNaN: true }),
    })
    .map(({ from, length, backwards, start, length2 }) => {
      const to = Math.min(LAST, from + length);
      const date = to === from ? isoOf(from) : backwards ? `${isoOf(to)}/${isoOf(from)}` : `${isoOf(from)}/${isoOf(to)}`;
      return { date, start, end: start + length2 };
    });

const arbitraryDeck = fc
  .double({ min: 1, max: 7200, noNaN: true })
  .chain((duration) =>
    fc.tuple(
      fc.oneof(fc.constant(duration), fc.constant(Number.NaN), fc.constant(0)),
      fc.array(arbitraryCard(duration), { maxLength: 40 }).map((cards) => cards.map((item, index) => ({ ...item, key: `card-${index}` }))),
      fc.record({ wholeMonths: fc.boolean(), gap: fc.double({ min: 0, max: 0.2, noNaN: true }) }),
    ),
  );

function overlapping(a: HistoricSpan, b: HistoricSpan, gap: number): boolean {
  return a.from < b.to + 1 + gap && b.from < a.to + 1 + gap;
}

describe('cardChronology (properties)', () => {
  it('sorts by first day', () => {
    fc.assert(
      fc.property(arbitraryDeck, ([duration, cards, options]) => {
        const { entries } = cardChronology(cards, duration, options);
        for (let index = 1; index < entries.length; index += 1) expect(entries[index - 1]!.span.from).toBeLessThanOrEqual(entries[index]!.span.from);
      }),
    );
  });

  it('lists every card exactly once', () => {
    fc.assert(
      fc.property(arbitraryDeck, ([duration, cards, options]) => {
        const chronology = cardChronology(cards, duration, options);
        const listed = [...keys(chronology.entries), ...chronology.undated.map((item) => item.key)];
        expect([...listed].sort()).toEqual(cards.map((item) => item.key).sort());
      }),
    );
  });

  it('never lets two entries of one lane overlap, and uses no more lanes than the most that overlap', () => {
    fc.assert(
      fc.property(arbitraryDeck, ([duration, cards, options]) => {
        const chronology = cardChronology(cards, duration, options);
        const axis = chronology.axis;
        if (!axis) return;
        const gap = options.gap * (axis.to + 1 - axis.from);
        const { entries } = chronology;
        for (let i = 0; i < entries.length; i += 1) {
          expect(entries[i]!.lane).toBeLessThan(chronology.lanes);
          for (let j = i + 1; j < entries.length; j += 1) {
            if (entries[i]!.lane === entries[j]!.lane) expect(overlapping(entries[i]!.span, entries[j]!.span, gap)).toBe(false);
          }
        }
        // As few lanes as possible: some moment is covered by `lanes` spans widened by the gap.
        const widened = entries.map((entry) => ({ from: entry.span.from, until: entry.span.to + 1 + gap }));
        const most = Math.max(...widened.map((probe) => widened.filter((other) => other.from <= probe.from && probe.from < other.until).length));
        expect(chronology.lanes).toBe(most);
      }),
    );
  });

  it('keeps every position within 0..1, each entry from left to right, and the film in step with the media', () => {
    fc.assert(
      fc.property(arbitraryDeck, ([duration, cards, options]) => {
        const chronology = cardChronology(cards, duration, options);
        for (const entry of chronology.entries) {
          for (const value of [entry.left, entry.middle, entry.right, entry.film]) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
          expect(entry.left).toBeLessThan(entry.middle);
          expect(entry.middle).toBeLessThan(entry.right);
        }
        for (const mark of chronology.months) {
          expect(mark.left).toBeGreaterThanOrEqual(0);
          expect(mark.right).toBeLessThanOrEqual(1);
          expect(mark.left).toBeLessThan(mark.right);
        }
        if (chronology.months.length > 0) {
          expect(chronology.months[0]!.left).toBe(0);
          expect(chronology.months.at(-1)!.right).toBe(1);
        }
        // Cards shown later in the film sit later (or level) on the film scale.
        const byStart = [...chronology.entries].sort((a, b) => a.card.start - b.card.start);
        for (let index = 1; index < byStart.length; index += 1) expect(byStart[index - 1]!.film).toBeLessThanOrEqual(byStart[index]!.film);
      }),
    );
  });

  it('places a day boundary on the axis in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -100, max: 3100 }), (from, length, offset) => {
        const axis = { from, to: from + length };
        const at = axisFraction(from + offset, axis);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThanOrEqual(1);
        expect(axisFraction(from + offset + 1, axis)).toBeGreaterThanOrEqual(at);
      }),
    );
  });
});
