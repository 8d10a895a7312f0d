// The document d3-axis builds its detached <g> in (axisMarkup): the page's in the browser. A
// server render has none, so the build's prerender hands one (jsdom's) to the axis here rather
// than installing a global `document` that any other code could then mistake for a browser.
import { createContext, useContext } from 'react';

export const AxisDocumentContext = createContext<Document | null>(null);

export function useAxisDocument(): Document {
  return useContext(AxisDocumentContext) ?? document;
}
