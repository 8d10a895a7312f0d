// Lets the browser paint and take input between the steps of long work, then carries on. Not a
// timer: under a fake clock (unit tests, Playwright's clock in the end-to-end tests) a timer would
// never fire and the work would never finish.

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Resolves in a task of its own: scheduler.yield where the browser has it (it resumes ahead of other queued work), else a message to itself, as React's scheduler does. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
