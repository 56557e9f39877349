/**
 * Who sat at the table for each side, in a line: the people who led it, or,
 * where the sources name no leader, the first few named, with a count of the
 * rest. So a card never shows one side's leader and leaves the other side out.
 */
import type { PartyView, RoundView } from './timeline.ts';
import type { Side } from './types.ts';

/** Sides in the order a card names them; observers are left to the round's page. */
export const CARD_SIDES: readonly Side[] = ['russia', 'ukraine', 'mediator', 'host'];

export interface SideLine {
  side: Side;
  /** The people named for the side. */
  people: PartyView[];
  /** How many more sat on that side, when no leader is named. */
  more: number;
}

/**
 * Each side present at a round, with its leaders, or up to `max` of its people.
 * @example sidesAtTable(round).map((s) => s.side) // => ['russia', 'ukraine', 'mediator']
 */
export function sidesAtTable(round: Pick<RoundView, 'parties' | 'leads'>, max = 2): SideLine[] {
  return CARD_SIDES.flatMap((side) => {
    const all = round.parties.filter((p) => p.side === side);
    if (!all.length) return [];
    const leads = round.leads[side];
    // A side's leader stands for it; without one, its first people and how many more.
    return [leads ? { side, people: leads, more: 0 } : { side, people: all.slice(0, max), more: Math.max(0, all.length - max) }];
  });
}
