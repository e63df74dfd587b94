/**
 * The companion panels whose code is not in the first script: each is fetched (and its element
 * defined) the first time it is wanted: its tab opens, the page has one, or the page is idle.
 */
export const PANEL_MODULES = {
  'dv-transcript': () => import('./dv-transcript.ts'),
  'dv-people-panel': () => import('./dv-people-panel.ts'),
  'dv-liberation-map': () => import('./dv-liberation-map.ts'),
  'dv-card-timeline': () => import('./dv-card-timeline.ts'),
} as const;

export type PanelTag = keyof typeof PANEL_MODULES;

/** Fetches every panel's code once the page is idle (at the latest after `timeout` ms). */
export function loadPanelsWhenIdle(timeout = 4000): void {
  const loadAll = () => Object.values(PANEL_MODULES).forEach((load) => void load());
  if ('requestIdleCallback' in window) requestIdleCallback(loadAll, { timeout });
  else setTimeout(loadAll, timeout / 2);
}
