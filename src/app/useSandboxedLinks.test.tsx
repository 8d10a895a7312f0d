import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSandboxedLinks } from './useSandboxedLinks.ts';

function link(href = 'https://example.org/source'): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.textContent = 'A source';
  document.body.append(a);
  return a;
}

/** A click as the browser dispatches it; returns whether the page let the default action happen. */
const click = (el: Element, init: MouseEventInit = {}) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));

describe('useSandboxedLinks', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('leaves links alone in a frame with an origin of its own', () => {
    const open = vi.spyOn(window, 'open');
    renderHook(() => useSandboxedLinks(true));
    expect(click(link())).toBe(true);
    expect(open).not.toHaveBeenCalled();
  });

  it('in an opaque origin, opens a new-tab link by script and cuts its opener', () => {
    vi.stubGlobal('origin', 'null');
    const opened = { opener: window } as unknown as Window;
    const open = vi.spyOn(window, 'open').mockReturnValue(opened);
    const { result } = renderHook(() => useSandboxedLinks(true));
    expect(click(link())).toBe(false);
    expect(open).toHaveBeenCalledWith('https://example.org/source', '_blank');
    expect(opened.opener).toBeNull();
    expect(result.current.blocked).toBeNull();
  });

  it('in an opaque origin where the browser refuses the tab, gives the address to copy, until dismissed', () => {
    vi.stubGlobal('origin', 'null');
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { result } = renderHook(() => useSandboxedLinks(true));
    act(() => {
      click(link('https://example.org/refused'));
    });
    expect(result.current.blocked?.url).toBe('https://example.org/refused');
    act(() => result.current.dismiss());
    expect(result.current.blocked).toBeNull();
  });

  it('does nothing outside an embed, for a modified click, or for a link that stays in the frame', () => {
    vi.stubGlobal('origin', 'null');
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { rerender } = renderHook(({ active }) => useSandboxedLinks(active), { initialProps: { active: false } });
    expect(click(link())).toBe(true);
    rerender({ active: true });
    expect(click(link(), { ctrlKey: true })).toBe(true);
    const same = link('https://example.org/here');
    same.removeAttribute('target');
    expect(click(same)).toBe(true);
    expect(open).not.toHaveBeenCalled();
  });
});
