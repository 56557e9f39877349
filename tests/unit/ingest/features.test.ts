/**
 * Each feature family shown firing on a short sentence: the decisions are fitted, but what they read
 * is plain machinery that a test can pin down.
 */
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean.ts';
import { findDates } from '../../../src/ingest/dates.ts';
import { findMetadata } from '../../../src/ingest/metadata.ts';
import { readSentences } from '../../../src/ingest/nlp.ts';
import { outcomeFeatures, topicGroups } from '../../../src/ingest/outcomes.ts';
import { findPeople } from '../../../src/ingest/people.ts';
import { findPlaces } from '../../../src/ingest/places.ts';
import { readingOf, type Reading } from '../../../src/ingest/reading.ts';
import { dayCandidates, leadEvent, matchFeatures, ordinalRounds, roundFeatures, venueFeatures } from '../../../src/ingest/round.ts';
import { seatFeatures } from '../../../src/ingest/table.ts';
import { findTopics } from '../../../src/ingest/topics.ts';
import { raw, seedKnowledge } from './helpers.ts';

function reading(text: string, published: string | null = '2025-06-02'): Reading {
  const knowledge = seedKnowledge();
  const clean = cleanArticle(raw(text));
  const meta = { ...findMetadata(clean, published ? { published } : {}), published };
  const sentences = readSentences([meta.title!, ...clean.paragraphs]);
  return readingOf({ meta, sentences, hasTitle: true, years: meta.years, people: findPeople(sentences, knowledge), places: findPlaces(sentences, knowledge), dates: findDates(sentences, published), topics: findTopics(sentences, knowledge) });
}

const FILLER = 'Officials from both countries spoke to reporters afterwards about what had been said at the table and what would follow in the weeks to come.';
const outcome = (body: string) => {
  const r = reading(`Talks in Istanbul\n\n${body} ${FILLER}`);
  const [spots] = [...topicGroups(r, seedKnowledge()).values()];
  return outcomeFeatures(r, spots!, false, null);
};

describe('outcome features', () => {
  test('"have yet to agree on a ceasefire" is a negated agreement', () => {
    expect(outcome('Russia and Ukraine have yet to agree on a ceasefire.')).toMatchObject({ topic_ceasefire: 1, agreeNegated: 1, agree: 0 });
  });

  test('"stopped short of agreeing a truce" is a negated agreement', () => {
    expect(outcome('The delegations stopped short of agreeing a truce.')).toMatchObject({ agreeNegated: 1, agree: 0 });
  });

  test('"agreed to exchange prisoners" is an agreement, in the past', () => {
    expect(outcome('The sides agreed to exchange 1,000 prisoners of war each.')).toMatchObject({ 'topic_prisoner-exchange': 1, agree: 1, past: 1 });
  });

  test('a side\'s proposal and a rejection are told apart', () => {
    expect(outcome('Ukraine proposed a 30-day ceasefire.')).toMatchObject({ propose: 1, fail: 0 });
    expect(outcome('Russia rejected an unconditional ceasefire.')).toMatchObject({ fail: 1 });
  });
});

describe('seat features', () => {
  test('"Heading Kyiv\'s team was Rustem Umerov" puts him in a leading clause', () => {
    const r = reading(`Talks in Istanbul\n\nHeading Kyiv's team was Rustem Umerov, the defence minister. ${FILLER}`);
    const umerov = r.people.find((p) => p.name.endsWith('Umerov'))!;
    expect(seatFeatures(r, umerov, null, seedKnowledge(), 'Turkey')).toMatchObject({ leadClause: 1, role_minister: 1, russiaOrUkraine: 1 });
  });

  test('a president who did not attend stands in a negated meeting', () => {
    const r = reading(`Talks in Istanbul\n\nPresident Vladimir Putin did not attend the talks. ${FILLER}`);
    const putin = r.people.find((p) => p.name.endsWith('Putin'))!;
    expect(seatFeatures(r, putin, null, seedKnowledge(), 'Turkey')).toMatchObject({ negatedMeeting: 1, role_leader: 1 });
  });

  test('a delegate of the round the article matched is known as one', () => {
    const knowledge = seedKnowledge();
    const round = knowledge.rounds.find((x) => x.id === '2025-05-16-istanbul')!;
    const r = reading(`Talks in Istanbul\n\nVladimir Medinsky spoke to reporters. ${FILLER}`);
    expect(seatFeatures(r, r.people[0]!, round, knowledge, 'Turkey')).toMatchObject({ partyOfRound: 1 });
  });
});

describe('round features', () => {
  test('an opening that reports a meeting of both sides, not a phone call', () => {
    const r = reading(`Delegations meet in Istanbul\n\nRussian and Ukrainian delegations met in Istanbul on Monday for talks. ${FILLER}`);
    expect(roundFeatures(r, 0, 0)).toMatchObject({ bothSidesInLead: 1, leadMeetingEvent: 1, callInLead: 0 });
    const call = reading(`Leaders speak\n\nPutin and Macron spoke by phone on Monday about Ukraine. ${FILLER}`);
    expect(roundFeatures(call, 0, 0)).toMatchObject({ callInLead: 1, bothSidesInLead: 0 });
  });

  test('"the war in Ukraine" does not make Ukraine a party to a US–Russia meeting', () => {
    const r = reading(`US and Russia to meet\n\nThe US and Russia are set to meet in Riyadh for talks on the war in Ukraine. ${FILLER}`);
    expect(roundFeatures(r, 0, 0)).toMatchObject({ bothSidesInLead: 0, oneSideWithUsInLead: 1 });
  });

  test('a prisoner swap carried out is not a meeting', () => {
    const r = reading(`Ukraine, Russia exchange prisoners\n\nUkraine and Russia exchanged 200 prisoners of war each on Thursday. ${FILLER}`);
    expect(leadEvent(r).verb.has('meeting')).toBe(false);
    expect(roundFeatures(r, 0, 0).leadCarriedOutEvent).toBe(1);
  });

  test('a known round is matched by day, ordinal and place, also without the year', () => {
    const knowledge = seedKnowledge();
    const round = knowledge.rounds.find((x) => x.id === '2022-03-29-istanbul')!;
    const r = reading(`Talks resume in Istanbul\n\nOn March 29, the fifth round of talks opened at Dolmabahce Palace. ${FILLER}`, null);
    const f = matchFeatures(r, round, knowledge);
    expect(f).toMatchObject({ dayMatch: 1, placeMatch: 1, publishedUnknown: 1 });
    expect(ordinalRounds(r)).toEqual([{ n: 5, sentence: 1 }]);
  });

  test('a second day counts back to the round\'s first', () => {
    const r = reading(`Talks go on in Geneva\n\nA second day of talks began in Geneva on Wednesday. ${FILLER}`, '2026-02-18');
    expect(dayCandidates(r).map((c) => [c.day, c.endDay])).toContainEqual(['2026-02-17', '2026-02-18']);
  });

  test('a place where the meeting is held, not a capital of one side', () => {
    const r = reading(`Talks in Istanbul\n\nThe delegations met in Istanbul; Moscow said little. ${FILLER}`);
    const istanbul = venueFeatures(r, r.places.filter((p) => p.city === 'Istanbul'));
    const moscow = venueFeatures(r, r.places.filter((p) => p.city === 'Moscow'));
    expect(istanbul).toMatchObject({ inAt: 1, clauseMeeting: 1, homeCountry: 0 });
    expect(moscow).toMatchObject({ homeCountry: 1 });
  });
});
