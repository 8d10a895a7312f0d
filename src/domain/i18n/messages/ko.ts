// The Korean interface catalog, loaded only by that edition (a chunk of its own).
import type { Messages } from './en.ts';
import { about } from './ko/about.ts';
import { core } from './ko/core.ts';
import { panel } from './ko/panel.ts';
import { share } from './ko/share.ts';

export const ko: Messages = { core, panel, about, share };
