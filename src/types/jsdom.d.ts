// The little of jsdom's API the prerender step and its tests use. jsdom ships no types and
// @types/jsdom is not a dependency: this is enough, and typed no wider than it is used.
declare module 'jsdom' {
  export type JSDOMOptions = {
    url?: string;
    /** 'dangerously' runs the document's inline scripts. */
    runScripts?: 'dangerously' | 'outside-only';
  };
  export class JSDOM {
    constructor(html?: string, options?: JSDOMOptions);
    readonly window: Window & typeof globalThis;
  }
}
