/** A name to write next to a point, in SVG units. */
export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  /** The text's anchor point (its baseline) and how it hangs from it. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface LabelMetrics {
  /** Font size in SVG units; a character is taken as 0.7 of it wide (a safe guess for a bold sans-serif). */
  readonly fontSize: number;
  /** Gap between a point's centre and its label. */
  readonly offset: number;
  /** The drawing's size: labels that would leave it are moved or dropped. */
  readonly width: number;
  readonly height: number;
  /** At most this many labels; the rest would be clutter. */
  readonly max: number;
}

/** The width of a character, in font sizes: generous, since a name cut by the map's edge is worse than one left out. */
const CHARACTER_WIDTH = 0.7;

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function boxOf(label: PlacedLabel, textWidth: number, fontSize: number): Box {
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - textWidth : label.x - textWidth / 2;
  // A baseline sits about 0.8 of the font size below the top of capitals, 0.25 above descenders.
  return { left, right: left + textWidth, top: label.y - fontSize * 0.85, bottom: label.y + fontSize * 0.25 };
}

/**
 * Places labels greedily, in the order given (most important first): right of the point, then
 * left, above, below. A label that fits nowhere (overlaps a placed label or a point, or leaves the
 * drawing) is left out, so the map never shows two names on top of each other.
 */
export function placeLabels(requests: readonly LabelRequest[], metrics: LabelMetrics, points: readonly { x: number; y: number }[] = requests): PlacedLabel[] {
  const { fontSize, offset, width, height, max } = metrics;
  const placed: { label: PlacedLabel; box: Box }[] = [];
  const pointBoxes = points.map((point) => ({ left: point.x - offset / 2, right: point.x + offset / 2, top: point.y - offset / 2, bottom: point.y + offset / 2 }));
  for (const request of requests) {
    if (placed.length >= max) break;
    const textWidth = request.text.length * fontSize * CHARACTER_WIDTH;
    const middle = request.y + fontSize * 0.3;
    const candidates: PlacedLabel[] = [
      { id: request.id, text: request.text, x: request.x + offset, y: middle, anchor: 'start' },
      { id: request.id, text: request.text, x: request.x - offset, y: middle, anchor: 'end' },
      { id: request.id, text: request.text, x: request.x, y: request.y - offset, anchor: 'middle' },
      { id: request.id, text: request.text, x: request.x, y: request.y + offset + fontSize * 0.8, anchor: 'middle' },
    ];
    for (const candidate of candidates) {
      const box = boxOf(candidate, textWidth, fontSize);
      const inside = box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
      if (inside && !placed.some((other) => overlaps(other.box, box)) && !pointBoxes.some((point) => overlaps(point, box))) {
        placed.push({ label: candidate, box });
        break;
      }
    }
  }
  return placed.map(({ label }) => label);
}

/** The box a placed label covers, for tests and for callers that draw a backdrop. */
export function labelBox(label: PlacedLabel, fontSize: number): Box {
  return boxOf(label, label.text.length * fontSize * CHARACTER_WIDTH, fontSize);
}
