import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newlyActive, nextHistory } from '../../src/timeline/card-history.ts';

const card = (key: string) => ({ key });
const keys = (cards: readonly { key: string }[]) => cards.map((item) => item.key);

describe('nextHistory', () => {
  it('puts a card that ends at the front', () => {
    expect(keys(nextHistory([card('a')], [card('b')], [card('c')]))).toEqual(['b', 'a']);
  });

  it('keeps a card out of the history while it is active again (a replay), and moves it to the front when it ends', () => {
    const replaying = nextHistory([card('b'), card('a')], [], [card('a')]);
    expect(keys(replaying)).toEqual(['b']);
    expect(keys(nextHistory(replaying, [card('a')], []))).toEqual(['a', 'b']);
  });

  it('never lists a card skipped over: only cards that were active can enter', () => {
    expect(keys(nextHistory([], [], [card('z')]))).toEqual([]);
  });

  it('holds every card at most once, none of them active, and only cards that were active', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    const activeSet = fc.uniqueArray(key, { maxLength: 3 }).map((list) => list.map(card));
    fc.assert(
      fc.property(fc.array(activeSet, { minLength: 1, maxLength: 40 }), (steps) => {
        let history: { key: string }[] = [];
        let previous: { key: string }[] = [];
        const seen = new Set<string>();
        for (const current of steps) {
          history = nextHistory(history, previous, current);
          for (const item of previous) seen.add(item.key);
          const listed = keys(history);
          expect(new Set(listed).size).toBe(listed.length);
          for (const item of current) expect(listed).not.toContain(item.key);
          for (const item of listed) expect(seen.has(item)).toBe(true);
          previous = current;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('newlyActive', () => {
  it('lists the cards that were not active before', () => {
    expect(keys(newlyActive([card('a')], [card('a'), card('b')]))).toEqual(['b']);
  });
});
