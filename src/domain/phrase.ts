// Words made of the app's own text and names from the dataset, with each name marked, so that a
// view can isolate it where it is drawn: a right-to-left or override character in one rocket's
// name must not reorder the words around it ("Unha rockets (Unha-2, Unha-3, …)").

export type Phrase = readonly (string | { data: string })[];

/** The phrase as plain text: for widths, descriptions and tests. */
export function phraseText(phrase: Phrase): string {
  return phrase.map((part) => (typeof part === 'string' ? part : part.data)).join('');
}

/** Names from the data, each marked, between the app's separators: "a, b, c". */
export function listPhrase(names: readonly string[], separator = ', '): Phrase {
  return names.flatMap((data, i) => (i === 0 ? [{ data }] : [separator, { data }]));
}
