/**
 * Hostile JSON: the manifest, cue payloads, `people.json` and teachers' notes with wrong types,
 * deep nesting, huge arrays, duplicates and URLs that must never become links. Every case ends in a
 * value or located problems: never a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/content/content-problem.ts';
import { contextFromCues } from '../../src/content/context-track.ts';
import { parseManifest } from '../../src/content/manifest.ts';
import { parsePeople } from '../../src/content/people.ts';
import { showSource } from '../../src/content/sources.ts';
import { parseTeacherNote } from '../../src/content/teacher-note.ts';
import { MAX_LOCATED_PROBLEMS } from '../../src/content/validate-json.ts';
import { parseWebVtt } from '../../src/content/webvtt-file.ts';
import { SAMPLE_CARD } from './sample-content.ts';

const MANIFEST_URL = 'https://example.org/site/manifest.json';
const PEOPLE_FILE = 'public/people.json';
const NOTE_FILE = 'public/notes/e.json';
const CONTEXT_FILE = 'chapters/e.context.vtt';

/** URLs a page must never load or link to, spelled as browsers still accept them. */
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
];

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Every problem names the file and, when it has a line, a line of the text. */
function expectLocated(problems: readonly ContentProblem[], text: string, file: string): void {
  const count = lineCount(text);
  const misplaced = problems.filter(
    (problem) => problem.file !== file || !problem.message || (problem.line !== undefined && !(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= count)),
  );
  expect(misplaced, `problems not located within ${count} lines`).toEqual([]);
}

/** The line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in text`);
  return text.slice(0, index).split('\n').length;
}

const EPISODE = {
  id: 'e-1',
  number: 1,
  title: { fr: 'Un', en: 'One' },
  note: 'notes/e-1.json',
  poster: 'posters/1.jpg',
  sources: [{ src: 'media/1.webm', type: 'video/webm' }],
  chapters: { fr: 'chapters/1.fr.vtt', en: 'chapters/1.en.vtt' },
  context: 'chapters/1.context.vtt',
  subtitles: [{ src: 'subtitles/1.fr.vtt', srclang: 'fr', label: 'Français' }],
  descriptions: [{ src: 'subtitles/1.descriptions.fr.vtt', srclang: 'fr' }],
  titleSources: ['https://example.org/source'],
};
const MANIFEST = { series: 'Série', people: 'people.json', episodes: [EPISODE] };

function manifestResult(value: unknown) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  const result = parseManifest(text, MANIFEST_URL);
  expectLocated(result.problems, text, MANIFEST_URL);
  if (!result.manifest) expect(result.problems.length).toBeGreaterThan(0);
  return { text, ...result };
}

/** Every URL the manifest hands on, resolved. */
function urlsOf(result: ReturnType<typeof parseManifest>): string[] {
  const manifest = result.manifest;
  if (!manifest) return [];
  return [
    ...(manifest.peopleUrl ? [manifest.peopleUrl] : []),
    ...manifest.episodes.flatMap((episode) => [
      ...(episode.noteUrl ? [episode.noteUrl] : []),
      ...(episode.poster ? [episode.poster] : []),
      ...(episode.contextUrl ? [episode.contextUrl] : []),
      ...Object.values(episode.chaptersUrls).filter((url): url is string => url !== undefined),
      ...episode.sources.map((source) => source.src),
      ...episode.subtitles.map((track) => track.src),
      ...episode.descriptions.map((track) => track.src),
    ]),
  ];
}

/** Puts `value` at `path` in a deep copy of `base`. */
function withValue(base: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]!] = value;
  return copy;
}

/** Every path to a value in a JSON value. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  return [];
}

const URL_FIELDS: (string | number)[][] = [
  ['people'],
  ['episodes', 0, 'note'],
  ['episodes', 0, 'poster'],
  ['episodes', 0, 'context'],
  ['episodes', 0, 'chapters'],
  ['episodes', 0, 'chapters', 'fr'],
  ['episodes', 0, 'sources', 0, 'src'],
  ['episodes', 0, 'subtitles', 0, 'src'],
  ['episodes', 0, 'descriptions', 0, 'src'],
  ['episodes', 0, 'titleSources', 0],
];

describe('hostile manifest: URLs', () => {
  it('accepts the sample and resolves relative URLs against the manifest', () => {
    const result = manifestResult(MANIFEST);
    expect(result.problems).toEqual([]);
    expect(urlsOf(result).every((url) => url.startsWith('https://example.org/site/'))).toBe(true);
  });

  it('still takes https, http, root-relative, parent-relative and protocol-relative URLs', () => {
    const urls = ['https://cdn.example.net/a.webm', 'http://localhost:8080/a.webm', '/media/a.webm', '../media/a.webm', '//cdn.example.net/a.webm', 'a%20b.webm'];
    for (const url of urls) {
      const result = manifestResult(withValue(MANIFEST, ['episodes', 0, 'sources', 0, 'src'], url));
      expect(result.problems, url).toEqual([]);
      expect(result.manifest!.episodes[0]!.sources[0]!.src).toBe(new URL(url, MANIFEST_URL).href);
    }
  });

  for (const path of URL_FIELDS) {
    it(`refuses javascript:, data: and vbscript: URLs in ${path.join('.')}, at their line`, () => {
      for (const url of HOSTILE_URLS) {
        const result = manifestResult(withValue(MANIFEST, path, url));
        expect(result.manifest, `${path.join('.')} = ${JSON.stringify(url)}`).toBeUndefined();
        expect(result.problems.length).toBeGreaterThan(0);
        expect(result.problems[0]!.line).toBe(lineOf(result.text, JSON.stringify(url)));
      }
    });
  }

  it('never hands on a URL of another scheme, whatever the manifest holds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...URL_FIELDS), fc.oneof(fc.constantFrom(...HOSTILE_URLS), fc.webUrl(), fc.string(), fc.webPath()), (path, url) => {
        const result = manifestResult(withValue(MANIFEST, path, url));
        for (const resolved of urlsOf(result)) expect(new URL(resolved).protocol).toMatch(/^https?:$/);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('reports a URL the URL parser refuses, instead of throwing', () => {
    for (const url of ['http://[', 'https://exa mple.org/', 'http://a:99999999/', '//[::1']) {
      const result = manifestResult(withValue(MANIFEST, ['episodes', 0, 'poster'], url));
      expect(result.manifest, url).toBeUndefined();
      expect(result.problems[0]!.line).toBe(lineOf(result.text, '"poster"'));
    }
  });

  it('reports a manifest URL that cannot serve as a base, instead of throwing', () => {
    const result = parseManifest(JSON.stringify(MANIFEST), 'not a url');
    expect(result.manifest).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ file: 'not a url', severity: 'error' })]);
  });
});

describe('hostile manifest: shapes', () => {
  it('reports wrong types in every field, at their line', () => {
    const wrong = [null, 0, -1, 1.5, true, '', 'x', [], {}, [null], { '': 1 }];
    for (const path of pathsOf(MANIFEST)) {
      for (const value of wrong) {
        const result = manifestResult(withValue(MANIFEST, path, value));
        if (result.manifest) continue; // some values fit (a string title, a number of 1…)
        expect(result.problems.some((problem) => problem.line !== undefined), `${path.join('.')} = ${JSON.stringify(value)}`).toBe(true);
      }
    }
  });

  it('reports missing fields, unknown fields and a non-object', () => {
    expect(manifestResult({}).problems.length).toBeGreaterThan(0);
    expect(manifestResult({ ...MANIFEST, episodes: [{ id: 'e-1' }] }).problems.length).toBeGreaterThan(0);
    expect(manifestResult({ ...MANIFEST, extra: true }).problems.length).toBeGreaterThan(0);
    for (const value of ['null', '[]', '"x"', '42', '', '\uFEFF{}', '<!doctype html><p>404</p>']) expect(manifestResult(value).manifest).toBeUndefined();
  });

  it('reports duplicate episode ids at the duplicate', () => {
    const result = manifestResult({ ...MANIFEST, episodes: [EPISODE, { ...EPISODE, number: 2 }] });
    expect(result.manifest).toBeUndefined();
    const second = result.text.indexOf('"id"', result.text.indexOf('"id"') + 1);
    expect(result.problems).toEqual([expect.objectContaining({ line: result.text.slice(0, second).split('\n').length, message: expect.stringContaining('duplicate') })]);
  });

  it('reports 10,000 nested arrays at the top and in a field, without blowing the stack', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(manifestResult(deep).manifest).toBeUndefined();
    const inField = manifestResult(`{"series": ${deep},\n"episodes": []}`);
    expect(inField.manifest).toBeUndefined();
    expect(inField.problems[0]!.line).toBe(1);
    const unclosed = manifestResult('['.repeat(10_000));
    expect(unclosed.problems).toEqual([expect.objectContaining({ message: expect.stringContaining('not valid JSON') })]);
    const deepObjects = manifestResult(`{"series": "s", "episodes": [${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}]}`);
    expect(deepObjects.manifest).toBeUndefined();
  });

  it('reads huge arrays: 20,000 episodes, and 100,000 wrong ones reported', () => {
    const many = manifestResult({ ...MANIFEST, episodes: Array.from({ length: 20_000 }, (_, index) => ({ ...EPISODE, id: `e-${index}`, number: index + 1 })) });
    expect(many.manifest?.episodes).toHaveLength(20_000);
    const wrong = manifestResult({ ...MANIFEST, episodes: Array.from({ length: 100_000 }, () => 0) });
    expect(wrong.manifest).toBeUndefined();
    // The first problems are located; the rest are counted in one last problem.
    expect(wrong.problems).toHaveLength(MAX_LOCATED_PROBLEMS + 1);
    expect(wrong.problems[0]!.line).toBe(lineOf(wrong.text, '    0'));
    expect(wrong.problems.at(-1)!.message).toContain(`${100_000 - MAX_LOCATED_PROBLEMS} more problems`);
  }, 120_000);

  it('never throws and returns a manifest or located problems, for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        manifestResult(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('never throws and returns a manifest or located problems, for a sample with one value replaced', () => {
    const paths = pathsOf(MANIFEST);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        manifestResult(withValue(MANIFEST, path, value));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('never throws for arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        manifestResult(text);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

function contextOf(...payloads: string[]) {
  const body = payloads.map((payload, index) => `${String(index).padStart(2, '0')}:00.000 --> ${String(index).padStart(2, '0')}:30.000\n${payload}`).join('\n\n');
  const text = `WEBVTT\n\n${body}\n`;
  const track = contextFromCues(parseWebVtt(text, CONTEXT_FILE).cues, CONTEXT_FILE);
  expectLocated(track.problems, text, CONTEXT_FILE);
  expectLocated(track.ignored, text, CONTEXT_FILE);
  return { text, track };
}

describe('hostile context payloads', () => {
  it('refuses javascript:, data: and vbscript: sources, bare or with a publisher, at their line', () => {
    for (const url of HOSTILE_URLS) {
      const bare = JSON.stringify({ ...SAMPLE_CARD, sources: [url] }, null, 1);
      const named = JSON.stringify({ ...SAMPLE_CARD, sources: [{ url, publisher: 'P', kind: 'museum' }] }, null, 1);
      const { text, track } = contextOf(bare, named);
      expect(track.cards, url).toEqual([]);
      expect(track.problems.map((problem) => problem.line)).toEqual([lineOf(text, JSON.stringify(url)), text.split('\n').findLastIndex((line) => line.includes(JSON.stringify(url))) + 1]);
    }
  });

  it('shows only http(s) links for the sources it accepts', () => {
    const sources = ['https://example.org/a', 'http://example.org/b', { url: 'https://example.org/c', publisher: 'P', kind: 'press' }];
    const { track } = contextOf(JSON.stringify({ ...SAMPLE_CARD, sources }));
    expect(track.problems).toEqual([]);
    expect(track.cards[0]!.sources.map((source) => new URL(showSource(source).url).protocol)).toEqual(['https:', 'http:', 'https:']);
  });

  it('reads unknown people ids and unknown types without throwing (the checker reports ids)', () => {
    const { track } = contextOf(JSON.stringify({ ...SAMPLE_CARD, people: ['nobody-at-all'] }), '{"type": "constructor"}', '{"type": "__proto__"}', '{"type": {"x": 1}}', JSON.stringify({ type: 'person', id: 'unknown-person' }));
    expect(track.cards[0]!.people).toEqual(['nobody-at-all']);
    expect(track.appearances.map((appearance) => appearance.id)).toEqual(['unknown-person']);
    expect(track.ignored).toHaveLength(2);
    expect(track.problems).toHaveLength(1);
  });

  it('reports deep nesting in a payload, without blowing the stack', () => {
    const { track } = contextOf(`{"type": "card", "title": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`, `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(track.problems.map((problem) => problem.line)).toEqual([4, 7]);
  });

  it('reports huge arrays of places and categories', () => {
    const places = Array.from({ length: 50_000 }, () => ({ name: 'x', lat: 100, lon: 0 }));
    const { track } = contextOf(JSON.stringify({ ...SAMPLE_CARD, places }), JSON.stringify({ type: 'warning', categories: Array.from({ length: 50_000 }, () => 'nope'), text: 'x' }));
    expect(track.cards).toEqual([]);
    expect(track.warnings).toEqual([]);
    expect(track.problems.length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('never throws and locates every problem, for arbitrary JSON payloads and a card with one value replaced', () => {
    const paths = pathsOf(SAMPLE_CARD);
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (payload, path, value) => {
        // A blank line would end the cue: the payload stays on one line.
        contextOf(JSON.stringify(payload), JSON.stringify(withValue(SAMPLE_CARD, path, value)));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

const PERSON = {
  id: 'a-person',
  name: 'A. Person',
  role: { fr: 'Rôle', en: 'Role' },
  branch: 'Branche',
  theatres: ['europe'],
  fate: { status: 'survived' },
  bio: { fr: 'Bio.', en: 'Bio.' },
  sources: [{ url: 'https://example.org/p', publisher: 'P', kind: 'museum' }],
};

function peopleResult(value: unknown) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  const result = parsePeople(text, PEOPLE_FILE);
  expectLocated(result.problems, text, PEOPLE_FILE);
  return { text, ...result };
}

describe('hostile people.json', () => {
  it('reads the sample', () => {
    expect(peopleResult({ people: [PERSON] }).problems).toEqual([]);
  });

  it('refuses hostile source URLs at their line', () => {
    for (const url of HOSTILE_URLS) {
      for (const source of [url, { url, publisher: 'P', kind: 'museum' }]) {
        const result = peopleResult({ people: [{ ...PERSON, sources: [source] }] });
        expect(result.value, url).toBeUndefined();
        expect(result.problems[0]!.line).toBe(lineOf(result.text, JSON.stringify(url)));
      }
    }
  });

  it('reports wrong types in every field', () => {
    for (const path of pathsOf({ people: [PERSON] })) {
      for (const value of [null, 0, true, [], {}, 'x']) {
        const result = peopleResult(withValue({ people: [PERSON] }, path, value));
        if (!result.value) expect(result.problems.length, `${path.join('.')} = ${JSON.stringify(value)}`).toBeGreaterThan(0);
      }
    }
  });

  it('locates duplicate ids, even among 20,000 people', () => {
    const result = peopleResult({ people: Array.from({ length: 20_000 }, () => PERSON) });
    expect(result.problems).toHaveLength(MAX_LOCATED_PROBLEMS + 1);
    expect(result.problems.at(-1)!.message).toContain(`${19_999 - MAX_LOCATED_PROBLEMS} more problems`);
    const secondId = result.text.indexOf('"id"', result.text.indexOf('"id"') + 1);
    expect(result.problems[0]!.line).toBe(result.text.slice(0, secondId).split('\n').length);
  }, 120_000);

  it('reports deep nesting without blowing the stack', () => {
    expect(peopleResult(`{"people": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`).value).toBeUndefined();
  });

  it('never throws for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        peopleResult(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

const NOTE = {
  episode: 'e-1',
  context: [{ fr: 'Texte.', en: 'Text.', sources: ['https://example.org/a'] }],
  discuss: [{ fr: 'Question ?', en: 'Question?' }],
  bibliography: [{ url: 'https://example.org/a', publisher: 'P', kind: 'museum' }],
};

function noteResult(value: unknown) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  const result = parseTeacherNote(text, NOTE_FILE);
  expectLocated(result.problems, text, NOTE_FILE);
  return { text, ...result };
}

describe("hostile teacher's note", () => {
  it('reads the sample, with an unknown episode id (the checker matches ids)', () => {
    expect(noteResult(NOTE).problems).toEqual([]);
    expect(noteResult({ ...NOTE, episode: 'no-such-episode' }).problems).toEqual([]);
  });

  it('refuses hostile URLs in the bibliography and in paragraph sources, at their line', () => {
    for (const url of HOSTILE_URLS) {
      const inBibliography = noteResult(withValue(NOTE, ['bibliography', 0, 'url'], url));
      expect(inBibliography.value, url).toBeUndefined();
      expect(inBibliography.problems[0]!.line).toBe(lineOf(inBibliography.text, JSON.stringify(url)));
      const inParagraph = noteResult(withValue(NOTE, ['context', 0, 'sources', 0], url));
      expect(inParagraph.value, url).toBeUndefined();
      expect(inParagraph.problems[0]!.line).toBe(lineOf(inParagraph.text, JSON.stringify(url)));
    }
  });

  it('reports citations missing from the bibliography, even 10,000 of them', () => {
    const sources = Array.from({ length: 10_000 }, (_, index) => `https://example.org/missing-${index}`);
    const result = noteResult(withValue(NOTE, ['context', 0, 'sources'], sources));
    expect(result.problems).toHaveLength(MAX_LOCATED_PROBLEMS + 1);
    expect(result.problems[0]!.line).toBe(lineOf(result.text, 'missing-0"'));
    expect(result.problems.at(-1)!.message).toContain(`${10_000 - MAX_LOCATED_PROBLEMS} more problems`);
  }, 120_000);

  it('reports deep nesting without blowing the stack', () => {
    expect(noteResult(`{"episode": "e", "context": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`).value).toBeUndefined();
  });

  it('never throws for arbitrary JSON values or a sample with one value replaced', () => {
    const paths = pathsOf(NOTE);
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (value, path, replacement) => {
        noteResult(JSON.stringify(value));
        noteResult(withValue(NOTE, path, replacement));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
