// What a dataset is called, kept apart from the fetcher: code that only needs a name (the URL
// state, the prerender check, the build's tests) should not import the network code with it.

/** The file under `data/` that the page shows when the URL names none. */
export const DEFAULT_DATASET = 'launches';

/** A dataset name is a file stem: lower-case letters, digits and hyphens, so it can never climb out of `data/`. */
export const DATASET_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
