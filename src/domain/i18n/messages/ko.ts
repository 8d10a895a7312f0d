// The Korean interface catalog, loaded only by that edition (a chunk of its own), with the
// words of the parts loaded on demand: a Korean reader gets them all in one request.
import type { Messages, PartMessages } from './en.ts';
import { about } from './ko/about.ts';
import { common } from './ko/common.ts';
import { core } from './ko/core.ts';
import { panel } from './ko/panel.ts';
import { share } from './ko/share.ts';

export const ko: Messages = { core, panel, common };
export const koParts: PartMessages = { about, share };
