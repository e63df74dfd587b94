import { describe, expect, it } from 'vitest';
import { renderDocs, type Manifest } from '../../scripts/docs/render-docs.ts';
import { findDocGaps } from '../../scripts/docs/doc-gaps.ts';

/** A manifest shaped like the analyzer's output: one player, one panel, the demo page, an event class. */
function sampleManifest(): Manifest {
  return {
    schemaVersion: '1.0.0',
    modules: [
      {
        kind: 'javascript-module',
        path: 'src/ui/dv-chapter-list.ts',
        declarations: [
          {
            kind: 'class',
            name: 'DvChapterList',
            customElement: true,
            tagName: 'dv-chapter-list',
            summary: 'The chapter list of the episode.',
            description: 'One button per chapter.\nThe current one is marked with `aria-current`.\n\nWorks anywhere with `player`.',
            members: [
              { kind: 'field', name: 'player', type: { text: 'string | undefined' }, description: 'The id of a `dv-player`.', attribute: 'player', reflects: true },
              { kind: 'method', name: 'focusCurrent', description: 'Puts focus on the current chapter.', parameters: [{ name: 'smooth', type: { text: 'boolean' } }], return: { type: { text: 'void' } } },
              { kind: 'field', name: 'count', static: true, type: { text: 'number' }, description: 'Static, not on an instance.' },
            ],
            attributes: [{ name: 'player', type: { text: 'string | undefined' }, description: 'The id of a `dv-player`.', fieldName: 'player' }],
            events: [
              { name: 'dv-seek-request', type: { text: 'SeekRequestEvent' }, description: "With the chapter's start." },
              { name: 'dv-play-request', description: 'Right after.' },
            ],
            cssParts: [{ name: 'chapter', description: 'Each chapter button.' }],
          },
        ],
      },
      {
        kind: 'javascript-module',
        path: 'src/ui/dv-player.ts',
        declarations: [
          {
            kind: 'class',
            name: 'DvPlayer',
            customElement: true,
            tagName: 'dv-player',
            summary: 'A documentary episode <script>alert(1)</script> with "quotes" & more.',
            description: 'Says <script>alert("x")</script> and "quotes" & \'apostrophes\'.',
            members: [
              { kind: 'field', name: 'locale', type: { text: "'fr' | 'en'" }, default: "'fr'", description: 'Interface language.', attribute: 'locale' },
              { kind: 'field', name: 'entry', type: { text: 'Episode | undefined' }, description: 'The manifest entry <b>to play</b>.' },
            ],
            attributes: [
              { name: 'locale', type: { text: "'fr' | 'en'" }, description: 'Interface language.', fieldName: 'locale' },
              { name: 'lang', type: { text: 'string | null' }, default: 'null', description: 'The page language.' },
            ],
            slots: [{ name: '', description: 'Companion panels.' }, { name: 'after', description: 'Below the video.' }],
            cssProperties: [{ name: '--dv-accent', default: '#f0b429', description: 'Accent colour.' }],
            cssParts: [{ name: 'layout', description: 'The grid.' }],
          },
          { kind: 'function', name: 'pickEpisode', description: 'Not an element.' },
        ],
      },
      {
        kind: 'javascript-module',
        path: 'src/app/dv-app.ts',
        declarations: [
          {
            kind: 'class',
            name: 'DvApp',
            customElement: true,
            tagName: 'dv-app',
            summary: 'The demo page.',
            members: [{ kind: 'field', name: 'defaultManifest', type: { text: 'string' }, default: "'/manifest.json'", description: 'The manifest used by default.', attribute: 'default-manifest' }],
            attributes: [{ name: 'default-manifest', type: { text: 'string' }, default: "'/manifest.json'", description: 'The manifest used by default.', fieldName: 'defaultManifest' }],
          },
        ],
      },
      {
        kind: 'javascript-module',
        path: 'src/ui/dv-person-profile.ts',
        declarations: [{ kind: 'class', name: 'PersonJumpEvent', description: 'An event class, not an element.', members: [{ kind: 'field', name: 'type', type: { text: 'string' } }] }],
      },
    ],
  };
}

const options = { demoPageTags: ['dv-app'], firstTags: ['dv-player'] };

/** The HTML of the section of one element (from its h2 to the next element's). */
function sectionOf(html: string, tag: string): string {
  const start = html.indexOf(`<h2 id="${tag}"`);
  expect(start).toBeGreaterThan(-1);
  const next = html.indexOf('<h2 id="dv-', start + 1);
  return html.slice(start, next === -1 ? undefined : next);
}

describe('renderDocs', () => {
  const html = renderDocs(sampleManifest(), options);

  it('is one English HTML document with one h1 and the stylesheet as a file', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<link rel="stylesheet" href="docs.css">');
  });

  it('has no inline script or style (the site runs under script-src and style-src self)', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<style/i);
    // (the iframe snippet's `style=&quot;…` is escaped text, not an attribute)
    expect(html).not.toMatch(/\sstyle="/i);
    expect(html).not.toMatch(/\son[a-z]+="/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('gives each custom element an h2 with its tag as id, and only custom elements', () => {
    expect(html.match(/<h2 id="dv-[a-z-]+"/g)).toEqual(['<h2 id="dv-player"', '<h2 id="dv-chapter-list"', '<h2 id="dv-app"']);
    expect(html).not.toContain('pickEpisode');
    expect(html).not.toContain('PersonJumpEvent');
  });

  it('links every element from the table of contents', () => {
    const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>', html.indexOf('<nav class="toc"')));
    for (const tag of ['dv-player', 'dv-chapter-list', 'dv-app']) expect(toc).toContain(`href="#${tag}"`);
    expect(toc).toContain('The chapter list of the episode.');
  });

  it('marks the demo page as such', () => {
    expect(sectionOf(html, 'dv-app')).toContain('Demo page');
    expect(sectionOf(html, 'dv-player')).not.toContain('Demo page');
  });

  it('links back to the player and the liberation page', () => {
    expect(html).toContain('href="../index.html"');
    expect(html).toContain('href="../liberation.html"');
  });

  it('shows the summary, the description as paragraphs and inline code', () => {
    const section = sectionOf(html, 'dv-chapter-list');
    expect(section).toContain('The chapter list of the episode.');
    expect(section).toContain('<p>One button per chapter. The current one is marked with <code>aria-current</code>.</p>');
    expect(section).toContain('<p>Works anywhere with <code>player</code>.</p>');
    expect(section).toContain('src/ui/dv-chapter-list.ts');
  });

  it('lists attributes with name, type, default and description, in a captioned table with scoped headers', () => {
    const section = sectionOf(html, 'dv-player');
    const table = section.slice(section.indexOf('<table'), section.indexOf('</table>'));
    expect(table).toMatch(/<caption>Attributes of <code>dv-player<\/code><\/caption>/);
    for (const header of ['Name', 'Type', 'Default', 'Description']) expect(table).toContain(`<th scope="col">${header}</th>`);
    expect(table).toContain('<th scope="row" data-label="Name"><code>lang</code></th>');
    expect(table).toContain('<code>string | null</code>');
    expect(table).toContain('<code>null</code>');
    expect(table).toContain('The page language.');
    // the attribute's default comes from its field when the attribute has none
    const locale = table.slice(table.indexOf('<code>locale</code>'));
    expect(locale).toContain('<code>&#39;fr&#39;</code>');
  });

  it('lists public instance properties and methods with types and descriptions, not static ones', () => {
    const section = sectionOf(html, 'dv-chapter-list');
    expect(section).toContain('<caption>Properties of <code>dv-chapter-list</code></caption>');
    expect(section).toContain('<code>player</code>');
    expect(section).toContain('<caption>Methods of <code>dv-chapter-list</code></caption>');
    expect(section).toContain('<code>focusCurrent(smooth: boolean): void</code>');
    expect(section).toContain('Puts focus on the current chapter.');
    expect(section).not.toContain('count');
    const player = sectionOf(html, 'dv-player');
    expect(player).toContain('<code>Episode | undefined</code>');
  });

  it('lists events, slots, CSS parts and CSS custom properties', () => {
    const list = sectionOf(html, 'dv-chapter-list');
    expect(list).toContain('<caption>Events of <code>dv-chapter-list</code></caption>');
    expect(list).toContain('<code>dv-seek-request</code>');
    expect(list).toContain('<code>SeekRequestEvent</code>');
    expect(list).toContain('Right after.');
    expect(list).toContain('<caption>CSS parts of <code>dv-chapter-list</code></caption>');
    const player = sectionOf(html, 'dv-player');
    expect(player).toContain('<caption>Slots of <code>dv-player</code></caption>');
    expect(player).toContain('(default)');
    expect(player).toContain('<code>after</code>');
    expect(player).toContain('<caption>CSS custom properties of <code>dv-player</code></caption>');
    expect(player).toContain('<code>--dv-accent</code>');
    expect(player).toContain('<code>#f0b429</code>');
    // no empty tables
    expect(sectionOf(html, 'dv-app')).not.toContain('Events of');
  });

  it('escapes every text from the manifest', () => {
    const player = sectionOf(html, 'dv-player');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(player).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; and &quot;quotes&quot; &amp; &#39;apostrophes&#39;.');
    expect(player).toContain('The manifest entry &lt;b&gt;to play&lt;/b&gt;.');
    expect(html).toContain('A documentary episode &lt;script&gt;alert(1)&lt;/script&gt; with &quot;quotes&quot; &amp; more.');
  });

  it('escapes a tag name and a hostile attribute value in ids and links', () => {
    const manifest = sampleManifest();
    const declaration = manifest.modules[0]!.declarations![0]!;
    declaration.tagName = 'dv-x" onmouseover="alert(1)';
    const hostile = renderDocs(manifest, options);
    expect(hostile).not.toContain('" onmouseover="');
    expect(hostile).toContain('&quot; onmouseover=&quot;');
  });

  it('starts with the getting-started snippets as escaped code', () => {
    const start = html.indexOf('Getting started');
    expect(start).toBeGreaterThan(-1);
    expect(start).toBeLessThan(html.indexOf('<h2 id="dv-player"'));
    expect(html).toContain('&lt;script type=&quot;module&quot; src=&quot;/embed/douze-vies.js&quot;&gt;&lt;/script&gt;');
    expect(html).toContain(
      '&lt;dv-player id=&quot;ep6&quot; manifest=&quot;/manifest.json&quot; episode=&quot;episode-06&quot; lang=&quot;fr&quot;&gt;&lt;/dv-player&gt;',
    );
    expect(html).toContain('&lt;dv-chapter-list player=&quot;ep6&quot;&gt;&lt;/dv-chapter-list&gt;');
    expect(html).toContain('&lt;iframe src=&quot;/embed.html?manifest=/manifest.json&amp;episode=episode-06&amp;t=0&quot;');
    expect(html).toContain('allow=&quot;fullscreen; autoplay&quot;');
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('<dv-player');
  });

  it('is the same for the same manifest (a pure function)', () => {
    expect(renderDocs(sampleManifest(), options)).toBe(html);
  });
});

describe('findDocGaps', () => {
  it('finds nothing in a documented manifest', () => {
    expect(findDocGaps(sampleManifest(), { required: (path) => path.startsWith('src/ui/') })).toEqual([]);
  });

  it('names the file of an element without summary or description, and of an undocumented public property', () => {
    const manifest = sampleManifest();
    const list = manifest.modules[0]!.declarations![0]!;
    delete list.summary;
    delete list.description;
    list.members!.push({ kind: 'field', name: 'compact', type: { text: 'boolean' } });
    list.members!.push({ kind: 'field', name: 'hidden', privacy: 'private', type: { text: 'boolean' } });
    const gaps = findDocGaps(manifest, { required: (path) => path.startsWith('src/ui/') });
    expect(gaps).toEqual([
      { file: 'src/ui/dv-chapter-list.ts', tag: 'dv-chapter-list', message: 'the element has no @summary and no description' },
      { file: 'src/ui/dv-chapter-list.ts', tag: 'dv-chapter-list', message: 'the public property `compact` has no description' },
    ]);
  });

  it('leaves files outside the required set alone', () => {
    const manifest = sampleManifest();
    const app = manifest.modules[2]!.declarations![0]!;
    delete app.summary;
    expect(findDocGaps(manifest, { required: (path) => path.startsWith('src/ui/') })).toEqual([]);
  });
});
