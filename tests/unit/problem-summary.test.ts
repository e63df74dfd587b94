import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/content/content-problem.ts';
import { summarizeForViewer } from '../../src/content/problem-summary.ts';

const problem = (extra: Partial<ContentProblem>): ContentProblem => ({ file: '/f.vtt', message: 'm', severity: 'error', ...extra });

describe('what a viewer is told about content problems', () => {
  it('says nothing when there is nothing wrong, or only warnings for the author', () => {
    expect(summarizeForViewer([])).toEqual([]);
    expect(summarizeForViewer([problem({ subject: 'context', severity: 'warning' })])).toEqual([]);
  });

  it('gives one line per file role, a file that could not be read at all winning over damaged cues', () => {
    const lines = summarizeForViewer([
      problem({ subject: 'chapters', line: 4 }),
      problem({ subject: 'chapters', line: 9 }),
      problem({ subject: 'context', line: 2 }),
      problem({ subject: 'context', unloaded: true }),
    ]);
    expect(lines).toEqual([
      { subject: 'context', outcome: 'unloaded' },
      { subject: 'chapters', outcome: 'partial' },
    ]);
  });

  it('puts what matters most first: the episode list, then warnings and cards, then chapters', () => {
    const lines = summarizeForViewer([
      problem({ subject: 'subtitles', unloaded: true }),
      problem({ subject: 'chapters', unloaded: true }),
      problem({ subject: 'manifest', unloaded: true }),
      problem({ subject: 'context', line: 1 }),
    ]);
    expect(lines.map((line) => line.subject)).toEqual(['manifest', 'context', 'chapters', 'subtitles']);
  });

  it('leaves media errors to the player (it shows them over the picture, with a retry)', () => {
    expect(summarizeForViewer([problem({ subject: 'media', unloaded: true })])).toEqual([]);
  });

  it('passes on a sentence already written for the viewer (a link to a chapter that does not exist)', () => {
    expect(summarizeForViewer([problem({ subject: 'link', severity: 'warning', message: 'Aucun chapitre « x »' })])).toEqual([{ subject: 'link', outcome: 'partial', message: 'Aucun chapitre « x »' }]);
  });

  it('counts a problem nobody tagged as a damaged content file', () => {
    expect(summarizeForViewer([problem({})])).toEqual([{ subject: 'other', outcome: 'partial' }]);
  });
});
