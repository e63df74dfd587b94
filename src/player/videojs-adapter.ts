/**
 * The one module that talks to video.js. Everything else sees `MediaState` snapshots and calls the
 * `MediaAdapter` methods; swapping the player library means rewriting this file only.
 */
import './videojs-csp.ts';
import videojs from 'video.js/core.es.js';
import type Player from 'video.js/dist/types/player';
import videojsFrench from 'video.js/dist/lang/fr.json';
import 'video.js/dist/video-js.css';
import './videojs-theme.css';
import type { MediaSource, SubtitleTrack } from '../content/manifest.ts';
import { timeForCueChange } from '../timeline/episode-timeline.ts';
import { IntervalIndex, type TimeSpan } from '../timeline/interval-index.ts';
import type { Lang } from '../timeline/format-time.ts';
import type { PictureMask } from '../warnings/warning-policy.ts';
import { INITIAL_MEDIA_STATE, PLAYBACK_RATES, mediaErrorKind, type MediaState } from './player-state.ts';

videojs.addLanguage('fr', videojsFrench);
// What video.js's own French file lacks or says awkwardly (the call merges).
videojs.addLanguage('fr', {
  'This is a modal window.': 'Ceci est une fenêtre modale.',
  'Exit Fullscreen': 'Quitter le plein écran',
  'This modal can be closed by pressing the Escape key or activating the close button.': 'Échap ou le bouton Fermer ferment cette fenêtre.',
  'Beginning of dialog window. Escape will cancel and close the window.': 'Début de la fenêtre de dialogue. Échap annule et ferme la fenêtre.',
  'progress bar timing: currentTime={1} duration={2}': '{1} sur {2}',
  Time: 'Temps',
});

/** The speeds the player offers. */
export { PLAYBACK_RATES };

/** Seconds: more than this between two steps of playback is a jump, and short of the end at `ended` is a file cut short. */
const FILE_END_SLACK = 4;

export interface MediaSetup {
  readonly sources: readonly MediaSource[];
  readonly poster?: string;
  readonly subtitles: readonly SubtitleTrack[];
  readonly lang: Lang;
  /** The accessible name of the player region (two players on a page must differ). */
  readonly label: string;
}

export interface ChapterMark extends TimeSpan {
  readonly title: string;
}

/** A sensitive stretch as the progress bar shows it: hatched, its categories in the tooltip. */
export interface StretchMark extends TimeSpan {
  readonly label: string;
}

/** Told the target of every change of position before the media moves; returns where to go instead. */
export type SeekInterceptor = (time: number) => number;

export interface MediaAdapter {
  /** Resolves once playback has started (or rejects if the browser refuses). */
  play(): Promise<void>;
  pause(): void;
  /** Seeks now, or once the media's metadata is known when asked earlier. */
  seek(time: number): void;
  /**
   * Watches spans through a hidden native metadata track: a new state is published a few
   * milliseconds after playback enters or leaves any of them (`timeupdate` would be ~250 ms late).
   */
  watchSpans(spans: readonly TimeSpan[]): void;
  /** Chapter segments on the progress bar and the chapter title in its time tooltip. */
  showChapters(chapters: readonly ChapterMark[]): void;
  /** Sensitive stretches on the progress bar (hatched, distinct from chapters) and in its tooltip. */
  showStretches(stretches: readonly StretchMark[]): void;
  /** Also tells `listener` every new state (before the adapter's own `onState`). Returns its removal. */
  addStateListener(listener: (state: MediaState) => void): () => void;
  /**
   * Sets the one seek interceptor. It runs synchronously before the media moves, whoever moves it:
   * `seek()`, the progress bar, the keyboard, a script writing `video.currentTime` (caught by an
   * own `currentTime` property on the element), and again on `seeking` for anything else.
   */
  interceptSeeks(interceptor: SeekInterceptor): void;
  /** Tells `listener` the media time of each frame the browser presents, where it can (requestVideoFrameCallback). */
  addFrameListener(listener: (mediaTime: number) => void): () => void;
  /** Hides (`cover`) or blurs the picture, and mutes the sound while either is on. */
  setMask(mask: PictureMask): void;
  /** Shows the subtitles in `srclang` (or none with 'off'); the state's `subtitles` follows, whoever chose. */
  showSubtitles(srclang: string): void;
  /** The interface language of video.js's own controls, and the player region's accessible name, in place. */
  setLanguage(lang: Lang, label: string): void;
  setMuted(muted: boolean): void;
  toggleFullscreen(): void;
  /** Moves keyboard focus to the player (its control bar shows). */
  focus(): void;
  /** An element inside the player box, so that what it holds is shown in fullscreen too. */
  readonly overlay: HTMLElement;
  /**
   * Loads the media again after an error: the state clears its error and is not ready until the
   * new metadata; a seek asked meanwhile waits for it (as before the first load).
   */
  reload(): void;
  dispose(): void;
}

type VideoJsComponent = ReturnType<Player['getChild']>;

function childPath(player: Player, ...names: string[]): VideoJsComponent | undefined {
  let component: VideoJsComponent | undefined = player as unknown as VideoJsComponent;
  for (const name of names) component = component?.getChild(name);
  return component;
}

export function createVideoJsAdapter(container: HTMLElement, setup: MediaSetup, onState: (state: MediaState) => void): MediaAdapter {
  const video = document.createElement('video');
  // vjs-16-9: video.js's own CSS gives the box its shape (no dynamic <style>, see videojs-csp.ts).
  video.className = 'video-js vjs-big-play-centered vjs-16-9';
  video.setAttribute('playsinline', '');
  video.preload = 'metadata';
  // The page's mask cannot reach a picture-in-picture window: keep it off.
  video.disablePictureInPicture = true;
  container.append(video);

  // Every change of position, even a script's `video.currentTime = t`, passes the interceptor first.
  const mediaTime = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'currentTime')!;
  let interceptSeek: SeekInterceptor = (time) => time;
  /** Counts the masks put on: a seek that put one on waits until it is painted (below). */
  let masksPutOn = 0;
  /** A seek waiting for its mask to be painted; reads of `currentTime` already return it. */
  let deferredSeek: number | undefined;
  const seekNow = (time: number) => {
    deferredSeek = undefined;
    mediaTime.set!.call(video, time);
  };
  /**
   * The compositor can show a decoded frame before the page paints a style change made in the same
   * task, so a seek that had to put a mask on is carried out once that mask is on screen: after two
   * animation frames (or 150 ms where frames do not run, in a hidden tab). About 30 ms, unnoticed.
   */
  const seekAfterPaint = (time: number) => {
    deferredSeek = time;
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      if (deferredSeek === time) seekNow(time);
    };
    requestAnimationFrame(() => requestAnimationFrame(run));
    setTimeout(run, 150);
  };
  Object.defineProperty(video, 'currentTime', {
    configurable: true,
    enumerable: true,
    get(this: HTMLMediaElement): number {
      return deferredSeek ?? (mediaTime.get!.call(this) as number);
    },
    set(this: HTMLMediaElement, value: number) {
      const before = masksPutOn;
      const target = interceptSeek(Number(value));
      if (masksPutOn !== before) seekAfterPaint(target);
      else seekNow(target);
    },
  });
  video.addEventListener('seeking', () => {
    const time = mediaTime.get!.call(video) as number;
    const target = interceptSeek(time);
    if (target !== time) seekNow(target);
  });

  const player = videojs(video, {
    controls: true,
    fluid: true,
    // A fixed shape (no dynamic <style>, see videojs-csp.ts), reserved before the media loads.
    aspectRatio: '16:9',
    // SVG icons instead of the icon font, which video.js's CSS carries as a data: URL (refused by
    // a strict font-src).
    experimentalSvgIcons: true,
    responsive: true,
    language: setup.lang,
    poster: setup.poster,
    preload: 'metadata',
    playbackRates: [...PLAYBACK_RATES],
    html5: { nativeTextTracks: false },
    // Subtitles over any picture: video.js's caption settings (size, backing box, edges) in the
    // subtitles menu, remembered by video.js itself.
    persistTextTrackSettings: true,
    controlBar: { pictureInPictureToggle: false },
    // The player shows media errors itself, in the interface language, with a retry (dv-media-error).
    errorDisplay: false,
  });
  player.el().setAttribute('aria-label', setup.label);
  player.src(setup.sources.map((source) => ({ src: source.src, type: source.type })));
  let state = INITIAL_MEDIA_STATE;
  let disposed = false;
  const stateListeners = new Set<(state: MediaState) => void>();
  const frameListeners = new Set<(mediaTime: number) => void>();
  const watchFrames = () => {
    if (disposed || typeof video.requestVideoFrameCallback !== 'function') return;
    video.requestVideoFrameCallback((_now, frame) => {
      for (const listener of frameListeners) listener(frame.mediaTime);
      watchFrames();
    });
  };
  const publish = (patch: Partial<MediaState>) => {
    if (disposed) return;
    state = { ...state, ...patch };
    for (const listener of stateListeners) listener(state);
    // A listener may have acted (paused, seeked) and published again: pass on the latest state.
    onState(state);
  };
  // A native track added to the media element itself: Chromium fires its cuechange within a few
  // milliseconds of the boundary, whereas video.js's emulated tracks follow timeupdate.
  const track = video.addTextTrack('metadata', 'douze-vies-timeline');
  track.mode = 'hidden';
  /** The spans the page asked to watch, and each subtitles track's lines (the transcript follows them). */
  let watched: readonly TimeSpan[] = [];
  const subtitleSpans = new Map<string, readonly TimeSpan[]>();
  const rewatch = () => {
    for (const cue of Array.from(track.cues ?? [])) track.removeCue(cue);
    for (const span of [...watched, ...[...subtitleSpans.values()].flat()]) track.addCue(new VTTCue(span.start, span.end, ''));
  };
  for (const subtitle of setup.subtitles) {
    const element = player.addRemoteTextTrack({ kind: 'subtitles', src: subtitle.src, srclang: subtitle.srclang, label: subtitle.label, default: false }, false);
    // video.js parses the file itself (preloaded, whatever the mode): once it has, its lines' boundaries are watched too.
    const loaded = (element as unknown as { track: TextTrack }).track;
    loaded.addEventListener('loadeddata', () => {
      subtitleSpans.set(subtitle.srclang, Array.from(loaded.cues ?? [], (cue) => ({ start: cue.startTime, end: cue.endTime })));
      rewatch();
    });
  }

  /** The media clock, nudged onto the start of a cue that just became active (see timeForCueChange). */
  let pendingSeek: number | undefined;
  const readTime = () => {
    // Asked to seek before the metadata: that is where the media is going, not 0.
    if (pendingSeek !== undefined) return pendingSeek;
    const time = player.currentTime() ?? 0;
    if (video.seeking) return time;
    return timeForCueChange(time, Array.from(track.activeCues ?? [], (cue) => cue.startTime));
  };
  const readDuration = () => {
    const duration = player.duration();
    return typeof duration === 'number' && Number.isFinite(duration) ? duration : 0;
  };

  let markReady: () => void = () => {};
  const whenReady = new Promise<void>((resolve) => (markReady = resolve));
  player.on('loadedmetadata', () => {
    if (pendingSeek !== undefined) {
      const target = pendingSeek;
      pendingSeek = undefined;
      // On the element itself: video.js would wait for `canplay`, and publish 0 meanwhile.
      video.currentTime = target;
    }
    publish({ ready: true, duration: readDuration(), currentTime: readTime() });
    markReady();
  });
  track.addEventListener('cuechange', () => publish({ currentTime: readTime() }));
  player.on('durationchange', () => publish({ duration: readDuration() }));
  /**
   * Where playback had really got to: a file cut short (a half-finished upload) plays to the end of
   * its data, then jumps to the end of the picture with `ended` and no media error.
   */
  let reached = 0;
  player.on('timeupdate', () => {
    if (!video.seeking && Math.abs(video.currentTime - reached) < FILE_END_SLACK) reached = video.currentTime;
    publish({ currentTime: readTime() });
  });
  player.on('play', () => publish({ paused: false, ended: false }));
  player.on('pause', () => publish({ paused: true, currentTime: readTime() }));
  player.on('ended', () => {
    const duration = readDuration();
    if (duration - reached > FILE_END_SLACK) {
      publish({ paused: true, currentTime: reached, error: `media ended at ${reached.toFixed(1)} s of ${duration.toFixed(1)} s: the file is probably cut short`, errorKind: 'network' });
    } else {
      publish({ ended: true, paused: true });
    }
  });
  player.on('ratechange', () => publish({ rate: player.playbackRate() ?? 1 }));
  player.on('seeking', () => publish({ seeking: true, currentTime: readTime() }));
  player.on('seeked', () => {
    reached = video.currentTime;
    publish({ seeking: false, currentTime: readTime() });
  });
  const subtitleTracks = () => Array.from(player.textTracks() as unknown as ArrayLike<TextTrack>).filter((track) => track.kind === 'subtitles' || track.kind === 'captions');
  const readSubtitles = () => subtitleTracks().find((track) => track.mode === 'showing')?.language || 'off';
  (player.textTracks() as unknown as EventTarget).addEventListener('change', () => {
    const subtitles = readSubtitles();
    if (subtitles !== state.subtitles) publish({ subtitles });
  });
  player.on('volumechange', () => {
    if (video.muted !== state.muted) publish({ muted: video.muted });
  });
  player.on('error', () => {
    const error = player.error();
    publish({ error: `media error ${error?.code ?? '?'}${error?.message ? `: ${error.message}` : ''}`, errorKind: mediaErrorKind(error?.code ?? undefined) });
  });

  /** A layer of segments over the seek bar, one per span, redrawn when the duration is known. */
  const marksOnSeekBar = (className: string) => {
    const layer = document.createElement('div');
    layer.className = `${className}s`;
    layer.setAttribute('aria-hidden', 'true');
    let spans: readonly TimeSpan[] = [];
    const draw = () => {
      const duration = readDuration();
      const at = (time: number) => (Math.min(time, duration) / duration) * 100;
      layer.replaceChildren(
        ...(duration > 0 ? spans : []).map((span) => {
          const mark = document.createElement('div');
          mark.className = className;
          mark.dataset.start = String(span.start);
          mark.style.left = `${at(span.start)}%`;
          mark.style.width = `${at(span.end) - at(span.start)}%`;
          return mark;
        }),
      );
    };
    player.on('durationchange', draw);
    player.on('loadedmetadata', draw);
    return {
      layer,
      show(items: readonly TimeSpan[]) {
        spans = items;
        draw();
      },
    };
  };
  let chapterMarks = new IntervalIndex<ChapterMark>([]);
  const chapterLayer = marksOnSeekBar('dv-chapter-mark');
  let stretchMarks = new IntervalIndex<StretchMark>([]);
  const stretchLayer = marksOnSeekBar('dv-stretch-mark');

  const overlay = document.createElement('div');
  overlay.className = 'dv-overlay';
  let mask: PictureMask = 'none';
  let mutedBeforeMask = false;

  player.ready(() => {
    childPath(player, 'ControlBar', 'ProgressControl', 'SeekBar')?.el().prepend(chapterLayer.layer, stretchLayer.layer);
    player.el().append(overlay);
    // The seek bar's tooltip shows "12:34"; add the chapter's title: "12:34 · Bayeux".
    const tooltip = childPath(player, 'ControlBar', 'ProgressControl', 'SeekBar', 'MouseTimeDisplay', 'TimeTooltip') as
      | (VideoJsComponent & { updateTime(rect: unknown, point: number, time: number, cb?: () => void): void; write(content: string): void })
      | undefined;
    if (!tooltip) return;
    const updateTime = tooltip.updateTime.bind(tooltip);
    const write = tooltip.write.bind(tooltip);
    let hoveredTime = 0;
    tooltip.updateTime = (rect, point, time, cb) => {
      hoveredTime = time;
      updateTime(rect, point, time, cb);
    };
    tooltip.write = (content) => {
      const title = chapterMarks.latestActiveAt(hoveredTime)?.title;
      const stretch = stretchMarks.latestActiveAt(hoveredTime)?.label;
      write([content, title, stretch && `⚠ ${stretch}`].filter(Boolean).join(' · '));
    };
  });

  const waitFor = (event: string) => new Promise<void>((resolve) => player.one(event, () => resolve()));

  return {
    async play() {
      await whenReady;
      // video.js can hang on a play() queued behind events that already fired: wait for canplay.
      if (video.readyState < HTMLMediaElement.HAVE_FUTURE_DATA) await waitFor('canplay');
      await player.play();
    },
    pause() {
      player.pause();
    },
    seek(time) {
      const target = Math.max(0, time);
      if (!state.ready) {
        pendingSeek = target;
        publish({ currentTime: target });
        return;
      }
      player.currentTime(target);
      publish({ currentTime: target });
    },
    watchSpans(spans) {
      watched = spans;
      rewatch();
    },
    showChapters(chapters) {
      chapterMarks = new IntervalIndex(chapters);
      chapterLayer.show(chapterMarks.items);
    },
    showStretches(stretches) {
      stretchMarks = new IntervalIndex(stretches);
      stretchLayer.show(stretchMarks.items);
    },
    addStateListener(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    addFrameListener(listener) {
      if (frameListeners.size === 0) watchFrames();
      frameListeners.add(listener);
      return () => frameListeners.delete(listener);
    },
    interceptSeeks(interceptor) {
      interceptSeek = interceptor;
    },
    setMask(next) {
      if (next === mask || disposed) return;
      // Inline styles on the media element: in force from the next paint, before a new frame shows.
      video.style.visibility = next === 'cover' ? 'hidden' : '';
      video.style.filter = next === 'blur' ? 'blur(32px) grayscale(0.6)' : '';
      player.el().setAttribute('data-dv-mask', next);
      if (mask === 'none') {
        masksPutOn++;
        mutedBeforeMask = video.muted;
        video.muted = true;
      } else if (next === 'none') {
        video.muted = mutedBeforeMask;
      }
      mask = next;
    },
    showSubtitles(srclang) {
      for (const track of subtitleTracks()) {
        const wanted = track.language === srclang ? 'showing' : 'disabled';
        if (track.mode !== wanted) track.mode = wanted;
      }
    },
    setLanguage(lang, label) {
      player.language(lang);
      player.el().setAttribute('aria-label', label);
    },
    setMuted(muted) {
      // While a mask is on the sound is already off: what the viewer asks for is applied when it lifts.
      if (mask !== 'none') mutedBeforeMask = muted;
      else player.muted(muted);
    },
    toggleFullscreen() {
      if (player.isFullscreen()) void player.exitFullscreen();
      else void player.requestFullscreen();
    },
    focus() {
      (player.el() as HTMLElement).focus();
      player.userActive(true);
    },
    overlay,
    reload() {
      player.error(null);
      publish({ ready: false, error: undefined, errorKind: undefined, seeking: false });
      player.src(setup.sources.map((source) => ({ src: source.src, type: source.type })));
      player.load();
    },
    dispose() {
      disposed = true;
      stateListeners.clear();
      frameListeners.clear();
      player.dispose();
    },
  };
}
export { prepareSources } from './streaming.ts';
