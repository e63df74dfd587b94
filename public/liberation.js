// liberation.js: the host page's own script (plain JavaScript, no build step needed).
//
// The margin holds one map and one people panel for the two players on the page. Each panel
// follows the player named by its `player` attribute. When a viewer starts either episode, the
// player fires a bubbling `dv-play` event; we then point both panels at that player and say in
// the margin's heading which episode they now follow.

const margin = document.querySelector('aside.margin');
const heading = margin?.querySelector('h2');
const panels = margin ? margin.querySelectorAll('dv-liberation-map, dv-people-panel') : [];
const french = document.documentElement.lang.startsWith('fr');

/** The episode's number from the player's `episode` attribute ("episode-07" gives "7"). */
function episodeNumber(player) {
  const match = /(\d+)$/.exec(player.getAttribute('episode') ?? '');
  return match ? String(Number(match[1])) : '';
}

/** Points the margin's panels at `player` and updates the heading (text only, never HTML). */
function followPlayer(player) {
  for (const panel of panels) panel.setAttribute('player', player.id);
  if (heading) {
    const number = episodeNumber(player);
    heading.textContent = french ? `Carte et personnes\u00a0: épisode ${number}` : `Map and people: episode ${number}`;
  }
}

document.addEventListener('dv-play', (event) => {
  const player = event.target;
  if (!(player instanceof Element) || player.id === '') return;
  followPlayer(player);
});
