import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { bigPlayButton, chapterButtons, fixtureManifest, isPaused, mediaTime, serveFixtures } from './fixtures.ts';

test.describe('bad content never stops the video', () => {
  test('a broken chapters file shows located messages, keeps its good cues, and the video plays', async ({ page }) => {
    await serveFixtures(page, { 'manifest.json': fixtureManifest({ chapters: 'broken.chapters.vtt', context: 'missing.context.vtt' }) });
    await page.goto('/?manifest=/fixtures/manifest.json');
    // The viewer gets one sentence per kind of file, in their language; the file:line list is for
    // the author, behind a disclosure that is closed on the built site.
    const messages = page.locator('dv-content-messages');
    const status = messages.getByRole('status');
    await expect(status).toContainText('Les fiches de contexte et les avertissements n’ont pas pu être chargés');
    await expect(status).toContainText('Certains chapitres n’ont pas pu être lus.');
    // Without its warnings the episode is not "free of sensitive stretches": the advisory says so.
    await expect(page.locator('dv-warning-advisory')).toContainText('Les avertissements de cet épisode n’ont pas pu être chargés');
    const details = messages.getByRole('group');
    await expect(details.getByText(/broken\.chapters\.vtt:10 cue ends/)).toBeHidden();
    await messages.getByText('Détails pour l’auteur du site').click();
    await expect(details).toContainText(/fixtures\/broken\.chapters\.vtt:7:\d+ /);
    await expect(details).toContainText(/fixtures\/broken\.chapters\.vtt:10 cue ends at 0:45\.000, not after its start at 0:50\.000: cue dropped/);
    await expect(details).toContainText(/fixtures\/missing\.context\.vtt could not be loaded \(HTTP 404/);
    await expect(chapterButtons(page)).toHaveCount(2);
    await expect(chapterButtons(page).nth(1)).toContainText('Deuxième chapitre');
    // Cue text is text: the <img> in the file never becomes an element.
    await expect(page.locator('dv-chapter-list img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await bigPlayButton(page).click();
    await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(1);
    expect(await isPaused(page)).toBe(false);
  });

  test('a file that is not WebVTT is reported at line 1, and an HTML page in its place as not found', async ({ page }) => {
    await serveFixtures(page, {
      'manifest.json': fixtureManifest({ chapters: 'text.vtt', context: 'html.vtt' }),
      'text.vtt': 'Chapitre 1\n0:00 Début\n',
      // What a server's fallback for a missing file looks like: one "not found", not dozens of syntax errors.
      'html.vtt': '<!doctype html><title>Oops</title>',
    });
    await page.goto('/?manifest=/fixtures/manifest.json&lang=en');
    const messages = page.locator('dv-content-messages');
    await expect(messages.getByRole('status')).toContainText('The chapters could not be loaded.');
    await messages.getByText(/Details for the site’s author/).click();
    await expect(messages).toContainText(/text\.vtt:1 No valid signature/);
    await expect(messages).toContainText(/html\.vtt not found: the server answered with an HTML page/);
    await expect(page.getByRole('navigation', { name: 'Chapters' })).toContainText('No chapters');
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
    await expect(page.getByRole('status')).toContainText('La liste des épisodes n’a pas pu être chargée.');
    await page.getByText('Détails pour l’auteur du site (1 problème)').click();
    await expect(page.locator('dv-content-messages')).toContainText(/fixtures\/manifest\.json:3:16 not valid JSON/);
  });

  test('a manifest missing a required field names the field', async ({ page }) => {
    const manifest = fixtureManifest();
    delete (manifest.episodes[0] as { number?: number }).number;
    await serveFixtures(page, { 'manifest.json': manifest });
    await page.goto('/?manifest=/fixtures/manifest.json');
    await page.getByText('Détails pour l’auteur du site').click();
    await expect(page.locator('dv-content-messages')).toContainText('episodes[0].number');
  });

  test('a missing manifest says which URL failed', async ({ page }) => {
    await serveFixtures(page, {});
    await page.goto('/?manifest=/fixtures/nowhere.json');
    await page.getByText('Détails pour l’auteur du site').click();
    await expect(page.locator('dv-content-messages')).toContainText(/fixtures\/nowhere\.json could not be loaded \(HTTP 404/);
  });

  test('a video that fails says so over the picture in the viewer\'s language, and trying again goes back to where they were', async ({ page }) => {
    await serveFixtures(page, { 'manifest.json': fixtureManifest() });
    // The media is refused until the viewer tries again (a network that came back).
    let refuse = true;
    await page.route('**/media/episode-06.*', (route) => (refuse ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback()));
    await page.goto('/?manifest=/fixtures/manifest.json&t=20');
    const failure = page.locator('dv-media-error').getByRole('alert');
    await expect(failure).toContainText('La vidéo est introuvable, ou ce navigateur ne sait pas la lire.');
    const retry = failure.getByRole('button', { name: 'Réessayer (reprise à 0:20)' });
    // The author's detail stays under the player (the viewer's sentence is over the picture only).
    await page.getByText('Détails pour l’auteur du site').click();
    await expect(page.locator('dv-content-messages')).toContainText(/episode-06\.webm.*media error 4/);
    refuse = false;
    await retry.click();
    await expect(page.locator('dv-media-error')).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => document.querySelector('video')!.readyState)).toBeGreaterThanOrEqual(1);
    await expect.poll(() => mediaTime(page)).toBeCloseTo(20, 0);
    await expect(page.locator('dv-content-messages').getByRole('group')).toHaveCount(0);
  });

  test('a video file cut short (a half-finished upload) is not taken for the end of the episode', async ({ page }) => {
    await serveFixtures(page, { 'manifest.json': fixtureManifest() });
    // Served whole, with a matching length: the browser plays to the end of the data, then jumps to
    // the end of the picture with \`ended\` and no media error.
    const whole = readFileSync(fileURLToPath(new URL('../../public/media/episode-06.webm', import.meta.url)));
    const cut = whole.subarray(0, Math.round(whole.length * 0.012));
    await page.route('**/media/episode-06.webm', (route) => route.fulfill({ status: 200, contentType: 'video/webm', body: cut }));
    await page.route('**/media/episode-06.mp4', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/?manifest=/fixtures/manifest.json&lang=en');
    await bigPlayButton(page).click();
    const failure = page.locator('dv-media-error').getByRole('alert');
    await expect(failure).toContainText('The video could not be loaded: the connection was lost.', { timeout: 30_000 });
    // The retry offers to go back to where the data ran out, not to the end.
    await expect(failure.getByRole('button', { name: /^Try again \(from 0:0\d\)$/ })).toBeVisible();
    await expect(page.locator('dv-next-episode')).toHaveCount(0);
  });

  test('when the player\'s own code cannot be fetched, the poster says so and trying again fetches it', async ({ page }) => {
    await serveFixtures(page, { 'manifest.json': fixtureManifest() });
    let refuse = true;
    await page.route('**/assets/videojs-adapter-*.js', (route) => (refuse ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback()));
    await page.goto('/?manifest=/fixtures/manifest.json');
    const failure = page.locator('.dv-media-placeholder dv-media-error').getByRole('alert');
    await expect(failure).toContainText('La vidéo n’a pas pu être chargée');
    // The rest of the page works meanwhile.
    await expect(page.locator('dv-warning-advisory')).toBeVisible();
    refuse = false;
    await failure.getByRole('button', { name: 'Réessayer' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('video')?.readyState ?? 0)).toBeGreaterThanOrEqual(1);
    await expect(page.locator('dv-media-error')).toHaveCount(0);
  });
});
