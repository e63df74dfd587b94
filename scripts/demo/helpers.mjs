// Small helpers: failing, running a tool, formatting times and sizes, cue text.
import { spawnSync } from 'node:child_process';

export function fail(message) {
  throw new Error(message);
}

export function run(command, args, { input } = {}) {
  const result = spawnSync(command, args, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) fail(`${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')}\nexited with ${result.status}\n${result.stderr}`);
  return result.stdout;
}

export function ffmpeg(args) {
  return run('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', ...args]);
}

/** HH:MM:SS.mmm from integer milliseconds. */
export function timestamp(ms) {
  if (!Number.isInteger(ms) || ms < 0) fail(`bad time ${ms}`);
  const pad = (n, width = 2) => String(n).padStart(width, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

export function seconds(ms) {
  return (ms / 1000).toFixed(3);
}

export function minutesAndSeconds(ms) {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

export function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
