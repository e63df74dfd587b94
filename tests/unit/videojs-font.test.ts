import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VIDEOJS_FONT_DATA_URL } from '../../scripts/vite-videojs-font.ts';

describe("video.js's icon font as a file", () => {
  it('is the very font video-js.css carries as a data: URL', () => {
    const css = readFileSync('node_modules/video.js/dist/video-js.css', 'utf8');
    const match = VIDEOJS_FONT_DATA_URL.exec(css);
    expect(match).not.toBeNull();
    expect(Buffer.from(match![1]!, 'base64').equals(readFileSync('src/player/videojs-icons.woff'))).toBe(true);
  });
});
