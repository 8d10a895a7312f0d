// The Japanese interface catalog, loaded only by that edition (a chunk of its own), with the
// words of the parts loaded on demand: a Japanese reader gets them all in one request.
import type { Messages, PartMessages } from './en.ts';
import { about } from './ja/about.ts';
import { common } from './ja/common.ts';
import { core } from './ja/core.ts';
import { panel } from './ja/panel.ts';
import { share } from './ja/share.ts';

export const ja: Messages = { core, panel, common };
export const jaParts: PartMessages = { about, share };
