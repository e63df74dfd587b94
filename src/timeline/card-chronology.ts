/**
 * The episode's cards in historical order, and where each sits on two scales: the history (its
 * date, a day or a range of days) and the film (its start, as a fraction of the media). Pure: no
 * DOM, no player; `dv-card-timeline` draws what this returns.
 *
 * Days are whole UTC day numbers (days since 1970-01-01). A day `d` covers `[d, d + 1)` on the
 * axis, so a single day has a width and a range `from…to` (both included) ends where the day after
 * `to` begins.
 */

/** What the chronology needs of a card: a stable key, its date ("1944-06-07" or "a/b") and its span in the media. */
export interface DatedCard {
  readonly key: string;
  readonly date: string;
  readonly start: number;
  readonly end: number;
}

/** A date as days: the first and last day, both included (`from === to` for a single day). */
export interface HistoricSpan {
  readonly from: number;
  readonly to: number;
}

/** The days the axis covers, both included. */
export type HistoricAxis = HistoricSpan;

export interface ChronologyEntry<C extends DatedCard> {
  readonly card: C;
  readonly span: HistoricSpan;
  /** A range of days (drawn as a bar) rather than a single day (drawn as a tick). */
  readonly range: boolean;
  /** The row of the axis it is drawn in; entries in one lane never overlap. */
  readonly lane: number;
  /** Where its first day begins and its last day ends on the axis, from 0 to 1. */
  readonly left: number;
  readonly right: number;
  /** The middle of its days, from 0 to 1 (where a single day's tick goes). */
  readonly middle: number;
  /** Where the film shows it: its start as a fraction of the media duration, from 0 to 1. */
  readonly film: number;
}

/** A month the axis crosses: where it begins and ends on the axis, and whether to label it. */
export interface MonthMark {
  readonly year: number;
  /** 0 for January. */
  readonly month: number;
  readonly left: number;
  readonly right: number;
  readonly labelled: boolean;
}

export interface Chronology<C extends DatedCard> {
  /** The dated cards, by first day, then last day, then where the film shows them. */
  readonly entries: readonly ChronologyEntry<C>[];
  /** Cards whose date cannot be read (the content checker reports them): listed last, not drawn. */
  readonly undated: readonly C[];
  /** How many lanes the entries use. */
  readonly lanes: number;
  /** Undefined when no card is dated. */
  readonly axis: HistoricAxis | undefined;
  readonly months: readonly MonthMark[];
}

export interface ChronologyOptions {
  /** Widen the axis to whole months, so that its month labels line up (default true). */
  readonly wholeMonths?: boolean;
  /**
   * The least room between two entries of one lane, as a fraction of the axis (default 0.015):
   * two single days a day apart would otherwise touch on a narrow screen.
   */
  readonly gap?: number;
  /** At most this many month labels; every other month (or less often) past it (default 7). */
  readonly maxLabels?: number;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of "YYYY-MM-DD", or undefined when it is not a real day. */
export function dayNumber(iso: string): number | undefined {
  const match = ISO_DAY.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return Math.round(time / DAY_MS);
}

/** The year and month (0 for January) of a day number. */
export function monthOf(day: number): { readonly year: number; readonly month: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() };
}

function firstDayOfMonth(year: number, month: number): number {
  return Math.round(Date.UTC(year, month, 1) / DAY_MS);
}

/** A card's date ("1944-06-07" or "1944-07-09/1944-07-19") as days; a range written backwards is put right. */
export function historicSpan(date: string): HistoricSpan | undefined {
  const parts = date.split('/');
  if (parts.length > 2) return undefined;
  const first = dayNumber(parts[0] ?? '');
  const last = parts.length === 2 ? dayNumber(parts[1] ?? '') : first;
  if (first === undefined || last === undefined) return undefined;
  return { from: Math.min(first, last), to: Math.max(first, last) };
}

/** Orders two dated cards: first day, then last day, then where the film shows them, then key. */
function compareEntries<C extends DatedCard>(a: { card: C; span: HistoricSpan }, b: { card: C; span: HistoricSpan }): number {
  return a.span.from - b.span.from || a.span.to - b.span.to || a.card.start - b.card.start || (a.card.key < b.card.key ? -1 : a.card.key > b.card.key ? 1 : 0);
}

/**
 * Gives each span a lane so that two spans of one lane are at least `gap` days apart (a span ends
 * at the end of its last day). Spans are taken by first day and each goes to the lowest free lane,
 * which uses as few lanes as the most spans that overlap at one time. Returns lanes in input order.
 */
export function assignLanes(spans: readonly HistoricSpan[], gap = 0): number[] {
  const order = spans.map((_, index) => index).sort((a, b) => spans[a]!.from - spans[b]!.from || spans[a]!.to - spans[b]!.to || a - b);
  /** The day each lane is busy until (the end of its last span's last day). */
  const busyUntil: number[] = [];
  const lanes = new Array<number>(spans.length).fill(0);
  for (const index of order) {
    const span = spans[index]!;
    let lane = busyUntil.findIndex((end) => end + gap <= span.from);
    if (lane === -1) lane = busyUntil.length;
    busyUntil[lane] = span.to + 1;
    lanes[index] = lane;
  }
  return lanes;
}

/** The days from the earliest first day to the latest last day, widened to whole months if asked. */
export function axisOf(spans: readonly HistoricSpan[], wholeMonths = true): HistoricAxis | undefined {
  if (spans.length === 0) return undefined;
  let from = Math.min(...spans.map((span) => span.from));
  let to = Math.max(...spans.map((span) => span.to));
  if (wholeMonths) {
    const first = monthOf(from);
    const last = monthOf(to);
    from = firstDayOfMonth(first.year, first.month);
    to = firstDayOfMonth(last.year, last.month + 1) - 1;
  }
  return { from, to };
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Where a day boundary (the start of day `day`; may be fractional) falls on the axis, from 0 to 1. */
export function axisFraction(day: number, axis: HistoricAxis): number {
  return clamp01((day - axis.from) / (axis.to + 1 - axis.from));
}

/**
 * Where a moment of the media falls in it, from 0 to 1. Before the duration is known (0 or NaN),
 * `fallback` (the end of the last cue, say) stands in for it; with neither, everything is at 0.
 */
export function filmFraction(time: number, duration: number, fallback = 0): number {
  const length = Number.isFinite(duration) && duration > 0 ? duration : fallback;
  return length > 0 ? clamp01(time / length) : 0;
}

/** The months the axis crosses, each with its stretch of the axis; at most `maxLabels` of them labelled, evenly. */
export function monthMarks(axis: HistoricAxis, maxLabels = 7): MonthMark[] {
  const marks: MonthMark[] = [];
  let { year, month } = monthOf(axis.from);
  for (let begin = axis.from; begin <= axis.to; ) {
    const next = firstDayOfMonth(year, month + 1);
    marks.push({ year, month, left: axisFraction(begin, axis), right: axisFraction(Math.min(next, axis.to + 1), axis), labelled: false });
    begin = next;
    ({ year, month } = monthOf(next));
  }
  const every = Math.max(1, Math.ceil(marks.length / Math.max(1, maxLabels)));
  return marks.map((mark, index) => ({ ...mark, labelled: index % every === 0 }));
}

/** The cards in historical order, each placed on the history axis (with its lane) and in the film. */
export function cardChronology<C extends DatedCard>(cards: readonly C[], duration: number, options: ChronologyOptions = {}): Chronology<C> {
  const dated: { card: C; span: HistoricSpan }[] = [];
  const undated: C[] = [];
  for (const card of cards) {
    const span = historicSpan(card.date);
    if (span) dated.push({ card, span });
    else undated.push(card);
  }
  dated.sort(compareEntries);
  const axis = axisOf(
    dated.map((item) => item.span),
    options.wholeMonths ?? true,
  );
  if (!axis) return { entries: [], undated, lanes: 0, axis, months: [] };
  const days = axis.to + 1 - axis.from;
  const gap = Math.max(0, (options.gap ?? 0.015) * days);
  const lanes = assignLanes(
    dated.map((item) => item.span),
    gap,
  );
  const lastEnd = Math.max(0, ...cards.map((card) => (Number.isFinite(card.end) ? card.end : 0)));
  const entries = dated.map(({ card, span }, index) => ({
    card,
    span,
    range: span.to > span.from,
    lane: lanes[index]!,
    left: axisFraction(span.from, axis),
    right: axisFraction(span.to + 1, axis),
    middle: axisFraction((span.from + span.to + 1) / 2, axis),
    film: filmFraction(card.start, duration, lastEnd),
  }));
  return { entries, undated, lanes: Math.max(0, ...lanes) + 1, axis, months: monthMarks(axis, options.maxLabels) };
}
