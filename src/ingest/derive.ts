/**
 * The reading of one article, as a recipe: clean the page, read its title,
 * publisher and day, tag its sentences, find the people, places, days and
 * topics it names, then take the fitted decisions — which round (a known one,
 * or a new one's day, place and format), who sat at the table, what came of
 * it. Every fact keeps its sentence and confidence; facts below a decision's
 * threshold are listed as uncertain, never asserted. Pure: it reads nothing
 * but the raw article and what the site knows, and writes nothing.
 */
import { todayAnywhere } from '../check/context.ts';
import type { Entry, RoundData } from '../lib/types.ts';
import { countWords } from '../schemas/common.ts';
import { cleanArticle } from './clean.ts';
import { findDates } from './dates.ts';
import type { RawArticle } from './input.ts';
import type { Knowledge } from './knowledge.ts';
import { newRoundId } from './match.ts';
import { threshold } from './model.ts';
import { findMetadata, type Metadata } from './metadata.ts';
import { readSentences, type Sentence } from './nlp.ts';
import { recordIndex, roundsNear } from './record-index.ts';
import { readOutcomes } from './outcomes.ts';
import { findPeople, type Person } from './people.ts';
import { findPlaces, type PlaceSpot } from './places.ts';
import { clauseHas, hasCue, readingOf, speaksOfMeeting, type Reading } from './reading.ts';
import { chooseRound, readRound, type RoundChoice, type RoundReading } from './round.ts';
import { seatPeople, type TablePerson } from './table.ts';
import { quoteAround, slugify } from './text.ts';
import { findTopics } from './topics.ts';
import { IngestError, type DerivedJson, type IngestOptions, type Level, type OutcomeStatus, type RoundStatus, type VenueJson } from './types.ts';

export interface VenueInfo extends VenueJson {
  known: boolean;
}

export interface DerivedRound {
  id: string;
  existing: Entry<RoundData> | null;
  /** The first day; null when the text does not fix it (then nothing can be written until the editor gives it). */
  date: string | null;
  endDate: string | null;
  format: 'in-person' | 'video';
  status: RoundStatus;
  level: Level;
  venue: VenueInfo | null;
  evidence: { date?: string; venue?: string; format?: string };
  confidence: number;
  /** For a recorded round: the day the article gives it when that is another day (a finding the site shows as a disagreement). */
  ownDate?: string;
}

export interface DerivedOutcome {
  topic: string;
  status: OutcomeStatus;
  evidence: string;
  confidence: number;
}

export interface Derived {
  raw: RawArticle;
  meta: Metadata;
  sentences: Sentence[];
  round: DerivedRound | null;
  /** Further rounds the article names in passing, as the site has them. */
  otherRounds: DerivedJson['rounds'];
  table: TablePerson[];
  mentioned: Person[];
  outcomes: DerivedOutcome[];
  /** What the reader is unsure of: found, but below the threshold of its decision. */
  uncertain: DerivedJson['uncertain'];
  /** The id of an article already taken in from the same text. */
  duplicateOf: string | null;
  /** A publication day after today, read from the page or text: nothing can be written with it. */
  futurePublished: string | null;
  warnings: string[];
  /** The reading and the candidates each decision chose among, for the evaluation and the fitting script. */
  trace: { reading: Reading; roundReading: RoundReading; choice: RoundChoice | null };
}

/** Below this probability a near miss is not worth the editor's time. */
const WORTH_CHECKING = 0.25;

/** Runs every stage on one raw article. Throws an IngestError when there is no article to take in. */
export function derive(raw: RawArticle, options: IngestOptions, knowledge: Knowledge, now = new Date()): Derived {
  // 1. Keep the article, drop the page around it.
  const clean = cleanArticle(raw);
  const words = countWords(clean.paragraphs.join(' '));
  if (words < 40) throw new IngestError(raw.file, `no article text found (${words} words left after removing page furniture); save the page with the article in it, or its text`);
  // 2. Title, publisher, publication day.
  const meta = findMetadata(clean, options, now, (day) => roundsNear(recordIndex(knowledge), day, 7).length > 0, (host) => knowledge.publishers.get(host));
  const today = todayAnywhere(now);
  if (meta.published && meta.published > today && meta.publishedSource === 'option') throw new IngestError(raw.file, `--published ${meta.published} is in the future (today is ${today}); give the day the article appeared`);
  // 3. Tagged sentences, from after the dateline; the headline, when there is one, is sentence 0.
  const body = clean.paragraphs.map((p, i) => (i === meta.dateline?.paragraph ? p.slice(meta.dateline.prefix.length) : p)).filter((_, i) => i !== meta.titleParagraph);
  const sentences = readSentences(meta.titleSource === 'page' ? [meta.title!, ...body] : body);
  // 4. People, places, days and topics named.
  const reading = readingOf({
    meta,
    sentences,
    hasTitle: meta.titleSource === 'page',
    years: meta.years,
    people: findPeople(sentences, knowledge),
    places: findPlaces(sentences, knowledge),
    dates: findDates(sentences, meta.published),
    topics: findTopics(sentences, knowledge),
  });
  // Text that speaks of no talks and neither country is not an article for this site.
  const parties = new Set(reading.countries.flatMap((c) => [...c]));
  if (!reading.cues.some((c) => c.some((x) => x.cls === 'meeting')) || !(parties.has('Russia') || parties.has('Ukraine'))) {
    throw new IngestError(raw.file, 'the text mentions no Russia–Ukraine talks (no meeting, talks or negotiations); is this the right file?');
  }
  // 5. The round: a known one, or a new one's day, place and format.
  const roundReading = readRound(reading, knowledge);
  const choice = options.round ? chosenRound(options.round, knowledge, raw.file) : chooseRound(roundReading);
  const round = choice ? derivedRound(reading, choice, knowledge) : null;
  if (round?.existing) readOwnDay(reading, roundReading, round);
  // 6. Who sat at the table, and (7) what came of it.
  const seating = round ? seatPeople(reading, choice!.known, knowledge, round.venue?.country ?? null) : { table: [], mentioned: reading.people.map((person) => ({ person, p: 0 })) };
  const table = seating.table.filter((p) => !reading.people.find((x) => x.id === p.id)!.spots.every((s) => s.sentence === 0 && reading.hasTitle));
  if (round) round.level = levelOf(table, choice!.known);
  const preview = !!round?.date && !!meta.published && meta.published < round.date;
  const found = round ? readOutcomes(reading, knowledge, preview, choice!.known) : { outcomes: [], uncertain: [] };
  // A preview's intentions are not outcomes: they wait for the editor.
  const [asserted, doubtful] = preview ? [[], [...found.outcomes, ...found.uncertain]] : [found.outcomes, found.uncertain];

  const quote = (i: number, focus?: string) => quoteAround(sentences[i]!.text, focus);
  const uncertain: DerivedJson['uncertain'] = [];
  if (!round && roundReading.reports.p >= WORTH_CHECKING) {
    const day = roundReading.days[0];
    uncertain.push({ kind: 'round', value: day ? `a round on ${day.value.day}` : 'a round on a day the text does not give', evidence: day?.value.mentions[0] ? quote(day.value.mentions[0].sentence) : null, confidence: round3(Math.min(roundReading.reports.p, day?.p ?? 0)) });
  }
  // A new round a recorded one is close to: the editor decides whether they are one.
  const nearMiss = round && !round.existing ? roundReading.known.find((k) => k.p >= WORTH_CHECKING) : undefined;
  if (nearMiss) uncertain.push({ kind: 'round', value: `the recorded round ${nearMiss.value.id}`, evidence: round!.evidence.date ?? null, confidence: round3(nearMiss.p) });
  for (const { person, p } of seating.mentioned) if (round && p >= WORTH_CHECKING) uncertain.push({ kind: 'participant', value: person.name, evidence: quote(person.spots[0]!.sentence, person.name), confidence: round3(p) });
  for (const o of doubtful) if (o.confidence >= WORTH_CHECKING) uncertain.push({ kind: 'outcome', value: `${o.topic}: ${o.status}`, evidence: quote(o.sentence), confidence: round3(o.confidence) });

  const warnings = [...meta.warnings];
  const futurePublished = meta.published && meta.published > today ? meta.published : null;
  if (futurePublished) warnings.push(`the publication date ${futurePublished} read from the page is in the future (today is ${today}); pass --published YYYY-MM-DD with the day the article appeared`);
  if (round?.ownDate) warnings.push(`the article dates the round ${round.ownDate}; the site has ${round.date} (recorded as a finding)`);
  if (nearMiss) warnings.push(`a new round ${round!.id} is proposed, but the record has ${nearMiss.value.id} (${nearMiss.value.data.date}${nearMiss.value.data.venue ? `, ${knowledge.venues.get(nearMiss.value.data.venue.id)?.data.city ?? nearMiss.value.data.venue.id}` : ''}); if the article speaks of that round, take it in with --round ${nearMiss.value.id}`);
  if (!round) warnings.push('the article reports no particular round of talks');
  else if (!round.date) warnings.push(`the article reports a round but names no day for it${meta.published ? '' : ' (pass --published YYYY-MM-DD if the text dates it relatively, "on Friday")'}; take it in with --round ID if the record has the round, or add the round by hand`);
  return {
    raw,
    meta,
    sentences,
    round,
    otherRounds: [],
    table,
    mentioned: seating.mentioned.map((m) => m.person),
    outcomes: asserted.map((o) => ({ topic: o.topic, status: o.status, evidence: quote(o.sentence), confidence: round3(o.confidence) })),
    uncertain,
    duplicateOf: knowledge.bySha.get(raw.sha256) ?? null,
    futurePublished,
    warnings,
    trace: { reading, roundReading, choice },
  };
}

const round3 = (p: number) => Math.round(p * 1000) / 1000;

/**
 * The day an article gives a recorded round, when it names another in the words of the meeting
 * itself ("met in Antalya on Friday"), not of a saying or the publication: kept as the article's
 * finding, never as the round's day.
 */
function readOwnDay(r: Reading, rr: RoundReading, round: DerivedRound): void {
  const best = rr.days[0];
  const known = round.existing!.data;
  if (!best || best.p < threshold('date')) return;
  const { day } = best.value;
  if (day >= known.date && day <= (known.endDate ?? known.date)) return;
  const said = best.value.mentions.find((d) => clauseHas(r, d.sentence, d.token, 'meeting'));
  if (!said) return;
  round.ownDate = day;
  round.evidence.date = quoteAround(r.sentences[said.sentence]!.text, said.text);
}

/** The recorded round the editor named with `--round`. */
function chosenRound(id: string, knowledge: Knowledge, file: string): RoundChoice {
  const known = knowledge.rounds.find((r) => r.id === id);
  if (!known) throw new IngestError(file, `--round ${id}: there is no content/rounds/${id}.md; give the id of a recorded round (the file name without .md)`);
  const d = known.data;
  return { known, date: d.date, endDate: d.endDate ?? null, place: null, format: d.format, confidence: { round: 1, date: 1, venue: 1, format: 1 } };
}

/** The round as the article gives it: the known round's facts, or the new round's from the text. */
function derivedRound(r: Reading, choice: RoundChoice, knowledge: Knowledge): DerivedRound {
  const evidence: DerivedRound['evidence'] = {};
  const dateMention = r.dates.find((d) => d.day === choice.date && speaksOfMeeting(r, d.sentence)) ?? r.dates.find((d) => d.day === choice.date);
  if (dateMention) evidence.date = quoteAround(r.sentences[dateMention.sentence]!.text, dateMention.text);
  const videoSentence = r.sentences.find((s) => speaksOfMeeting(r, s.index) && hasCue(r, s.index, 'video'));
  if (choice.format === 'video' && videoSentence) evidence.format = quoteAround(videoSentence.text);
  let venue: VenueInfo | null = null;
  if (choice.known?.data.venue) {
    const v = knowledge.venues.get(choice.known.data.venue.id);
    if (v) venue = { id: v.id, name: v.data.name, city: v.data.city, country: v.data.country, known: true };
  } else if (choice.place) {
    venue = venueOf(choice.place, knowledge);
  }
  const spot = venue && r.places.find((p) => (p.venue === venue!.id || p.city === venue!.city) && speaksOfMeeting(r, p.sentence));
  if (spot) evidence.venue = quoteAround(r.sentences[spot.sentence]!.text, spot.text);
  const published = r.meta.published;
  const facts = { date: choice.date ?? 'undated', format: choice.format, city: venue?.city ?? null };
  return {
    id: choice.known?.id ?? newRoundId(facts, knowledge),
    existing: choice.known,
    date: choice.date,
    endDate: choice.endDate,
    format: choice.format,
    status: published && choice.date && published < choice.date ? 'planned' : 'held',
    level: 'delegations',
    venue,
    evidence,
    confidence: round3(Math.min(choice.confidence.round, choice.confidence.date)),
  };
}

/** The venue for places the text names: a landmark the site knows, else the city (as a new venue, unless known). */
function venueOf(spots: PlaceSpot[], knowledge: Knowledge): VenueInfo {
  const knownSpot = spots.find((p) => p.venue);
  if (knownSpot) {
    const v = knowledge.venues.get(knownSpot.venue!)!;
    return { id: v.id, name: v.data.name, city: v.data.city, country: v.data.country, known: true };
  }
  const landmark = spots.find((p) => p.landmark)?.landmark;
  const name = landmark ?? spots[0]!.city;
  const id = slugify(name, 4);
  const existing = knowledge.venues.get(id);
  if (existing) return { id, name: existing.data.name, city: existing.data.city, country: existing.data.country, known: true };
  return { id, name, city: spots[0]!.city, country: spots[0]!.country, known: false };
}

/** The level of a round: the known round's, else leaders or ministers when both sides sent one. */
function levelOf(table: TablePerson[], known: Entry<RoundData> | null): Level {
  if (known) return known.data.level;
  const sides = (word: RegExp) => new Set(table.filter((p) => word.test(p.role ?? '') && (p.side === 'russia' || p.side === 'ukraine')).map((p) => p.side)).size === 2;
  if (sides(/\bpresident\b/i)) return 'leaders';
  if (sides(/\bminister\b/i)) return 'ministers';
  return 'delegations';
}
