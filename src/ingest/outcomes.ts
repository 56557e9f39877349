/**
 * Stage 5: what the meeting decided, topic by topic. A topic is found by the
 * keywords its file in content/outcomes lists, plus general patterns; its
 * status by the words of the same clause, negation first ("failed to reach an
 * agreement … on a ceasefire" is not-agreed even though it says "agreement").
 * Clauses are split at "but", "while" and semicolons, so "failed on X, but
 * agreed to continue negotiations" gives X not-agreed and continuing-talks agreed.
 */
import type { Knowledge } from './knowledge.ts';
import { aboutNext, type MainRound } from './round.ts';
import { escapeRegExp, quoteAround, type Sentence } from './text.ts';
import type { OutcomeStatus } from './types.ts';

export interface FoundOutcome {
  topic: string;
  status: OutcomeStatus;
  sentence: number;
  /** The article's words, at most 25 of them. */
  evidence: string;
}

// Ways of naming each topic beyond the keywords in content/outcomes (used only for topics the site has).
const PATTERNS: Record<string, RegExp> = {
  ceasefire: /\b(cease-?fires?|truces?|armistice|cessation of hostilities|halt (?:to )?(?:the )?(?:fighting|hostilities|attacks|strikes)|stop (?:the )?(?:fighting|war|killing|strikes|striking|attacks|attacking)|moratorium on (?:\w+ )?(?:strikes|attacks)|pause (?:in|on) (?:the )?(?:fighting|attacks|strikes))\b/i,
  'humanitarian-corridors': /\b(?:humanitarian|safe|evacuation|green) (?:corridors?|routes?|passage)|\bcorridors? for civilians|\bevacuat\w+ (?:of )?civilians\b/i,
  'prisoner-exchange': /\b(?:prisoners?(?:[- ]of[- ]war)?|POWs?|captives|servicemen|soldiers)[- ](?:exchanges?|swaps?)|\b(?:exchanges?|swaps?|release|return) of (?:\d[\d,]* |all |more |the )?(?:(?:severely |seriously |badly )?(?:wounded|injured|sick|young|captured|remaining) )?(?:prisoners|POWs|captives|captured soldiers|servicemen|soldiers|war prisoners|bodies)|\bPOWs?\b|\ball[- ]for[- ]all\b|\bprisoner swap/i,
  neutrality: /\b(neutral(?:ity| status| country| position)|(?:be|become|remain|stay|declare itself|declaring itself|adopt|adopting|as an?)\s+(?:an?\s+)?(?:[\w"“”,-]+\s+){0,3}neutral\b(?!\s+(?:venue|ground|territory|location|site|country to host))|NATO (?:membership|bid|ambitions?|aspirations?|accession)|join(?:ing)? (?:the )?NATO|non-aligned|non-bloc|military alliance)\b/i,
  'security-guarantees': /\b((?:european|foreign|western|international|nato) (?:military )?(?:contingent|troops|peacekeepers|forces? in ukraine)|peacekeep\w+|reassurance force|guarantee\w* (?:its|their|Ukraine['’]?s?) security|security (?:guarantees?|assurances?|pact)|guarantor(?:s| states| countries)?|guarantees? (?:for|of) (?:Ukraine'?s? )?security)\b/i,
  territory: /\b(territor(?:y|ies|ial)|Crimea|Donbass?|Donetsk|Luhansk|Zaporizhzhia|Kherson|occupied (?:land|lands|areas|regions)|annex\w*|(?<!\b(?:along|across|on|at|of) (?:the )?(?:current |existing |present |entire )?)front ?lines?|line of (?:control|contact)|withdraw\w* (?:of )?(?:all )?(?:its |their |Russian |Ukrainian |foreign )?(?:troops|forces))\b/i,
  'leaders-meeting': /\b(?:meeting|summit|talks) at the level of (?:the )?(?:leaders|presidents|heads of state)\b|\b(?:meeting|summit|talks) between (?:himself|herself|him|her) and (?:\p{L}+ ){0,3}(?:Putin|Zelensk\w*)\b|\b(?:meeting|summit|talks) (?:between|of) (?:the )?(?:two |both )?(?:countries['’]? |sides['’]? )?(?:presidents|leaders|heads of state)|\bmeeting between [^.,;]{0,60}\bpresidents?\b|\b(?:presidential|leaders'?|leader-level) (?:summit|meeting)|\bsummit between|\bmeet(?:ing)? (?:face[- ]to[- ]face )?with (?:Russian|Ukrainian) (?:President|leader)\b|\bpresidents? (?:to|would|could|will) meet\b|\b(?:meeting|summit|talks|meet) (?:between|of|with) (?:the )?(?:presidents? )?(?:\p{Lu}\p{L}+ )?(?:Zelensk\w*|Putin) and (?:presidents? )?(?:\p{Lu}\p{L}+ )?(?:Zelensk\w*|Putin)\b|\b(?:Zelensk\w*|Putin)[-–](?:Zelensk\w*|Putin) (?:meeting|summit|talks)\b|(?<=\bZelensk\w*\b[^.;]{0,60})\b(?:talks|meeting|meet|summit|negotiations) with (?:\p{L}+ ){0,4}Putin\b|(?<=\bPutin\b[^.;]{0,60})\b(?:talks|meeting|meet|summit|negotiations) with (?:\p{L}+ ){0,4}Zelensk\w*/iu,
  'continuing-talks': /\b((?:appoint|name|set up|form|create)\w* (?:[\w-]+ ){0,2}(?:teams|working groups?|negotiators)|continu\w* (?:with )?(?:the |their |our |its )?(?:intensive )?(?:talks|negotiations|dialogue|contacts|negotiation process|consultations|work|discussions|contacts|engagement)|keep (?:working|talking|negotiating)|keep (?:the )?(?:dialogue|contacts?|channels?) (?:going|open)|continue talking|(?:keep|stay|remain) in (?:touch|contact)|maintain (?:the )?contacts?|negotiating teams|(?:begin|start|open) negotiations|(?:next|new|another|further|second|third|fourth|follow-up) (?:round|meeting|session)s?|further (?:talks|consultations|negotiations|meetings|contacts)|meet again|reconven\w+|resum\w* (?:the )?(?:talks|negotiations)|(?:talks|negotiations) (?:will|would|should|to|are due to|are set to|are expected to) (?:continue|resume)|keep talking|continu\w+ (?:the )?(?:talks|negotiations)|(?:pause|break|recess)\b[^.;]{0,50}\buntil\b)/i,
  'return-of-children': /\b(?:return|repatriat\w+|reunification) of (?:the )?(?:[\w-]+ ){0,3}(?:children|minors)|\bchildren\b[^.;]{0,40}\b(?:(?:would|will|to) be (?:reunited|returned|brought back|repatriated)|reunited with)|\b(?:deported|abducted|taken|missing) (?:Ukrainian )?children|\bchildren (?:taken|abducted|deported|separated)\b|\blists? of (?:[\w,-]+ ){0,4}children\b/i,
  'civilian-detainees': /\b(civilian (?:detainees|prisoners|hostages|captives)|detained civilians|(?:release|return|exchange|repatriation) of (?:detained |captive |the )?civilians|civilians (?:held|detained))\b/i,
};

const NOT_AGREED = /\b(fail(?:ed|s|ing)? to (?:reach|agree|secure|produce|make|achieve|yield|bridge|settle)|not (?:yet )?ready (?:for|to)|not in a position to (?:agree|commit|accept|sign|discuss)|(?:did|does|has|had|have) not (?:yet )?(?:give|given|respond|responded|reply|replied)(?: \w+){0,2} (?:answer|response|reply)?|no (?:agreement|deal|progress|breakthrough|consensus|accord|decision|headway)|without (?:an? |any )?(?:agreement|deal|progress|breakthrough)|did(?:n't| not) (?:agree|reach|produce|secure|make|yield)|could(?:n't| not) (?:agree|reach)|(?:was|were) not (?:agreed|reached)|reject(?:s|ed|ing)?|refus(?:es|ed|ing)|rul(?:e|es|ed|ing) out|deadlock\w*|stall\w*|not authori[sz]ed|made no|impasse|(?:were|was) unable to|fell through|collapsed|remain(?:s|ed)? (?:divided|far apart)|disagree\w*|no sign of|no compromise|no (?:firm )?commitment|without (?:any |a )?commitment|did(?:n't| not) commit|no common ground|not in a position to commit|dismissed|positions? (?:remains?|remained|is|was) unchanged|(?:has|have|had) not changed (?:its|their|his|her) positions?|(?:will|would|does|did|do) not accept|remains? unchanged|not given a clear answer|no clear answer)\b/i;
const AGREED = /\b(agreed|(?:an? |the )?(?:agreement|deal|understanding) (?:was|has been|had been) (?:reached|struck|made)|(?:both sides |the sides |they )?decided to|sign(?:s|ed)? (?:an?|the)\b|agree(?:s)? (?:to|on|that)|agrees?(?= (?:an? |the )?(?:new |further |another )?[\w-]+ (?:swap|exchange|deal|truce|ceasefire|release|return|corridors?)\b)|reach(?:ed|es)? (?:an? |the |mutual )?(?:agreement|deal|understanding|consensus|accord)|struck (?:an? )?deal|signed|sealed|settled on|consensus on|concluded (?:an? )?(?:agreement|deal)|exchanged|swapped|carried out|approved|secured (?:an? )?(?:agreement|deal|release))\b/i;
const PROPOSED = /\b(propos\w*|(?:to )?ensure|(?:only )?if|unless|provided that|on condition that|offer\w*|(?:is|was|were|would be|could be) possible|(?:could|would|may|might) (?:only )?take place|call(?:s|ed|ing)? on|groundwork|not against|not opposed|open to|would not refuse|not refuse|handed over|presented|put on the table|in everyone's interest|would be (?:expedient|advisable|useful)|it is (?:time|important|essential|necessary)|call(?:s|ed|ing)? for|urg\w*|demand\w*|seek\w*|sought|push\w* for|suggest\w*|put forward|tabled|wants?|wanted|insist\w*|hope\w* (?:for|to)|aim\w*|objective|goal|priorit(?:y|ies)|hand(?:s|ing)? over|ready (?:to|for)|prepared to|willing to|request\w*|plan\w* to|appeal\w* for|press\w* for|ask\w* for|interested in|idea of|initiative|pressure|condition\w*|expect\w* to|would (?:like|host)|happy to host|necessary|needs?|needed|must|should|insisted|favou?r\w*|backs?|backed|support\w* (?:for|a|the)|intend\w*|to raise|will raise|visions? (?:of|for)|(?:will|would|to) present|options?|under the (?:plan|proposal|draft|memorandum))\b/i;
const DISCUSSED = /\b(discuss\w*|(?:the |a )?(?:central|main|key|chief|principal) (?:question|issue|topic|subject)|dealt (?:mainly |largely |chiefly |in depth |in detail |at length |extensively )?with|deals? with|consultations (?:continued |were held )?on|shifts? (?:on|regarding|in)|regarding|talked about|raised|address\w*|on the agenda|agenda|focus\w* on|touched on|covered|examined|considered|talks? (?:on|about|over)|topics?|issues? of|includ\w*|exchange(?:d)? views|negotiat\w* (?:on|over)|understanding (?:of|on)|convergences?|progress on|steps? (?:on|towards)|worked on|centred on|centered on|dominated|revolved around)\b/i;
const UNRESOLVED = /\b(?:still )?need(?:s|ed)? (?:more )?work\b|\bmore work\b|\bremain(?:s|ed)? (?:open|unresolved)\b|\bunresolved\b|\bstill to be (?:settled|agreed)\b/i;
// ("U.S. proposal": the full stop of an initial does not end a clause.)
const CLAUSES = /;|,? but |, while |, whereas |, although |, though |(?<!\b[A-Z])\. |,? and (?=(?:that|had|has|have|will|would|was|were|said|proposed|agreed|called|asked)\b)|, and (?=(?:the|they|both|it|he|she|Russia|Ukraine|Moscow|Kyiv)\b)/;
// "discussed a moratorium on strikes, but did not reach a decision": the next clause, sharing the subject, settles it.
const ELLIPTICAL_NOT = /^\s*(?:(?:they|the sides|both sides|the parties|the delegations)\s+)?(?:(?:still|also|again)\s+)?(?:did not|didn't|could not|couldn't|failed to|were unable to|was unable to)\s+(?:reach|agree|make|find|produce|secure|come to|settle)\b|^\s*(?:with\s+)?no (?:agreements?|decisions?|deals?|compromise|breakthrough) (?:(?:was|were|has been|have been) )?(?:reached|found|made|taken)\b|^\s*(?:none|nothing|neither)\s+(?:was|were|has been|had been|could be)\s+(?:agreed|reached|settled)\b/i;
const EITHER = /^\s*(?:\w+\s+){0,3}?(?:did not|didn't|could not|couldn't|failed to|no|was not|were not|refused|rejected|declined)\b[^.]*\b(?:either|both|them|it|any of (?:them|these|those))\b/i;
const REFUSED_AFTER = /^\s*(?:that\s+)?(?:the (?:other|russian|ukrainian) side|russia|ukraine|moscow|kyiv|kiev|the kremlin|they|it|he|she|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\b[^.;]{0,40}\b(?:rejected|refused|declined|dismissed|(?:did|does|has|had|have|would|will) not (?:yet )?(?:give|given|respond\w*|repl\w+|accept\w*|agree\w*|commit\w*)|no (?:clear )?answer)/iu;
const NOT_DISCUSSED_BEFORE = /\b(?:did not|didn't|do not|does not|will not|won't|would not|was not|were not)\s+(?:\w+\s+)?(?:discuss|raise|address|touch on|cover)\s+(?:the\s+(?:issue|question|topic) of\s+|an?\s+|any\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i;
const NOT_DISCUSSED_AFTER = /^[^.;,]{0,20}?\b(?:was|were|is|are|will be)\s+not\s+(?:discussed|raised|on the agenda|addressed)\b/i;
const JOINT = /\b(both sides|two sides|the sides|the parties|delegations|both delegations|the two countries|they agreed)\b/i;

/** The topics the main meeting took up, each with its status and supporting words. */
export function findOutcomes(sentences: Sentence[], knowledge: Knowledge, main: MainRound): FoundOutcome[] {
  const topics = [...knowledge.outcomes.values()].map((o) => ({
    id: o.id,
    patterns: [
      ...(PATTERNS[o.id] ? [PATTERNS[o.id]!] : []),
      ...(o.data.keywords.length ? [new RegExp(`\\b(?:${o.data.keywords.map((k) => escapeRegExp(k).replace(/\\ /g, '\\s+')).join('|')})\\b`, 'i')] : []),
    ],
  }));
  const best = new Map<string, FoundOutcome & { rank: number }>();
  for (const s of sentences) {
    const about = main.about(s.index);
    // Plans for the next round belong to this one even when they name a later day.
    if (!about && !aboutNext(s.text)) continue;
    const clauses = s.text.split(CLAUSES);
    for (const [ci, clause] of clauses.entries()) {
      // "discussed a ceasefire and corridors but did not agree on either"
      const next = clauses[ci + 1] ?? '';
      // "…pressed for the return of deported children, but Moscow had not given a clear answer": the other side's refusal settles it.
      const negatedByNext = EITHER.test(next) || ((REFUSED_AFTER.test(next) || ELLIPTICAL_NOT.test(next)) && !topics.some((t) => t.patterns.some((p) => p.test(next))));
      for (const topic of topics) {
        if (!about && topic.id !== 'continuing-talks') continue;
        const hit = topic.patterns.map((p) => p.exec(clause)).find(Boolean);
        if (!hit) continue;
        // "the European Political Community summit", "a NATO summit": a named gathering, not the presidents' meeting.
        if (/^summit$/i.test(hit[0]) && /(?:\b\p{Lu}[\p{L}-]*|\b[A-Z0-9]{2,})\s+$/u.test(clause.slice(0, hit.index))) continue;
        // "did not discuss a ceasefire", "territory was not on the agenda": not a topic of this meeting at all.
        if (NOT_DISCUSSED_BEFORE.test(clause.slice(Math.max(0, hit.index - 60), hit.index)) || NOT_DISCUSSED_AFTER.test(clause.slice(hit.index + hit[0].length))) continue;
        // A preview's own headline, "to resume talks in Abu Dhabi this week", names the meeting itself.
        if (topic.id === 'continuing-talks' && main.status === 'planned' && (s.index === 0 || s.index === main.dateSentence)) continue;
        // "a new round of talks on Wednesday", "at their second round": the meeting itself, not a promise of another one.
        if (topic.id === 'continuing-talks' && ROUND_NAME.test(hit[0]) && !promisesAnother(clause, hit.index, main)) continue;
        // "Kyiv's positions had not changed: a ceasefire, the withdrawal of troops and security guarantees": a side's demands.
        const listedDemand = /\b(?:positions?|demands?|conditions?|priorities|terms)\b[^:;]{0,40}:\s*[^:]*$/i.test(clause.slice(0, hit.index));
        let status = negatedByNext ? 'not-agreed' as const : listedDemand ? 'proposed' as const : statusNear(clause, hit.index, hit.index + hit[0].length);
        // "…, particularly the exchanges of prisoners, and the return of children": a list item split off by ", and"
        // takes its status from the clause it continues.
        const previous = clauses[ci - 1];
        if (!status && previous && s.text.includes(`${previous}, and ${clause}`)) {
          const joined = `${previous}, and ${clause}`;
          const shift = previous.length + ', and '.length;
          status = statusNear(joined, hit.index + shift, hit.index + shift + hit[0].length);
        }
        // "A technical pause has been taken in the negotiations until tomorrow": the talks go on.
        if (!status && topic.id === 'continuing-talks' && /^(?:pause|break|recess)\b/i.test(hit[0])) status = 'agreed';
        // "Both delegations said they would meet for a fourth round": the sides' shared intent is an agreement.
        if (!status && topic.id === 'continuing-talks' && JOINT.test(clause) && /\b(will|would)\b|['’]ll\b/.test(clause)) status = 'agreed';
        if (!status && topic.id === 'continuing-talks' && /\b(will|would|shall|to)\b|['’]ll\b/.test(clause)) status = 'proposed';
        if (!status) continue;
        // Everything a preview reports is still to be done: a proposal.
        if (main.status === 'planned') status = 'proposed';
        // A side's plan to raise a topic is a proposal: "Kyiv will also address the return of children".
        if (status === 'discussed' && /\b(will|plans? to|intends? to|is to|aims? to)\b/i.test(clause) && !JOINT.test(clause)) status = 'proposed';
        // "Ukraine had again raised the return of children": one side bringing a topic up asks for it.
        if (status === 'discussed' && /\b(?:raised|brought up|put)\b/i.test(clause.slice(0, hit.index)) && !JOINT.test(clause) && !/\b(?:was|were|been)\s+(?:also\s+)?raised\b/i.test(clause)) status = 'proposed';
        // "…demanding a full ceasefire. There was no agreement on that.", "a thousand for a thousand. That is agreed.":
        // a short sentence after the one naming the topic settles it by pointing back.
        const settled = status !== 'agreed' && status !== 'not-agreed' && ci === clauses.length - 1 && main.status === 'held' ? settledByNext(sentences[s.index + 1]?.text ?? '', topics) : undefined;
        if (settled) status = settled;
        const rank = status === 'agreed' || status === 'not-agreed' ? 3 : status === 'proposed' ? 2 : 1;
        const found = { topic: topic.id, status, sentence: s.index, evidence: quoteAround(s.text, hit[0]), rank };
        const prev = best.get(topic.id);
        if (!prev || rank > prev.rank) best.set(topic.id, found);
      }
    }
  }
  return [...best.values()].sort((a, b) => a.sentence - b.sentence).map(({ rank: _, ...o }) => o);
}

const POINTS_BACK_NOT = /^(?:but |however,? |yet )?(?:there (?:was|has been|is) no (?:agreement|decision|consensus|progress|deal) on (?:that|this|it|them|these|those)\b|[^.;]{0,40}\b(?:did not|didn't|has not|have not|had not|would not|will not|won't|refused to|declined to)\s+(?:yet\s+)?(?:accept|agree to|support|approve|take up|back)\s+(?:this|that|it|these|those|the (?:proposal|idea|offer|plan|request|demand))\b|[^.;]{0,40}\b(?:rejected|refused|dismissed|turned down)\s+(?:this|that|it|these|those|the (?:proposal|idea|offer|plan|request|demand))\b|(?:that|this|it) (?:was|is|has been) (?:rejected|refused|not agreed|dismissed)\b)/i;
const POINTS_BACK_AGREED = /^(?:(?:that|this|it) (?:is|was|has been) (?:also )?agreed|(?:both sides|the sides|the parties|they|the other side|the (?:russian|ukrainian) side) (?:agreed to|accepted) (?:this|that|it|the (?:proposal|idea|offer))\b)/i;

/** The status a short sentence gives the topic of the one before it by pointing back at it, if it does. */
function settledByNext(next: string, topics: { patterns: RegExp[] }[]): OutcomeStatus | undefined {
  if (!next || next.split(/\s+/).length > 20 || topics.some((t) => t.patterns.some((p) => p.test(next)))) return undefined;
  const bare = next.replace(/^[“"]+/, '').replace(/,\s*(?:he|she|they|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) (?:said|added|told \w+)\.?$/u, '');
  if (POINTS_BACK_NOT.test(bare)) return 'not-agreed';
  if (POINTS_BACK_AGREED.test(bare)) return 'agreed';
  return undefined;
}

const ROUND_NAME = /^(?:next|new|another|further|second|third|fourth|follow-up) (?:round|meeting|session)s?$/i;

/** Whether a clause naming "a new round" speaks of a later meeting the talks agreed or proposed, rather than describing this one. */
function promisesAnother(clause: string, at: number, main: MainRound): boolean {
  if (main.status === 'planned') return false;
  // "they would meet for a fourth round", "agreed to meet again in a new round": a later meeting.
  if (/\b(?:will|would|to|plan to|agreed to)\s+meet\s+(?:again\s+)?(?:for|in)\s+(?:the |a |an )?(?:[\w-]+ ){0,2}$/i.test(clause.slice(Math.max(0, at - 50), at))) return true;
  if (/\b(?:at|in|during|after|of|for|ahead of|since|from|on|before)\s+(?:the |their |its |a |this )?(?:[\w-]+ ){0,2}$/i.test(clause.slice(Math.max(0, at - 30), at))) return false;
  return /\b(?:agreed|agree|will|would|to hold|to meet|proposed|propose|plann?\w*|expected|next)\b/i.test(clause);
}

/**
 * The status the words nearest the topic give it: "asked for a ceasefire, which
 * Russia rejected, and proposed a meeting of the presidents" gives the ceasefire
 * not-agreed and the meeting proposed. Negation reaches further than other cues.
 */
export function statusNear(clause: string, from: number, to: number): OutcomeStatus | undefined {
  return governed(clause, from, to) ?? nearest(clause, from, to);
}

// Taking up a proposal: "would accept a U.S. proposal", "backs the plan", "would go along with an American plan".
const ACCEPTS = /\b(?:accept\w*|backs?|backed|backing|endorse\w*|agree\w* to|signed up to|go(?:es)? along with|went along with)\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\p{L}.'’-]+\s+){0,2}$/iu;

// A negation just before a verb: "did not accept", "refused to back".
const NOT_BEFORE = /\b(?:not|never|n't|refus\w+ to|declin\w+ to)\s+(?:\w+\s+)?$/i;

// Words that pass the status of their head on: "conditions …, including Ukraine's withdrawal".
const TRANSPARENT = /^(?:includ\w*|such as|as well as|along with)$/i;
// Before an agreement, a wish or an offer makes it a proposal: "Kyiv hopes to agree", "agreed to consider".
const WISH = /\b(?:(?:wants?|wanted|hopes?|hoped|seeks?|sought|expects?|expected|aims?|plans?|planned|intends?|would like|proposed|offered|ready|willing|is|are|push(?:es|ed)? for|press(?:es|ed)? for|called for)\s+(?:\w+\s+){0,2}?to|would|will|could|may|might|should)\s+(?:also\s+|again\s+)?$/i;
const PREPARE = /^\s*(?:to |that (?:each side|the sides|both sides|they) (?:would|will) )?(?:consider|study|examine|look at|explore|prepare|draft|work out|present)\b/i;
const MODAL_AFTER = /^[^.;,]{0,20}?\b(?:would|must|should|need to|needs to|has to|have to|will have to)\b/i;
const NEGATED_TOPIC = /\b(?:no|not a|not any|without (?:a |any )?)\s*(?:[\w-]+\s+){0,2}$/i;

/**
 * The status the clause's own structure gives a topic: the verb that governs it (the nearest cue
 * before it, with its own negation or the wish it depends on), or a relative or passive after it
 * ("a ceasefire, which Moscow rejected", "no ceasefire was agreed", "…, without reaching agreement").
 */
function governed(clause: string, from: number, to: number): OutcomeStatus | undefined {
  const pre = clause.slice(0, from);
  const post = clause.slice(to);
  // "agreed on corridors, but not a general ceasefire": the elided verb is negated.
  if (/^\s*(?:but\s+)?not\s+(?:an?|the|any)?\s*(?:[\w-]+\s+){0,2}$/i.test(pre)) return 'not-agreed';
  // "exchange ceasefire terms", "present memoranda on a ceasefire": proposals about the topic, not the topic agreed.
  if (/^\s*(?:terms|proposals|conditions|plans?|memorand\w*|visions?|drafts?|ideas|options)\b/i.test(post)) return 'proposed';
  // After the topic: what decides it in its own relative or passive.
  if (/^[^.;]{0,50}?\b(?:which|that)\s+(?:\p{Lu}[\p{L}]+\s+)?(?:has |have |had )?(?:so far |repeatedly |again |also |flatly )?(?:rejected|refused|dismissed|ruled out|turned down)\b/iu.test(post)) return 'not-agreed';
  if (/^[^.;]{0,60}?\bwithout (?:reaching |an? |any )*(?:agreement|deal|result|decision)\b|^[^.;]{0,30}\b(?:was|were) not (?:agreed|reached)\b/i.test(post)) return 'not-agreed';
  // "Ukraine's call for a ceasefire was again turned down": refused in the passive.
  if (/^[^.;]{0,25}?\b(?:was|were|has been|had been|is)\s+(?:again\s+|also\s+|flatly\s+|once more\s+)?(?:rejected|refused|turned down|dismissed|ruled out|vetoed)\b/i.test(post)) return 'not-agreed';
  if (NEGATED_TOPIC.test(pre) && /^\s*(?:was|were|has been|have been) (?:agreed|reached|announced|signed)\b/i.test(post)) return 'not-agreed';
  if (/^\s*(?:was|were|has been|have been) (?:also )?(?:agreed|reached|signed|sealed)\b/i.test(post)) return /\b(?:no|not|without)\b[^.;]{0,25}$/i.test(pre) ? 'not-agreed' : 'agreed';
  // The topic in the subject ("the talks on a ceasefire … made no progress"): the predicate after it decides.
  if (/\b(?:talks|negotiations|discussions|issue|question|work|positions?) (?:on|about|over|of|regarding) (?:a |an |the )?(?:[\w-]+ )?$/i.test(pre)) {
    const predicate = post.slice(0, 70);
    if (NOT_AGREED.test(predicate)) return 'not-agreed';
    if (UNRESOLVED.test(predicate)) return 'discussed';
  }
  if (MODAL_AFTER.test(post) && /\b(?:approved|agreed|accepted|guaranteed|signed)\b/i.test(post.slice(0, 60))) return 'proposed';
  // Before the topic: the nearest cue, read with what stands before it.
  let best: { status: OutcomeStatus; at: number; end: number } | undefined;
  for (const [status, re] of [['not-agreed', NOT_AGREED], ['agreed', AGREED], ['proposed', PROPOSED], ['discussed', DISCUSSED]] as const) {
    for (const m of pre.matchAll(new RegExp(re.source, 'gi'))) {
      if (TRANSPARENT.test(m[0])) continue;
      // "reached an understanding on": the agreement, not a discussion.
      if (status === 'discussed' && /\breach\w* (?:an? |the |mutual )?$/i.test(pre.slice(0, m.index))) continue;
      if (from - (m.index + m[0].length) > 140) continue;
      if (!best || m.index + m[0].length > best.end) best = { status, at: m.index, end: m.index + m[0].length };
    }
  }
  if (!best) return undefined;
  const left = pre.slice(Math.max(0, best.at - 40), best.at);
  const between = pre.slice(best.end);
  let status = best.status;
  if ((status === 'agreed' || status === 'discussed') && /\b(?:not|no|never|no longer|fail(?:ed|s|ing)? to|refus(?:ed|es|ing)? to|unable to|did not|didn't)\s+(?:\w+\s+)?$/i.test(left)) status = 'not-agreed';
  // "did not rule out a meeting", "has not rejected the idea": a door left open.
  else if (status === 'not-agreed' && /^(?:reject\w*|refus\w*|rul\w* out|dismiss\w*)$/i.test(pre.slice(best.at, best.end)) && /\b(?:not|never|didn't|did not|has not|have not|hasn't)\s+(?:\w+\s+)?$/i.test(left)) status = 'proposed';
  else if (status === 'agreed' && (WISH.test(left) || PREPARE.test(between) || /\b(?:if|whether|unless|once|provided|on condition|only after|only if|as soon as)\b[^.]{0,30}$/i.test(left))) status = 'proposed';
  else if (status === 'discussed' && WISH.test(left)) status = 'proposed';
  // "discussed proposals on a halt to strikes": the talks took the proposals up.
  else if (status === 'proposed' && /^propos/i.test(pre.slice(best.at, best.end)) && /\b(?:discuss\w*|consider\w*|examin\w*|review\w*|studied|exchanged)\s+(?:the\s+|their\s+|its\s+|each other's\s+)?$/i.test(left)) status = 'discussed';
  // "exchanged lists of civilians detained": papers traded, the topic discussed, not settled.
  else if (status === 'agreed' && /^(?:exchanged|swapped)$/i.test(pre.slice(best.at, best.end)) && /^\s*(?:lists?|views|drafts|documents|papers|proposals|memorand\w*)\b/i.test(between)) status = 'discussed';
  // "signalled it would accept an immediate 30-day ceasefire": accepting the topic itself agrees it.
  else if (status === 'proposed' && /^(?:would|will)$/i.test(pre.slice(best.at, best.end)) && /^\s*(?:accept|endorse|back)\w*\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu.test(between)) status = 'agreed';
  // "would accept a U.S. proposal for a ceasefire", "backs the plan": a proposal taken up.
  // ("did not accept a U.S. proposal": turned down; "Ukraine backs US plan for 30-day truce": taken up.)
  else if (status === 'proposed' && /^(?:propos\w*|offer\w*|plan\w*|initiative|idea of)$/i.test(pre.slice(best.at, best.end)) && ACCEPTS.test(left)) status = NOT_BEFORE.test(left.slice(0, ACCEPTS.exec(left)!.index)) ? 'not-agreed' : 'agreed';
  else if (status === 'proposed' && /^(?:backs?|backed)$/i.test(pre.slice(best.at, best.end)) && /^\s*(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}.'’-]+\s+){0,2}(?:plan|proposal|offer|initiative|deal)\b/iu.test(between)) status = 'agreed';
  // "rejected the US idea of a free economic zone in the Donbas": a proposal turned down.
  else if (status === 'proposed' && /\b(?:reject\w*|refus\w*|dismiss\w*|turned down|ruled out)\s+(?:(?:the|a|an|this|that|its|their|any)\s+)?(?:[\p{L}'’.-]+\s+){0,2}$/iu.test(left)) status = 'not-agreed';
  // A later decisive word about this very topic ("…, without reaching agreement") outranks a "discussed".
  if (status === 'discussed' || status === 'proposed') {
    const after = /^[^.;]{0,60}?\b(?:without (?:reaching |an? |any )*(?:agreement|deal|decision)|but (?:did not|didn't|failed to) agree)/i.exec(post);
    if (after) status = 'not-agreed';
  }
  return status;
}

function nearest(clause: string, from: number, to: number): OutcomeStatus | undefined {
  const cues: [OutcomeStatus, RegExp, number][] = [['not-agreed', NOT_AGREED, 0.5], ['discussed', UNRESOLVED, 0.5], ['agreed', AGREED, 1], ['proposed', PROPOSED, 1], ['discussed', DISCUSSED, 1.3]];
  let best: { status: OutcomeStatus; distance: number } | undefined;
  let decisive: { status: OutcomeStatus; distance: number } | undefined;
  for (const [status, re, weight] of cues) {
    for (const m of clause.matchAll(new RegExp(re.source, 'gi'))) {
      if (status === 'agreed' && /\b(if|whether|unless|once)\b[^.]{0,30}$/i.test(clause.slice(0, m.index))) continue;
      if (m.index < to && m.index + m[0].length > from) continue; // the topic's own words ("talks on", "negotiations")
      if (status === 'discussed' && /\bbe\s+$/i.test(clause.slice(0, m.index))) continue; // "proposed that Crimea be discussed"
      const distance = (m.index >= to ? (m.index - to) * 1.5 : from - (m.index + m[0].length)) * weight;
      if (!best || distance < best.distance) best = { status, distance };
      if ((status === 'agreed' || status === 'not-agreed') && (!decisive || distance < decisive.distance)) decisive = { status, distance };
    }
  }
  return (decisive && decisive.distance < 60 ? decisive : best)?.status;
}

/** The status the clause gives its topic, or undefined when it gives none. */
export function statusOf(clause: string): OutcomeStatus | undefined {
  if (NOT_AGREED.test(clause)) return 'not-agreed';
  if (UNRESOLVED.test(clause)) return 'discussed';
  if (AGREED.test(clause) && !/\b(if|whether|unless|once)\b[^.]{0,30}\bagreed?\b/i.test(clause)) return 'agreed';
  if (PROPOSED.test(clause)) return 'proposed';
  if (DISCUSSED.test(clause)) return 'discussed';
  return undefined;
}
