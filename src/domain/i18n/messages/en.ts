// The English interface catalog: the reference every other catalog must match key for key (the
// type checker holds them to it). Messages with numbers are functions using plural().
// The words of the parts loaded on demand (the pages about the data, the Share & data menu's
// contents, print) are a catalog of their own (enParts.ts), loaded with those parts, so a reader
// who never opens them never downloads them.
import type { about } from './en/about.ts';
import { common } from './en/common.ts';
import { core } from './en/core.ts';
import { panel } from './en/panel.ts';
import type { share } from './en/share.ts';

export const en = { core, panel, common };
export type Messages = typeof en;
export type PartMessages = { about: typeof about; share: typeof share };
