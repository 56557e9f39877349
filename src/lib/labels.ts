/** Words for the content's enumerated values, as readers see them. */
import type { FollowUpStatus, OutcomeStatus, RoundData, Side } from './types.ts';

export const SIDE_LABEL: Record<Side, string> = {
  russia: 'Russia',
  ukraine: 'Ukraine',
  mediator: 'Mediator',
  host: 'Host',
  observer: 'Observer',
};

export const OUTCOME_STATUS_LABEL: Record<OutcomeStatus, string> = {
  agreed: 'Agreed',
  'not-agreed': 'Not agreed',
  proposed: 'Proposed',
  discussed: 'Discussed',
};

/** A symbol for each status, shown beside its word so colour is never the only cue. */
export const OUTCOME_SYMBOL: Record<OutcomeStatus, string> = { agreed: '✓', 'not-agreed': '✗', proposed: '→', discussed: '…' };

/** Statuses in the order a reader wants them: what was settled first. */
export const OUTCOME_ORDER: readonly OutcomeStatus[] = ['agreed', 'not-agreed', 'proposed', 'discussed'];

/**
 * Items grouped by status, in `OUTCOME_ORDER`, keeping their order within a status.
 * @example byStatus([{ status: 'proposed' }, { status: 'agreed' }]).map((g) => g.status) // => ['agreed', 'proposed']
 */
export function byStatus<T extends { status: OutcomeStatus }>(items: readonly T[]): { status: OutcomeStatus; items: T[] }[] {
  return OUTCOME_ORDER.map((status) => ({ status, items: items.filter((i) => i.status === status) })).filter((g) => g.items.length > 0);
}

export const FOLLOW_UP_LABEL: Record<FollowUpStatus, string> = {
  done: 'Done',
  'partly-done': 'Partly done',
  'not-done': 'Not done',
  unknown: 'Unknown',
};

/** A follow-up's status after an outcome's name: `Prisoner exchange carried out`. */
export const FOLLOW_UP_DONE: Record<FollowUpStatus, string> = {
  done: 'carried out',
  'partly-done': 'partly carried out',
  'not-done': 'not carried out',
  unknown: 'outcome unknown',
};

export const FORMAT_LABEL: Record<RoundData['format'], string> = {
  'in-person': 'In person',
  video: 'Video call',
};

export const LEVEL_LABEL: Record<RoundData['level'], string> = {
  leaders: 'Leaders',
  ministers: 'Ministers',
  delegations: 'Delegations',
};

export const ROUND_STATUS_LABEL: Record<RoundData['status'], string> = {
  held: 'Held',
  planned: 'Planned',
  mentioned: 'Mentioned in passing',
};
