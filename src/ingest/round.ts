/**
 * Which meeting the article is about: its day, place, format and status,
 * chosen from the sentences about the meeting itself, not from the other
 * events an article mentions (a phone call on Sunday, a vote on March 2, the
 * previous round). Also says, for any sentence, whether it is about that meeting.
 */
import { daysApart, MONTHS, shiftDay, type DateMention, type Tense } from './dates.ts';
import { cityNamed, countryOf } from './gazetteer.ts';
import type { PlaceSpot } from './places.ts';
import type { Sentence } from './text.ts';
import type { Format, RoundStatus } from './types.ts';

export interface MainRound {
  date: string | null;
  /** The sentence the date comes from, and the words. */
  dateSentence: number | null;
  dateWords: string | null;
  place: PlaceSpot | null;
  /** Whether the place is only the city of a wire dateline, where the reporter filed from. */
  placeFromDateline: boolean;
  /** Whether the words tie the place to the meeting ("talks in Istanbul") rather than only mention it nearby. */
  placeLinked: boolean;
  format: Format;
  formatSentence: number | null;
  status: RoundStatus;
  tense: Tense;
  /** Whether a sentence is about this meeting (and not another event). */
  about: (sentence: number) => boolean;
  /** Other days on which the article reports meetings, with their sentence. */
  otherMeetings: { day: string; sentence: number }[];
}

export const MEETING = /\b(ceremony|signing|sign(?:ed|s)? (?:an? |the |their )?(?:[\w-]+ ){0,2}(?:agreements?|deals?|accords?|documents?|memorand\w*)|put (?:their |its )?signatures?|counterparts|talks|negotiations?|negotiators?|negotiating|meeting|meetings|meet|meets|met|round|summit|sit down|sat down|delegations?|consultations|discussions|session|video[- ]?call|video[- ]?conference|videoconference|gathering|face-to-face|peace push)\b/i;
const OTHER_EVENT = /\b(call|phone|phoned|vote|voted|votes|statement|address|interview|speech|visit|visited|visiting|invasion|invaded|annexed|annexation|attack|attacks|strikes?|election|referendum|decree|sanctions|launched|born|died|texted|tweeted|posted|resigned|fired|dismissed|appointed)\b/i;
const CONTINUATION = /\b(continue|continued|resume|resumed|next|again|another|further|paused until|adjourned until|follow-up|(?:a|new) (?:second|third|fourth|fifth) (?:round|meeting))\b/i;
const OTHER_ROUND = /\b(previous|earlier|prior|last (?:month|year|week|round|time)|the first (?:round|meeting|session)|months? ago|years? ago|weeks? ago|since (?:then|early|late|\d{4}|the (?:previous|last|earlier|first))|follow(?:s|ed|ing)?|after)\b/i;
const REPORTED_ON = /\b(?:said|says|told(?: \w+){0,3}|announced|wrote|tweeted|posted|added|confirmed|reported|stated|according to [\p{L} ]{2,40}?)\s*(?:,\s*)?(?:late |early )?(?:on )?$/iu;
const RESUME = /\b(?:resume[sd]?|resuming|continue[sd]?|continuing|paused|adjourned|reconvene[sd]?)\b/i;
const JUST_MET = /\b(?:after|following|at the end of|during|at) (?:the |their |today's |a |more than |nearly |about )?(?:[\w,-]+ ){0,5}?(?:talks|negotiations|meeting|round)\b|\b(?:talks|negotiations|meeting|round|consultations)\b[^.]{0,120}\b(?:ended|concluded|wrapped up|took place|lasted|was held|were held|opened|began)\b|\b(?:met|held talks|sat down)\b/i;
const LONG_AGO = /\b(?:last|previous|earlier|prior|ago|since|years?|months?|weeks?|spring|summer|autumn|winter)\b|\b20[12]\d\b/i;
const LIVE = /\b(?:are|is) (?:now )?(?:being held|under ?way|taking place|getting under ?way)\b|\b(?:began|started|opened|resumed) (?:this morning|this afternoon|today|earlier today)\b/i;
const RELATIVE = /,\s*(?:which|who|whose|where)\b[^,;]{0,120}(?:,|\.?$)/g;
const TRAVEL = /\b(?:travel\w*|visit\w*|trip|fly|flies|flew|flying|tour\w*|arriv\w+ in)\b/i;
const VIDEO = /\b(online|video[- ]?link|video[- ]?conference|videoconference|video[- ]?call|virtual(?:ly)?|by video|via video|remotely|zoom call|teleconference)\b/i;
const PRESENT_MEETING = /\b(have|has) (commenced|begun|started|opened|resumed|gathered|convened|met|sat down|arrived)\b|\b(are|is) (now )?(under ?way|getting under ?way|taking place|meeting|holding|being held|talking|negotiating|sitting)\b|\b(begin|began|opened|start|started|resume|resumed|commence|commenced|kicked off|met|meet|held|gathered|sat down) (today|this morning|this afternoon|on \w+day)\b|\btoday\b/i;
const FUTURE_MEETING = /\b(will|would|are to|is to|set to|due to|expected to|plan(?:s|ned)? to|scheduled to|are preparing to|to meet|to hold)\b/i;
const MEETING_VERB_BEFORE = /\b(?:took place|take place|takes place|(?:was|were|will be|to be|is|are) held|held|met|meet|meets|opened|began|begins|started|ended|concluded|convened|resumed|sat down|gathered)\s+(?:(?:again|here|there|later|earlier|first)\s+)?(?:on\s+|this\s+|last\s+|next\s+)?$/i;
// "since the start of the invasion", "in more than two weeks", "since 2022": a time frame, not another event.
const TIME_FRAME = /\bsince (?:the (?:start|beginning) of )?(?:the |russia's |moscow's )?(?:full-scale )?(?:invasion|war)\b|\bsince (?:early |late )?(?:\d{4}|february|march)\b|\b(?:first|first direct|first face-to-face)\b[^.;,]{0,40}\b(?:in|for) (?:more than |nearly |almost |over )?(?:\w+ )?(?:weeks?|months?|years?)\b/gi;
// A meeting still going on, in the words before "since": "held by video link since", "have been holding talks since".
const ONGOING = /\b(?:talks|negotiations|meeting|consultations|round|session|delegations?)\b[^.;]*\b(?:held|holding|under ?way|going on|continu\w+|negotiating|meeting|taking place|in session|(?:have|has) been \w+ing)\b[^.;]{0,40}$|\b(?:have|has) been (?:holding|negotiating|meeting|talking)\b[^.;]{0,60}$/i;
const AFTER_THESE_TALKS = /\b(?:after|following)\s+(?:[\p{L}\d-]+\s+){0,5}?(?:talks|negotiations|meeting|round|consultations|session)\s+(?:(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,3}\s*)?(?:on\s+|late\s+|early\s+)?$/iu;
const AFFILIATION = /\b(university|institute|college|school|center|centre|academy|think tank|based)\s+(?:in|of)\s*$/i;

const MONTH_NAME = new RegExp(`\\b(?:${MONTHS.join('|')})\\b`, 'g');

/** "U.S." and "U.N." without their full stops, which would otherwise end the words a pattern reads. */
const withoutInitials = (text: string) => text.replace(/\b([A-Z])\./g, '$1');

/** Chooses the meeting the article reports. */
export function findMainRound(sentences: Sentence[], dates: DateMention[], places: PlaceSpot[], published: string | null, datelineCity: string | null): MainRound {
  const meeting = (i: number) => MEETING.test(sentences[i]?.text ?? '');
  // The lead: the first sentence of the body, not a header line ("The Telegraph | Podcasts | 30 March 2022").
  const firstBody = sentences.find((s) => s.index > 0 && s.text.split(/\s+/).length >= 8 && !/\s[|·•]\s/.test(s.text))?.index ?? 1;
  let scored = dates
    .filter((d) => d.day)
    .map((d) => ({ d, score: scoreDate(d, sentences[d.sentence]!.text, published) + (meeting(d.sentence) ? 3 : 0) + (d.sentence === firstBody ? 3 : d.sentence <= 2 ? 2 : 0) }));
  scored = joinRanges(scored, sentences);
  const byDay = new Map<string, { best: (typeof scored)[number]; support: number }>();
  // A day counts only where the words speak of a meeting (in its sentence, or a lead under a headline that does):
  // "exchanged 175 prisoners on Wednesday" dates a swap, not a round.
  const speaksOfMeeting = (i: number) => meeting(i) || (i === firstBody && meeting(0));
  for (const s of scored) {
    if (s.score < 3 || !speaksOfMeeting(s.d.sentence)) continue;
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
  const span = chosen ? /\b(two|three|four|2|3|4)(?:-day| days of)\b/i.exec(sentences[chosen.sentence]!.text) : null;
  // (Not when that day is the start's: "talks, which began on Monday, ended yesterday" began on Monday.)
  const startDay = chosen ? /\b(?:began|begun|begins|opened|started|starts|kicked off|got under ?way)\s+(?:\w+\s+)?$/i.test(sentences[chosen.sentence]!.text.slice(0, chosen.at)) : false;
  if (span && date && !startDay && /\b(end|ended|ends|conclud\w*|wrap\w*|final day|closing|clos\w+)\b/i.test(sentences[chosen!.sentence]!.text)) {
    date = shiftDay(date, -(({ two: 2, three: 3, four: 4 } as Record<string, number>)[span[1]!.toLowerCase()] ?? Number(span[1])) + 1);
  }
  // A wire lead that reports the meeting as just held ("consultations … ended after 12 hours, a source told
  // TASS on Monday") is the article's news; a day found only deep in the body is background.
  // A deep sentence that speaks of "the third round of direct talks, held … on Wednesday night" still dates the meeting itself.
  const justHeld = (i: number) => {
    const text = withoutInitials(sentences[i]!.text);
    return JUST_MET.test(text) && !FUTURE_MEETING.test(text) && !LONG_AGO.test(text.replace(TIME_FRAME, ' '));
  };
  const definite = (d: DateMention) => /\b(?:the|this|their|these)\s+(?:[\p{L}-]+\s+){0,4}?(?:talks|round|meeting|negotiations|session|consultations)\b/iu.test(sentences[d.sentence]!.text.slice(0, d.at));
  // So is a day ahead of the article's in a piece whose lead reports the meeting over: the next meeting's.
  const preview = FUTURE_MEETING.test(withoutInitials(sentences[0]?.text ?? ''));
  if (chosen && published && justHeld(firstBody) && ((chosen.sentence > firstBody + 3 && !definite(chosen)) || (!preview && chosen.day! > published && chosen.sentence !== firstBody))) {
    chosen = ranked.find((r) => r.best.d !== chosen && r.best.d.sentence <= firstBody + 1 && r.best.d.day! <= published)?.best.d ?? null;
    date = chosen?.day ?? null;
  }
  // "a second day of negotiations got under way on Wednesday": the round opened the day before.
  const nthDay = chosen && date ? /\b(second|third|fourth)\s+day\s+of\b/i.exec(sentences[chosen.sentence]!.text) : null;
  if (nthDay && date) date = shiftDay(date, -({ second: 1, third: 2, fourth: 3 } as Record<string, number>)[nthDay[1]!.toLowerCase()]!);
  let tense: Tense = chosen?.tense ?? 'none';
  // No day named: a lead reporting the meeting as happening now is dated by the article.
  const lead = sentences.filter((s) => s.index <= 3 && meeting(s.index));
  if (!date && published) {
    // "have commenced their first direct negotiations since the earlier talks": read up to "since".
    const own = (text: string) => text.slice(0, OTHER_ROUND.exec(text)?.index ?? text.length);
    const now = lead.find((s) => PRESENT_MEETING.test(own(s.text)) && !FUTURE_MEETING.test(own(s.text)));
    if (now) [date, tense] = [published, 'present'];
    else {
      // A results piece that names no day for the meeting reports it on the day it was filed:
      // "told reporters following the talks in Istanbul", "said Tuesday …, after eight hours of talks".
      // ("When the delegations sat down in Istanbul in May, June and July": months, not the article's day.)
      const otherMonths = (text: string) => [...text.matchAll(MONTH_NAME)].some((m) => m[0] !== MONTHS[Number(published.slice(5, 7)) - 1]);
      const report = sentences.find((s) => s.index > 0 && s.index <= firstBody + 2 && !otherMonths(s.text) && JUST_MET.test(withoutInitials(s.text)) && !/\b(?:will|are to|is to|set to|due to|expected to|plans? to|scheduled to|to be (?:held|the first)|to meet|to hold)\b/i.test(s.text) && !LONG_AGO.test(s.text.replace(TIME_FRAME, ' ')));
      // A live page: "the negotiations, which are being held by video link".
      const live = sentences.find((s) => s.index > 0 && LIVE.test(s.text) && MEETING.test(s.text) && !LONG_AGO.test(s.text.replace(TIME_FRAME, ' ')));
      if (report) {
        const spoken = dates.find((d) => d.sentence === report.index && d.day && d.tense !== 'future' && Math.abs(daysApart(published, d.day)) <= 2);
        [date, tense, chosen] = [spoken?.day ?? published, 'past', spoken ?? { sentence: report.index, text: '', at: 0, day: published, weekdayOnly: false, explicitYear: false, tense: 'past' }];
      } else if (live) [date, tense, chosen] = [published, 'present', { sentence: live.index, text: '', at: 0, day: published, weekdayOnly: false, explicitYear: false, tense: 'present' }];
    }
  }
  if (!date && !published && !chosen) {
    // No day and no publication date: a lead that reports the meeting still makes the article a report
    // of it ("Russian and Ukrainian negotiators met in Istanbul …"), so its people and outcomes are read;
    // the day is left for the editor.
    const report = lead.find((s) => s.index > 0 && (JUST_MET.test(withoutInitials(s.text)) || LIVE.test(s.text)) && !FUTURE_MEETING.test(s.text) && !LONG_AGO.test(s.text.replace(TIME_FRAME, ' ')));
    if (report) chosen = { sentence: report.index, text: '', at: 0, day: null, weekdayOnly: false, explicitYear: false, tense: 'past' };
  }
  if (!date && !lead.length) chosen = null;
  const otherMeetings = ranked.slice(1).filter((r) => meeting(r.best.d.sentence) && date && Math.abs(daysApart(date, r.best.d.day!)) > 1).map((r) => ({ day: r.best.d.day!, sentence: r.best.d.sentence }));

  const dateSentence = chosen?.sentence ?? null;
  // Asked once per person and sentence by later stages: remembered per sentence.
  const aboutCache = new Map<number, boolean>();
  const about = (i: number) => {
    let hit = aboutCache.get(i);
    if (hit === undefined) aboutCache.set(i, (hit = aboutMain(i, sentences, dates, places, date, place?.city ?? null)));
    return hit;
  };
  // The place: named with the meeting, not as someone's university or a visit elsewhere.
  const candidates = places
    .map((p) => ({ p, score: scorePlace(p, sentences[p.sentence]!.text, dateSentence, meeting(p.sentence)) }))
    .filter((c) => c.score > 0)
    .filter((c) => !date || aboutMain(c.p.sentence, sentences, dates, [], date, null))
    .sort((a, b) => b.score - a.score || (b.p.venue ? 1 : 0) - (a.p.venue ? 1 : 0) || a.p.sentence - b.p.sentence);
  let place = candidates[0]?.p ?? null;
  if (place && !place.venue) place = candidates.find((c) => c.p.venue && c.p.city === place!.city)?.p ?? place;
  let placeFromDateline = false;
  if (!place && datelineCity) {
    const city = cityNamed(datelineCity);
    place = places.find((p) => p.city && (p.city.toLowerCase() === datelineCity.toLowerCase() || p.text.toLowerCase() === datelineCity.toLowerCase())) ?? (city ? { sentence: 1, at: 0, venue: null, city: city.name, country: city.country, text: datelineCity } : null);
    // "KYIV (AP) — … talks will take place on Thursday in Belarus": the reporter's city is not the venue.
    const elsewhere = place && sentences.some((s) => (s.index <= 3 || s.index === dateSentence) && MEETING.test(s.text) && [...s.text.matchAll(/\bin (\p{Lu}[\p{L}]+)/gu)].some((m) => { const c = countryOf(m[1]!); return !!c && c !== place!.country; }));
    if (elsewhere) place = null;
    placeFromDateline = !!place && !place.venue;
  }
  const placeLinked = !!place && !placeFromDateline && linkedToMeeting(place, sentences[place.sentence]!.text);

  const formatSentence = [dateSentence, ...lead.map((s) => s.index)].find((i) => i !== null && VIDEO.test(sentences[i]!.text) && !OTHER_ROUND.test(sentences[i]!.text)) ?? null;
  const format: Format = formatSentence !== null && !(place && place.sentence === formatSentence) ? 'video' : 'in-person';
  if (format === 'video') place = null;
  // A day before the article's is past, whatever tense a caption gave it ("officials ahead of talks in Budapest on September 22").
  const future = (tense === 'future' && !(date !== null && published !== null && date < published)) || (date !== null && published !== null && date > published);
  return { date, dateSentence, dateWords: chosen?.text ?? null, place, placeFromDateline, placeLinked, format, formatSentence, status: future ? 'planned' : 'held', tense, about, otherMeetings };
}

/**
 * "on Friday and Saturday", "from March 3 to 5": a meeting over several days is dated by its first day,
 * which takes the better score of the two.
 */
function joinRanges<T extends { d: DateMention; score: number }>(scored: T[], sentences: Sentence[]): T[] {
  const dropped = new Set<T>();
  for (const a of scored) {
    for (const b of scored) {
      if (a === b || a.d.sentence !== b.d.sentence || b.d.at <= a.d.at || dropped.has(a)) continue;
      const gap = sentences[a.d.sentence]!.text.slice(a.d.at + a.d.text.length, b.d.at);
      const apart = daysApart(a.d.day!, b.d.day!);
      if (/^[\s,]*(?:and|to|through|till|until|-|–|—)\s*$/i.test(gap) && apart >= 1 && apart <= 4) {
        a.score = Math.max(a.score, b.score);
        dropped.add(b);
      }
    }
  }
  return scored.filter((s) => !dropped.has(s));
}

function scoreDate(d: DateMention, text: string, published: string | null): number {
  const before = text.slice(Math.max(0, d.at - 60), d.at);
  const after = text.slice(d.at + d.text.length, d.at + d.text.length + 50);
  const near = `${before.split(/\s+/).slice(-6).join(' ')} ${after.split(/\s+/).slice(0, 6).join(' ')}`;
  let score = 0;
  // The dateline's day ("ISTANBUL, June 2 (Reuters) -") is when the copy was filed.
  if (/^[\p{Lu}][\p{Lu}\p{L} .'’-]{1,40}(?:,\s*[\p{L} .]{1,25})?,\s*$/u.test(text.slice(0, d.at)) && /^\s*(?:,?\s*\d{4})?\s*(?:[.(/]|[-–—])/.test(after)) score -= 10;
  // …and so is a day that opens its sentence before an agency's name: "July 24 (Interfax-Ukraine) –".
  else if (!text.slice(0, d.at).trim() && /^\s*(?:,?\s*\d{4})?\s*(?:\([\p{L} .&-]{2,30}\)|\/[\p{L} .&-]{2,30}\/)/u.test(after)) score -= 10;
  // "Mohammed bin Salman, who met Zelenskiy on Monday, did not take part": what a person did, not the meeting.
  // ("…, who headed the delegation at the talks on Wednesday" is the meeting's own day.)
  const whoClause = /,\s*(?:who|whose)\b[^,;]*$/.exec(text.slice(0, d.at));
  if (whoClause && !/\b(?:talks|negotiations|delegations?|round|consultations)\b/i.test(whoClause[0])) score -= 5;
  // "bonds rose … on Monday after negotiators agreed": the day of what the talks caused, not of the talks.
  if (/^\s*,?\s*(?:after|following|as|when)\b/i.test(after) && !MEETING.test(before.split(/[,;]/).at(-1) ?? '')) score -= 4;
  // "said on Sunday", "told reporters Monday": the day someone spoke, not the day of the meeting.
  if (REPORTED_ON.test(before) || /^\s*(?:said|says|told|announced|wrote|tweeted)\b/i.test(after)) score -= 5;
  const clause = before.split(/[,;]/).at(-1) ?? '';
  // "talks will resume on Wednesday", "paused until tomorrow", "agreed to hold the next round on Monday":
  // a later session of this meeting, or the next one. A preview's own lead ("will hold their next round
  // on Tuesday") announces the meeting itself.
  if (/\b(?:until|till)\s*$/i.test(before)) score -= 8;
  else if (RESUME.test(clause) && d.tense !== 'past') score -= 4;
  // "will travel to Paris on Friday for talks with Macron": a visit, not the round.
  if (TRAVEL.test(clause)) score -= 4;
  else if (CONTINUATION.test(clause)) {
    if (/\b(agreed|agree|proposed|propose|suggested|offered|plann?\w*|could|would|might|possible|ready)\b/i.test(clause)) score -= 4;
    else if (d.tense === 'future' ? d.sentence > 2 : true) score -= d.tense === 'future' ? 4 : 1;
  }
  // "The first round of negotiations … took place on Monday": the meeting's own verb governs the day.
  const meetingVerb = MEETING_VERB_BEFORE.test(before) && MEETING.test(text);
  // "the delegations have been talking by video link since March 14": the meeting's own first day.
  const ongoing = /\bsince\s*$/i.test(before) && ONGOING.test(before);
  if (MEETING.test(near) || meetingVerb || ongoing) score += 3;
  else if (OTHER_EVENT.test(near.replace(TIME_FRAME, ' '))) score -= 4;
  // "the talks, held by video link since Monday", "have been negotiating since Tuesday": the meeting's first day.
  // "said … after talks in Geneva on Sunday": the day of the talks the piece reports, not of an earlier event.
  const afterTheseTalks = AFTER_THESE_TALKS.test(before) && !/\b(?:previous|earlier|prior|last|first|ago)\b/i.test(AFTER_THESE_TALKS.exec(before)![0]);
  if (ongoing) score += 4;
  else if (!afterTheseTalks && /\b(follows|followed|following|after|since|previous|earlier|prior|last)\b[^.]{0,25}$/i.test(before)) score -= 5;
  if (!afterTheseTalks && OTHER_ROUND.test(before.split(/[,;]/).at(-1) ?? '')) score -= 2;
  if (published && Math.abs(daysApart(published, d.day!)) > 45) score -= 3;
  return score;
}

function scorePlace(p: PlaceSpot, text: string, dateSentence: number | null, meeting: boolean): number {
  const before = text.slice(Math.max(0, p.at - 40), p.at);
  // "Zelensky, who was attending a summit in Tirana, …": a place in a clause about someone, not the meeting.
  if (/,\s*(?:who|whose)\b[^,]*$/.test(text.slice(0, p.at))) return 0;
  if (AFFILIATION.test(before) || /\b(speaking|visit(?:ing)?|trip to|travel(?:led|ed)? to|from|born in|based in)\s+(?:in\s+)?$/i.test(before)) return 0;
  // "after the previous round in Istanbul" is another meeting; "after two days of talks in Berlin" is this one.
  if (/\b(?:previous|earlier|prior|last|first (?:round|meeting|session)|ago|since)\b/i.test(before.split(/[,;]/).at(-1) ?? '')) return 0;
  let score = 0;
  if (p.sentence === dateSentence) score += 4;
  if (p.sentence === 0) score += 3;
  if (meeting) score += p.sentence <= 3 ? 3 : 1;
  if (/\b(in|at|to|host(?:ed|s)?|of)\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,3}$/iu.test(before)) score += 1;
  if (p.venue) score += 1;
  if (linkedToMeeting(p, text)) score += 3;
  return meeting || p.sentence === dateSentence ? score : 0;
}

/** Whether the words tie a place to the meeting itself: "talks in Istanbul", "met at Dolmabahçe", "Istanbul will host". */
function linkedToMeeting(p: PlaceSpot, text: string): boolean {
  const before = text.slice(Math.max(0, p.at - 60), p.at);
  const after = text.slice(p.at + p.text.length, p.at + p.text.length + 40);
  return /\b(?:talks|negotiations|meeting|round|met|meet|meets|held|hold|holding|gathered|convened|summit|session|sat down|took place|take place|hosted|host|delegations?|negotiators|negotiating team)\b[^.,;]{0,45}\b(?:in|at|to)\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,2}$/iu.test(before) || /^(?:['’]s)?\s+(?:talks|meeting|round|summit|negotiations|will host|hosts|hosted|is hosting)\b/i.test(after);
}

/** Whether sentence `i` speaks of the main meeting rather than another event or round. */
function aboutMain(i: number, sentences: Sentence[], dates: DateMention[], places: PlaceSpot[], date: string | null, city: string | null): boolean {
  const full = sentences[i]?.text ?? '';
  // Background in a relative clause ("the delegation, which landed on Wednesday night, is headed by …",
  // "Umerov, who was appointed last week, will lead …") does not move the sentence to another day.
  // "said earlier", "told reporters earlier": when someone spoke, not another round.
  const text = full.replace(RELATIVE, (m) => ' '.repeat(m.length)).replace(/\b((?:said|told \w+|wrote|added|tweeted)\s+)earlier\b/gi, (_, verb: string) => `${verb}       `);
  const own = dates.filter((d) => d.sentence === i && d.day && text.slice(d.at, d.at + d.text.length).trim() && isOwnDay(text, d));
  if (date && own.length && !own.some((d) => Math.abs(daysApart(date, d.day!)) <= 1)) return false;
  if (OTHER_ROUND.test(text) && !own.some((d) => date && Math.abs(daysApart(date, d.day!)) <= 1)) {
    const m = OTHER_ROUND.exec(text)!;
    if (/^(after|follow)/i.test(m[0]) === false || /\b(previous|earlier|last|prior)\b/i.test(text)) return false;
  }
  const years = [...text.matchAll(/\b(20[12]\d)\b/g)].map((m) => m[1]);
  if (date && years.length && !years.includes(date.slice(0, 4))) return false;
  if (city && MEETING.test(text)) {
    // Only a place the words tie to a meeting moves the sentence elsewhere: "a corridor from the besieged city of Mariupol" does not.
    const named = places.filter((p) => p.sentence === i && p.city && linkedToMeeting(p, full));
    if (named.length && !named.some((p) => sameCity(p.city!, city))) return false;
  }
  return true;
}

/**
 * Whether a day in a sentence dates what the sentence is about, rather than something said of it:
 * not "…, Zelensky said on Thursday" (when someone spoke), "In Wednesday's video message" (the
 * message's day), "after the talks on Monday" (another event), or "bonds rose on Monday after
 * negotiators agreed" (what the talks caused). A fronted "After a phone call on March 18, Putin
 * agreed …" still dates its sentence.
 */
function isOwnDay(text: string, d: DateMention): boolean {
  const before = text.slice(0, d.at);
  const after = text.slice(d.at + d.text.length);
  if (REPORTED_ON.test(before)) return false;
  if (/^['’]s\s+(?:\w+\s+){0,2}(?:message|address|statement|speech|interview|call|briefing|remarks|post|broadcast|press conference)\b/i.test(after)) return false;
  if (/\b(after|since|following|when|before|because|as)\b[^,;]{0,60}$/i.test(before) && !/^\s*(?:after|following)\b[^,;]*$/i.test(before)) return false;
  if (/^\s*,?\s*(?:after|following)\b/i.test(after) && !MEETING.test(before.split(/[,;]/).at(-1) ?? '')) return false;
  return true;
}

/** "Gomel" and "Gomel Region", "Brest" and "Brest region": one place, named at two sizes. */
function sameCity(a: string, b: string): boolean {
  const key = (name: string) => name.toLowerCase().replace(/\s+(?:region|oblast|province|district|governorate)$/, '');
  return key(a) === key(b);
}

/** Whether a sentence is about what comes next from this meeting: "proposed holding the next round between June 20 and June 30". */
export function aboutNext(text: string): boolean {
  return CONTINUATION.test(text) && /\b(round|meeting|meet|talks|negotiations|consultations|reconvene)\b/i.test(text);
}
