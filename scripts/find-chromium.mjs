// Finds a Chromium for the browser tests; with --install, installs Debian's `chromium` when it can.
// Test tools cannot download their own browsers on these machines, so we use the system one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The path of a Chromium binary, or undefined. `CHROMIUM_PATH` wins when set. */
/** Flags that keep Chromium quiet on a closed network, as root; media plays without a gesture. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

function canApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let path = findChromium();
  if (!path && process.argv.includes('--install')) {
    if (canApt()) {
      console.log('Chromium not found: installing Debian\'s "chromium" with apt-get (needed by the browser tests)…');
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
      path = findChromium();
    }
  }
  if (!path) {
    console.error('Chromium is missing: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH) and try again.');
    process.exit(1);
  }
  console.log(`Browser tests use ${path}`);
}
