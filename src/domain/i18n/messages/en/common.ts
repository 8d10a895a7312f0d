// Words of the about and share parts that the page itself needs before those parts load: the
// Share & data menu's name, Copy link, the blocked-link notice, and how a source is described.
import { plural } from '../../plural.ts';

export const common = {
  shareMenu: 'Share & data',
  shareLink: {
    copy: 'Copy link',
    copied: 'Link copied',
    manual: 'Copy this link:',
  },
  blockedLink: {
    text: 'This site does not let the timeline open new tabs. To follow the link, copy its address into a new tab:',
    address: 'Address of the link',
    close: 'Close',
  },
  sources: {
    title: 'Sources',
    intro: (n: number) =>
      `${plural(n, 'en', { one: 'The # source', other: 'All # sources' })} the data cites, by kind of publisher. Under each are the launches and responses that cite it: choose a launch to open its details.`,
    count: (n: string) => `(${n})`,
    /** The language a source is in: `name` from Intl.DisplayNames in the edition's language. */
    inLanguage: (name: string) => ` · in ${name}`,
    launches: 'Launches: ',
    responses: 'Responses:',
    context: 'Context: ',
    /** A response citing the source: its kind, then the launches it answers (`{launches}`). */
    responseOn: (kind: string) => `${kind}, on {launches}`,
    notCited: 'Not cited by any record.',
    listSeparator: '; ',
    publisherTypes: {
      un: 'United Nations',
      government: 'Governments',
      'international-organisation': 'International organisations',
      'north-korea-state-media': 'North Korean state media',
      news: 'News',
      research: 'Research',
      reference: 'Reference works',
    },
    provenance: { original: 'original', republication: 'republication', 'archive-copy': 'archive copy' },
    /** Where a copy was read: "via FAS (republication)", or without a site "a republication" / "an archive copy". */
    via: (site: string, provenance: string) => `via ${site} (${provenance})`,
    viaUnnamed: (provenance: string) => (/^[aeiou]/.test(provenance) ? `an ${provenance}` : `a ${provenance}`),
  },
};
