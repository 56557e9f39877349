/**
 * Which meeting the article is about: its day, place, format and status,
 * chosen from the sentences about the meeting itself, not from the other
 * events an article mentions (a phone call on Sunday, a vote on March 2, the
 * previous round). Also says, for any sentence, whether it is about that meeting.
 */
import { daysApart, shiftDay, type DateMention, type Tense } from './dates.ts';
import { cityNamed } from './gazetteer.ts';
import type { PlaceSpot } from './places.ts';
import type { Sentence } from './text.ts';
import type { Format, RoundStatus } from './types.ts';

export interface MainRound {
  date: string | null;
  /** The sentence the date comes from, and the words. */
  dateSentence: number | null;
  dateWords: string | null;
  place: PlaceSpot | null;
  format: Format;
  formatSentence: number | null;
  status: RoundStatus;
  tense: Tense;
  /** Whether a sentence is about this meeting (and not another event). */
  about: (sentence: number) => boolean;
  /** Other days on which the article reports meetings, with their sentence. */
  otherMeetings: { day: string; sentence: number }[];
}

export const MEETING = /\b(ceremony|signing|talks|negotiations?|negotiators?|negotiating|meeting|meetings|meet|meets|met|round|summit|sit down|sat down|delegations?|consultations|discussions|session|video ?call|video ?conference|videoconference|gathering|face-to-face|peace push)\b/i;
const OTHER_EVENT = /\b(call|phone|phoned|vote|voted|votes|statement|address|interview|speech|visit|visited|visiting|invasion|invaded|annexed|annexation|attack|attacks|strikes?|election|referendum|decree|sanctions|launched|born|died|texted|tweeted|posted|resigned|fired|dismissed|appointed)\b/i;
const CONTINUATION = /\b(continue|continued|resume|resumed|next|again|another|further|paused until|adjourned until|follow-up|(?:a|new) (?:second|third|fourth|fifth) (?:round|meeting))\b/i;
const OTHER_ROUND = /\b(previous|earlier|prior|last (?:month|year|week|round|time)|the first round|months? ago|years? ago|weeks? ago|since (?:then|early|late|\d{4}|the (?:previous|last|earlier|first))|follow(?:s|ed|ing)?|after)\b/i;
const VIDEO = /\b(online|video ?link|video ?conference|videoconference|video call|virtual(?:ly)?|by video|via video|remotely|zoom call|teleconference)\b/i;
const PRESENT_MEETING = /\b(have|has) (commenced|begun|started|opened|resumed|gathered|convened|met|sat down|arrived)\b|\b(are|is) (now )?(under ?way|getting under ?way|taking place|meeting|holding|being held|talking|negotiating|sitting)\b|\b(begin|began|opened|start|started|resume|resumed|commence|commenced|kicked off|met|meet|held|gathered|sat down) (today|this morning|this afternoon|on \w+day)\b|\btoday\b/i;
const FUTURE_MEETING = /\b(will|would|are to|is to|set to|due to|expected to|plan(?:s|ned)? to|scheduled to|are preparing to|to meet|to hold)\b/i;
const AFFILIATION = /\b(university|institute|college|school|center|centre|academy|think tank|based)\s+(?:in|of)\s*$/i;

/** Chooses the meeting the article reports. */
export function findMainRound(sentences: Sentence[], dates: DateMention[], places: PlaceSpot[], published: string | null, datelineCity: string | null): MainRound {
  const meeting = (i: number) => MEETING.test(sentences[i]?.text ?? '');
  const scored = dates
    .filter((d) => d.day)
    .map((d) => ({ d, score: scoreDate(d, sentences[d.sentence]!.text, published) + (meeting(d.sentence) ? 3 : 0) + (d.sentence <= 2 ? 2 : 0) }));
  const byDay = new Map<string, { best: (typeof scored)[number]; support: number }>();
  for (const s of scored) {
    if (s.score < 3) continue;
    const entry = byDay.get(s.d.day!);
    if (!entry) byDay.set(s.d.day!, { best: s, support: 0 });
    else {
      entry.support++;
      if (s.score > entry.best.score) entry.best = s;
    }
  }
  const ranked = [...byDay.values()].sort((a, b) => b.best.score + Math.min(2, b.support) - (a.best.score + Math.min(2, a.support)) || a.best.d.sentence - b.best.d.sentence);
  let chosen = ranked[0]?.best.d ?? null;
  let date = chosen?.day ?? null;
  // "at the end of a two-day meeting" on Sunday: the round began on Saturday.
  const span = chosen ? /\b(two|three|four|2|3|4)-day\b/i.exec(sentences[chosen.sentence]!.text) : null;
  if (span && date && /\b(end|ended|ends|conclud\w*|wrap\w*|final day|closing|clos\w+)\b/i.test(sentences[chosen!.sentence]!.text)) {
    date = shiftDay(date, -(({ two: 2, three: 3, four: 4 } as Record<string, number>)[span[1]!.toLowerCase()] ?? Number(span[1])) + 1);
  }
  let tense: Tense = chosen?.tense ?? 'none';
  // No day named: a lead reporting the meeting as happening now is dated by the article.
  const lead = sentences.filter((s) => s.index <= 3 && meeting(s.index));
  if (!date && published) {
    // "have commenced their first direct negotiations since the earlier talks": read up to "since".
    const own = (text: string) => text.slice(0, OTHER_ROUND.exec(text)?.index ?? text.length);
    const now = lead.find((s) => PRESENT_MEETING.test(own(s.text)) && !FUTURE_MEETING.test(own(s.text)));
    if (now) [date, tense] = [published, 'present'];
  }
  if (!date && !lead.length) chosen = null;
  const otherMeetings = ranked.slice(1).filter((r) => meeting(r.best.d.sentence) && date && Math.abs(daysApart(date, r.best.d.day!)) > 1).map((r) => ({ day: r.best.d.day!, sentence: r.best.d.sentence }));

  const dateSentence = chosen?.sentence ?? null;
  const about = (i: number) => aboutMain(i, sentences, dates, places, date, place?.city ?? null);
  // The place: named with the meeting, not as someone's university or a visit elsewhere.
  const candidates = places
    .map((p) => ({ p, score: scorePlace(p, sentences[p.sentence]!.text, dateSentence, meeting(p.sentence)) }))
    .filter((c) => c.score > 0)
    .filter((c) => !date || aboutMain(c.p.sentence, sentences, dates, [], date, null))
    .sort((a, b) => b.score - a.score || (b.p.venue ? 1 : 0) - (a.p.venue ? 1 : 0) || a.p.sentence - b.p.sentence);
  let place = candidates[0]?.p ?? null;
  if (place && !place.venue) place = candidates.find((c) => c.p.venue && c.p.city === place!.city)?.p ?? place;
  if (!place && datelineCity) {
    const city = cityNamed(datelineCity);
    place = places.find((p) => p.city && p.city.toLowerCase() === datelineCity.toLowerCase()) ?? (city ? { sentence: 1, at: 0, venue: null, city: city.name, country: city.country, text: datelineCity } : null);
  }

  const formatSentence = [dateSentence, ...lead.map((s) => s.index)].find((i) => i !== null && VIDEO.test(sentences[i]!.text) && !OTHER_ROUND.test(sentences[i]!.text)) ?? null;
  const format: Format = formatSentence !== null && !(place && place.sentence === formatSentence) ? 'video' : 'in-person';
  if (format === 'video') place = null;
  const future = tense === 'future' || (date !== null && published !== null && date > published);
  return { date, dateSentence, dateWords: chosen?.text ?? null, place, format, formatSentence, status: future ? 'planned' : 'held', tense, about, otherMeetings };
}

function scoreDate(d: DateMention, text: string, published: string | null): number {
  const before = text.slice(Math.max(0, d.at - 60), d.at);
  const after = text.slice(d.at + d.text.length, d.at + d.text.length + 50);
  const near = `${before.split(/\s+/).slice(-6).join(' ')} ${after.split(/\s+/).slice(0, 6).join(' ')}`;
  let score = 0;
  if (CONTINUATION.test(before.split(/[,;]/).at(-1) ?? '')) score -= 4;
  if (MEETING.test(near)) score += 3;
  else if (OTHER_EVENT.test(near)) score -= 4;
  if (/\b(follows|followed|following|after|since|previous|earlier|prior|last)\b[^.]{0,25}$/i.test(before)) score -= 5;
  if (OTHER_ROUND.test(before.split(/[,;]/).at(-1) ?? '')) score -= 2;
  if (published && Math.abs(daysApart(published, d.day!)) > 45) score -= 3;
  return score;
}

function scorePlace(p: PlaceSpot, text: string, dateSentence: number | null, meeting: boolean): number {
  const before = text.slice(Math.max(0, p.at - 40), p.at);
  if (AFFILIATION.test(before) || /\b(speaking|visit(?:ing)?|trip to|travel(?:led|ed)? to|from|born in|based in)\s+(?:in\s+)?$/i.test(before)) return 0;
  if (OTHER_ROUND.test(before.split(/[,;]/).at(-1) ?? '')) return 0;
  let score = 0;
  if (p.sentence === dateSentence) score += 4;
  if (p.sentence === 0) score += 3;
  if (meeting) score += p.sentence <= 3 ? 3 : 1;
  if (/\b(in|at|to|host(?:ed|s)?|of)\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,3}$/iu.test(before)) score += 1;
  if (p.venue) score += 1;
  return meeting || p.sentence === dateSentence ? score : 0;
}

/** Whether sentence `i` speaks of the main meeting rather than another event or round. */
function aboutMain(i: number, sentences: Sentence[], dates: DateMention[], places: PlaceSpot[], date: string | null, city: string | null): boolean {
  const text = sentences[i]?.text ?? '';
  const own = dates.filter((d) => d.sentence === i && d.day && !/\b(after|since|following|when|before|because|as)\b[^,;]{0,60}$/i.test(text.slice(0, d.at)));
  if (date && own.length && !own.some((d) => Math.abs(daysApart(date, d.day!)) <= 1)) return false;
  if (OTHER_ROUND.test(text) && !own.some((d) => date && Math.abs(daysApart(date, d.day!)) <= 1)) {
    const m = OTHER_ROUND.exec(text)!;
    if (/^(after|follow)/i.test(m[0]) === false || /\b(previous|earlier|last|prior)\b/i.test(text)) return false;
  }
  const years = [...text.matchAll(/\b(20[12]\d)\b/g)].map((m) => m[1]);
  if (date && years.length && !years.includes(date.slice(0, 4))) return false;
  if (city && MEETING.test(text)) {
    const named = places.filter((p) => p.sentence === i && p.city);
    if (named.length && !named.some((p) => p.city === city)) return false;
  }
  return true;
}

/** Whether a sentence is about what comes next from this meeting: "proposed holding the next round between June 20 and June 30". */
export function aboutNext(text: string): boolean {
  return CONTINUATION.test(text) && /\b(round|meeting|talks|negotiations)\b/i.test(text);
}
