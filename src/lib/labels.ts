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

export const FOLLOW_UP_LABEL: Record<FollowUpStatus, string> = {
  done: 'Done',
  'partly-done': 'Partly done',
  'not-done': 'Not done',
  unknown: 'Unknown',
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
