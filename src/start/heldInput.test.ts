import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdInput } from './heldInput.ts';

function page() {
  document.body.insertAdjacentHTML(
    'beforeend',
    `<div id="root"><button id="b">Failed</button><a id="a" href="#x">Source</a><label id="l"><input id="c" type="checkbox"> Context</label>
      <svg><g id="m" role="button" tabindex="0"></g></svg></div><button id="outside">Outside</button>`,
  );
  const root = document.getElementById('root');
  if (!root) throw new Error('no root');
  const el = (id: string) => {
    const found = document.getElementById(id);
    if (!found) throw new Error(id);
    return found;
  };
  // Stands in for the app: React listens on the root.
  const seen: string[] = [];
  for (const type of ['click', 'keydown']) root.addEventListener(type, (e) => seen.push(`${type} ${(e.target as Element).id}${e instanceof KeyboardEvent ? ` ${e.key}` : ''}`));
  return { root, el, seen };
}

const press = (target: Element, type: 'pointerdown' | 'pointerup' | 'pointercancel') => target.dispatchEvent(new Event(type, { bubbles: true }));

const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

afterEach(() => document.body.replaceChildren());

describe('holdInput', () => {
  it('holds clicks and the app’s keys until replay, then dispatches them again in order', () => {
    const { root, el, seen } = page();
    const held = holdInput(root);
    el('b').click();
    key(el('m'), 'Enter');
    key(el('m'), 'ArrowRight');
    expect(seen).toEqual([]);
    held.replay();
    expect(seen).toEqual(['click b', 'keydown m Enter', 'keydown m ArrowRight']);
    // Nothing is held any more.
    el('b').click();
    expect(seen).toHaveLength(4);
  });

  it('keeps a held click from acting before replay: a checkbox toggles only then', () => {
    const { root, el } = page();
    const held = holdInput(root);
    const box = el('c') as HTMLInputElement;
    el('l').click();
    expect(box.checked).toBe(false);
    held.replay();
    expect(box.checked).toBe(true);
  });

  it('lets through what needs no app: links, Tab, Enter on native controls, anything outside the root', () => {
    const { root, el, seen } = page();
    holdInput(root);
    const outside = vi.fn();
    el('outside').addEventListener('click', outside);
    el('a').click();
    key(el('m'), 'Tab');
    key(el('b'), 'Enter');
    el('outside').click();
    expect(seen).toEqual(['click a', 'keydown m Tab', 'keydown b Enter']);
    expect(outside).toHaveBeenCalledOnce();
  });

  it('drop forgets what was held; replay skips elements no longer in the page', () => {
    const first = page();
    const dropped = holdInput(first.root);
    first.el('b').click();
    dropped.drop();
    dropped.replay();
    expect(first.seen).toEqual([]);

    const held = holdInput(first.root);
    const button = first.el('b');
    button.click();
    button.remove();
    held.replay();
    expect(first.seen).toEqual([]);
  });

  it('sends the click to what the press began on, when the page moved under the pointer in between', () => {
    const { root, el, seen } = page();
    const held = holdInput(root);
    // Pressed on the marker; the chart is laid out again; the click lands on the svg around it.
    press(el('m'), 'pointerdown');
    press(el('m'), 'pointerup');
    el('m').parentElement?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    held.replay();
    expect(seen).toEqual(['click m']);
  });

  it('keeps a press begun before replay: its click after replay still goes to what was pressed, once', () => {
    const { root, el, seen } = page();
    const held = holdInput(root);
    press(el('m'), 'pointerdown');
    held.replay();
    press(el('b'), 'pointerup');
    el('b').click();
    expect(seen).toEqual(['click m']);
    // The press is spent and holding is over: clicks are the page's own again.
    el('b').click();
    expect(seen).toEqual(['click m', 'click b']);
  });

  it('forgets a press that sent no click: cancelled, or released long ago', () => {
    vi.useFakeTimers();
    try {
      const { root, el, seen } = page();
      const held = holdInput(root);
      press(el('m'), 'pointerdown');
      press(el('m'), 'pointercancel');
      el('b').click();
      press(el('m'), 'pointerdown');
      press(el('m'), 'pointerup');
      vi.advanceTimersByTime(1500);
      el('b').click();
      held.replay();
      expect(seen).toEqual(['click b', 'click b']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves presses after replay alone, and presses outside the root', () => {
    const { root, el, seen } = page();
    const held = holdInput(root);
    press(el('outside'), 'pointerdown');
    el('b').click();
    held.replay();
    press(el('m'), 'pointerdown');
    el('b').click();
    expect(seen).toEqual(['click b', 'click b']);
  });
});
