// Screenshots a page of the running app at 1440 px and 375 px in Debian's Chromium:
//   node scripts/screenshot.mjs <url> <out-prefix> [--play-to <seconds>]
// With --play-to, playback starts, jumps there and pauses, so the frame and the panels show that moment.
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const [url, prefix = 'screenshot'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const playToIndex = process.argv.indexOf('--play-to');
const playTo = playToIndex > 0 ? Number(process.argv[playToIndex + 1]) : undefined;

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
});
for (const width of [1440, 375]) {
  const page = await browser.newPage({ viewport: { width, height: width > 1000 ? 1000 : 800 } });
  page.on('console', (message) => console.log(`[${width}] console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[${width}] pageerror: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1, null, { timeout: 15000 }).catch(() => {});
  if (playTo !== undefined) {
    await page.evaluate(async (time) => {
      const player = document.querySelector('dv-player');
      const video = document.querySelector('video');
      player?.playerRemote?.play('api');
      await new Promise((resolve) => video?.addEventListener('playing', resolve, { once: true }));
      player?.playerRemote?.seek(time, 'api');
      player?.playerRemote?.pause('api');
    }, playTo);
    await page.waitForTimeout(1200);
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${prefix}-${width}.png`, fullPage: true });
  await page.close();
}
await browser.close();
