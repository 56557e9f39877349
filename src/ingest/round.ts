/**
 * Stage 5: the round the article reports. Four fitted decisions:
 * - `match`: is the article about a round the site knows? Each known round is
 *   scored by the days, places, people and format the text shares with it,
 *   also when the text gives no year or no day ("On February 28 … in Gomel").
 * - `round`: does the article report a round of talks at all (not a phone
 *   call, an analysis, a meeting of only one side with the Americans)?
 * - `date`, `venue`, `video`: for a round the site does not know, its first
 *   day among the days the text names, its place among the places, its format.
 */
import type { Entry, RoundData } from '../lib/types.ts';
import { daysApart, meetingDayNumber, shiftDay, weekdayOf, type DateMention } from './dates.ts';
import type { Knowledge } from './knowledge.ts';
import { probability, threshold, type Features } from './model.ts';
import type { PlaceSpot } from './places.ts';
import { clauseHas, hasCue, inLead, speaksOfMeeting, type Reading } from './reading.ts';
import { GRAMMAR } from './lexicon.ts';
import { cityKey, recordIndex, roundsNear } from './record-index.ts';

export interface Scored<T> {
  value: T;
  p: number;
  features: Features;
}

export interface DayCandidate {
  day: string;
  endDay: string | null;
  mentions: DateMention[];
}

export interface RoundReading {
  /** Each known round with the probability that the article is about it, best first. */
  known: Scored<Entry<RoundData>>[];
  reports: Scored<true>;
  days: Scored<DayCandidate>[];
  places: Scored<PlaceSpot[]>[];
  video: Scored<true>;
}

/** Reads every candidate the decisions choose among, with its features and probability. */
export function readRound(r: Reading, knowledge: Knowledge): RoundReading {
  const known = candidateRounds(r, knowledge).map((round) => scored(round, 'match', matchFeatures(r, round, knowledge))).sort((a, b) => b.p - a.p);
  const days = dayCandidates(r).map((c) => scored(c, 'date', dateFeatures(r, c))).sort((a, b) => b.p - a.p || a.value.day.localeCompare(b.value.day));
  const places = placeCandidates(r).map((c) => scored(c, 'venue', venueFeatures(r, c))).sort((a, b) => b.p - a.p);
  const video = scored(true as const, 'video', videoFeatures(r, places[0]?.p ?? 0));
  const reports = scored(true as const, 'round', roundFeatures(r, known[0]?.p ?? 0, days[0]?.p ?? 0));
  return { known, reports, days, places, video };
}

function scored<T>(value: T, decision: Parameters<typeof probability>[0], features: Features): Scored<T> {
  return { value, features, p: probability(decision, features) };
}

/** The decisions taken: the known round, or a new one's day, place and format; or none. */
export interface RoundChoice {
  known: Entry<RoundData> | null;
  date: string | null;
  endDate: string | null;
  place: PlaceSpot[] | null;
  format: 'in-person' | 'video';
  confidence: { round: number; date: number; venue: number; format: number };
}

export function chooseRound(rr: RoundReading): RoundChoice | null {
  if (rr.reports.p < threshold('round')) return null;
  const best = rr.known[0];
  if (best && best.p >= threshold('match')) {
    const d = best.value.data;
    return { known: best.value, date: d.date, endDate: d.endDate ?? null, place: null, format: d.format, confidence: { round: rr.reports.p, date: best.p, venue: best.p, format: best.p } };
  }
  const video = rr.video.p >= threshold('video');
  // A new round's day is a fact the text must state: the publication day alone is not one.
  const day = rr.days[0]?.value.mentions.length ? rr.days[0] : undefined;
  const place = video ? undefined : rr.places[0];
  return {
    known: null,
    date: day && day.p >= threshold('date') ? day.value.day : null,
    endDate: day && day.p >= threshold('date') ? day.value.endDay : null,
    place: place && place.p >= threshold('venue') ? place.value : null,
    format: video ? 'video' : 'in-person',
    confidence: { round: rr.reports.p, date: day?.p ?? 0, venue: video ? rr.video.p : place?.p ?? 0, format: video ? rr.video.p : 1 - rr.video.p },
  };
}

// ---- Does the article report a round? ----------------------------------------------------

const RUSSIA = 'Russia';
const UKRAINE = 'Ukraine';
const US = 'United States';

/** The sentences of the opening that speak of a meeting. */
function leadMeetings(r: Reading): number[] {
  return r.sentences.filter((s) => inLead(r, s.index) && speaksOfMeeting(r, s.index)).map((s) => s.index);
}

/**
 * What the opening sentence is about: the cue classes of its main verb (the first verb outside a
 * relative clause) and of the words before it, its subject. "The talks lasted five hours" and
 * "delegations convened" open with a meeting; "Ukraine and Russia exchanged 200 prisoners", "the
 * process has been suspended" and "a negotiator says the mood has changed" do not.
 */
export function leadEvent(r: Reading, i = r.lead): { verb: Set<string>; subject: Set<string> } {
  const s = r.sentences[i];
  const verb = new Set<string>();
  const subject = new Set<string>();
  if (!s) return { verb, subject };
  const main = s.tokens.findIndex((t, k) => t.pos === 'VERB' && !s.tokens.slice(0, k).some((x) => ['who', 'which', 'that'].includes(x.lower)));
  for (const c of r.cues[i] ?? []) {
    if (main >= 0 && c.from <= main && c.to >= main) verb.add(c.cls);
    else if (main < 0 || c.to < main) subject.add(c.cls);
  }
  return { verb, subject };
}

/** Features of the article as a whole, for `round`. */
export function roundFeatures(r: Reading, bestMatch: number, bestDay: number): Features {
  const lead = leadMeetings(r);
  const meetings = r.sentences.filter((s) => speaksOfMeeting(r, s.index)).map((s) => s.index);
  const both = (i: number) => r.parties[i]!.has(RUSSIA) && r.parties[i]!.has(UKRAINE);
  const oneSideWithUs = (i: number) => r.parties[i]!.has(US) && [RUSSIA, UKRAINE].filter((c) => r.parties[i]!.has(c)).length === 1;
  const titleCue = (cls: Parameters<typeof hasCue>[2]) => (r.hasTitle && hasCue(r, 0, cls) ? 1 : 0);
  const leadCue = (cls: Parameters<typeof hasCue>[2]) => (r.sentences.some((s) => inLead(r, s.index) && hasCue(r, s.index, cls)) ? 1 : 0);
  return {
    leadMeeting: Math.min(lead.length, 3) / 3,
    meetingShare: meetings.length / Math.max(1, r.sentences.length),
    bothSidesInLead: lead.some(both) ? 1 : 0,
    bothSidesAnywhere: meetings.some(both) ? 1 : 0,
    oneSideWithUsInLead: lead.some(oneSideWithUs) && !lead.some(both) ? 1 : 0,
    usInLead: lead.some((i) => r.parties[i]!.has(US)) ? 1 : 0,
    separateInLead: leadCue('separate'),
    callInLead: leadCue('call'),
    postponeInLead: leadCue('postpone'),
    titleMeeting: titleCue('meeting'),
    titleOtherEvent: titleCue('other_event'),
    titleCarriedOut: titleCue('carried_out') && !titleCue('meeting') ? 1 : 0,
    opinion: titleCue('opinion') || (r.cues[r.lead] ?? []).some((c) => c.cls === 'opinion' && c.from === 0) ? 1 : 0,
    delegation: r.sentences.some((s) => s.tokens.some((t) => t.lemma === 'delegation')) ? 1 : 0,
    delegates: Math.min(3, r.people.filter((p) => p.roleClasses.has('delegate') || p.roleClasses.has('lead')).length) / 3,
    topics: Math.min(3, new Set(r.topics.map((t) => t.topic)).size) / 3,
    ...leadEventFeatures(r),
    titleTopicNoMeeting: r.hasTitle && r.topics.some((t) => t.sentence === 0) && !hasCue(r, 0, 'meeting') ? 1 : 0,
    // A meeting the text dates near the article's own day: news, not background.
    recentMeeting: r.meta.published && r.dates.some((d) => d.day && speaksOfMeeting(r, d.sentence) && Math.abs(daysApart(d.day, r.meta.published!)) <= 3) ? 1 : 0,
    onlyOldMeetings: r.meta.published && r.dates.some((d) => d.day && speaksOfMeeting(r, d.sentence)) && r.dates.every((d) => !d.day || !speaksOfMeeting(r, d.sentence) || daysApart(d.day, r.meta.published!) > 7) ? 1 : 0,
    bestDay,
    bestMatch,
  };
}

function leadEventFeatures(r: Reading): Features {
  const first = leadEvent(r);
  const title = r.hasTitle ? leadEvent(r, 0) : { verb: new Set<string>(), subject: new Set<string>() };
  const meetingish = (e: { verb: Set<string>; subject: Set<string> }) => ['meeting', 'start', 'end', 'attend'].some((c) => e.verb.has(c)) || (e.subject.has('meeting') && !e.verb.has('speech'));
  return {
    leadMeetingEvent: meetingish(first) ? 1 : 0,
    titleMeetingEvent: meetingish(title) ? 1 : 0,
    leadSpeechEvent: first.verb.has('speech') && !first.subject.has('meeting') ? 1 : 0,
    leadCarriedOutEvent: first.verb.has('carried_out') || title.verb.has('carried_out') ? 1 : 0,
    leadPostponeEvent: first.verb.has('postpone') || title.verb.has('postpone') ? 1 : 0,
    leadOtherEvent: first.verb.has('other_event') || first.verb.has('call') || title.verb.has('call') ? 1 : 0,
  };
}

// ---- A round the site knows --------------------------------------------------------------

/**
 * The known rounds worth scoring: those near a day the text names or the article's own day, on a
 * month and day it names, at a place it names, or with a person it names at the table. With a large
 * record this keeps the reading of an article to a handful of candidates.
 */
export function candidateRounds(r: Reading, knowledge: Knowledge): Entry<RoundData>[] {
  const index = recordIndex(knowledge);
  const out = new Set<Entry<RoundData>>();
  const add = (list: Entry<RoundData>[] | undefined) => list?.forEach((x) => out.add(x));
  if (r.meta.published) add(roundsNear(index, r.meta.published, 10));
  for (const d of r.dates) {
    if (d.day) add(roundsNear(index, d.day, 3));
    else if (d.month !== null) add(index.byMonthDay.get(`${String(d.month).padStart(2, '0')}-${String(d.dayOfMonth).padStart(2, '0')}`));
  }
  for (const p of r.places) {
    if (p.venue) add(index.byPlace.get(`venue:${p.venue}`));
    add(index.byPlace.get(`city:${cityKey(p.city)}`));
  }
  for (const p of r.people) if (p.known) add(index.byPerson.get(p.id));
  return [...out];
}

/** The days a round took, first to last. */
function daysOf(round: Entry<RoundData>): string[] {
  const days = [round.data.date];
  for (let d = round.data.date; round.data.endDate && d < round.data.endDate; ) days.push((d = shiftDay(d, 1)));
  return days;
}

/**
 * The place of each known round in its series: delegation rounds are numbered within their year
 * ("the second round", "the third round of trilateral talks"); meetings of ministers or leaders are not.
 */
const ordinals = new WeakMap<Knowledge, Map<string, number>>();
function ordinalOf(round: Entry<RoundData>, knowledge: Knowledge): number {
  let map = ordinals.get(knowledge);
  if (!map) {
    map = new Map();
    const byYear = new Map<string, Entry<RoundData>[]>();
    for (const x of knowledge.rounds) if (x.data.level === 'delegations' && x.data.status === 'held') byYear.set(x.data.date.slice(0, 4), [...(byYear.get(x.data.date.slice(0, 4)) ?? []), x]);
    for (const list of byYear.values()) list.sort((x, y) => x.data.date.localeCompare(y.data.date)).forEach((x, i) => map!.set(x.id, i + 1));
    ordinals.set(knowledge, map);
  }
  return map.get(round.id) ?? 0;
}

/** The ordinal rounds the text names ("the second round of talks"), with the sentence they stand in. */
export function ordinalRounds(r: Reading): { n: number; sentence: number }[] {
  const out: { n: number; sentence: number }[] = [];
  for (const s of r.sentences) {
    s.tokens.forEach((t, i) => {
      const n = GRAMMAR.ordinals[t.lower];
      const next = s.tokens.slice(i + 1, i + 3).find((x) => x.pos === 'NOUN');
      if (n && next && (next.lemma === 'round' || next.lemma === 'meeting')) out.push({ n, sentence: s.index });
    });
  }
  return out;
}

/** Features of one known round against the article, for `match`. */
export function matchFeatures(r: Reading, round: Entry<RoundData>, knowledge: Knowledge): Features {
  const days = daysOf(round);
  const published = r.meta.published;
  const meetingDates = r.dates.filter((d) => speaksOfMeeting(r, d.sentence) || d.sentence === 0);
  // A day the words fix: resolved against the publication day, else by month and day, else by weekday.
  const onDay = (d: DateMention) =>
    d.day ? days.some((x) => x === d.day || x === d.endDay) : d.month !== null ? days.some((x) => Number(x.slice(5, 7)) === d.month && Number(x.slice(8, 10)) === d.dayOfMonth) : d.weekday !== null && days.some((x) => weekdayOf(x) === d.weekday);
  const venue = round.data.venue ? knowledge.venues.get(round.data.venue.id) : undefined;
  const city = venue ? cityKey(venue.data.city) : null;
  const atPlace = (p: PlaceSpot) => (venue && p.venue === venue.id) || (city !== null && cityKey(p.city) === city);
  const here = r.places.filter(atPlace);
  const meetingPlaces = r.places.filter((p) => speaksOfMeeting(r, p.sentence) && p.kind !== 'region' && p.country !== RUSSIA && p.country !== UKRAINE);
  const sharedPlace = city !== null && (recordIndex(knowledge).byPlace.get(`city:${city}`)?.length ?? 0) > 1;
  const parties = new Set(round.data.parties.map((p) => p.participant.id));
  const leads = new Set(round.data.parties.filter((p) => p.lead).map((p) => p.participant.id));
  const named = r.people.filter((p) => p.known && parties.has(p.id));
  const year = Number(round.data.date.slice(0, 4));
  const gap = published ? daysApart(round.data.date, published) : null;
  const span = days.length - 1;
  const ordinal = ordinalOf(round, knowledge);
  const ordinalsNamed = ordinalRounds(r).filter((o) => inLead(r, o.sentence) || speaksOfMeeting(r, o.sentence));
  const video = r.sentences.some((s) => speaksOfMeeting(r, s.index) && hasCue(r, s.index, 'video'));
  return {
    dayMatch: meetingDates.some(onDay) ? 1 : r.dates.some(onDay) ? 0.5 : 0,
    dayMatchInLead: meetingDates.some((d) => inLead(r, d.sentence) && onDay(d)) ? 1 : 0,
    dayNear: !meetingDates.some(onDay) && meetingDates.some((d) => d.day && Math.abs(daysApart(round.data.date, d.day)) <= 2) ? 1 : 0,
    // The meeting's own days, as far as the words fix them (a day, a month and day, a weekday), and none is this round's.
    dayClash: meetingDates.length > 0 && !meetingDates.some(onDay) && !meetingDates.some((d) => d.day && Math.abs(daysApart(round.data.date, d.day)) <= 3) ? 1 : 0,
    weekdayClash: !published && meetingDates.some((d) => d.kind === 'weekday') && !meetingDates.some(onDay) ? 1 : 0,
    leadDayClash: meetingDates.some((d) => inLead(r, d.sentence) && d.day) && !meetingDates.some((d) => inLead(r, d.sentence) && d.day && Math.abs(daysApart(round.data.date, d.day)) <= span + 1) ? 1 : 0,
    ordinalMatch: ordinal > 0 && ordinalsNamed.some((o) => o.n === ordinal) ? 1 : 0,
    ordinalClash: ordinal > 0 && ordinalsNamed.length > 0 && !ordinalsNamed.some((o) => o.n === ordinal) ? 1 : 0,
    yearMatch: r.years.includes(year) ? 1 : 0,
    yearClash: r.years.length > 0 && !r.years.includes(year) ? 1 : 0,
    publishedUnknown: published ? 0 : 1,
    publishedSameDays: gap !== null && gap >= 0 && gap <= span + 1 ? 1 : 0,
    publishedWeekBefore: gap !== null && gap < 0 && gap >= -7 ? 1 : 0,
    publishedDaysAfter: gap !== null && gap > span + 1 && gap <= 7 ? 1 : 0,
    publishedFar: gap !== null && (gap > 21 || gap < -30) ? 1 : 0,
    placeMatch: here.some((p) => speaksOfMeeting(r, p.sentence)) ? 1 : here.length ? 0.5 : 0,
    placeMatchInLead: here.some((p) => inLead(r, p.sentence)) ? 1 : 0,
    placeUnique: here.length > 0 && !sharedPlace ? 1 : 0,
    otherPlaceInLead: meetingPlaces.some((p) => inLead(r, p.sentence) && !atPlace(p)) && !here.some((p) => inLead(r, p.sentence)) ? 1 : 0,
    people: Math.min(3, named.length) / 3,
    leads: Math.min(2, named.filter((p) => leads.has(p.id)).length) / 2,
    formatAgrees: (round.data.format === 'video') === video ? 1 : 0,
  };
}

// ---- A new round's day --------------------------------------------------------------------

/** The days the round may have begun: each day the text names (a "second day" counted back to the first), and the publication day. */
export function dayCandidates(r: Reading): DayCandidate[] {
  const byDay = new Map<string, DayCandidate>();
  for (const d of r.dates) {
    if (!d.day) continue;
    const back = meetingDayNumber(r.sentences[d.sentence]!) - 1;
    const day = shiftDay(d.day, -back);
    const c = byDay.get(day) ?? { day, endDay: null, mentions: [] };
    c.mentions.push(d);
    if (d.endDay) c.endDay = d.endDay;
    else if (back > 0) c.endDay = c.endDay ?? d.day;
    byDay.set(day, c);
  }
  if (r.meta.published && !byDay.has(r.meta.published)) byDay.set(r.meta.published, { day: r.meta.published, endDay: null, mentions: [] });
  return [...byDay.values()];
}

/** Features of one candidate day, for `date`. */
export function dateFeatures(r: Reading, c: DayCandidate): Features {
  const m = c.mentions;
  const any = (f: (d: DateMention) => boolean) => (m.some(f) ? 1 : 0);
  const published = r.meta.published;
  const gap = published ? daysApart(c.day, published) : 0;
  return {
    named: m.length ? 1 : 0,
    mentions: Math.min(3, m.length) / 3,
    inMeeting: any((d) => speaksOfMeeting(r, d.sentence)),
    clauseMeeting: any((d) => clauseHas(r, d.sentence, d.token, 'meeting')),
    clauseStart: any((d) => clauseHas(r, d.sentence, d.token, 'start')),
    clauseEnd: any((d) => clauseHas(r, d.sentence, d.token, 'end')),
    clauseOther: any((d) => clauseHas(r, d.sentence, d.token, 'other_event') || clauseHas(r, d.sentence, d.token, 'call')),
    // The day of a saying ("…, officials said on Saturday"), not of a meeting.
    clauseSpeech: m.length > 0 && m.every((d) => clauseHas(r, d.sentence, d.token, 'speech') && !clauseHas(r, d.sentence, d.token, 'meeting')) ? 1 : 0,
    inTitle: any((d) => d.sentence === 0 && r.hasTitle),
    inLead: any((d) => inLead(r, d.sentence)),
    past: any((d) => d.tense === 'past'),
    present: any((d) => d.tense === 'present'),
    future: any((d) => d.tense === 'future'),
    weekday: any((d) => d.kind === 'weekday'),
    fullDate: any((d) => d.kind === 'full'),
    publicationDay: published === c.day ? 1 : 0,
    dayBefore: gap === 1 ? 1 : 0,
    weekBefore: gap > 1 && gap <= 7 ? 1 : 0,
    longBefore: gap > 7 ? 1 : 0,
    ahead: gap < 0 ? 1 : 0,
    span: c.endDay ? 1 : 0,
    leadIsMeeting: leadMeetings(r).length ? 1 : 0,
  };
}

// ---- A new round's place and format ---------------------------------------------------------

/** Places grouped by the city (or region) they are in. */
export function placeCandidates(r: Reading): PlaceSpot[][] {
  const byCity = new Map<string, PlaceSpot[]>();
  for (const p of r.places) byCity.set(p.city, [...(byCity.get(p.city) ?? []), p]);
  return [...byCity.values()];
}

/** Features of one candidate place, for `venue`. */
export function venueFeatures(r: Reading, spots: PlaceSpot[]): Features {
  const any = (f: (p: PlaceSpot) => boolean) => (spots.some(f) ? 1 : 0);
  const home = spots[0]!.country === RUSSIA || spots[0]!.country === UKRAINE;
  return {
    mentions: Math.min(3, spots.length) / 3,
    inMeeting: any((p) => speaksOfMeeting(r, p.sentence)),
    clauseMeeting: any((p) => clauseHas(r, p.sentence, p.from, 'meeting')),
    inAt: any((p) => p.prep === 'in' || p.prep === 'at' || p.prep === 'near'),
    fromTo: any((p) => p.prep === 'from' || p.prep === 'to'),
    inTitle: any((p) => p.sentence === 0 && r.hasTitle),
    inLead: any((p) => inLead(r, p.sentence)),
    dateline: any((p) => p.dateline),
    landmark: any((p) => p.kind === 'landmark'),
    region: any((p) => p.kind === 'region'),
    known: any((p) => p.venue !== null),
    homeCountry: home ? 1 : 0,
    capitalOfSide: home && spots.every((p) => !speaksOfMeeting(r, p.sentence) || p.prep !== 'in') ? 1 : 0,
  };
}

/** Features of the article's format, for `video`. */
export function videoFeatures(r: Reading, bestPlace: number): Features {
  const meetings = r.sentences.filter((s) => speaksOfMeeting(r, s.index));
  return {
    videoInLead: r.sentences.some((s) => inLead(r, s.index) && hasCue(r, s.index, 'video')) ? 1 : 0,
    videoWithMeeting: Math.min(2, meetings.filter((s) => hasCue(r, s.index, 'video')).length) / 2,
    videoAnywhere: r.sentences.some((s) => hasCue(r, s.index, 'video')) ? 1 : 0,
    bestPlace,
  };
}
