import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, demoChapters, readProjectFile } from './fixtures.ts';

// The player as a site owner uses it: a plain HTML page with the one script (`embed/douze-vies.js`)
// and elements, no dv-app; the iframe page; the article page built the same way.

type PlayerId = 'ep6' | 'ep7';

const time = (page: Page, id: PlayerId) => page.evaluate((id) => document.querySelector<HTMLElementTagNameMap['dv-player']>(`#${id}`)!.currentTime, id);
const paused = (page: Page, id: PlayerId) => page.evaluate((id) => document.querySelector<HTMLElementTagNameMap['dv-player']>(`#${id}`)!.paused, id);

/** Serves a host page under /fixtures/ with the site's strict Content Security Policy, and records any violation. */
async function openHostPage(page: Page, path: string, body: string): Promise<{ violations: string[]; errors: string[] }> {
  const csp = (await page.request.get('/')).headers()['content-security-policy']!;
  expect(csp).toContain("style-src 'self'");
  await page.route(`**/fixtures/${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', headers: { 'Content-Security-Policy': csp }, body }));
  const violations: string[] = [];
  await page.exposeFunction('dvViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { dvViolation(text: string): void }).dvViolation(`${event.violatedDirective} ${event.blockedURI}`)),
  );
  const errors = collectPageErrors(page);
  await page.goto(`/fixtures/${path}`);
  return { violations, errors };
}

async function waitForPlayers(page: Page, ids: readonly PlayerId[]): Promise<void> {
  for (const id of ids) {
    await expect.poll(() => page.evaluate((id) => document.querySelector<HTMLVideoElement>(`#${id} video`)?.readyState ?? 0, id), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.evaluate((id) => document.querySelector<HTMLElementTagNameMap['dv-player']>(`#${id}`)!.currentSnapshot?.episodeCards.length ?? 0, id)).toBeGreaterThan(0);
  }
}

test('a plain page with one script tag: two players side by side, their API, the panels and links attached by id', async ({ page }) => {
  test.setTimeout(60_000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const { violations, errors } = await openHostPage(page, 'host-page.html', readProjectFile('tests/browser/fixtures/host-page.html'));
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    for (const type of ['dv-play', 'dv-pause', 'dv-chapter-change', 'dv-card-change', 'dv-warning-change', 'dv-time-change'])
      document.addEventListener(type, (event) => heard.push(`${(event.composedPath()[0] as Element).id} ${type}`));
  });
  await waitForPlayers(page, ['ep6', 'ep7']);

  // A host page's text keeps the focus: no advisory takes it on load.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  // The styles came inside the script: nothing was linked or written into the page.
  expect(await page.evaluate(() => document.querySelectorAll('link[rel="stylesheet"], style').length)).toBe(0);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBeGreaterThan(0);
  await expect(page.locator('#ep6 .vjs-control-bar')).toBeAttached();
  // Two players, two names (each in its own language), each with its own chapters.
  await expect(page.getByRole('region', { name: /Lecteur vidéo\s*:\s*Épisode 6/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Video player: Episode 7/ })).toBeVisible();
  await expect(page.locator('dv-chapter-list[player="ep7"]')).toContainText(demoChapters('chapters/episode-07.en.vtt')[0]!.title);
  // `start="20"`: the second player is there already.
  await expect.poll(() => time(page, 'ep7')).toBeGreaterThanOrEqual(19.5);

  // The element API: one plays, then the other starts and the first one pauses.
  await page.evaluate(() => document.querySelector<HTMLElementTagNameMap['dv-player']>('#ep6')!.play());
  await expect.poll(() => time(page, 'ep6')).toBeGreaterThan(0.3);
  await page.evaluate(() => document.querySelector<HTMLElementTagNameMap['dv-player']>('#ep7')!.play());
  await expect.poll(() => paused(page, 'ep7')).toBe(false);
  await expect.poll(() => paused(page, 'ep6')).toBe(true);
  // Episode 7 streams its HLS rendition through the streaming engine, fetched once, for it only;
  // episode 6 plays its file.
  await expect.poll(() => time(page, 'ep7')).toBeGreaterThan(20.5);
  const sources = await page.evaluate(() => ['ep6', 'ep7'].map((id) => document.querySelector<HTMLVideoElement>(`#${id} video`)!.currentSrc));
  expect(sources[0]).toMatch(/\/media\/episode-06\.(webm|mp4)$/);
  expect(sources[1]).toMatch(/^blob:/);
  expect(requests.filter((path) => /^\/embed\/chunks\/[^/]*http-streaming[^/]*\.js$/.test(path))).toHaveLength(1);
  expect(requests).toContain('/media/episode-07/hls/index.m3u8');
  expect(requests.some((path) => /^\/media\/episode-07\/hls\/segment-\d+\.m4s$/.test(path))).toBe(true);
  expect(requests.some((path) => /^\/media\/episode-07\.(webm|mp4)$/.test(path))).toBe(false);
  expect(await page.evaluate(() => document.querySelector<HTMLElementTagNameMap['dv-player']>('#ep6')!.playerRemote!.log.at(-1))).toEqual({ kind: 'pause', trigger: 'other-player' });

  // A link in the text jumps its player to the card (through the API), which plays, and the link lights up.
  const paris = page.getByRole('link', { name: 'Paris est libéré' });
  await paris.click();
  await expect(paris).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => time(page, 'ep6')).toBeGreaterThanOrEqual(158.4);
  expect(await time(page, 'ep6')).toBeLessThan(162);
  await expect.poll(() => paused(page, 'ep7')).toBe(true);
  // The panels attached to ep6 by id follow it.
  const chapter = demoChapters().find((item) => item.start <= 158.4 && 158.4 < item.end)!;
  await expect(page.locator('dv-chapter-list[player="ep6"] button[aria-current="true"]')).toContainText(chapter.title);
  await expect(page.locator('dv-context-cards[player="ep6"]')).toContainText('Paris libéré');

  // A link into a sensitive stretch meets the warning gate like any other seek.
  const caen = page.getByRole('link', { name: 'Caen' });
  await caen.click();
  await expect(page.locator('#ep6').getByRole('alertdialog')).toBeVisible();
  await expect(paris).not.toHaveAttribute('aria-current', 'true');
  expect(await page.evaluate(() => document.querySelector<HTMLElementTagNameMap['dv-player']>('#ep6')!.playerRemote!.log.some((request) => request.kind === 'seek' && request.time === 38 && request.trigger === 'api'))).toBe(true);

  await page.locator('#ep6').getByRole('alertdialog').getByRole('button', { name: 'Regarder flouté et sans le son' }).click();
  await expect(caen).toHaveAttribute('aria-current', 'true');
  // The other player's link: it plays from its card, the first one holds still and its links go out.
  await page.getByRole('link', { name: 'les Alliés entrent dans Rome' }).click();
  await expect.poll(() => paused(page, 'ep7')).toBe(false);
  expect(await time(page, 'ep7')).toBeLessThan(27.2);
  await expect.poll(() => paused(page, 'ep6')).toBe(true);
  await expect(page.getByRole('link', { name: 'les Alliés entrent dans Rome' })).toHaveAttribute('aria-current', 'true');
  await expect(caen).not.toHaveAttribute('aria-current', 'true');

  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  for (const expected of ['ep6 dv-play', 'ep7 dv-play', 'ep6 dv-pause', 'ep6 dv-chapter-change', 'ep6 dv-card-change', 'ep6 dv-warning-change', 'ep6 dv-time-change', 'ep7 dv-card-change']) {
    expect(heard, expected).toContain(expected);
  }
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('the share panel gives the code to embed the moment; the iframe snippet plays there on another page', async ({ page, context }) => {
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?episode=episode-07&lang=en&t=30');
  await expect.poll(() => page.evaluate(() => document.querySelector('video')?.currentTime ?? 0)).toBeGreaterThanOrEqual(29.5);
  await page.getByRole('button', { name: 'Share this moment' }).click();
  await page.getByRole('tab', { name: 'Embed' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Embed' });
  const script = await panel.getByRole('textbox', { name: /add a script/ }).inputValue();
  const iframe = await panel.getByRole('textbox', { name: /only accepts iframes/ }).inputValue();
  expect(script).toMatch(/<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed\/douze-vies\.js"><\/script>/);
  expect(script).toContain('episode="episode-07" lang="en" start="30"');
  await panel.getByRole('button', { name: 'Copy the iframe code' }).click();
  await expect(panel.getByRole('status')).toHaveText('Code copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);

  // The iframe snippet, pasted into someone's page: the embed page plays the episode from that moment.
  const host = await context.newPage();
  const errors = collectPageErrors(host);
  await host.route('**/fixtures/cms-page.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><html lang="en"><title>A course page</title><main><h1>Lesson</h1>${iframe}</main></html>` }),
  );
  await host.goto('/fixtures/cms-page.html');
  const frame = host.frameLocator('iframe');
  await expect(frame.locator('dv-player video')).toBeAttached({ timeout: 20_000 });
  const embedded = host.frames()[1]!;
  await expect.poll(() => embedded.evaluate(() => document.querySelector('dv-player')!.currentTime)).toBeGreaterThanOrEqual(29.5);
  await expect(frame.getByRole('region', { name: /Video player: Episode 7/ })).toBeVisible();
  await expect(frame.getByRole('link', { name: /Watch with all the context/ })).toHaveAttribute('href', /episode=episode-07.*t=30/);
  // Sized by its aspect ratio.
  const box = (await host.locator('iframe').boundingBox())!;
  expect(box.width / box.height).toBeCloseTo(4 / 3, 1);
  expect(errors).toEqual([]);
});

test('the article page: its links jump the right player and light up, the margin follows; axe finds nothing in French and English; the docs list every element', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  for (const [path, lang] of [['/liberation.html', 'fr'], ['/liberation.en.html', 'en']] as const) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await waitForPlayers(page, ['ep6', 'ep7']);
    await expect(page.getByRole('heading', { level: 2, name: lang === 'fr' ? 'En France' : 'In France' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  // In English: a link to an episode 7 card plays that player, lights up, and the margin panels follow it.
  const rome = page.locator('dv-moment-links a[data-player="ep7"][data-card="rome"]').first();
  await rome.click();
  await expect.poll(() => paused(page, 'ep7')).toBe(false);
  await expect(rome).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('aside dv-liberation-map')).toHaveAttribute('player', 'ep7');
  await expect(page.locator('aside dv-people-panel')).toHaveAttribute('player', 'ep7');
  const paris = page.locator('dv-moment-links a[data-player="ep6"][data-card="paris"]').first();
  await paris.click();
  await expect.poll(() => paused(page, 'ep6')).toBe(false);
  await expect.poll(() => paused(page, 'ep7')).toBe(true);
  await expect(paris).toHaveAttribute('aria-current', 'true');
  await expect(rome).not.toHaveAttribute('aria-current', 'true');
  await expect(page.locator('aside dv-liberation-map')).toHaveAttribute('player', 'ep6');
  expect(errors).toEqual([]);

  // The API reference lists every element of src/ui, from the Custom Elements Manifest of the build.
  const tags = readdirSync('src/ui').filter((file) => /^dv-.*\.ts$/.test(file)).map((file) => file.replace(/\.ts$/, ''));
  const manifest = (await (await page.request.get('/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string }[] }[] };
  const documented = manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName);
  await page.goto('/docs/');
  for (const tag of tags) {
    expect(documented, tag).toContain(tag);
    await expect(page.locator(`h2[id="${tag}"]`)).toHaveCount(1);
  }
});
