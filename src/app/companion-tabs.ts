/** The companion's tabs, in order. */
export const COMPANION_TABS = ['context', 'transcript', 'people', 'map', 'timeline'] as const;
export type CompanionTab = (typeof COMPANION_TABS)[number];

/** The tab a key moves to in a tab list (WAI-ARIA tabs pattern), or undefined for other keys. */
export function tabAfterKey(from: CompanionTab, key: string): CompanionTab | undefined {
  const index = COMPANION_TABS.indexOf(from);
  const last = COMPANION_TABS.length - 1;
  switch (key) {
    case 'ArrowRight':
      return COMPANION_TABS[index === last ? 0 : index + 1];
    case 'ArrowLeft':
      return COMPANION_TABS[index === 0 ? last : index - 1];
    case 'Home':
      return COMPANION_TABS[0];
    case 'End':
      return COMPANION_TABS[last];
    default:
      return undefined;
  }
}
