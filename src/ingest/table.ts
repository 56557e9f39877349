/**
 * Stage 6: who sat at the table. Each person the article names is scored by
 * the fitted `seat` decision, from how the text places them (words of office,
 * a meeting or leading verb in the same clause, a negation, a phone call, a
 * headline alone) and from what the site knows (a delegate of the round the
 * article matched). Those above the threshold are seated, with their side;
 * those near it are left for the editor to check.
 */
import type { Entry, RoundData } from '../lib/types.ts';
import type { Knowledge } from './knowledge.ts';
import { ROLE_CLASSES } from './lexicon.ts';
import { recordIndex } from './record-index.ts';
import { probability, threshold, type Features } from './model.ts';
import type { Person } from './people.ts';
import { clauseHas, hasCue, inLead, speaksOfMeeting, type Reading } from './reading.ts';
import type { Side } from './types.ts';

export interface TablePerson {
  id: string;
  name: string;
  known: boolean;
  role: string | null;
  country: string | null;
  side: Side;
  lead: boolean;
  /** The sentence that seats them. */
  evidence: number;
  confidence: number;
}

export interface Seating {
  table: TablePerson[];
  /** Named people not seated, with the probability the decision gave them. */
  mentioned: { person: Person; p: number }[];
}

/** Seats the people of the article at the round (`round` is the known round it matched, when any). */
export function seatPeople(r: Reading, round: Entry<RoundData> | null, knowledge: Knowledge, hostCountry: string | null): Seating {
  const table: TablePerson[] = [];
  const mentioned: Seating['mentioned'] = [];
  for (const person of r.people) {
    const features = seatFeatures(r, person, round, knowledge, hostCountry);
    const p = probability('seat', features);
    if (p < threshold('seat')) {
      mentioned.push({ person, p });
      continue;
    }
    const party = round?.data.parties.find((x) => x.participant.id === person.id);
    const evidence = bestSpot(r, person);
    table.push({
      id: person.id,
      name: person.name,
      known: person.known,
      role: person.role ?? party?.role ?? null,
      country: person.country,
      side: party?.side ?? sideOf(person.country, hostCountry, person),
      lead: party?.lead ?? (person.roleClasses.has('lead') || clauseHas(r, evidence, 0, 'lead')),
      evidence,
      confidence: p,
    });
  }
  return { table, mentioned };
}

/** The sentence that best shows a person at the table: one that speaks of the meeting, else the first. */
function bestSpot(r: Reading, person: Person): number {
  return (person.spots.find((s) => speaksOfMeeting(r, s.sentence) && s.role) ?? person.spots.find((s) => speaksOfMeeting(r, s.sentence)) ?? person.spots[0]!).sentence;
}

/** The side a person sits on, from their country and the round's host. */
export function sideOf(country: string | null, hostCountry: string | null, person?: Person): Side {
  if (country === 'Russia') return 'russia';
  if (country === 'Ukraine') return 'ukraine';
  if (country && country === hostCountry && !person?.roleClasses.has('delegate')) return 'host';
  return country ? 'mediator' : 'observer';
}

/** Features of one person, for `seat`. */
export function seatFeatures(r: Reading, person: Person, round: Entry<RoundData> | null, knowledge: Knowledge, hostCountry: string | null): Features {
  const spots = person.spots;
  const any = (f: (s: (typeof spots)[number]) => boolean) => (spots.some(f) ? 1 : 0);
  const all = (f: (s: (typeof spots)[number]) => boolean) => (spots.every(f) ? 1 : 0);
  const clause = (s: (typeof spots)[number], cls: Parameters<typeof clauseHas>[3], negated?: boolean) => clauseHas(r, s.sentence, s.from, cls, negated);
  const roleOf = Object.fromEntries(ROLE_CLASSES.flatMap((c) => [[`role_${c}`, person.roleClasses.has(c) ? 1 : 0], [`record_${c}`, person.recordClasses.has(c) ? 1 : 0]]));
  const delegateSomewhere = person.known && (recordIndex(knowledge).byPerson.get(person.id) ?? []).some((x) => x.id !== round?.id && x.data.parties.some((p) => p.participant.id === person.id && p.side !== 'observer'));
  return {
    ...roleOf,
    noRole: person.roleClasses.size === 0 ? 1 : 0,
    partyOfRound: round?.data.parties.some((p) => p.participant.id === person.id) ? 1 : 0,
    mentionedAtRound: round?.data.mentions.some((m) => m.participant.id === person.id) ? 1 : 0,
    delegateElsewhere: delegateSomewhere ? 1 : 0,
    russiaOrUkraine: person.country === 'Russia' || person.country === 'Ukraine' ? 1 : 0,
    listedInTeam: person.team ? 1 : 0,
    hostCountry: person.country !== null && person.country === hostCountry ? 1 : 0,
    otherCountry: person.country !== null && person.country !== 'Russia' && person.country !== 'Ukraine' && person.country !== hostCountry ? 1 : 0,
    mentions: Math.min(4, spots.length) / 4,
    inMeetingSentence: any((s) => speaksOfMeeting(r, s.sentence)),
    meetingClause: any((s) => clause(s, 'meeting', false)),
    leadClause: any((s) => clause(s, 'lead', false)),
    attendClause: any((s) => clause(s, 'attend', false)),
    hostClause: any((s) => clause(s, 'host', false)),
    negatedMeeting: any((s) => clause(s, 'meeting', true) || clause(s, 'attend', true) || clause(s, 'absence')),
    callClause: any((s) => clause(s, 'call')),
    speechOnly: all((s) => clause(s, 'speech') && !clause(s, 'meeting') && !clause(s, 'lead')),
    titleOnly: all((s) => s.sentence === 0 && r.hasTitle),
    inLead: any((s) => inLead(r, s.sentence)),
    futureOnly: all((s) => hasCue(r, s.sentence, 'preview')),
  };
}
