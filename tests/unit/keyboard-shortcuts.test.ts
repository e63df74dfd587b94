import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SHORTCUTS,
  shortcutFor,
  traitsOf,
  type ElementLike,
  type KeyInput,
  type ShortcutAction,
  type TargetTraits,
} from '../../src/comfort/keyboard-shortcuts.ts';

const PLAIN: TargetTraits = { editable: false, activatable: false, arrowsOwned: false, modalOpen: false };

/** A key press with no modifier; `code` follows a QWERTY keyboard unless given. */
function press(key: string, extra: Partial<KeyInput> = {}): KeyInput {
  const code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key === ' ' ? 'Space' : key;
  return { key, code, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...extra };
}

/** A fake element: a tag name, attributes, and (like a real Element) isContentEditable when given. */
function el(localName: string, attributes: Record<string, string> = {}, isContentEditable?: boolean): ElementLike {
  return { localName, getAttribute: (name) => attributes[name] ?? null, ...(isContentEditable === undefined ? {} : { isContentEditable }) };
}

describe('shortcutFor: the keys', () => {
  const cases: [KeyInput, ShortcutAction][] = [
    [press(' '), 'toggle-play'],
    [press('k'), 'toggle-play'],
    [press('j'), 'seek-back'],
    [press('ArrowLeft'), 'seek-back'],
    [press('l'), 'seek-forward'],
    [press('ArrowRight'), 'seek-forward'],
    [press('P', { shiftKey: true }), 'previous-chapter'],
    [press('N', { shiftKey: true }), 'next-chapter'],
    [press('c'), 'toggle-subtitles'],
    [press('t'), 'toggle-transcript'],
    [press('d'), 'toggle-descriptions'],
    [press('m'), 'toggle-mute'],
    [press('f'), 'toggle-fullscreen'],
    [press('?', { shiftKey: true, code: 'Slash' }), 'help'],
  ];
  it.each(cases)('%o → %s', (key, action) => {
    expect(shortcutFor(key, PLAIN)).toBe(action);
  });

  it('reads letters as typed, whatever Caps Lock says', () => {
    expect(shortcutFor(press('K'), PLAIN)).toBe('toggle-play');
    expect(shortcutFor(press('n', { shiftKey: true }), PLAIN)).toBe('next-chapter');
  });

  it('follows the character on an AZERTY keyboard, not the key position', () => {
    // AZERTY: M sits where QWERTY has ";", and "?" is Shift + ",".
    expect(shortcutFor(press('m', { code: 'Semicolon' }), PLAIN)).toBe('toggle-mute');
    expect(shortcutFor(press('a', { code: 'KeyQ' }), PLAIN)).toBeUndefined();
    expect(shortcutFor(press('?', { shiftKey: true, code: 'KeyM' }), PLAIN)).toBe('help');
  });

  it('falls back to the key position on a non-Latin layout', () => {
    expect(shortcutFor(press('л', { code: 'KeyK' }), PLAIN)).toBe('toggle-play');
    expect(shortcutFor(press('Т', { code: 'KeyN', shiftKey: true }), PLAIN)).toBe('next-chapter');
  });

  it('leaves plain P and N, Shifted letters other than P and N, and Shift with Space or arrows alone', () => {
    for (const key of [press('p'), press('n'), press('K', { shiftKey: true }), press('M', { shiftKey: true }), press(' ', { shiftKey: true }), press('ArrowRight', { shiftKey: true })]) {
      expect(shortcutFor(key, PLAIN)).toBeUndefined();
    }
  });

  it('never acts with Ctrl, Alt or Meta (browser, system and screen-reader commands)', () => {
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      for (const key of [' ', 'k', 'ArrowLeft', '?', 'f']) expect(shortcutFor(press(key, { [modifier]: true }), PLAIN)).toBeUndefined();
    }
  });

  it('never acts while an input method composes', () => {
    expect(shortcutFor(press('k', { isComposing: true }), PLAIN)).toBeUndefined();
    expect(shortcutFor(press('Process'), PLAIN)).toBeUndefined();
  });

  it('repeats seeks while the key is held, never toggles', () => {
    expect(shortcutFor(press('l', { repeat: true }), PLAIN)).toBe('seek-forward');
    expect(shortcutFor(press('ArrowLeft', { repeat: true }), PLAIN)).toBe('seek-back');
    for (const key of [press('k'), press(' '), press('m'), press('f'), press('N', { shiftKey: true }), press('?')]) {
      expect(shortcutFor({ ...key, repeat: true }, PLAIN)).toBeUndefined();
    }
  });

  it('ignores other keys', () => {
    for (const key of ['Enter', 'Escape', 'Tab', 'ArrowUp', 'ArrowDown', 'Home', '0', '5', 'x', '/', 'F1']) expect(shortcutFor(press(key), PLAIN)).toBeUndefined();
  });
});

describe('shortcutFor: where the focus is', () => {
  it('leaves Space to a button, a link or a widget, but its letters still work there', () => {
    expect(shortcutFor(press(' '), { ...PLAIN, activatable: true })).toBeUndefined();
    expect(shortcutFor(press(' '), { ...PLAIN, arrowsOwned: true })).toBeUndefined();
    expect(shortcutFor(press('k'), { ...PLAIN, activatable: true })).toBe('toggle-play');
    expect(shortcutFor(press('ArrowRight'), { ...PLAIN, activatable: true })).toBe('seek-forward');
  });

  it('leaves the arrows to sliders, tabs, lists and menus, but their letters still work there', () => {
    expect(shortcutFor(press('ArrowLeft'), { ...PLAIN, arrowsOwned: true })).toBeUndefined();
    expect(shortcutFor(press('ArrowRight'), { ...PLAIN, arrowsOwned: true })).toBeUndefined();
    expect(shortcutFor(press('l'), { ...PLAIN, arrowsOwned: true })).toBe('seek-forward');
  });

  const anyKey = fc.record({
    key: fc.oneof(fc.constantFrom(' ', 'k', 'j', 'l', 'c', 't', 'd', 'm', 'f', 'P', 'N', '?', 'ArrowLeft', 'ArrowRight', 'K', 'л'), fc.string({ maxLength: 3 })),
    code: fc.oneof(fc.constantFrom('KeyK', 'KeyN', 'Space', 'Slash', 'ArrowLeft'), fc.string({ maxLength: 8 })),
    shiftKey: fc.boolean(),
    ctrlKey: fc.boolean(),
    altKey: fc.boolean(),
    metaKey: fc.boolean(),
    repeat: fc.boolean(),
    isComposing: fc.boolean(),
  });
  const anyTarget = fc.record({ editable: fc.boolean(), activatable: fc.boolean(), arrowsOwned: fc.boolean(), modalOpen: fc.boolean() });

  it('never fires while typing in a field, for any key', () => {
    fc.assert(fc.property(anyKey, anyTarget, (key, target) => shortcutFor(key, { ...target, editable: true }) === undefined));
  });

  it('never fires while a dialog is open, for any key', () => {
    fc.assert(fc.property(anyKey, anyTarget, (key, target) => shortcutFor(key, { ...target, modalOpen: true }) === undefined));
  });

  it('never fires with Ctrl, Alt or Meta held, for any key', () => {
    fc.assert(
      fc.property(anyKey, anyTarget, fc.constantFrom('ctrlKey', 'altKey', 'metaKey'), (key, target, modifier) => shortcutFor({ ...key, [modifier]: true }, target) === undefined),
    );
  });

  it('only ever answers an action the help dialog lists', () => {
    const listed = new Set(SHORTCUTS.map((entry) => entry.action));
    fc.assert(
      fc.property(anyKey, anyTarget, (key, target) => {
        const action = shortcutFor(key, target);
        return action === undefined || listed.has(action);
      }),
    );
  });
});

describe('SHORTCUTS', () => {
  it('lists each action once', () => {
    const actions = SHORTCUTS.map((entry) => entry.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect(actions).toHaveLength(11);
  });

  it('lists combos that shortcutFor answers with their action', () => {
    const keyOf: Record<string, string> = { Space: ' ', ArrowLeft: 'ArrowLeft', ArrowRight: 'ArrowRight', '?': '?' };
    for (const { action, combos } of SHORTCUTS) {
      for (const combo of combos) {
        const shiftKey = combo.includes('Shift');
        const name = combo.filter((part) => part !== 'Shift')[0]!;
        const key = keyOf[name] ?? (shiftKey ? name.toUpperCase() : name.toLowerCase());
        expect(shortcutFor(press(key, { shiftKey }), PLAIN), combo.join('+')).toBe(action);
      }
    }
  });
});

describe('traitsOf', () => {
  const player = el('dv-player');
  const region = el('div', { role: 'region', tabindex: '-1' });

  it('the player box itself: nothing special, every shortcut works', () => {
    expect(traitsOf([region, el('div'), player, el('body')])).toEqual(PLAIN);
  });

  it('text fields, text-like inputs, selects and contenteditable are typing', () => {
    for (const target of [el('input'), el('input', { type: 'search' }), el('input', { type: 'NUMBER' }), el('textarea'), el('select'), el('div', { role: 'searchbox' }), el('div', { role: 'combobox' }), el('div', {}, true)]) {
      expect(traitsOf([target, player]).editable, target.localName).toBe(true);
    }
  });

  it('an element marked data-dv-no-shortcuts keeps every key to itself and its content', () => {
    expect(traitsOf([el('li', { role: 'option' }), el('ul', { role: 'listbox', 'data-dv-no-shortcuts': '' }), player]).editable).toBe(true);
  });

  it('the closest contenteditable decides when the element does not say', () => {
    expect(traitsOf([el('span'), el('div', { contenteditable: '' }), player]).editable).toBe(true);
    expect(traitsOf([el('span'), el('div', { contenteditable: 'false' }), el('div', { contenteditable: 'true' })]).editable).toBe(false);
    expect(traitsOf([el('span', {}, false), el('div', { contenteditable: 'true' })]).editable).toBe(false);
  });

  it('buttons, checkboxes, links with href, summaries and button roles are activatable, not typing', () => {
    for (const target of [el('button'), el('input', { type: 'checkbox' }), el('input', { type: 'submit' }), el('a', { href: '#x' }), el('summary'), el('div', { role: 'button' }), el('li', { role: 'menuitemradio' })]) {
      const traits = traitsOf([target, player]);
      expect(traits.activatable, target.localName).toBe(true);
      expect(traits.editable, target.localName).toBe(false);
    }
    expect(traitsOf([el('a'), player]).activatable).toBe(false);
  });

  it('sliders, range inputs, radio groups, tabs, listboxes, menus and data-dv-arrows own the arrows', () => {
    const seekBar = el('div', { role: 'slider', 'aria-label': 'Progress Bar' });
    expect(traitsOf([seekBar, el('div'), region, player]).arrowsOwned).toBe(true);
    expect(traitsOf([el('input', { type: 'range' }), player]).arrowsOwned).toBe(true);
    expect(traitsOf([el('li', { role: 'option' }), el('ul', { role: 'listbox' }), player]).arrowsOwned).toBe(true);
    expect(traitsOf([el('button'), el('div', { role: 'tablist' })]).arrowsOwned).toBe(true);
    expect(traitsOf([el('li', { role: 'menuitem' }), el('ul', { role: 'menu' })]).arrowsOwned).toBe(true);
    expect(traitsOf([el('button'), el('ol', { 'data-dv-arrows': '' }), player]).arrowsOwned).toBe(true);
    expect(traitsOf([el('button'), el('div', { class: 'vjs-control-bar', dir: 'ltr' }), region, player]).arrowsOwned).toBe(false);
  });

  it('a dialog around the focus counts as open', () => {
    expect(traitsOf([el('button'), el('dialog', { open: '' }), el('div')]).modalOpen).toBe(true);
    expect(traitsOf([el('button'), el('div', { role: 'dialog' }), region]).modalOpen).toBe(true);
    expect(traitsOf([el('button'), el('div', { 'aria-modal': 'true' })]).modalOpen).toBe(true);
    expect(traitsOf([el('button'), region]).modalOpen).toBe(false);
  });

  it('an empty path is a plain target', () => {
    expect(traitsOf([])).toEqual(PLAIN);
  });
});
