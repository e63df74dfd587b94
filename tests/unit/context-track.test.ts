import { describe, expect, it } from 'vitest';
import { contextFromCues } from '../../src/content/context-track.ts';
import { parseWebVtt } from '../../src/content/webvtt-file.ts';
import { formatProblem } from '../../src/content/content-problem.ts';
import { SAMPLE_CARD } from './sample-content.ts';

const FILE = 'chapters/e.context.vtt';

const card = SAMPLE_CARD;

function track(...payloads: string[]) {
  const body = payloads.map((payload, index) => `00:0${index}.000 --> 00:0${index + 1}.000\n${payload}`).join('\n\n');
  const parsed = parseWebVtt(`WEBVTT\n\n${body}\n`, FILE);
  return contextFromCues(parsed.cues, FILE);
}

describe('contextFromCues', () => {
  it('reads cards, warnings and person cues with their times', () => {
    const result = track(
      JSON.stringify(card),
      JSON.stringify({ type: 'warning', categories: ['massacre'], text: { fr: 'Massacre.', en: 'Massacre.' } }),
      JSON.stringify({ type: 'person', id: 'jack-yusen' }),
    );
    expect(result.problems).toEqual([]);
    expect(result.cards).toEqual([expect.objectContaining({ key: 'bayeux', start: 0, end: 1, line: 3, date: '1944-06-07' })]);
    expect(result.warnings).toEqual([expect.objectContaining({ categories: ['massacre'], start: 1, end: 2, key: 'warning-6' })]);
    expect(result.appearances).toEqual([expect.objectContaining({ id: 'jack-yusen', start: 2, end: 3 })]);
  });

  it('ignores unknown types with a notice, so that the format can grow', () => {
    const result = track(JSON.stringify({ type: 'map-layer', url: 'x' }), JSON.stringify({ type: 'person', id: 'a' }));
    expect(result.problems).toEqual([]);
    expect(result.ignored.map(formatProblem)).toEqual([`${FILE}:4:1 unknown cue type "map-layer": cue ignored`]);
    expect(result.appearances).toHaveLength(1);
  });

  it('locates invalid JSON inside the cue, in file lines', () => {
    const result = track('{"type": "person",\n "id": }');
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^${FILE}:5:8 not valid JSON`))]);
  });

  it('names the bad field of a payload and its line', () => {
    const result = track(JSON.stringify({ ...card, places: [{ name: 'X', lat: 123, lon: 0 }] }, null, 1));
    expect(result.cards).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/^places\[0\]\.lat: must be a latitude/);
    expect(result.problems[0]!.line).toBeGreaterThan(4);
  });

  it('requires a source on every card and a type on every cue', () => {
    const result = track(JSON.stringify({ ...card, sources: [] }), JSON.stringify({ id: 'x' }), '"just a string"');
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'sources: must list at least one source',
      'cue payload needs "type": one of card, warning, person',
      'cue payload needs "type": one of card, warning, person',
    ]);
  });

  it('rejects unknown warning categories and bad dates', () => {
    const result = track(
      JSON.stringify({ type: 'warning', categories: ['gore'], text: 'x' }),
      JSON.stringify({ ...card, date: '1944-13-45' }),
    );
    expect(result.problems.map((problem) => problem.message.split(':')[0])).toEqual(['categories[0]', 'date']);
  });
});
