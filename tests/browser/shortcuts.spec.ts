import { expect, test, type Page } from '@playwright/test';
import { nextChapterStart } from '../../src/timeline/chapter-navigation.ts';
import { demoChapters, isPaused, mediaTime, rememberWarnings, waitForMedia } from './fixtures.ts';

const chapters = demoChapters();

/** Whether a subtitle track shows, as video.js keeps them (its emulated tracks) or natively. */
function subtitlesShowing(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    type Tracks = ArrayLike<{ kind: string; mode: string }>;
    const box = document.querySelector('.video-js') as (Element & { player?: { textTracks(): Tracks } }) | null;
    const video = document.querySelector('video');
    const tracks = [...Array.from(box?.player?.textTracks() ?? []), ...Array.from(video?.textTracks ?? [])];
    return tracks.some((track) => (track.kind === 'subtitles' || track.kind === 'captions') && track.mode === 'showing');
  });
}

function isMuted(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('video')?.muted ?? false);
}

test('keyboard shortcuts drive the player from its area, never while typing or in a dialog', async ({ page }) => {
  await rememberWarnings(page, { mode: 'off' });
  await page.goto('/');
  await waitForMedia(page);
  const player = page.locator('.video-js');
  await player.focus();

  // K plays, Space pauses (the player box is not a button: Space is ours there).
  await page.keyboard.press('k');
  await expect.poll(() => isPaused(page)).toBe(false);
  await page.keyboard.press(' ');
  await expect.poll(() => isPaused(page)).toBe(true);

  // L and J: ten seconds forward and back, through the remote (the gate sees them).
  const start = await mediaTime(page);
  await page.keyboard.press('l');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(start + 10, 0);
  await page.keyboard.press('j');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(start, 0);

  // Shift+N: the start of the next chapter.
  const next = nextChapterStart(chapters, start);
  expect(next).toBeDefined();
  await page.keyboard.press('Shift+N');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(next!, 0);

  // M mutes, C shows subtitles (each a toggle: checked against what was before).
  const muted = await isMuted(page);
  await page.keyboard.press('m');
  await expect.poll(() => isMuted(page)).toBe(!muted);
  const showing = await subtitlesShowing(page);
  await page.keyboard.press('c');
  await expect.poll(() => subtitlesShowing(page)).toBe(!showing);

  // ?: the help, a modal dialog; no shortcut while it is open; Escape closes it, focus comes back.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('button', { name: 'Fermer' })).toBeFocused();
  await expect(help.getByRole('row', { name: /Chapitre suivant/ })).toContainText('Maj');
  await page.keyboard.press('k');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(player).toBeFocused();
  expect(await isPaused(page)).toBe(true);

  // Typing in a field inside the player's area: the letters are text, not shortcuts.
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.type = 'search';
    field.setAttribute('aria-label', 'Recherche');
    field.id = 'typing-test';
    document.querySelector('dv-player')!.append(field);
  });
  const time = await mediaTime(page);
  const field = page.locator('#typing-test');
  await field.focus();
  await page.keyboard.type('k mlj');
  await expect(field).toHaveValue('k mlj');
  expect(await isPaused(page)).toBe(true);
  expect(await isMuted(page)).toBe(!muted);
  expect(await mediaTime(page)).toBeCloseTo(time, 1);
});
