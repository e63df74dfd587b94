import { describe, expect, it } from 'vitest';
import { mediaErrorKind } from '../../src/player/player-state.ts';

describe('what kind of media error a viewer is told about', () => {
  it('names the media element\'s four codes, and anything else as unknown', () => {
    expect([1, 2, 3, 4].map(mediaErrorKind)).toEqual(['aborted', 'network', 'decode', 'unsupported']);
    expect([undefined, 0, 5, -1, 1.5].map(mediaErrorKind)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
  });
});
