import { expect, test } from '@playwright/test';
import { bigPlayButton, chapterButtons, fixtureManifest, isPaused, mediaTime, serveFixtures } from './fixtures.ts';

test.describe('bad content never stops the video', () => {
  test('a broken chapters file shows located messages, keeps its good cues, and the video plays', async ({ page }) => {
    await serveFixtures(page, { 'manifest.json': fixtureManifest({ chapters: 'broken.chapters.vtt', context: 'missing.context.vtt' }) });
    await page.goto('/?manifest=/fixtures/manifest.json');
    const status = page.getByRole('status').filter({ hasText: 'broken.chapters.vtt' });
    await expect(status).toContainText(/fixtures\/broken\.chapters\.vtt:7:\d+ /);
    await expect(status).toContainText(/fixtures\/broken\.chapters\.vtt:10 cue ends at 0:45\.000, not after its start at 0:50\.000: cue dropped/);
    await expect(status).toContainText(/fixtures\/missing\.context\.vtt could not be loaded \(HTTP 404/);
    await expect(chapterButtons(page)).toHaveCount(2);
    await expect(chapterButtons(page).nth(1)).toContainText('Deuxième chapitre');
    // Cue text is text: the <img> in the file never becomes an element.
    await expect(page.locator('dv-chapter-list img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await bigPlayButton(page).click();
    await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(1);
    expect(await isPaused(page)).toBe(false);
  });

  test('a file that is not WebVTT at all is reported at line 1', async ({ page }) => {
    await serveFixtures(page, {
      'manifest.json': fixtureManifest({ chapters: 'html.vtt' }),
      'html.vtt': '<!doctype html><title>Oops</title>',
    });
    await page.goto('/?manifest=/fixtures/manifest.json');
    await expect(page.getByRole('status').filter({ hasText: 'html.vtt' })).toContainText(/html\.vtt:1 No valid signature/);
    await expect(page.getByRole('navigation', { name: 'Chapitres' })).toContainText('Pas de chapitres');
  });

  test('a chapters file written for another player loads: BOM, CRLF, hours, settings, no ids, gaps', async ({ page }) => {
    await serveFixtures(page, { 'manifest.json': fixtureManifest({ chapters: 'other-player.chapters.vtt' }) });
    await page.goto('/?manifest=/fixtures/manifest.json');
    await expect(chapterButtons(page)).toHaveText([/0:00\s*Opening/, /0:25\s*After a gap/, /1:00\s*Third & last/]);
    await expect(page.getByRole('status').filter({ hasText: 'other-player' })).toHaveCount(0);
  });

  test('a manifest that is not JSON is reported with its line and column', async ({ page }) => {
    await serveFixtures(page, { 'manifest.json': '{\n  "series": "S",\n  "episodes": [,]\n}' });
    await page.goto('/?manifest=/fixtures/manifest.json');
    await expect(page.getByRole('alert')).toContainText('Le manifeste des épisodes n’a pas pu être lu.');
    await expect(page.getByRole('status')).toContainText(/fixtures\/manifest\.json:3:16 not valid JSON/);
  });

  test('a manifest missing a required field names the field', async ({ page }) => {
    const manifest = fixtureManifest();
    delete (manifest.episodes[0] as { number?: number }).number;
    await serveFixtures(page, { 'manifest.json': manifest });
    await page.goto('/?manifest=/fixtures/manifest.json');
    await expect(page.getByRole('status')).toContainText('episodes[0].number');
  });

  test('a missing manifest says which URL failed', async ({ page }) => {
    await serveFixtures(page, {});
    await page.goto('/?manifest=/fixtures/nowhere.json');
    await expect(page.getByRole('status')).toContainText(/fixtures\/nowhere\.json could not be loaded \(HTTP 404/);
  });
});
