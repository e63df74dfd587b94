import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chapterButtons, fixtureManifest, serveFixtures, waitForMedia } from './fixtures.ts';

async function expectNoAxeViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
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
});
