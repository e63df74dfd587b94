import { expect, test } from '@playwright/test';
import { chapterButtons, chapterList, demoChapters, isPaused, mediaTime, rememberWarnings, waitForMedia } from './fixtures.ts';

const chapters = demoChapters();
const remote = (page: import('@playwright/test').Page) => ({
  seek: (time: number) => page.evaluate((t) => document.querySelector('dv-player')!.playerRemote!.seek(t, 'api'), time),
  play: () => page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.play('api')),
  pause: () => page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.pause('api')),
});

test.describe('viewer comfort', () => {
  test.beforeEach(async ({ page }) => {
    await rememberWarnings(page, { mode: 'off' });
  });

  test('links to a moment (?t=, #t=, ?chapter=) open there, and the share button copies one', async ({ page, context }) => {
    await page.goto('/?episode=episode-06&t=1m35s');
    await expect.poll(() => mediaTime(page)).toBeCloseTo(95, 0);
    // Applied once: the address loses it, so a reload offers to resume instead.
    expect(new URL(page.url()).searchParams.has('t')).toBe(false);

    await page.goto('/#t=2:10');
    await expect.poll(() => mediaTime(page)).toBeCloseTo(130, 0);

    const third = chapters[2]!;
    await page.goto(`/?chapter=${third.id}`);
    await expect.poll(() => mediaTime(page)).toBeCloseTo(third.start, 0);
    await expect(chapterButtons(page).nth(2)).toHaveAttribute('aria-current', 'true');

    await page.goto('/?chapter=no-such-chapter');
    await expect(page.getByRole('status').filter({ hasText: 'no-such-chapter' })).toBeVisible();

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?lang=en');
    await waitForMedia(page);
    await remote(page).seek(200.6);
    await page.getByRole('button', { name: 'Share this moment' }).click();
    await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('t')).toBe('200');
    expect(new URL(link).searchParams.get('episode')).toBe('episode-06');
    await expect(page.getByRole('textbox', { name: 'Link to this moment' })).toHaveValue(link);
  });

  test('a reload offers to resume; the episode list shows progress; the end offers the next episode, and Back returns', async ({ page }) => {
    await page.goto('/');
    await waitForMedia(page);
    await remote(page).play();
    await expect.poll(() => isPaused(page)).toBe(false);
    await remote(page).seek(100);
    await expect.poll(() => mediaTime(page)).toBeGreaterThan(100);
    await remote(page).pause();
    const left = await mediaTime(page);

    await page.reload();
    const offer = page.getByRole('group', { name: /Reprendre à 1:4\d/ });
    await expect(offer).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Épisodes', exact: true }).getByText(/vu à \d+\s%/)).toBeVisible();
    await offer.getByRole('button', { name: /Reprendre/ }).click();
    await expect.poll(() => mediaTime(page)).toBeCloseTo(left, 0);
    await expect(offer).toBeHidden();

    const duration = await page.evaluate(() => document.querySelector('video')!.duration);
    await remote(page).seek(duration - 1.5);
    await remote(page).play();
    const next = page.getByRole('button', { name: /Regarder : Épisode 7/ });
    await expect(next).toBeVisible({ timeout: 10_000 });
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Épisode 7');
    await expect(page).toHaveURL(/episode=episode-07/);
    await expect(page).toHaveTitle(/Épisode 7/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Épisode 6');
  });

  test('switching language keeps the position, playback, subtitles and focus, and is remembered', async ({ page }) => {
    await page.goto('/');
    await waitForMedia(page);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await remote(page).seek(30);
    await remote(page).play();
    await expect.poll(() => isPaused(page)).toBe(false);
    // The film speaks French: a French reader gets no subtitles by default.
    const subtitles = () => page.evaluate(() => document.querySelector('dv-player')!.currentSnapshot?.media.subtitles);
    expect(await subtitles()).toBe('off');

    await page.getByRole('link', { name: 'English' }).click();
    await expect(chapterList(page).getByRole('button').first()).toContainText(/[A-Za-z]/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Episode 6');
    await expect(page.locator('.vjs-play-control')).toHaveAttribute('title', 'Pause');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await isPaused(page)).toBe(false);
    expect(await mediaTime(page)).toBeGreaterThan(30);
    await expect(page.getByRole('link', { name: 'English' })).toBeFocused();
    // An English reader of a French film gets English subtitles.
    await expect.poll(subtitles).toBe('en');
    await expect(page.locator('.vjs-text-track-display')).not.toBeEmpty();

    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Episode 6');
  });
});
