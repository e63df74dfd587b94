/** Anything with a stable key: a context card, here. */
interface Keyed {
  readonly key: string;
}

/**
 * The cards already passed in this viewing, newest first: when cards leave the active set they go
 * to the front; a card active again (a replay) leaves the history until it ends again. Cards skipped
 * over by a seek were never active, so they never enter it.
 */
export function nextHistory<K extends Keyed>(history: readonly K[], previous: readonly K[], current: readonly K[]): K[] {
  const active = new Set(current.map((card) => card.key));
  const left = previous.filter((card) => !active.has(card.key));
  const leftKeys = new Set(left.map((card) => card.key));
  // Several cards leaving at once: the one that started last is the newest.
  const newest = [...left].reverse();
  return [...newest, ...history.filter((card) => !active.has(card.key) && !leftKeys.has(card.key))];
}

/** The cards that have just become active (to announce them). */
export function newlyActive<K extends Keyed>(previous: readonly K[], current: readonly K[]): K[] {
  const before = new Set(previous.map((card) => card.key));
  return current.filter((card) => !before.has(card.key));
}
