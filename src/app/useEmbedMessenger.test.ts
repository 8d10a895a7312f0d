import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { useEmbedMessenger, type EmbedMessengerOptions } from './useEmbedMessenger.ts';

const KNOWN = ['2012-12-12-sat-b', '2016-02-07-sat-d'];
const HOST = 'https://news.example';

let parent: Window;
let postMessage: Mock<(message: unknown, targetOrigin?: unknown) => void>;
let height = 600;
let resized: () => void = () => undefined;

class FakeResizeObserver {
  constructor(callback: () => void) {
    resized = callback;
  }
  observe() {}
  unobserve() {}
  disconnect() {}
}

function renderMessenger(options: Partial<EmbedMessengerOptions> = {}) {
  const onSelect = vi.fn();
  const initial: EmbedMessengerOptions = { enabled: true, launchId: null, knownIds: KNOWN, datasetId: 'launches', onSelect, ...options };
  const hook = renderHook((props: EmbedMessengerOptions) => useEmbedMessenger(props), { initialProps: initial });
  return { ...hook, onSelect, initial };
}

function receive(data: unknown, source: MessageEventSource | null = parent, origin = HOST) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
  });
}

const heightMessage = (px: number) => ({ type: 'nk-timeline:height', version: 1, height: px });
const heightsPosted = () => postMessage.mock.calls.filter(([message]) => JSON.stringify(message).includes('"nk-timeline:height"'));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

beforeEach(() => {
  // The frame's parent: another window, whose postMessage is watched.
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const frameWindow = frame.contentWindow;
  if (!frameWindow) throw new Error('no frame window');
  parent = frameWindow;
  postMessage = vi.fn();
  vi.spyOn(parent, 'postMessage').mockImplementation(postMessage);
  vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as Window & typeof globalThis);
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  height = 600;
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(800);
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(() => new DOMRect(0, 0, 800, height));
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('useEmbedMessenger', () => {
  it('posts its height to any host in every dialect, and again when it changes', async () => {
    renderMessenger();
    await vi.waitFor(() => expect(postMessage).toHaveBeenCalledWith(heightMessage(600), '*'));
    expect(postMessage).toHaveBeenCalledWith({ sentinel: 'amp', type: 'embed-size', height: 600 }, '*');
    expect(postMessage).toHaveBeenCalledWith({ 'datawrapper-height': { launches: 600 } }, '*');
    height = 712.4;
    resized();
    await vi.waitFor(() => expect(postMessage).toHaveBeenCalledWith(heightMessage(713), '*'));
    resized();
    await nextFrame();
    expect(heightsPosted()).toHaveLength(2);
  });

  it('posts nothing, and listens to nothing, without embed=1', async () => {
    const { onSelect } = renderMessenger({ enabled: false });
    await nextFrame();
    receive({ type: 'nk-timeline:select', id: KNOWN[0] });
    expect(postMessage).not.toHaveBeenCalled();
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('opens a launch the host selects, if it is in the dataset', () => {
    const { onSelect } = renderMessenger();
    receive({ type: 'nk-timeline:select', id: KNOWN[1] });
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(KNOWN[1]);
  });

  it('ignores a select for a launch not in the dataset, or not a launch id at all', () => {
    const { onSelect } = renderMessenger();
    receive({ type: 'nk-timeline:select', id: '2099-01-01-not-there' });
    receive({ type: 'nk-timeline:select', id: 'javascript:alert(1)' });
    receive({ type: 'nk-timeline:select' });
    receive('nk-timeline:select');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('ignores messages that do not come from window.parent', () => {
    const { onSelect } = renderMessenger();
    receive({ type: 'nk-timeline:select', id: KNOWN[0] }, window);
    receive({ type: 'nk-timeline:select', id: KNOWN[0] }, null);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("tells the host origin learned from the helper's hello which launch is open, and only that origin", async () => {
    const { rerender, initial } = renderMessenger();
    await vi.waitFor(() => expect(heightsPosted()).toHaveLength(1));
    rerender({ ...initial, launchId: KNOWN[0] ?? null });
    expect(postMessage).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'nk-timeline:state' }), expect.anything());
    receive({ type: 'nk-timeline:hello' });
    expect(postMessage).toHaveBeenCalledWith({ type: 'nk-timeline:state', version: 1, launch: KNOWN[0] }, HOST);
    expect(heightsPosted()).toHaveLength(2);
    rerender({ ...initial, launchId: null });
    expect(postMessage).toHaveBeenLastCalledWith({ type: 'nk-timeline:state', version: 1, launch: null }, HOST);
  });
});
