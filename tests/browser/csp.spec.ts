import { expect, test } from '@playwright/test';
import { chapterButtons, demoChapters, demoContext, waitForMedia } from './fixtures.ts';

const demoChaptersStart = demoChapters().map((chapter) => chapter.start);

// `vite preview` serves the build with the strict policy of vite.config.ts (CONTENT_SECURITY_POLICY,
// documented in the README): a whole viewing must not trip it once.
test('a whole viewing under the strict Content Security Policy: no violation', async ({ page }) => {
  test.setTimeout(60_000); // a whole viewing: about 15 s, twice that on a busy machine
  const violations: string[] = [];
  await page.exposeFunction('dvViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { dvViolation(text: string): void }).dvViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  await waitForMedia(page);
  // Warnings on (the default): play into the first stretch, where the dialog asks and the picture is covered.
  const stretch = demoContext().warnings[0]!;
  await page.evaluate((time) => document.querySelector('dv-player')!.playerRemote!.seek(time, 'api'), stretch.start - 1);
  await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.play('api'));
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Regarder flouté et sans le son' }).click();
  await expect(page.locator('.video-js')).toHaveAttribute('data-dv-mask', 'blur');
  await chapterButtons(page).nth(1).click();
  await expect(chapterButtons(page).nth(1)).toHaveAttribute('aria-current', 'true');
  // Subtitles on screen, every companion panel, audio description.
  // (C, the subtitles shortcut: video.js's own menu hides with its control bar while the film plays.)
  await page.keyboard.press('c');
  await expect.poll(() => page.evaluate(() => document.querySelector('dv-player')!.currentSnapshot?.media.subtitles)).toBe('fr');
  await expect(page.locator('.vjs-text-track-display')).toContainText(/\w/);
  await expect.poll(() => page.evaluate(() => document.querySelector('video')!.currentTime)).toBeGreaterThan(chapterStartOf(1) + 0.5);
  for (const tab of ['Transcription', 'Personnes', 'Carte', 'Chronologie', 'Contexte']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
  }
  await expect(page.locator('dv-liberation-map svg[part="map"] path').first()).toBeAttached();
  await page.getByRole('button', { name: 'Audiodescription' }).click();
  await expect(page.getByRole('button', { name: 'Audiodescription' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.vjs-play-control svg').first()).toBeVisible();
  expect(violations).toEqual([]);
  // Episode 6 lists files only: video.js's streaming engine (for episode 7's HLS) was never fetched.
  expect(requests.some((url) => url.includes('/assets/videojs-adapter'))).toBe(true);
  expect(requests.filter((url) => url.includes('http-streaming'))).toEqual([]);
});

function chapterStartOf(index: number): number {
  return demoChaptersStart[index]!;
}
