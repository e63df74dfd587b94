import { describe, expect, it } from 'vitest';
import { placeFindings, sourceFindings } from '../../src/content/source-checks.ts';
import { onlyWeakSources, showSource } from '../../src/content/sources.ts';

const museum = { url: 'https://www.memorial-caen.fr/x', publisher: 'Mémorial de Caen', kind: 'museum' } as const;
const forum = { url: 'https://forum.example/t1', publisher: 'Octofoil', kind: 'forum' } as const;
const copy = { url: 'https://docslib.org/doc/1', publisher: 'Docslib', kind: 'copy' } as const;

describe('showSource', () => {
  it('shows a source by its publisher and kind', () => {
    expect(showSource(museum)).toEqual({ url: museum.url, publisher: 'Mémorial de Caen', kind: 'museum', weak: false });
  });

  it('shows a bare URL by its host name, without a kind', () => {
    expect(showSource('https://www.bayeuxmuseum.com/page.html')).toEqual({ url: 'https://www.bayeuxmuseum.com/page.html', publisher: 'bayeuxmuseum.com', weak: false });
  });
});

describe('sourceFindings', () => {
  it('finds nothing wrong with named institutional sources', () => {
    expect(sourceFindings([museum, forum])).toEqual([]);
  });

  it('warns about a card whose only sources are weak', () => {
    expect(onlyWeakSources([forum, copy])).toBe(true);
    expect(sourceFindings([forum, copy])).toEqual([{ message: expect.stringMatching(/^sources: only weak sources/), severity: 'warning' }]);
  });

  it('warns about each bare URL, which shows readers a host name only', () => {
    expect(sourceFindings([museum, 'https://example.org/a'])).toEqual([{ message: expect.stringMatching(/^sources\[1\]: a bare URL/), severity: 'warning' }]);
  });
});

describe('placeFindings', () => {
  const place = (name: string, extra: object = {}) => ({ name, lat: 43, lon: 1, ...extra });

  it('accepts place dates within the card range', () => {
    const card = { date: '1944-08-17/1944-08-28', places: [place('Toulouse', { date: '1944-08-19' }), place('Pau', { date: '1944-08-20/1944-08-22' })] };
    expect(placeFindings(card)).toEqual([]);
  });

  it('reports a place date outside the card range as an error', () => {
    const card = { date: '1944-08-17/1944-08-28', places: [place('Toulouse', { date: '1944-08-19' }), place('Draguignan', { date: '1944-08-16' })] };
    expect(placeFindings(card)).toEqual([{ message: "places[1] (Draguignan): date 1944-08-16 is outside the card's date 1944-08-17/1944-08-28", severity: 'error' }]);
  });

  it('reports a place range that runs past the card', () => {
    const card = { date: '1944-08-19', places: [place('Toulouse', { date: '1944-08-19/1944-08-20' })] };
    expect(placeFindings(card)).toHaveLength(1);
  });

  it('warns about a place of a multi-place card with neither a date nor a note', () => {
    const card = { date: '1944-08', places: [place('Uzès'), place('Nîmes', { dateNote: { fr: 'Aucune date sourcée.', en: 'No date sourced.' } })] };
    expect(placeFindings({ ...card, date: '1944-08-28' })).toEqual([{ message: 'places[0] (Uzès): no date of its own, and no dateNote saying that none is sourced', severity: 'warning' }]);
  });

  it('does not ask a one-place card for a place date', () => {
    expect(placeFindings({ date: '1944-06-07', places: [place('Bayeux')] })).toEqual([]);
  });

  it('reports a place note in one language only', () => {
    const card = { date: '1944-08-28', places: [place('Uzès', { dateNote: 'Pas de date.' }), place('Nîmes', { date: '1944-08-28' })] };
    expect(placeFindings(card)).toEqual([{ message: 'places[0] (Uzès).dateNote: needs both "fr" and "en"', severity: 'error' }]);
  });
});
