/**
 * Whether the article reports a Russia–Ukraine negotiating round at all, once
 * its main meeting is found: opinion and analysis look back on talks rather
 * than report one; a meeting long before the article's day is background; a
 * meeting whose parties say it is not about the war (US–Russia talks on
 * embassies) is not a round of these negotiations. Each answer is a reason,
 * said in the article's warnings.
 */
import { daysApart } from './dates.ts';
import type { MainRound } from './round.ts';
import type { Sentence } from './text.ts';

// A label that outlets print above or in the headline of comment pieces.
const OPINION_LABEL = /^(?:opinion|analysis|news analysis|comment|commentary|guest essay|op-ed|editorial|column|perspective|viewpoint)\b\s*[:|–—-]?|\s[|–—-]\s*(?:opinion|analysis|comment)\s*$|^(?:opinion|analysis)\s*\|/i;
// A reference page rather than a news report: "Timeline of Russia–Ukraine peace negotiations".
const REFERENCE_TITLE = /^(?:a |the )?(?:timeline|chronology|list) of\b/i;
// The sign-off of a guest piece: "The writer is a former U.S. ambassador", "The author is a senior fellow".
const AUTHOR_NOTE = /^(?:the )?(?:writer|author)s? (?:is|are|was) (?:an? |the )?/i;
// The parties' own words that the meeting is about something other than the war.
const NOT_THE_WAR = /\b(?:the war(?: in ukraine)?|ukraine|the ukrainian (?:issue|question|conflict|settlement))\b[^.;]{0,30}\b(?:was|were|is|are|will be|would be)\s+not\s+(?:on the agenda|discussed|part of|a subject|a topic)|\bnot (?:about|on) (?:ukraine|the war)\b|\bseparate from (?:the )?(?:efforts|talks|negotiations|process)\b[^.;]{0,40}\b(?:war|ukraine|peace)\b|\bdid not (?:discuss|touch on) (?:ukraine|the war)\b/i;
const WAR_AIMS = /\b(?:end(?:ing)? (?:the|this) war|peace|ceasefire|truce|settlement|war in ukraine)\b/i;
const EMBASSY_TOPIC = /\b(?:embass(?:y|ies)|diplomatic (?:missions?|properties|property|staff|personnel)|consular|bilateral (?:irritants|relations))\b/i;

/** Days before publication after which a meeting is background, not the article's news. */
const BACKGROUND_DAYS = 14;

export interface GenreFacts {
  sentences: Sentence[];
  /** The title and the first lines of the article (kept or removed as furniture), where labels stand. */
  head: string[];
  /** The last lines of the article, where a guest writer is introduced. */
  tail: string[];
  main: MainRound;
  published: string | null;
  /** Whether anyone from Ukraine's side is at the table. */
  ukraineAtTable: boolean;
}

/**
 * Why the article reports no round, or null when it reports one.
 * @example noRoundReason({ … an op-ed … }) // 'an opinion or analysis piece (…)'
 */
export function noRoundReason(f: GenreFacts): string | null {
  const label = f.head.find((l) => OPINION_LABEL.test(l.trim()));
  const signOff = f.tail.find((l) => AUTHOR_NOTE.test(l.trim()));
  if (label || signOff) return `an opinion or analysis piece ("${(label ?? signOff)!.trim().slice(0, 40)}"), which looks back on talks rather than reporting a round`;
  const reference = f.head.find((l) => REFERENCE_TITLE.test(l.trim()));
  if (reference) return `a timeline or reference page ("${reference.trim().slice(0, 40)}"), which lists many rounds rather than reporting one`;
  if (f.main.date && f.published && daysApart(f.main.date, f.published) > BACKGROUND_DAYS && f.main.status === 'held') {
    return `the latest meeting it reports (${f.main.date}) is more than ${BACKGROUND_DAYS} days before the article (${f.published}): background, not a report of a round`;
  }
  const about = f.sentences.filter((s) => f.main.about(s.index));
  // Embassy talks: the headline or first sentence is about embassies, and the lead says nothing of ending the war.
  const lead = f.sentences.filter((s) => s.index <= 2).map((s) => s.text.replace(NOT_THE_WAR, ''));
  const embassies = lead.slice(0, 2).some((t) => EMBASSY_TOPIC.test(t)) && !lead.some((t) => WAR_AIMS.test(t));
  if (!f.ukraineAtTable && (about.some((s) => NOT_THE_WAR.test(s.text)) || embassies)) {
    return 'the meeting it reports is not about the war (its parties say so, or it is about embassies); not a round of these negotiations';
  }
  return null;
}
