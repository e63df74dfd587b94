import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chapterButtons, fixtureManifest, serveFixtures, waitForMedia } from './fixtures.ts';

async function expectNoAxeViolations(page: import('@playwright/test').Page, ...include: string[]) {
  const builder = new AxeBuilder({ page });
  for (const selector of include) builder.include(selector);
  const results = await builder.analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

test.describe('accessibility (axe)', () => {
  // The demo page is audited whole in French and English by warning-choices.spec.ts (first visit:
  // advisory and settings, then a warning dialog) and languages.spec.ts (every panel side by side).

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

  // Every companion panel, a profile, the 1944 calendar, the transcript, the teacher's note and the
  // shortcuts' help are audited in both languages by languages.spec.ts, which opens every view.
});
