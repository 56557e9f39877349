/**
 * The pipeline for one article, stage by stage: clean, metadata, people and
 * places, dates, the main meeting, who sat at the table, outcomes, and the
 * round it matches. Pure: it reads nothing but the raw article and what the
 * site knows, and writes nothing.
 */
import { todayAnywhere } from '../check/context.ts';
import type { Entry, RoundData } from '../lib/types.ts';
import { cleanArticle } from './clean.ts';
import { daysApart, findDates, shiftDay } from './dates.ts';
import { findPlaces, type PlaceSpot } from './places.ts';
import type { RawArticle } from './input.ts';
import type { Knowledge } from './knowledge.ts';
import { matchRound, matchScore } from './match.ts';
import { findMetadata, rejectHeaderDate, type Metadata } from './metadata.ts';
import { findOutcomes, type FoundOutcome } from './outcomes.ts';
import { findPeople, type Person } from './people.ts';
import { noRoundReason } from './genre.ts';
import { findMainRound, MEETING, type MainRound } from './round.ts';
import { levelOf, seatPeople, type TablePerson } from './table.ts';
import { countWords as wordCount } from '../schemas/common.ts';
import { quoteAround, slugify, splitSentences, type Sentence } from './text.ts';
import { IngestError, type DerivedJson, type IngestOptions, type Level, type VenueJson } from './types.ts';

export interface VenueInfo extends VenueJson {
  known: boolean;
}

export interface DerivedRound {
  id: string;
  existing: Entry<RoundData> | null;
  date: string | null;
  format: MainRound['format'];
  status: MainRound['status'];
  level: Level;
  venue: VenueInfo | null;
  evidence: { date?: string; venue?: string; format?: string };
}

export interface Derived {
  raw: RawArticle;
  meta: Metadata;
  sentences: Sentence[];
  round: DerivedRound | null;
  /** Further existing rounds the article reports in passing, as the site has them. */
  otherRounds: DerivedJson['rounds'];
  table: TablePerson[];
  mentioned: Person[];
  outcomes: FoundOutcome[];
  /** The id of an article already taken in from the same bytes. */
  duplicateOf: string | null;
  /** A publication day after today, read from the page or text: nothing can be written with it. */
  futurePublished: string | null;
  warnings: string[];
}

const ABOUT_TALKS = /\b(Russia|Russian|Ukraine|Ukrainian|Kremlin|Kyiv|Kiev|Moscow)\b/;

/** Runs every stage on one raw article. Throws an IngestError when there is no article to take in. */
export function derive(raw: RawArticle, options: IngestOptions, knowledge: Knowledge, now = new Date()): Derived {
  const clean = cleanArticle(raw);
  const words = wordCount(clean.paragraphs.join(' '));
  if (words < 40) throw new IngestError(raw.file, `no article text found (${words} words left after removing page furniture); save the page with the article in it, or its text`);
  let meta = findMetadata(clean, options, now);
  // An article cannot appear after today (the content check refuses it): a future day given on the
  // command line is refused outright; one read from the page or text is reported, and nothing is written.
  const today = todayAnywhere(now);
  if (meta.published && meta.published > today && meta.publishedSource === 'option') throw new IngestError(raw.file, `--published ${meta.published} is in the future (today is ${today}); give the day the article appeared`);
  const sentences = splitSentences([meta.title ?? '', ...clean.paragraphs]);
  if (!sentences.some((s) => MEETING.test(s.text)) || !ABOUT_TALKS.test(sentences.map((s) => s.text).join(' '))) {
    throw new IngestError(raw.file, 'the text mentions no Russia–Ukraine talks (no meeting, talks or negotiations); is this the right file?');
  }
  const people = findPeople(sentences, knowledge);
  const places = findPlaces(sentences, knowledge);
  let main = findMainRound(sentences, findDates(sentences, meta.published), places, meta.published, meta.datelineCity);

  // A header date is trusted only when the text does not contradict it.
  if (meta.publishedSource === 'header') {
    const reason = contradiction(meta.published!, people, knowledge);
    if (reason) {
      const undated = findMainRound(sentences, findDates(sentences, null), places, null, meta.datelineCity);
      const probe = seatPeople(people, sentences, { ...undated, date: null, about: () => true }, knowledge, null).table;
      const round = bestUndatedRound(undated, probe, knowledge);
      const published = round ? (undated.tense === 'future' || /\bwill\b/.test(sentences[1]?.text ?? '') ? shiftDay(round.data.date, -1) : round.data.date) : null;
      meta = rejectHeaderDate(meta, reason, published);
      main = findMainRound(sentences, findDates(sentences, meta.published), places, meta.published, meta.datelineCity);
    }
  }
  // A dateline with no year ("ISTANBUL, 29 Mar – RIA Novosti") in a text that names no year or weekday:
  // a round the site already has on that day of the year, at a place the text names, gives the year.
  if (meta.yearGuessed && meta.published) {
    const year = yearOfKnownRound(meta.published, places, knowledge);
    if (year && year !== meta.published.slice(0, 4)) {
      meta = { ...meta, published: `${year}${meta.published.slice(4)}`, warnings: [...meta.warnings, `the dateline gives no year; ${year} taken from the round the site has on that day at the place the text names (pass --published YYYY-MM-DD to confirm)`] };
      main = findMainRound(sentences, findDates(sentences, meta.published), places, meta.published, meta.datelineCity);
    }
  }
  const warnings = [...meta.warnings];
  const futurePublished = meta.published && meta.published > today ? meta.published : null;
  if (futurePublished) warnings.push(`the publication date ${futurePublished} read from the ${meta.publishedSource === 'page' ? 'page' : 'text'} is in the future (today is ${today}); pass --published YYYY-MM-DD with the day the article appeared`);
  if (!meta.published) warnings.push('no publication date found; pass --published YYYY-MM-DD');
  if (!meta.title) warnings.push('no headline found');
  let hasRound = main.date !== null || (main.dateSentence !== null);
  const hostCountry = main.place?.country ?? null;
  let { table, mentioned } = hasRound ? seatPeople(people, sentences, main, knowledge, hostCountry) : { table: [] as TablePerson[], mentioned: people };
  // Opinion, background and meetings that are not about the war report no round.
  const noRound = hasRound ? noRoundReason({ sentences, head: [meta.title ?? '', ...clean.paragraphs.slice(0, 3), ...clean.removed.slice(0, 4)], tail: clean.paragraphs.slice(-3), main, published: meta.published, ukraineAtTable: table.some((p) => p.side === 'ukraine') }) : null;
  if (noRound) [hasRound, table, mentioned] = [false, [], people];
  addDelegations(table, sentences, main, knowledge, hasRound);
  const outcomes = hasRound ? findOutcomes(sentences, knowledge, main) : [];
  const level = levelOf(table, knowledge, sentences.map((s) => s.text).join(' '));

  let round: DerivedRound | null = null;
  const otherRounds: DerivedJson['rounds'] = [];
  if (hasRound && main.date) {
    const venue = venueInfo(main.place, knowledge);
    const facts = { date: main.date, format: main.format, venue: venue?.id ?? null, city: venue?.city ?? null, table };
    const match = matchRound(facts, knowledge)!;
    let chosenVenue = venue;
    // The article names only the city of a round the site already places more exactly.
    if (match.existing?.data.venue && (!venue || !venue.known)) {
      const v = knowledge.venues.get(match.existing.data.venue.id);
      // …or names no place, or only the dateline's city: the round the site has says where it was.
      if (v && (!venue || main.placeFromDateline || (!main.placeLinked && match.existing.data.date === main.date) || v.data.city.toLowerCase() === (venue.city ?? '').toLowerCase())) chosenVenue = { id: v.id, name: v.data.name, city: v.data.city, country: v.data.country, known: true };
    }
    if (match.existing && Math.abs(daysApart(match.existing.data.date, main.date)) > 0) warnings.push(`the article dates the round ${main.date}; the site has ${match.existing.data.date} (recorded as a finding)`);
    round = {
      id: match.id,
      existing: match.existing,
      date: main.date,
      format: main.format,
      status: main.status,
      level,
      venue: chosenVenue,
      evidence: {
        ...(main.dateSentence !== null ? { date: quoteAround(sentences[main.dateSentence]!.text, main.dateWords ?? undefined) } : {}),
        ...(main.place ? { venue: quoteAround(sentences[main.place.sentence]!.text, main.place.text) } : {}),
        ...(main.formatSentence !== null ? { format: quoteAround(sentences[main.formatSentence]!.text) } : {}),
      },
    };
    if (!main.place && main.format === 'in-person') warnings.push('no venue found for the round');
    for (const other of main.otherMeetings) {
      const hit = knowledge.rounds.find((r) => r.id !== round!.id && Math.abs(daysApart(r.data.date, other.day)) <= 1);
      if (!hit || otherRounds.some((o) => o.id === hit.id)) continue;
      const v = hit.data.venue ? knowledge.venues.get(hit.data.venue.id) : undefined;
      otherRounds.push({ id: hit.id, existing: true, date: hit.data.date, format: hit.data.format, venue: v ? { id: v.id, name: v.data.name, city: v.data.city, country: v.data.country } : null });
    }
  } else if (hasRound) {
    warnings.push('the article reports a meeting but gives no day for it; pass --published if the date is relative, or add the round by hand');
  } else {
    warnings.push(noRound ? `the article reports no particular round: ${noRound}` : 'the article reports no particular round (an analysis or background piece)');
  }
  return { raw, meta, sentences, round, otherRounds, table, mentioned, outcomes, duplicateOf: knowledge.bySha.get(raw.sha256) ?? null, futurePublished, warnings };
}

/** The year of the one round the site has within a day of `day`'s month and day, in any year, at a place the text names. */
function yearOfKnownRound(day: string, places: PlaceSpot[], knowledge: Knowledge): string | null {
  const cities = new Set(places.map((p) => p.city?.toLowerCase()).filter(Boolean));
  const venues = new Set(places.map((p) => p.venue).filter(Boolean));
  const years = new Set<string>();
  for (const r of knowledge.rounds) {
    const sameDay = Math.abs(daysApart(`${r.data.date.slice(0, 4)}${day.slice(4)}`, r.data.date)) <= 1;
    const v = r.data.venue ? knowledge.venues.get(r.data.venue.id) : undefined;
    if (sameDay && v && (venues.has(v.id) || cities.has(v.data.city.toLowerCase()))) years.add(r.data.date.slice(0, 4));
  }
  return years.size === 1 ? [...years][0]! : null;
}

function venueInfo(place: PlaceSpot | null, knowledge: Knowledge): VenueInfo | null {
  if (!place) return null;
  if (place.venue) {
    const v = knowledge.venues.get(place.venue)!;
    return { id: v.id, name: v.data.name, city: v.data.city, country: v.data.country, known: true };
  }
  const city = place.city!;
  const named = [...knowledge.venues.values()].find((v) => [v.data.name, ...v.data.aliases].some((a) => a.toLowerCase() === city.toLowerCase()));
  if (named) return { id: named.id, name: named.data.name, city: named.data.city, country: named.data.country, known: true };
  const id = slugify(city, 4);
  const existing = knowledge.venues.get(id);
  if (existing) return { id, name: existing.data.name, city: existing.data.city, country: existing.data.country, known: true };
  return { id, name: city, city, country: place.country, known: false };
}

/** Why a header date cannot be the article's: someone is given an office they did not hold then. */
function contradiction(day: string, people: Person[], knowledge: Knowledge): string | null {
  for (const person of people) {
    if (!person.known || !person.role) continue;
    const key = person.role.toLowerCase().match(/\b(minister|president|spokes\w+|adviser|advisor|secretary|envoy|chancellor)\b/)?.[1];
    if (!key) continue;
    const roles = knowledge.participants.get(person.id)!.data.roles.filter((r) => r.title.toLowerCase().includes(key.replace('advisor', 'adviser')));
    if (roles.length === 0 || roles.some((r) => (!r.from || r.from <= shiftDay(day, 30)) && (!r.to || r.to >= shiftDay(day, -30)))) continue;
    const r = roles[0]!;
    return `the text calls ${person.name} ${person.role}, an office held ${r.from ?? '…'} to ${r.to ?? 'now'}`;
  }
  return null;
}

function bestUndatedRound(main: MainRound, table: TablePerson[], knowledge: Knowledge): Entry<RoundData> | null {
  const venue = venueInfo(main.place, knowledge);
  const facts = { date: null, format: main.format, venue: venue?.id ?? null, city: venue?.city ?? null, table };
  const ranked = knowledge.rounds.map((r) => ({ r, score: matchScore(r, facts, knowledge) })).filter((x) => x.score > 0).sort((a, b) => b.score - a.score);
  return ranked.length && (ranked.length === 1 || ranked[0]!.score > ranked[1]!.score) ? ranked[0]!.r : null;
}

const GROUP = /\b(?:Ukraine|Russia|Kyiv|Kiev|Moscow)\b[^.;]{0,30}\bsend\w* (?:a|its) (?:delegation|team|negotiators)\b|\b(Russian|Ukrainian|Russia's|Ukraine's|Moscow's|Kyiv's|Kiev's)(?:\s*(?:,|and|&)\s*(Russian|Ukrainian|Russia's|Ukraine's))?\s+(delegations?|negotiators|negotiating teams?|teams?|officials|representatives|envoys|sides?)\b|\b(two|both) (delegations|sides|negotiating teams|parties)\b|\bthe parties (?=(?:committed|agreed|exchanged|met|failed|held|discussed|reached|signed)\b)|\bdelegations (?:from|of) (?:Russia|Ukraine) and (?:Russia|Ukraine)\b|\b(?:our|their) delegation\b/gi;
const GROUP_MEETING = /\b(met|meet|meets|meeting|talks|negotiat\w+|held|hold|holding|arrived|arrive|began|begin|sat|sit|gathered|convened|round|face-to-face|exchange\w*|agreed|failed)\b/i;

/** Adds the Russian or Ukrainian delegation as a whole when the text puts it at the table but names no one on that side. */
function addDelegations(table: TablePerson[], sentences: Sentence[], main: MainRound, knowledge: Knowledge, hasRound: boolean): void {
  if (!hasRound) return;
  const sides = new Map<'russia' | 'ukraine', number>();
  for (const s of sentences) {
    // ("Ukraine's negotiators" is not itself a meeting: the rest of the sentence must speak of one.)
    if (!main.about(s.index) || !GROUP_MEETING.test(s.text.replace(GROUP, ' ')) || /\b(not|no|never|without)\b[^.]{0,30}\b(attend|meet|talks)/i.test(s.text)) continue;
    for (const m of s.text.matchAll(GROUP)) {
      const words = m[0].toLowerCase();
      // "the two delegations" are Russia's and Ukraine's unless a third country's team sits at this table.
      // An American team ("Secretary of State", "U.S. envoy") makes the two delegations the US's and one party's.
      const american = table.some((p) => p.country === 'United States' || /\b(?:U\.?S\.?|American|Secretary of State|White House)\b/.test(p.role ?? ''));
      const thirdTeam = (american || table.some((p) => p.side === 'mediator' && p.country && p.country !== 'Russia' && p.country !== 'Ukraine')) && table.some((p) => p.side === 'russia' || p.side === 'ukraine');
      if (/\b(two|both)\b|delegations (from|of)|^the parties/.test(words) && !thirdTeam) for (const side of ['russia', 'ukraine'] as const) if (!sides.has(side)) sides.set(side, s.index);
      if (/russia|moscow/.test(words) && !sides.has('russia')) sides.set('russia', s.index);
      if (/ukrain|kyiv|kiev/.test(words) && !sides.has('ukraine')) sides.set('ukraine', s.index);
      if (/\bour delegation\b/.test(words)) {
        const speaker = /ukrain|kyiv|zelensk|kuleba/i.test(s.text) ? 'ukraine' : /russia|kremlin|moscow/i.test(s.text) ? 'russia' : null;
        if (speaker && !sides.has(speaker)) sides.set(speaker, s.index);
      }
    }
  }
  for (const [side, sentence] of sides) {
    if (table.some((p) => p.side === side)) continue;
    const country = side === 'russia' ? 'Russia' : 'Ukraine';
    const known = [...knowledge.participants.values()].find((p) => p.data.kind === 'delegation' && p.data.country === country);
    const id = known?.id ?? `${side === 'russia' ? 'russian' : 'ukrainian'}-delegation`;
    table.push({ id, name: known?.data.name ?? `${side === 'russia' ? 'Russian' : 'Ukrainian'} delegation`, known: !!known, role: null, country, side, lead: false, evidence: sentence, spots: [] });
  }
}
