// The warning gate on a seek: while playing, seek (through the player's remote) into a stretch the
// viewer chose to blur, and count the new frames presented (requestVideoFrameCallback) before the
// mask is on. 0 means the first new frame was already under the mask. Baseline: the same seeks with
// warnings off and a "mask" put on by a `timeupdate` listener instead of the gate.
import type { Page } from '@playwright/test';
import { GUARD_SECONDS } from '../../src/warnings/warning-policy.ts';
import { heading, judge, percentile } from './stats.ts';

const SEEKS = 30;

/** Runs in the page: frames shown unmasked after each seek (-1: never masked within 40 frames). */
async function seekIntoStretches({ mode, seeks, guard }: { mode: 'gate' | 'timeupdate'; seeks: number; guard: number }) {
  const video = document.querySelector('video')!;
  const player = document.querySelector('dv-player')!;
  const box = player.querySelector<HTMLElement>('.video-js')!;
  const stretches = [...player.currentSnapshot!.stretches].sort((a, b) => a.start - b.start);
  const duration = video.duration;
  const inReach = (time: number) => stretches.some((stretch) => time >= stretch.start - guard - 2.5 && time < stretch.end + 0.5);
  // Where to wait between seeks: a moment well away from every stretch.
  const rest = [...Array(200).keys()].map((i) => (i / 200) * duration).find((time) => time > 1 && !inReach(time) && !inReach(time + 3));
  if (rest === undefined || stretches.length === 0) return { frames: [] as number[], note: 'no stretch, or no moment away from them' };
  let watched = false;
  const onTimeUpdate = () => {
    const time = video.currentTime;
    watched = stretches.some((stretch) => time >= stretch.start - guard && time < stretch.end);
  };
  if (mode === 'timeupdate') video.addEventListener('timeupdate', onTimeUpdate);
  const masked = () => (mode === 'gate' ? (box.getAttribute('data-dv-mask') ?? 'none') !== 'none' : watched);
  const nextFrame = () => new Promise<VideoFrameCallbackMetadata>((resolve) => video.requestVideoFrameCallback((_now, metadata) => resolve(metadata)));
  const frames: number[] = [];
  video.muted = true;
  for (let i = 0; i < seeks; i++) {
    const stretch = stretches[i % stretches.length]!;
    const length = stretch.end - stretch.start;
    const target = stretch.start + Math.min(length - 0.3, 0.2 + ((i * 0.37) % Math.max(0.1, length - 0.5)));
    player.playerRemote!.seek(rest, 'api');
    await new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
    await video.play().catch(() => undefined);
    for (let wait = 0; wait < 30 && masked(); wait++) await nextFrame();
    await nextFrame();
    await nextFrame();
    const result = await new Promise<number>((resolve) => {
      let count = 0;
      const onFrame = (_now: number, metadata: VideoFrameCallbackMetadata) => {
        // Frames still from before the seek do not count: the first new one is near the target.
        if (Math.abs(metadata.mediaTime - target) < 1.5) {
          if (masked()) return resolve(count);
          count++;
          if (count >= 40) return resolve(-1);
        }
        video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
      player.playerRemote!.seek(target, 'api');
    });
    frames.push(result);
  }
  video.pause();
  video.removeEventListener('timeupdate', onTimeUpdate);
  return { frames, note: `${stretches.length} stretches` };
}

export async function measureGateSeek(page: Page, mode: 'gate' | 'timeupdate') {
  return page.evaluate(seekIntoStretches, { mode, seeks: SEEKS, guard: GUARD_SECONDS });
}

function describe(frames: readonly number[]): string {
  const never = frames.filter((value) => value < 0).length;
  const shown = frames.filter((value) => value >= 0);
  const zero = shown.filter((value) => value === 0).length;
  return `n=${frames.length}  masked at the first new frame ${zero}/${frames.length}  p50 ${percentile(shown, 50)} frames  max ${shown.length ? Math.max(...shown) : '–'} frames${never ? `  never masked ${never}` : ''}`;
}

export function reportGateSeek(gate: { frames: number[]; note: string }, baseline: { frames: number[]; note: string }): void {
  heading('Warning gate on a seek into a stretch (blur chosen): new frames presented before the mask is on (0 = masked before the first new frame)');
  console.log(`  gate (remote's guard, mask before the media moves)  ${describe(gate.frames)}  (${gate.note})`);
  console.log(`  baseline: mask set by a timeupdate listener         ${describe(baseline.frames)}`);
  const worst = gate.frames.length ? Math.max(...gate.frames.map((value) => (value < 0 ? 99 : value))) : Number.NaN;
  judge(`gate on seek, frames unmasked (n=${gate.frames.length})`, gate.frames.length ? `max ${worst}` : 'not measured', '0 on every seek', worst === 0);
}
