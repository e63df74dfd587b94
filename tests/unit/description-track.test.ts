import { describe, expect, it } from 'vitest';
import { loadDescriptionTrack, parseDescriptionTrack } from '../../src/content/description-track.ts';
import { descriptionMessagesFor } from '../../src/i18n/description-messages.ts';

describe('description track', () => {
  it('keeps French non-breaking spaces', () => {
    expect(parseDescriptionTrack('WEBVTT\n\n00:01.000 --> 00:02.000\nChapitre 2 sur 7\u00a0: La Bretagne\n', 'd.vtt').cues[0]!.text).toBe('Chapitre 2 sur 7\u00a0: La Bretagne');
  });

  it('reads cues as plain text on one line, keyed by id or line', () => {
    const text = 'WEBVTT\n\nNOTE Written by hand.\n\nbayeux\n00:09.200 --> 00:09.500\nCarton de titre :\n<i>Bayeux</i> &amp; sa cathédrale.\n\n00:23.800 --> 00:24.100\nCherbourg.\n';
    const track = parseDescriptionTrack(text, 'd.vtt');
    expect(track.problems).toEqual([]);
    expect(track.cues).toEqual([
      { key: 'bayeux', start: 9.2, end: 9.5, text: 'Carton de titre : Bayeux & sa cathédrale.' },
      { key: 'line-10', start: 23.8, end: 24.1, text: 'Cherbourg.' },
    ]);
  });

  it('drops and reports a cue with nothing to say; keeps keys unique', () => {
    const text = 'WEBVTT\n\na\n00:01.000 --> 00:02.000\n<b></b>\n\nb\n00:03.000 --> 00:04.000\nUn.\n\nb\n00:05.000 --> 00:06.000\nDeux.\n';
    const track = parseDescriptionTrack(text, 'd.vtt');
    expect(track.problems).toEqual([{ file: 'd.vtt', line: 4, message: 'description cue has no text: dropped', severity: 'error' }]);
    expect(track.cues.map((cue) => cue.key)).toEqual(['b', 'b@12']);
  });

  it('reports a file that cannot be loaded, without throwing', async () => {
    const track = await loadDescriptionTrack('https://x.invalid/d.vtt', async () => new Response('', { status: 404, statusText: 'Not Found' }));
    expect(track.cues).toEqual([]);
    expect(track.problems).toEqual([{ file: 'https://x.invalid/d.vtt', message: 'could not be loaded (HTTP 404 Not Found)', severity: 'error', unloaded: true, subject: 'descriptions' }]);
  });
});

describe('description messages', () => {
  it('has every string in both languages, French typography in French', () => {
    const fr = descriptionMessagesFor('fr');
    const en = descriptionMessagesFor('en');
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const value of Object.values(fr)) expect(value).not.toMatch(/ [:;?!]|[^\u00a0\u202f][:;?!](\s|$)/);
    expect([fr.toggle, en.toggle]).toEqual(['Audiodescription', 'Audio description']);
    expect([fr.speechLang, en.speechLang]).toEqual(['fr-FR', 'en-GB']);
  });
});
