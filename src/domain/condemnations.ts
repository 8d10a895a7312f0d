// Responses to launches, including refusals to condemn: a reader must never mistake a
// meeting that ended without a statement, or a veto-holder's defence, for a condemnation.
import type { Condemnation, CondemnationKind } from '../data/schema.ts';

export const KIND_LABELS = {
  resolution: 'Resolution',
  'presidential-statement': 'Presidential statement',
  'press-statement': 'Press statement',
  statement: 'Statement',
  sanctions: 'Sanctions',
  'meeting-without-outcome': 'Meeting without outcome',
  'non-condemnation': 'Declined to condemn',
} as const satisfies Record<CondemnationKind, string>;

export const STANCES = ['condemned', 'neutral', 'declined'] as const;
export type Stance = (typeof STANCES)[number];

/** A meeting without outcome neither condemned nor refused to: it is its own category. */
export function stanceOf(kind: CondemnationKind): Stance {
  if (kind === 'non-condemnation') return 'declined';
  if (kind === 'meeting-without-outcome') return 'neutral';
  return 'condemned';
}

export function isCondemning(kind: CondemnationKind): boolean {
  return stanceOf(kind) === 'condemned';
}

/** Every record that answers this launch, oldest first; same-day records keep their file order. */
export function condemnationsFor(launchId: string, condemnations: readonly Condemnation[]): Condemnation[] {
  return condemnations.filter((c) => c.launchIds.includes(launchId)).sort((a, b) => a.date.localeCompare(b.date));
}
