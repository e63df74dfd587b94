import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chapterButtons, demoContext, fixtureManifest, rememberWarnings, serveFixtures, waitForMedia } from './fixtures.ts';

async function expectNoAxeViolations(page: import('@playwright/test').Page, ...include: string[]) {
  const builder = new AxeBuilder({ page });
  for (const selector of include) builder.include(selector);
  const results = await builder.analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

test.describe('accessibility (axe)', () => {
  for (const lang of ['fr', 'en']) {
    test(`the demo page has no violations (${lang})`, async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await waitForMedia(page);
      await expect(chapterButtons(page).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('the page with content problems shown has no violations', async ({ page }) => {
    await serveFixtures(page, { 'manifest.json': fixtureManifest({ chapters: 'broken.chapters.vtt' }) });
    await page.goto('/?manifest=/fixtures/manifest.json');
    await expect(page.getByRole('status').filter({ hasText: 'broken.chapters.vtt' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the chapter list works with the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await waitForMedia(page);
    await chapterButtons(page).nth(2).focus();
    await page.keyboard.press('Enter');
    await expect(chapterButtons(page).nth(2)).toHaveAttribute('aria-current', 'true');
  });

  // One language: the panels' markup is the same in English (the English page is audited whole
  // above, and its context tab with the history here in French is the same markup); an audit per
  // panel state is what costs here.
  test("every companion panel, a profile, the 1944 calendar and the teacher's note have no violations", async ({ page }) => {
    test.setTimeout(180_000); // five audits; each takes 5–25 s when the machine is busy
    await rememberWarnings(page, { mode: 'off' });
    await page.goto('/');
    await waitForMedia(page);
    // A moment with a card on screen, one in the history and a person on screen.
    const appearance = demoContext().appearances[0]!;
    const seek = (time: number) => page.evaluate((t) => document.querySelector('dv-player')!.playerRemote!.seek(t, 'api'), time);
    const card = demoContext().cards.find((item) => item.end <= appearance.start)!;
    await seek(card.start + 0.3);
    await seek(appearance.start + 0.5);
    await expect(page.locator('dv-context-cards').locator('li[data-card]').first()).toBeVisible();

    await page.getByRole('tab', { name: 'Personnes' }).click();
    const people = page.locator('dv-people-panel');
    await expect(people.locator('.strip [data-person]').first()).toBeVisible();
    await expectNoAxeViolations(page, '#dv-panel-people');
    await people.locator('.gallery .open').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'dv-people-panel');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Carte' }).click();
    const map = page.locator('dv-liberation-map');
    await expect(map.locator('svg[part="map"]')).toBeVisible();
    await map.getByRole('button', { name: 'Calendrier 1944' }).click();
    await expect(map.getByRole('slider')).toBeVisible();
    await expectNoAxeViolations(page, '#dv-panel-map');

    await page.getByRole('tab', { name: 'Chronologie' }).click();
    await expect(page.locator('dv-card-timeline').getByRole('listitem').first()).toBeVisible();
    await expectNoAxeViolations(page, '#dv-panel-timeline');

    await page.locator('dv-teacher-note summary').click();
    await expect(page.locator('dv-teacher-note .body')).toBeVisible();
    // The context tab (its current card and the history of this viewing) with the note.
    await page.getByRole('tab', { name: 'Contexte' }).click();
    await expectNoAxeViolations(page, 'dv-teacher-note', '#dv-panel-context');
  });
});
