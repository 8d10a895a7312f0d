// The Japanese interface catalog, loaded only by that edition (a chunk of its own).
import type { Messages } from './en.ts';
import { about } from './ja/about.ts';
import { core } from './ja/core.ts';
import { panel } from './ja/panel.ts';
import { share } from './ja/share.ts';

export const ja: Messages = { core, panel, about, share };
