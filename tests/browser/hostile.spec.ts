import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page, type Route } from '@playwright/test';
import { bigPlayButton, chapterButtons, chapterList, demoChapters, isPaused, mediaEpisode, mediaTime, readProjectFile, rememberWarnings, waitForMedia } from './fixtures.ts';
import { choiceButton, demoStretches, playApi, seekApi, warningDialog } from './warning-fixtures.ts';

/**
 * A hostile world: content files that fail in every way a server can fail, a manifest that never
 * comes, files written to attack the page, a storage that throws or holds garbage, and a viewer who
 * clicks too fast. The page must say what went wrong, never run a file's text, and keep playing.
 * Messages are matched by the file they name, never by their wording.
 */

const CHAPTERS = 'chapters/episode-06.fr.vtt';
const CONTEXT = 'chapters/episode-06.context.vtt';
const SUBTITLES = 'subtitles/episode-06.fr.vtt';
const DESCRIPTIONS = 'subtitles/episode-06.descriptions.fr.vtt';
const MEDIA = ['media/episode-06.webm', 'media/episode-06.mp4'];

// ---------------------------------------------------------------------------------------------
// Errors: every uncaught exception and every console error, with the URL a resource error names.

interface LoggedError {
  readonly kind: 'pageerror' | 'console';
  readonly text: string;
  readonly url: string;
}

function watchErrors(page: Page): LoggedError[] {
  const errors: LoggedError[] = [];
  page.on('pageerror', (error) => errors.push({ kind: 'pageerror', text: `${error.name}: ${error.message}\n${error.stack ?? ''}`, url: '' }));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push({ kind: 'console', text: message.text(), url: message.location().url });
  });
  return errors;
}

/**
 * The errors left once the ones the test caused itself are taken out: Chromium's own line for a
 * resource the test answered with an HTTP error, or whose connection it broke (on exactly that
 * resource), and, where the test broke the media, video.js's log of the media error.
 */
function unexpected(errors: readonly LoggedError[], allow: { failedUrls?: readonly string[]; brokenUrls?: readonly string[]; mediaError?: boolean } = {}): string[] {
  const failed = new Set(allow.failedUrls ?? []);
  const broken = new Set(allow.brokenUrls ?? []);
  const pathOf = (url: string) => (url ? new URL(url).pathname.slice(1) : '');
  return errors
    .filter((error) => {
      if (error.kind !== 'console') return true;
      if (/^Failed to load resource: the server responded with a status of (404|500|503) /.test(error.text) && failed.has(pathOf(error.url))) return false;
      if (/^Failed to load resource: net::ERR_CONTENT_LENGTH_MISMATCH$/.test(error.text) && broken.has(pathOf(error.url))) return false;
      if (allow.mediaError && /^VIDEOJS: ERROR: \(CODE:\d+ MEDIA_ERR_[A-Z_]+\)/.test(error.text)) return false;
      return true;
    })
    .map((error) => `${error.kind}: ${error.text}${error.url ? ` (${error.url})` : ''}`);
}

// ---------------------------------------------------------------------------------------------
// The page, shadow roots included.

/** All the text of the page, shadow roots included, hidden or not (a closed <details> too). */
function deepText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Node) => {
      for (const node of Array.from(root.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (node instanceof Element) {
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      }
    };
    walk(document.body);
    return parts.join(' ');
  });
}

/** The text of every status and alert region (light DOM and shadow roots), with what they hold. */
function messageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const role = element.getAttribute('role');
        if (role === 'status' || role === 'alert') texts.push(element.textContent ?? '');
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return texts.join('\n').replace(/\s+/g, ' ').trim();
  });
}

/** What a hostile file could have left in the page: elements it made, handlers it set, script links. */
function injected(page: Page): Promise<{ pwned: unknown; images: string[]; scripts: string[]; handlers: string[]; scriptLinks: string[]; anchors: number; roots: number }> {
  return page.evaluate(() => {
    const found = { images: [] as string[], scripts: [] as string[], handlers: [] as string[], scriptLinks: [] as string[], anchors: 0, roots: 0 };
    const walk = (root: Document | ShadowRoot, inShadow: boolean) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        if (element instanceof HTMLImageElement && (inShadow || /(^|\/)x$/.test(element.getAttribute('src') ?? ''))) {
          // The page's own images (portraits, the poster) are in shadow roots too: only a file's <img src=x> counts.
          if (/(^|\/)x$/.test(element.getAttribute('src') ?? '') || element.hasAttribute('onerror')) found.images.push(element.outerHTML);
        }
        if (element instanceof HTMLScriptElement && (inShadow || (element.textContent ?? '').includes('__pwned'))) found.scripts.push(element.outerHTML);
        for (const attribute of Array.from(element.attributes)) {
          if (/^on/i.test(attribute.name)) found.handlers.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
          if (/^\s*javascript:/i.test(attribute.value)) found.scriptLinks.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
        }
        if (element instanceof HTMLAnchorElement) {
          found.anchors += 1;
          if (element.protocol === 'javascript:') found.scriptLinks.push(element.outerHTML);
        }
        if (element.shadowRoot) {
          found.roots += 1;
          walk(element.shadowRoot, true);
        }
      }
    };
    walk(document, false);
    return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, ...found };
  });
}

// ---------------------------------------------------------------------------------------------
// Answers the routes give.

type Answer = '404' | '500' | 'html' | 'truncated' | 'slow' | 'hang';

/** A file cut in the middle of its second cue's timing line, as a half-finished upload leaves it. */
function truncated(path: string): string {
  const text = readProjectFile(path);
  const second = text.indexOf('-->', text.indexOf('-->') + 3);
  return text.slice(0, second + 7);
}

let brokenMedia: Promise<string> | undefined;

/**
 * A server whose connection breaks off partway through a media file: it announces the whole file,
 * sends what comes before the break, then drops the connection; the browser's requests for the
 * rest then fail (503). Returns its origin.
 */
function brokenMediaServer(): Promise<string> {
  brokenMedia ??= new Promise((resolve) => {
    const server = createServer((request, response) => {
      const bytes = readFileSync(new URL(`../../public${request.url}`, import.meta.url));
      const cut = Math.floor(bytes.length / 80);
      const from = Number(/^bytes=(\d+)-/.exec(request.headers.range ?? '')?.[1] ?? 0);
      if (from >= cut) {
        response.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
        return;
      }
      const type = request.url!.endsWith('.webm') ? 'video/webm' : 'video/mp4';
      const range = request.headers.range ? { 'content-range': `bytes ${from}-${bytes.length - 1}/${bytes.length}` } : {};
      response.writeHead(request.headers.range ? 206 : 200, { 'content-type': type, 'accept-ranges': 'bytes', 'content-length': bytes.length - from, ...range });
      response.write(bytes.subarray(from, cut), () => response.destroy());
    });
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
    server.unref();
  });
  return brokenMedia;
}

let release: () => void = () => undefined;
/** What a slow answer also waits for: `release()` lets it go. */
let held: Promise<void> = Promise.resolve();

/** The slow answers given since `holdSlowAnswers()` (each settles once its file is sent or given up). */
let slowAnswers: Promise<unknown>[] = [];

function holdSlowAnswers(): void {
  held = new Promise((resolve) => (release = resolve));
  slowAnswers = [];
}

async function answer(route: Route, path: string, how: Answer): Promise<void> {
  switch (how) {
    case '404':
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    case '500':
      return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
    case 'html':
      // What `vite preview` (and many single-page-app hosts) send for a missing file: the app's page.
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><head><title>Six Ans</title></head><body><dv-app></dv-app></body></html>' });
    case 'truncated':
      if (path.startsWith('media/')) return route.continue({ url: `${await brokenMediaServer()}/${path}` });
      return route.fulfill({ status: 200, contentType: 'text/vtt', body: truncated(path) });
    case 'slow': {
      // At least 3 s, and never before the test has seen what it checks while the file is on its way.
      const answered = Promise.all([new Promise((resolve) => setTimeout(resolve, 3000)), held]).then(() =>
        // The page may have given the request up meanwhile (another episode): nothing left to answer.
        route.fallback().catch(() => undefined),
      );
      slowAnswers.push(answered);
      return answered.then(() => undefined);
    }
    case 'hang':
      // Never answered: the request stays pending until the page goes.
      return new Promise<void>(() => {});
  }
}

/** Routes the demo's own URLs: each path in `plan` gets its answer, the rest are served as they are. */
async function routePlan(page: Page, plan: Map<string, Answer>): Promise<void> {
  await page.route(
    (url) => plan.has(url.pathname.slice(1)),
    (route) => {
      const path = new URL(route.request().url()).pathname.slice(1);
      return answer(route, path, plan.get(path)!);
    },
  );
}

async function playsOn(page: Page): Promise<void> {
  await bigPlayButton(page).click();
  const from = await mediaTime(page);
  await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(from + 0.5);
  expect(await isPaused(page)).toBe(false);
}

// ---------------------------------------------------------------------------------------------

test.describe('a hostile world', () => {
  test('content files that fail to load are each named in a message, and the video still plays', async ({ page }) => {
    test.setTimeout(150_000);
    const errors = watchErrors(page);
    await rememberWarnings(page, { mode: 'warn', advisorySeen: true });
    const plan = new Map<string, Answer>();
    await routePlan(page, plan);
    // Each round gives every content file a different failure: four rounds, every file fails every way.
    const rounds: Record<string, Answer>[] = [
      { [CHAPTERS]: '404', [CONTEXT]: '500', [SUBTITLES]: 'html', [DESCRIPTIONS]: 'truncated' },
      { [CHAPTERS]: '500', [CONTEXT]: 'html', [SUBTITLES]: 'truncated', [DESCRIPTIONS]: '404' },
      { [CHAPTERS]: 'html', [CONTEXT]: 'truncated', [SUBTITLES]: '404', [DESCRIPTIONS]: '500' },
      { [CHAPTERS]: 'truncated', [CONTEXT]: '404', [SUBTITLES]: '500', [DESCRIPTIONS]: 'html' },
    ];
    for (const round of rounds) {
      await test.step(Object.entries(round).map(([file, how]) => `${file} ${how}`).join(', '), async () => {
        plan.clear();
        for (const [file, how] of Object.entries(round)) plan.set(file, how);
        errors.length = 0;
        await page.goto('/?episode=episode-06');
        // The transcript (the one reader of the subtitles file besides video.js) is in its tab.
        await page.locator('#dv-tab-transcript').click();
        for (const file of Object.keys(round)) {
          await expect.poll(() => deepText(page), { message: `${file} named in the page` }).toContain(file);
        }
        // The transcript names the files it reads itself; the player's status region may say so a moment later.
        for (const file of [CHAPTERS, CONTEXT, DESCRIPTIONS]) await expect.poll(() => messageText(page), { message: `${file} named in a status region` }).toContain(file);
        await playsOn(page);
        const failedUrls = Object.entries(round).filter(([, how]) => how === '404' || how === '500').map(([file]) => file);
        expect(unexpected(errors, { failedUrls })).toEqual([]);
      });
    }

    await test.step('every content file answers after 3 s: the lists say they are loading, then the files are in and the video plays', async () => {
      plan.clear();
      for (const file of [CHAPTERS, CONTEXT, SUBTITLES, DESCRIPTIONS]) plan.set(file, 'slow');
      errors.length = 0;
      holdSlowAnswers();
      await page.goto('/?episode=episode-06');
      // While the files are on their way the chapter list says so; play is pressed (with warnings on,
      // playback waits for the context track by design: it must know the sensitive stretches first).
      await expect(chapterList(page)).not.toHaveText('');
      await waitForMedia(page);
      await bigPlayButton(page).click();
      await expect(chapterButtons(page)).toHaveCount(0);
      release();
      await expect(chapterButtons(page)).toHaveCount(demoChapters().length, { timeout: 15_000 });
      await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(0.5);
      expect(await isPaused(page)).toBe(false);
      await expect(page.locator('.vjs-progress-holder .dv-stretch-mark')).toHaveCount(demoStretches('episode-06').length);
      expect(await messageText(page)).not.toMatch(/episode-06/);
      expect(unexpected(errors)).toEqual([]);
    });

    for (const how of ['404', 'truncated'] as const) {
      await test.step(`the media ${how}`, async () => {
        plan.clear();
        for (const file of MEDIA) plan.set(file, how);
        errors.length = 0;
        await page.goto('/?episode=episode-06');
        await expect(chapterButtons(page)).toHaveCount(demoChapters().length);
        if (how === 'truncated') {
          // A file cut short: the browser may read for a while before it has the metadata.
          await waitForMedia(page, 30_000);
          await bigPlayButton(page).click();
        }
        // The media is no content file of ours: a message is enough, whatever it says.
        await expect.poll(() => messageText(page), { timeout: 30_000 }).not.toBe('');
        expect(unexpected(errors, how === '404' ? { failedUrls: MEDIA, mediaError: true } : { failedUrls: MEDIA, brokenUrls: MEDIA, mediaError: true })).toEqual([]);
      });
    }
  });

  test('a manifest that never answers is reported after 20 s', async ({ page }) => {
    const errors = watchErrors(page);
    await routePlan(page, new Map([['manifest.json', 'hang']]));
    // The page's clock is ours: the loader's 20 s (CONTENT_TIMEOUT_MS, a setTimeout) pass at once.
    await page.clock.install();
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    // dv-app asks for the manifest (and starts the loader's timer) as it is defined.
    await page.evaluate(() => customElements.whenDefined('dv-app'));
    await page.clock.runFor(20_500);
    await expect.poll(() => messageText(page)).not.toBe('');
    expect(await deepText(page)).toContain('manifest.json');
    expect(unexpected(errors)).toEqual([]);
  });

  test('hostile content files: their markup stays text, their script links never become links, nothing runs', async ({ page }) => {
    test.setTimeout(60_000);
    const errors = watchErrors(page);
    await rememberWarnings(page, { mode: 'warn', advisorySeen: true });
    const IMG = '<img src=x onerror="window.__pwned=1">';
    const SCRIPT = '<script>window.__pwned=1</script>';
    const LINK = 'javascript:window.__pwned=1';
    const json = (value: unknown) => JSON.stringify(value);
    const card = (id: string, extra: object) => ({
      type: 'card',
      id,
      title: { fr: `${IMG}Titre ${id}`, en: `${SCRIPT}Title` },
      date: '1944-06-07',
      dateNote: { fr: `${SCRIPT}note`, en: IMG },
      places: [{ name: `${IMG}Bayeux`, lat: 49.28, lon: -0.7, dateNote: { fr: SCRIPT, en: IMG } }],
      theatre: 'france',
      text: { fr: `${SCRIPT}${IMG}Texte`, en: IMG },
      ...extra,
    });
    const files: Record<string, string> = {
      [CHAPTERS]: ['WEBVTT', '', 'one', '00:00:00.000 --> 00:01:00.000', `${IMG}Premier`, '', 'two', '00:01:00.000 --> 00:02:00.000', `${SCRIPT}Deuxième`, '', 'three', '00:02:00.000 --> 00:09:03.400', LINK, ''].join('\n'),
      [CONTEXT]: [
        'WEBVTT',
        '',
        'kept',
        '00:00:01.000 --> 00:00:30.000',
        // Accepted by the schema (http URLs): the markup must stay in its attribute, the publisher stays text.
        json(card('kept', { sources: [`https://example.org/"><img/src=x/onerror=window.__pwned=1>`, { url: 'https://example.org/a', publisher: IMG, kind: 'press' }] })),
        '',
        'bare-link',
        '00:00:01.000 --> 00:00:30.000',
        json(card('bare-link', { sources: [LINK] })),
        '',
        'object-link',
        '00:00:01.000 --> 00:00:30.000',
        json(card('object-link', { sources: [{ url: `${LINK}//https://example.org/`, publisher: 'P', kind: 'press' }] })),
        '',
        'spaced-link',
        '00:00:01.000 --> 00:00:30.000',
        json(card('spaced-link', { sources: [` ${LINK.toUpperCase()}`] })),
        '',
        'warning',
        '00:00:40.000 --> 00:00:50.000',
        json({ type: 'warning', id: 'warning', categories: ['combat'], text: { fr: `${IMG}Avertissement`, en: SCRIPT } }),
        '',
        'person',
        '00:00:01.000 --> 00:00:30.000',
        json({ type: 'person', id: 'jack-werner', note: { fr: `${IMG}${SCRIPT}`, en: IMG } }),
        '',
      ].join('\n'),
      [SUBTITLES]: ['WEBVTT', '', '00:00:00.500 --> 00:00:05.000', `${IMG}Sous-titre`, '', '00:00:05.000 --> 00:00:09.000', `${SCRIPT}<b onclick="window.__pwned=1">deux</b>`, '', '00:00:09.000 --> 00:00:12.000', LINK, ''].join('\n'),
      [DESCRIPTIONS]: ['WEBVTT', '', '00:00:02.000 --> 00:00:04.000', `${IMG}Description`, '', '00:00:06.000 --> 00:00:08.000', SCRIPT, ''].join('\n'),
    };
    const manifest = JSON.parse(readProjectFile('public/manifest.json')) as { series: Record<string, string>; episodes: Record<string, unknown>[] };
    manifest.series = { fr: `${SCRIPT}Série`, en: IMG };
    const episode = manifest.episodes.find((item) => item.id === 'episode-06')!;
    episode.title = { fr: `${IMG}Titre`, en: SCRIPT };
    episode.summary = { fr: `${SCRIPT}${IMG}`, en: IMG };
    files['manifest.json'] = JSON.stringify(manifest);
    for (const [path, body] of Object.entries(files)) {
      await page.route(`**/${path}`, (route) => route.fulfill({ status: 200, contentType: path.endsWith('.json') ? 'application/json' : 'text/vtt', body }));
    }
    await page.goto('/?episode=episode-06');
    await waitForMedia(page);
    const clean = async (where: string) => {
      const found = await injected(page);
      expect(found.pwned, `window.__pwned after ${where}`).toBeUndefined();
      expect({ images: found.images, scripts: found.scripts, handlers: found.handlers, scriptLinks: found.scriptLinks }, where).toEqual({ images: [], scripts: [], handlers: [], scriptLinks: [] });
      return found;
    };

    await test.step('the chapters and the context track are read: markup shown as text, cards with script links dropped and named', async () => {
      // Tags in a chapter title are dropped, the rest is text (a script link too).
      await expect(chapterButtons(page)).toHaveCount(3);
      await expect(chapterButtons(page).nth(0)).toContainText('Premier');
      await expect(chapterButtons(page).nth(2)).toContainText(LINK);
      // The three cards whose sources are script links are refused, and the refusal names the file.
      await expect.poll(() => messageText(page)).toContain(CONTEXT);
      await clean('loading');
    });

    await test.step('every panel open on the cards: still nothing runs, no link is a script link', async () => {
      await seekApi(page, 10);
      await expect(page.locator('dv-context-cards')).toContainText('Titre kept');
      await expect(page.locator('dv-context-cards')).not.toContainText('bare-link');
      for (const tab of ['transcript', 'people', 'map', 'timeline', 'context']) await page.locator(`#dv-tab-${tab}`).click();
      await expect(page.locator('dv-transcript')).toContainText('Sous-titre');
      const found = await clean('opening every panel');
      // The walk looked at the whole page: the source links of the kept card are among its anchors.
      expect(found.anchors).toBeGreaterThan(2);
      expect(found.roots).toBeGreaterThan(5);
    });

    await test.step('the warning asks with its text as text, and playing on runs nothing', async () => {
      await seekApi(page, 42);
      await expect(warningDialog(page)).toContainText('Avertissement');
      await expect(warningDialog(page)).toContainText('onerror');
      await choiceButton(page, 'continue').click();
      await expect(warningDialog(page)).toHaveCount(0);
      await playApi(page);
      await expect.poll(() => mediaTime(page)).toBeGreaterThan(43);
      await clean('the warning');
    });
    expect(unexpected(errors)).toEqual([]);
  });

  test('a storage that throws, then one holding garbage under every key: the page loads, plays and warns', async ({ page, context }) => {
    test.setTimeout(120_000);
    const stretch = demoStretches('episode-06')[0]!;

    /** Loads the demo, plays it, meets the first warning and plays on; then switches language (a write to the comfort store). */
    const watch = async (viewer: Page) => {
      await viewer.goto('/?episode=episode-06');
      await expect(chapterButtons(viewer)).toHaveCount(demoChapters().length);
      await waitForMedia(viewer);
      await playsOn(viewer);
      await seekApi(viewer, stretch.start + 1);
      await expect(warningDialog(viewer)).toContainText(stretch.text);
      await choiceButton(viewer, 'continue').click();
      await expect(warningDialog(viewer)).toHaveCount(0);
      await expect.poll(() => mediaTime(viewer)).toBeGreaterThan(stretch.start + 2);
      expect(await isPaused(viewer)).toBe(false);
      await viewer.locator('.dv-languages a[hreflang="en"]').click();
      await expect.poll(() => viewer.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await isPaused(viewer)).toBe(false);
    };

    await test.step('every Storage method throws', async () => {
      const errors = watchErrors(page);
      await page.addInitScript(() => {
        for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
          Object.defineProperty(Storage.prototype, name, {
            configurable: true,
            value() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        }
      });
      await watch(page);
      // A reload saves the position on the way out (pagehide): a write that throws too.
      await page.reload();
      await expect(chapterButtons(page)).toHaveCount(demoChapters().length);
      expect(unexpected(errors)).toEqual([]);
    });

    const GARBAGE: Record<string, Record<string, string>> = {
      'text that is not JSON': {
        'douze-vies:warnings:v1': '{"version":1,"preferences":',
        'douze-vies.resume.v1': '{episode-06: 12}',
        'douze-vies.comfort.v1': '\u0000\uFFFD\uD800garbage',
      },
      'JSON of the wrong shape': {
        'douze-vies:warnings:v1': 'null',
        'douze-vies.resume.v1': '{"__proto__":{"polluted":true},"episode-06":{"time":-5,"duration":0,"savedAt":"now"},"episode-07":[1,2,3]}',
        'douze-vies.comfort.v1': '{"lang":"xx","subtitles":"<img src=x>","subtitleSize":1e999,"descriptions":"on","__proto__":{"polluted":true}}',
      },
    };
    for (const [kind, values] of Object.entries(GARBAGE)) {
      await test.step(`every key holds ${kind}`, async () => {
        const viewer = await context.newPage();
        const errors = watchErrors(viewer);
        // Written before the page's scripts on every load, so that each load meets the garbage.
        await viewer.addInitScript((stored) => {
          for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
        }, values);
        await watch(viewer);
        expect(await viewer.evaluate(() => ({} as { polluted?: unknown }).polluted)).toBeUndefined();
        expect(unexpected(errors)).toEqual([]);
        await viewer.close();
      });
    }
  });

  test('a hasty viewer: episode switched mid-load, 50 rapid chapter seeks, arrow keys, double clicks', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchErrors(page);
    await rememberWarnings(page, { mode: 'off', advisorySeen: true });
    const chapters = demoChapters('chapters/episode-07.fr.vtt');
    const titles = chapters.map((chapter) => chapter.title);
    const chapterAt = (time: number) => chapters.findIndex((chapter) => time >= chapter.start && time < chapter.end);
    const consistent = async (index: number) => {
      // The chosen chapter is current, the clock is inside it, and the controls say what the media does.
      await expect(chapterButtons(page).nth(index)).toHaveAttribute('aria-current', 'true');
      const state = await page.evaluate(() => {
        const video = document.querySelector('video')!;
        const root = document.querySelector('div.video-js')!;
        return { time: video.currentTime, paused: video.paused, seeking: video.seeking, shownPaused: root.classList.contains('vjs-paused') };
      });
      expect(chapterAt(state.time), `time ${state.time} in chapter ${index}`).toBe(index);
      expect(state.shownPaused).toBe(state.paused);
      return state;
    };

    await test.step('the other episode chosen while the first is still loading', async () => {
      const plan = new Map<string, Answer>([
        [CHAPTERS, 'slow'],
        [CONTEXT, 'slow'],
        [DESCRIPTIONS, 'slow'],
      ]);
      await routePlan(page, plan);
      holdSlowAnswers();
      await page.goto('/?episode=episode-06');
      await expect(chapterButtons(page)).toHaveCount(0);
      const episode = (id: string) => page.locator(`nav.dv-episodes a[href*="episode=${id}"]`);
      // There and back and there again, all before the first episode's files come.
      await episode('episode-07').click();
      await episode('episode-06').click();
      await episode('episode-07').click();
      await expect(chapterButtons(page)).toHaveCount(chapters.length);
      release();
      // The first episode's late files arrive (or were given up): they change nothing.
      await Promise.all(slowAnswers);
      await expect(chapterButtons(page)).toHaveCount(chapters.length);
      for (const [index, title] of titles.entries()) await expect(chapterButtons(page).nth(index)).toContainText(title);
      expect(await mediaEpisode(page)).toBe('episode-07');
      expect(await messageText(page)).toBe('');
      await waitForMedia(page);
      await playsOn(page);
    });

    await test.step('50 chapter clicks in a row', async () => {
      const order = Array.from({ length: 50 }, (_, i) => (i * 3) % chapters.length);
      // Faster than a hand: each click 10 ms after the last, in the page itself.
      await page.evaluate(async (indexes) => {
        const buttons = [...document.querySelector('dv-chapter-list')!.shadowRoot!.querySelectorAll('button')];
        for (const index of indexes) {
          buttons[index]!.click();
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      }, order);
      const last = order.at(-1)!;
      const state = await consistent(last);
      expect(state.paused).toBe(false);
      await expect.poll(() => mediaTime(page)).toBeGreaterThan(state.time);
    });

    await test.step('20 arrow keys in a row, right and left in turn', async () => {
      const index = 2;
      await chapterButtons(page).nth(index).click();
      await expect.poll(() => mediaTime(page)).toBeGreaterThan(chapters[index]!.start + 1);
      // 20, not 50: each press is a round trip to the browser (the 50 rapid seeks are the clicks above).
      for (let i = 0; i < 20; i += 1) await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await expect.poll(async () => (await page.evaluate(() => document.querySelector('video')!.seeking))).toBe(false);
      await consistent(index);
    });

    await test.step('double clicks on play and on a chapter', async () => {
      const play = page.locator('.vjs-control-bar .vjs-play-control');
      const before = await isPaused(page);
      // Wake the control bar (it hides while the film plays), then press play twice.
      await page.locator('div.video-js').hover();
      await play.dblclick();
      // Two presses: back to where it was.
      await expect.poll(() => isPaused(page)).toBe(before);
      await chapterButtons(page).nth(1).dblclick();
      const state = await consistent(1);
      expect(state.paused).toBe(false);
      await expect.poll(() => mediaTime(page)).toBeGreaterThan(state.time);
    });
    expect(unexpected(errors)).toEqual([]);
  });
});
