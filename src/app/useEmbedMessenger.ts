// The embed messenger: the one place the timeline talks to the page around its iframe
// (docs/embed-protocol.md). Child → host: its content height in every dialect, whenever it
// changes, and the opened launch to the host origin learned from the helper's hello. Host → child:
// hello, ping and select, from window.parent only, validated by parseHostMessage. No message
// ever navigates, sets an href or src, writes HTML or fetches anything.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { embedFrameIds, heightMessages, hostOrigin, parseHostMessage, stateMessage } from '../domain/embedMessages.ts';

export type EmbedMessengerOptions = {
  /** `?embed=1` and actually inside a frame; otherwise the hook does nothing at all. */
  enabled: boolean;
  /** The opened launch (URL state); a change is posted to the host. */
  launchId: string | null;
  /** Ids of the launches in the dataset ([] while loading): a select of anything else is ignored. */
  knownIds: readonly string[];
  /** The dataset id: the Datawrapper key when the src has no `id` parameter. */
  datasetId: string;
  /** A validated select from the host page: open this launch. */
  onSelect: (id: string) => void;
};

/** The static "could not start" message of index.html: gone once the app runs. */
export const BOOT_MESSAGE_ID = 'boot-message';

const framed = () => {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
};

export function useEmbedMessenger({ enabled, launchId, knownIds, datasetId, onSelect }: EmbedMessengerOptions): void {
  const active = enabled && framed();
  // The ids come from the src the host wrote; later URL updates drop unknown parameters, so read them once.
  // No window on the server (the prerender): the ids only matter in a browser's frame anyway.
  const [ids] = useState(() => typeof window === 'undefined' ? embedFrameIds('', datasetId) : embedFrameIds(window.location.search, datasetId, window.location.hash));
  const origin = useRef<string | null>(null);
  const lastHeight = useRef<number | null>(null);
  // A launch change that happened before the hello: posted as soon as the host origin is known.
  const unsent = useRef(false);
  const sentLaunch = useRef(launchId);

  useEffect(() => {
    document.getElementById(BOOT_MESSAGE_ID)?.remove();
  }, []);

  useEffect(() => {
    if (!enabled) return undefined;
    document.documentElement.dataset.embed = 'true';
    return () => {
      delete document.documentElement.dataset.embed;
    };
  }, [enabled]);

  const postHeight = useEffectEvent((force: boolean) => {
    const root = document.documentElement;
    // A frame that is not rendered (display: none) has no width; its height means nothing.
    if (root.clientWidth === 0) return;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!force && height === lastHeight.current) return;
    const messages = heightMessages(height, ids);
    if (messages.length === 0) return;
    lastHeight.current = height;
    // Size only, nothing else: any host may read it.
    for (const message of messages) window.parent.postMessage(message, '*');
  });

  const postState = useEffectEvent(() => {
    const target = origin.current;
    if (target === null) {
      unsent.current = true;
      return;
    }
    unsent.current = false;
    sentLaunch.current = launchId;
    window.parent.postMessage(stateMessage(launchId), target);
  });

  const onMessage = useEffectEvent((event: MessageEvent<unknown>) => {
    if (event.source !== window.parent) return;
    const message = parseHostMessage(event.data, new Set(knownIds));
    if (message === null) return;
    if (message.type === 'hello') {
      const learned = hostOrigin(event.origin);
      if (learned === null) return;
      origin.current = learned;
      if (unsent.current) postState();
      postHeight(true);
    } else if (message.type === 'ping') {
      postHeight(true);
    } else {
      onSelect(message.id);
    }
  });

  useEffect(() => {
    if (!active) return undefined;
    const listener = (event: MessageEvent<unknown>) => onMessage(event);
    window.addEventListener('message', listener);
    let frame = 0;
    let disposed = false;
    const schedule = () => {
      if (frame !== 0 || disposed) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        postHeight(false);
      });
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(document.documentElement);
    schedule();
    void document.fonts?.ready.then(schedule);
    return () => {
      disposed = true;
      window.removeEventListener('message', listener);
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [active]);

  useEffect(() => {
    if (!active || launchId === sentLaunch.current) return;
    postState();
  }, [active, launchId]);
}
