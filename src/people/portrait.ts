/**
 * Generated portraits: initials on a colour of the person's own. No photographs: the series shows
 * the people; the companion only needs to tell them apart, so each gets a stable colour derived
 * from the id, dark enough for white initials (WCAG AA, 4.5:1), and well apart from the others.
 */

/** Words that are not a name's last part ("Roscoe C. Blunt Jr." → RB). */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Up to two initials: the first letter of the first and of the last word of a name. */
export function initials(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/[\s]+/u)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word) && !SUFFIXES.has(word.replace(/\./g, '').toLowerCase()));
  const first = words[0];
  if (first === undefined) return '';
  const letter = (word: string) => Array.from(word.replace(/[^\p{L}]/gu, ''))[0] ?? '';
  const last = words.length > 1 ? words.at(-1)! : '';
  return (letter(first) + (last ? letter(last) : '')).toLocaleUpperCase();
}

/** FNV-1a, 32 bits: a small stable hash of a string. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(id)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function parseHex(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** An OKLCH colour (perceptual: equal hue steps look equally different) as sRGB channels 0–1, or undefined out of gamut. */
function oklchToRgb(lightness: number, chroma: number, hue: number): [number, number, number] | undefined {
  const radians = (hue * Math.PI) / 180;
  const a = chroma * Math.cos(radians);
  const b = chroma * Math.sin(radians);
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  if (linear.some((x) => x < -1e-4 || x > 1 + 1e-4)) return undefined;
  const gamma = (x: number) => {
    const c = Math.min(1, Math.max(0, x));
    return c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
  };
  return [gamma(linear[0]!), gamma(linear[1]!), gamma(linear[2]!)];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((x) => Math.round(x * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** Contrast asked of white initials on a portrait: AA for normal text, with a margin for rounding. */
export const PORTRAIT_CONTRAST = 4.6;
/** The darker of the two shades: neighbours around the wheel alternate, so that close hues still differ. */
const DARK_CONTRAST = 7.5;
const CHROMA = 0.13;

/**
 * The colour of a hue (OKLCH degrees), as light as it can be while white text keeps
 * PORTRAIT_CONTRAST; the chroma is lowered where the hue has no such colour in sRGB.
 */
export function portraitColourOfHue(hue: number, shade: 'light' | 'dark' = 'light'): string {
  const wanted = shade === 'dark' ? DARK_CONTRAST : PORTRAIT_CONTRAST;
  for (let chroma = CHROMA; chroma >= 0; chroma -= 0.01) {
    let found: string | undefined;
    for (let lightness = 0.62; lightness >= 0.2; lightness -= 0.005) {
      const rgb = oklchToRgb(lightness, chroma, hue);
      if (!rgb) continue;
      const hex = toHex(rgb);
      if (contrastRatio('#ffffff', hex) >= wanted) {
        found = hex;
        break;
      }
    }
    if (found) return found;
  }
  return '#3a3a3a';
}

/** A person's own hue, from the id alone (0 to 359). */
export function preferredHue(id: string): number {
  return hashId(id) % 360;
}

/** The colour of one id on its own (no neighbours to keep apart from). */
export function portraitColour(id: string): string {
  return portraitColourOfHue(preferredHue(id));
}

function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
}

/** The golden angle: successive steps land far from each other around the wheel. */
const GOLDEN_ANGLE = 137.508;

/**
 * The colours of a group of people, kept apart: each id, in sorted order (so the answer does not
 * depend on the order the ids come in), takes its preferred hue, or, when that is too close to a
 * hue already taken, the first of a golden-angle sequence from it that is far enough (or the
 * farthest of them when none is). Around the wheel, the hues then alternate between a lighter and
 * a darker shade. Stable for a given set of ids.
 */
export function portraitColours(ids: Iterable<string>): ReadonlyMap<string, string> {
  const sorted = [...new Set(ids)].sort();
  const gap = Math.min(30, (360 / Math.max(1, sorted.length)) * 0.85);
  const taken: number[] = [];
  const hues = new Map<string, number>();
  for (const id of sorted) {
    let best = preferredHue(id);
    let bestDistance = -1;
    for (let attempt = 0; attempt < 64; attempt += 1) {
      const hue = (preferredHue(id) + attempt * GOLDEN_ANGLE) % 360;
      const distance = taken.length === 0 ? 360 : Math.min(...taken.map((other) => hueDistance(hue, other)));
      if (distance > bestDistance) {
        best = hue;
        bestDistance = distance;
      }
      if (distance >= gap) break;
    }
    taken.push(best);
    hues.set(id, best);
  }
  const aroundTheWheel = [...hues].sort(([, a], [, b]) => a - b);
  return new Map(aroundTheWheel.map(([id, hue], index) => [id, portraitColourOfHue(hue, index % 2 === 0 ? 'light' : 'dark')]));
}
