// The picture as the text of an .svg file. XMLSerializer escapes markup characters in text and
// attributes (< & > and quotes); what it would write as it is but XML cannot hold is left out first.
import { xmlSafeText } from '../../../domain/viewImage.ts';

/** `svg` as a standalone SVG file's text, with the XML declaration. */
export function serialiseSvg(svg: SVGSVGElement): string {
  const walker = document.createTreeWalker(svg, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node instanceof Text) node.data = xmlSafeText(node.data);
    else if (node instanceof Element) for (const attribute of node.attributes) attribute.value = xmlSafeText(attribute.value);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
