/**
 * The one script a site owner adds (`embed/douze-vies.js` in the build): it defines every `dv-*`
 * element, with their styles inside (no stylesheet to link). What a page does not show at first
 * (video.js, the streaming engine, the transcript, people, map and timeline panels) comes in
 * chunks fetched from beside this file when they are needed.
 *
 * ```html
 * <script type="module" src="/embed/douze-vies.js"></script>
 * <dv-player id="ep6" manifest="/manifest.json" episode="episode-06" lang="fr"></dv-player>
 * <dv-chapter-list player="ep6"></dv-chapter-list>
 * ```
 */
import '../ui/dv-player.ts';
import '../ui/dv-chapter-list.ts';
import '../ui/dv-context-cards.ts';
import '../ui/dv-teacher-note.ts';
import '../ui/dv-moment-links.ts';
import { loadPanelsWhenIdle, PANEL_MODULES, type PanelTag } from '../ui/panel-modules.ts';

// Panels already on the page are fetched now; the others once the page is idle.
for (const tag of Object.keys(PANEL_MODULES) as PanelTag[]) {
  if (document.querySelector(tag)) void PANEL_MODULES[tag]();
}
loadPanelsWhenIdle();
