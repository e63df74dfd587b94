// Settings of the demo episodes: timing, narration voice, layout of the title cards.
import { join } from 'node:path';

export const FPS = 25;
export const STEP_MS = 200; // segment lengths are rounded up to this (5 frames)
export const MIN_SEGMENT_MS = 4000;
export const LEAD_MS = 300; // silence before the speech of each segment
export const SILENCE_MS = 1200; // total silence added to the speech (lead + tail), before rounding
export const SILENCE_THRESHOLD = 160; // |sample| below this counts as silence when trimming espeak's output
export const MAX_MEDIA_BYTES = 5 * 1024 * 1024;
export const MIN_TOTAL_MS = 6 * 60 * 1000;
export const MAX_TOTAL_MS = 12 * 60 * 1000;
export const TOLERANCE_S = 0.1;
export const THREADS = '2';

export const ESPEAK = ['-v', 'fr', '-s', '160'];

// Speech-only respellings, for names espeak-ng's French voice reads badly. Subtitles keep the
// original spelling. Keys are whole words (case-sensitive).
export const PRONUNCIATIONS = {
  Peleliu: 'Pélélïou',
  Tuskegee: 'Teuskiguie',
  Railsplitters: 'Réïlsplitteurs',
  'Aspres-sur-Buëch': 'Aspres-sur-Bu-èch',
  Butler: 'Beutleur',
  Enid: 'Énid',
};

export const W = 640;
export const H = 360;
export const MARGIN_X = 48; // safe margin left and right
export const TEXT_W = W - 2 * MARGIN_X;
export const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
export const FONT = { regular: join(FONT_DIR, 'DejaVuSans.ttf'), bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf') };
export const DISCLAIMER = "démo — images d'archives non incluses";

export const COLORS = {
  text: '0xEEE8DA',
  muted: '0xB9B3A4',
  accent: '0xE2C47E',
  band: '0x000000@0.45',
  rule: '0xE2C47E@0.55',
};
// A calm, dark background per chapter (cycled).
export const CHAPTER_BACKGROUNDS = ['0x1C2A3A', '0x1E3330', '0x2E2438', '0x2F2C1F', '0x23303D', '0x372428', '0x1F2D24', '0x2A2A35'];

export const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
