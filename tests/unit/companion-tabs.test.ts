import { describe, expect, it } from 'vitest';
import { COMPANION_TABS, tabAfterKey } from '../../src/app/companion-tabs.ts';

describe('tabAfterKey', () => {
  it('moves with the arrows, wrapping, and jumps with Home and End', () => {
    expect(tabAfterKey('context', 'ArrowRight')).toBe('transcript');
    expect(tabAfterKey('timeline', 'ArrowRight')).toBe('context');
    expect(tabAfterKey('context', 'ArrowLeft')).toBe('timeline');
    expect(tabAfterKey('map', 'Home')).toBe(COMPANION_TABS[0]);
    expect(tabAfterKey('people', 'End')).toBe(COMPANION_TABS.at(-1));
  });

  it('ignores other keys', () => {
    expect(tabAfterKey('context', 'Enter')).toBeUndefined();
    expect(tabAfterKey('context', 'a')).toBeUndefined();
  });
});
