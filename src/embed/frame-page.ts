/**
 * The iframe page (`embed.html`), for sites that cannot add a script: one `dv-player` filling the
 * frame, set from the page's address (`?manifest=&episode=&t=&lang=&warnings=`), and a link to the
 * full player at the same moment.
 */
import './douze-vies.ts';
import { comfortMessagesFor } from '../i18n/comfort-messages.ts';
import { frameAttributes, fullPlayerUrl } from './frame-params.ts';

const attributes = frameAttributes(window.location.href, navigator.language);
document.documentElement.lang = attributes.lang;

const player = document.createElement('dv-player');
player.id = 'player';
player.setAttribute('manifest', attributes.manifest);
if (attributes.episode) player.setAttribute('episode', attributes.episode);
player.setAttribute('lang', attributes.lang);
// The player is the whole page: its content advisory takes the focus on a first visit.
player.toggleAttribute('advisory-focus', true);
if (attributes.start !== undefined) player.setAttribute('start', String(attributes.start));
if (attributes.warnings) player.setAttribute('warnings', attributes.warnings);

const more = document.createElement('a');
more.className = 'dv-frame-more';
more.target = '_blank';
more.rel = 'noopener';
more.textContent = comfortMessagesFor(attributes.lang).watchWithContext;
const updateLink = () => (more.href = fullPlayerUrl(window.location.href, { ...attributes, start: player.currentTime > 0 ? player.currentTime : attributes.start }));
updateLink();
// The link follows the film, so that it opens where the viewer is.
player.addEventListener('dv-chapter-change', updateLink);
player.addEventListener('dv-pause', updateLink);

const main = document.querySelector('main') ?? document.body;
main.replaceChildren(player, more);
