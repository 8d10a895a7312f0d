// English strings of the share parts: "Share & data" (downloads, the picture, the link, the
// citation), the Embed dialog, the notice for a link an embed cannot open, and the printout.
export const share = {
  downloads: {
    group: 'Download what is shown',
    csv: 'Download CSV',
    json: 'Download JSON',
  },
  image: {
    group: 'Download image',
    svg: 'Download image (SVG)',
    png: 'Download image (PNG)',
    making: 'Making the image…',
    saved: (name: string) => `Image saved as ${name}.`,
    /** `reason` is one of `reasons` below, or null when there is none to give. */
    failed: (reason: string | null) => `The image could not be made${reason === null ? '' : `: ${reason}`}. Try the other format, or another browser.`,
    reasons: {
      'no-canvas': 'this browser offers no canvas to draw it on',
      'not-drawn': 'the browser could not draw the picture',
      'not-encoded': 'the browser could not encode the PNG',
      'no-size': 'the chart has no size',
      'no-glyph': 'a mark of the key could not be drawn',
    },
    legendItem: (label: string, n: string) => `${label} (${n})`,
    /** "Data: <title> v<version>, <licence>". */
    source: (title: string, version: string, license: string | null) => `Data: ${title} v${version}${license === null ? '' : `, ${license}`}`,
    highlighted: (launch: string) => `Highlighted: ${launch}`,
    zoomed: (window: string) => `Zoomed to ${window}`,
    noteSeparator: ' · ',
  },
  cite: {
    button: 'Cite this',
    apa: 'APA style',
    plain: 'One line',
    copyApa: 'Copy APA citation',
    copyPlain: 'Copy one-line citation',
    copied: 'Citation copied.',
    selected: 'The citation is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    /** The year of an APA reference without a date. */
    noYear: 'n.d.',
    /** `retrieved` is the formatted day the reader accessed the view, or null. */
    apaText: (publisher: string, year: string, title: string, version: string, url: string, retrieved: string | null) =>
      `${publisher}. (${year}). ${title} (Version ${version}) [Data set]. ${retrieved === null ? url : `Retrieved ${retrieved}, from ${url}`}`,
    // No full stop straight after a bare URL: pasted into a page, it would become part of the link.
    plainText: (publisher: string, title: string, version: string, url: string, accessed: string | null) =>
      `“${title}”, ${publisher}, version ${version}, ${url}${accessed === null ? '' : ` (accessed ${accessed}).`}`,
  },
  embed: {
    button: 'Embed',
    heading: 'Embed this timeline',
    intro:
      'Paste this code into your page’s HTML. It shows the view you have now (the opened launch, the filter, the view and the theme), and works without the script at its initial height; the script lets it fit its content.',
    code: 'Embed code',
    copy: 'Copy code',
    copied: 'Code copied.',
    selected: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    language: 'Language of the embed',
    widths: 'Preview width',
    phone: (px: number) => `Phone (${px} px)`,
    desktop: 'Desktop',
    note: (px: number) => `Preview at the embed’s initial height of ${px} px, as a page without the script shows it.`,
    previewTitle: (frameTitle: string) => `Preview: ${frameTitle}`,
    close: 'Close',
  },
  print: {
    region: 'Printable list of launches',
    /** `license` is the dataset's licence, or null. */
    printedFrom: (url: string, version: string, updated: string, license: string | null) =>
      `Printed from ${url} · data version ${version}, updated ${updated}${license === null ? '' : ` · ${license}`}`,
    /** Whose time it is: `{who}` is filled in. */
    timeGivenBy: ' · Time given by {who}.',
    assessed: 'Assessed outcome: ',
    claimed: 'North Korea claimed: ',
    claims: { success: 'success', failure: 'failure', none: 'no claim' },
    /** After a label such as "Disputed". */
    labelSeparator: ': ',
    fullStop: '.',
    responses: 'Responses',
    sources: 'Sources',
    /** A headline in quotation marks; a title we wrote unquoted and marked. */
    headline: (title: string) => `“${title}”`,
    /** After a title we wrote. */
    descriptiveTitle: ' (descriptive title)',
  },
};
