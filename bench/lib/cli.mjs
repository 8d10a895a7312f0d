// The bench scripts' command lines: Node's own parser (util.parseArgs) and the checks they share.
import { parseArgs } from 'node:util';

/**
 * The options in `argv`, read against `options` (util.parseArgs's format: `{ runs: { type: 'string' } }`).
 * An unknown option, or one missing its value, throws with its name; --help or -h prints `help`
 * and exits.
 */
export function readOptions(argv, options, help) {
  const { values } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
  if (values.help) {
    console.log(help);
    process.exit(0);
  }
  return values;
}

/** `text` as a whole number of at least 1, or an error naming `option`. */
export function positiveInteger(text, option) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${option} must be a positive integer`);
  return n;
}

/** `text` as a port number that leaves `spare` ports above it, or an error saying so. */
export function portNumber(text, spare) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1024 || n > 65535 - spare) throw new Error(`--port must be a port number (the next ${spare === 1 ? 'one is' : `${spare} are`} used too)`);
  return n;
}

/** `text` as a plain file name for bench/results/, or an error. */
export function plainName(text) {
  if (!/^[\w.-]+$/.test(text)) throw new Error('--out must be a plain file name');
  return text;
}

/** A comma-separated list, or null where the option was not given. */
export const list = (text) => (text === undefined ? null : text.split(','));
