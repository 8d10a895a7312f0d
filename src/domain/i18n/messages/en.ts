// The English interface catalog: the reference every other catalog must match key for key (the
// type checker holds them to it). Messages with numbers are functions using plural().
import { about } from './en/about.ts';
import { core } from './en/core.ts';
import { panel } from './en/panel.ts';
import { share } from './en/share.ts';

export const en = { core, panel, about, share };
export type Messages = typeof en;
