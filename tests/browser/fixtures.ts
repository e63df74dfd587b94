import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { chaptersFromCues } from '../../src/content/chapters.ts';
import { contextFromCues } from '../../src/content/context-track.ts';
import { parseWebVtt } from '../../src/content/webvtt-file.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readProjectFile(path: string): string {
  return readFileSync(`${ROOT}${path}`, 'utf8');
}

/** The demo episode's chapters, read from the same file the page loads. */
export function demoChapters(file = 'chapters/episode-06.fr.vtt') {
  return chaptersFromCues(parseWebVtt(readProjectFile(file), file).cues, file).chapters;
}

/** The demo episode's context track, read from the same file the page loads. */
export function demoContext(file = 'chapters/episode-06.context.vtt') {
  return contextFromCues(parseWebVtt(readProjectFile(file), file).cues, file);
}

/** Serves test-only files under /fixtures/ (never part of the build). */
export async function serveFixtures(page: Page, files: Record<string, string | object>): Promise<void> {
  await page.route((url) => url.pathname.startsWith('/fixtures/'), async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/fixtures\//, '');
    const body = files[path] ?? (path.endsWith('.vtt') ? tryFixtureFile(path) : undefined);
    if (body === undefined) return route.fulfill({ status: 404, body: 'Not found' });
    const json = typeof body !== 'string';
    return route.fulfill({
      status: 200,
      contentType: json ? 'application/json' : path.endsWith('.vtt') ? 'text/vtt' : 'text/plain',
      body: json ? JSON.stringify(body) : body,
    });
  });
}

function tryFixtureFile(name: string): string | undefined {
  try {
    return readProjectFile(`tests/browser/fixtures/${name}`);
  } catch {
    return undefined;
  }
}

/** A one-episode manifest playing the demo media with the given chapters and context files. */
export function fixtureManifest(episode: { chapters?: unknown; context?: string } = {}) {
  return {
    series: 'Test',
    episodes: [
      {
        id: 'fixture',
        number: 1,
        title: 'Fixture',
        sources: [
          { src: '/media/episode-06.webm', type: 'video/webm' },
          { src: '/media/episode-06.mp4', type: 'video/mp4' },
        ],
        ...episode,
      },
    ],
  };
}

/** video.js's big play button (its label is translated: "Lire la vidéo" / "Play Video"). */
export function bigPlayButton(page: Page): Locator {
  return page.locator('.vjs-big-play-button');
}

export function chapterList(page: Page): Locator {
  return page.getByRole('navigation', { name: /^(Chapitres|Chapters)$/ });
}

export function chapterButtons(page: Page): Locator {
  return chapterList(page).getByRole('button');
}

/** Waits until the media has metadata, so seeks apply at once. */
export async function waitForMedia(page: Page, timeout?: number): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.querySelector('video')?.readyState ?? 0), { timeout }).toBeGreaterThanOrEqual(1);
}

export function mediaTime(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('video')?.currentTime ?? Number.NaN);
}

export function isPaused(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('video')?.paused ?? true);
}

/** The viewer's remembered warning choices (as `src/warnings/warning-store.ts` writes them). */
export interface RememberedWarnings {
  mode?: 'warn' | 'skip' | 'blur' | 'off';
  categories?: Record<string, 'warn' | 'skip' | 'blur' | 'off'>;
  advisorySeen?: boolean;
}

/** Before the page loads, stores warning choices as if the viewer had made them on an earlier visit. */
export async function rememberWarnings(page: Page, choices: RememberedWarnings): Promise<void> {
  const value = {
    version: 1,
    preferences: { mode: choices.mode ?? 'warn', categories: choices.categories ?? {} },
    advisorySeen: choices.advisorySeen ?? true,
  };
  await page.addInitScript((stored) => {
    if (!sessionStorage.getItem('dv-test-seeded')) {
      localStorage.setItem('douze-vies:warnings:v1', stored);
      sessionStorage.setItem('dv-test-seeded', '1');
    }
  }, JSON.stringify(value));
}

/** Lists the errors a page logs, to assert there are none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Which episode's media the video plays: from its file's name, or for a stream (a `blob:` MediaSource) from the last playlist fetched. */
export function mediaEpisode(page: Page): Promise<string> {
  return page.evaluate(() => {
    const src = document.querySelector('video')?.currentSrc ?? '';
    const episodeIn = (url: string) => /(episode-\d+)/.exec(url)?.[1] ?? '';
    if (!src.startsWith('blob:')) return episodeIn(src);
    const playlists = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.m3u8'));
    return episodeIn(playlists.at(-1) ?? '');
  });
}
