/**
 * Who sat at the table: delegation heads and members, hosts and mediators of
 * the main meeting, as opposed to people only mentioned (analysts, leaders
 * quoted from elsewhere, people who stayed away). A person is at the table
 * when a sentence about the meeting puts them in it: as the subject of
 * "met", "led", "attended", "mediated"…, after "led by", "talks between",
 * "meeting with", "counterpart", or by an office such as "chief negotiator".
 */
import { cityNamed, countryOf } from './gazetteer.ts';
import type { Knowledge } from './knowledge.ts';
import type { Person } from './people.ts';
import { isCountryWord, ROLE_JOINERS, ROLE_WORDS } from './vocabulary.ts';
import type { MainRound } from './round.ts';
import type { Sentence } from './text.ts';
import type { Level, Side } from './types.ts';

export interface TablePerson {
  id: string;
  name: string;
  known: boolean;
  role: string | null;
  country: string | null;
  side: Side;
  lead: boolean;
  /** The sentence that puts them at the table. */
  evidence: number;
  spots: { sentence: number; at: number; end: number }[];
}

const SUBJECT_VERB = /^[^.;:"“”]{0,90}?\b(put (?:his|her|their) (?:names?|signatures?) to|sat in|sits in|sit in|met|meets|will meet|is meeting|are meeting|the meeting with|the talks with|(?:held|hold|holding|ended|concluded|wrapped up|began|opened|resumed) (?:[\w-]+ ){0,3}?(?:talks|negotiations|consultations)|negotiated|sat down|failed to|agreed|reached|signed|led|leads|lead|leading|headed|heads|head|attended|attends|attend|attending|joined|(?:was|were|is|are|will be) (?:also )?(?:a )?(?:part|members?) of|joins|join|mediated|mediates|mediating|mediate|shuttled|shuttling|chair|open|represent|hosted|hosts|host|hosting|welcomed|welcomes|chaired|chairs|chairing|opened|opening|represents|represented|representing|arrived|arrive|arrives|will lead|played the role of|acted as|is leading|sat|sit|shook hands|greeted|presided|facilitated|facilitating|brokered|brokering|took part|take part|takes part|taking part|participate|participates|participating|participated|was present|were present|his meeting with|her meeting with|their meeting with|after meeting|after (?:[\w-]+ ){0,6}?(?:talks|negotiations|consultations) with|after (?:the|their|his|her|today's|a) (?:[\w-]+ ){0,3}?(?:meeting|talks|negotiations|session)\b|after holding talks with|addressed the delegations|addressed both delegations|addressed the negotiators|sent|found|find|finds|discussed|discuss|talked|(?:is|was|were|are) (?:also )?(?:in the room|at the table|on hand|in attendance))\b/i;
const BEFORE = /\b(after meeting|after (?:the |their |his |her )?talks with|(?:(?:again|once again|also) )?(?:led|headed)(?: once again| once more| again)? by|presided over by|greeted by|welcomed by|chaired by|hosted by|mediated by|brokered by|facilitated by|opened by|moderated by|between|meeting with|talks with|met with|met|meets|meet with|sat down with|welcomed|greeted|counterpart|counterparts|bringing|delegation(?: was| is| will be)? (?:led|headed) by|delegation (?:is|was|will be)|leading the [\w ]{0,25}delegation (?:is|was|will be)|joined by|along with|accompanied by|(?:also )?attended by|alongside|sent|sending|dispatched)\s*(?:the |his |her |their |its )?(?:(?!(?:since|after|before|when|while|because|until|as|who|which)\b)[\p{L}'’.-]+ ){0,6}$/iu;
// "greeted by the President of Kazakhstan, Kassym-Jomart Tokayev": the office, a comma, then the name.
const BY_OFFICE = /\b(?:greeted|welcomed|presided over|hosted|chaired|opened|led|headed) by (?:the )?(?:[\p{L}'’.-]+ ){1,5}?[\p{L}'’.-]+, $/u;
const NOT_PART = /^[^.;]{0,70}?\b(?:not|never)\s+(?:\w+\s+)?(?:a\s+)?part\s+(?:of|in)\b/i;
const ABSENT = /\b(not|never|no longer|declined|refused|won't|will not|did not|didn't|absent|skipp(?:ed|ing)|stay(?:ed)? away|without|neither|nor|instead of|rather than|excluded|snubbed|shunned)\b[^.]{0,60}\b(attend|present|take part|participate|join|travel|come|there|table|meeting|talks)\b|\b(neither|nor)\b/i;
// "Putin aide Vladimir Medinsky", "Zelensky's chief of staff", "Trump's envoy": a name inside someone else's title.
const TITLE_AFTER = /^(?:['’]s)?\s+(?:(?:top|chief|senior|special|foreign policy|personal|longtime|close|key)\s+)*(?:(?:national|security|foreign|policy|military|economic|press|deputy|chief|special)\s+){0,3}(?:aide|adviser|advisor|envoy|spokes\w+|ally|allies|loyalist|representative|son-in-law|administration|government|regime|office|team|delegation|negotiators?|chief of staff|party|faction|camp)\b/i;
const HYPOTHETICAL = /(?:\b(?:propos\w*|offer\w*|call\w* (?:for|on)|ready|willing|groundwork|prepar\w*|push\w* for|hop\w*|wants?|wanted|seek\w*|request\w*|ask\w* for|insist\w* on|idea of|plan\w* for|to host|could|would|might)\b[^.;]{0,40}\b(?:(?:an?|any)\s+)?(?:[\w-]+\s+)?|\b(?:possible|potential|future|eventual|proposed|no)\s+)(?:meeting|summit|talks)\s+(?:between|of|with|involving)\b(?:(?!\b(?:round|delegations)\b)[^.;])*$/i;
const ATTEND = /^(?:attended|attends|attend|attending|joined|joins|join|took part|take part|takes part|taking part|participate\w*|was present|were present)$/i;
const OTHER_EVENT_AFTER = /^[^.;]{0,50}?\b(?:summit|conference|forum|congress|parade|ceremony|assembly|festival|rally|funeral|inauguration|session of(?! (?:the |these |their )?(?:talks|negotiations|consultations))|meeting of (?:the )?(?:EU|NATO|G7|G20|European))\b/i;
const DELEGATE_ROLE = /\b(negotiator|delegation|delegate|envoy to the talks|mediator)\b/i;
const HOST_CUE = /\b(welcom|host|opened|greeted|presided|addressed)/i;
const MEDIATOR_CUE = /\b(mediat|facilitat|broker|chair)/i;
const LEADER_ROLE = /\b(president|prime minister|premier|head of state|king|emir|crown prince|chancellor)\b/i;
const NOT_LEADER = /\b(vice|deputy|adviser|advisor|aide|office|staff|administration|spokes|former)\b/i;

/** Splits the people into those at the main meeting's table and those only mentioned. */
export function seatPeople(people: Person[], sentences: Sentence[], main: MainRound, knowledge: Knowledge, hostCountry: string | null): { table: TablePerson[]; mentioned: Person[] } {
  const table: TablePerson[] = [];
  const mentioned: Person[] = [];
  if (!main.date && main.dateSentence === null && !main.place) return { table, mentioned: people };
  const broker = brokerOf(sentences, main);
  const listed = listedMembers(people, sentences, main);
  for (const person of people) {
    let evidence: number | null = null;
    let cueText = '';
    let absent = false;
    for (const spot of person.spots) {
      const s = sentences[spot.sentence]!;
      if (!main.about(s.index)) continue;
      const before = s.text.slice(0, spot.at);
      const after = s.text.slice(spot.end);
      const clause = clauseAround(s.text, spot.at);
      // "…, who were not part of the talks": said of the names just before it, not of the whole sentence.
      if ((ABSENT.test(clause) && /\b(attend|present|take part|participate|table|personally|join|travel)/i.test(clause)) || NOT_PART.test(after) || /^[^.;]{0,120}?\bstay(?:ed|s)? away from (?:the )?(?:meeting|talks|negotiations)\b/i.test(after)) {
        absent = true;
        continue;
      }
      // "Putin aide Vladimir Medinsky", "Zelensky's office": the name stands inside someone else's title.
      if (TITLE_AFTER.test(after)) continue;
      // "an adviser to President Volodymyr Zelenskyy": the name completes another person's title.
      if (TITLE_BEFORE.test(before)) continue;
      // "a meeting between Putin and Zelensky, to be hosted by Erdogan": a meeting proposed, not this one.
      // (Unless the name's own description seats it: "… with Rustem Umerov, who … will again head the delegation.")
      if (HYPOTHETICAL.test(before) && !SEATED_DESCRIPTION.test(appositionOf(after))) continue;
      // "U.S." and "U.N." do not end the clause: their full stops are read as spaces.
      const stripped = ownClause(stripApposition(after)).replace(/\b([A-Z])\.([A-Z])\./g, '$1 $2 ');
      let subject = SUBJECT_VERB.exec(stripped);
      // "to be hosted by", "was led by": a passive verb's subject is the meeting, not this person.
      if (subject && (/\b(?:to be|be|been|being)\s+$/i.test(stripped.slice(0, subject.index + subject[0].length - subject[1]!.length)) || /^\s+by\b/i.test(stripped.slice(subject.index + subject[0].length)))) subject = null;
      // "Putin sent his army across the border": only sending a delegation or an envoy seats the sender.
      if (subject && /^(?:sent|sends|send|sending|dispatched)$/i.test(subject[1]!) && !/^\s+(?:\w+\s+){0,3}?(?:delegations?|team|negotiators|envoys?|representatives?|officials|aides?|ministers?)\b/i.test(stripped.slice(subject.index + subject[0].length))) subject = null;
      // "who was attending the European Political Community summit": another event.
      if (subject && ATTEND.test(subject[1]!) && OTHER_EVENT_AFTER.test(stripped.slice(subject.index + subject[0].length, subject.index + subject[0].length + 70))) subject = null;
      // "has offered to host", "is ready to mediate": an offer, not a seat.
      if (subject && OFFER.test(stripped.slice(0, subject.index + subject[0].length - subject[1]!.length))) subject = null;
      // "welcomed the agreement", "opened the way": a reaction, not a seat; the host welcomes or opens people or the talks.
      if (subject && /^(?:welcomed|welcomes|opened|opening)$/i.test(subject[1]!) && !WELCOMED_WHOM.test(stripped.slice(subject.index + subject[0].length))) subject = null;
      // "signed", "agreed", "arrived": only in a sentence about the talks ("Zelensky signed a law" is not).
      if (subject && WEAK_VERB.test(subject[1]!) && !MEETING_WORD.test(s.text) && !/\bsigned (?:on behalf of|for) (?:Moscow|Kyiv|Kiev|Russia|Ukraine)\b/i.test(s.text)) subject = null;
      // "Zelensky, who met Erdogan in Ankara": a meeting somewhere else.
      if (subject && elsewhere(stripped.slice(subject.index + subject[0].length), main)) subject = null;
      // "Kuleba told reporters after meeting Lavrov", "Fomin said after the talks with the Ukrainian delegation": the speaker was there.
      const afterMeeting = subject && (/^after\b/i.test(subject[1]!) || /\bafter\s+(?:(?:the|their|his|her)\s+)?$/i.test(subject[0].slice(0, -subject[1]!.length)));
      const reported = subject && !afterMeeting && !/^(his|her|their) /i.test(subject[1]!) && /\b(said|says|told|urged|asked|called on|wants?|hopes?)\b/i.test(subject[0].slice(0, -subject[1]!.length));
      // "talks between X and Y" seats them; "a meeting between presidents X and Y" is a topic, not a seat.
      // ("a meeting with Putin is possible, but only if …": a meeting that may happen, not this one.)
      const object = (BEFORE.test(before) || BY_OFFICE.test(before)) && !elsewhere(after, main) && !/^[^.;]{0,30}?\b(?:(?:is|was|would be|could be|will be|seems)\s+possible|(?:could|would|might|may)\s+(?:take place|happen|come)|only if)\b/i.test(after) && !/\b(?:offered|ready|willing|wants?|hopes?) to (?:meet|host|mediate)\b[^.;]{0,60}$/i.test(before) && !/\b(?:a|any|no|possible|future|proposed|potential|eventual|direct|personal) (?:meeting|summit|talks) (?:between|with)\b[^.;]{0,60}$|\b(?:meeting|summit|talks) (?:between|of) (?:the )?(?:two )?(?:presidents|leaders)\b[^.;]{0,40}$|\bmeeting between (?:presidents|president)\b(?![^.;]*['’]s\s)/i.test(before);
      const pronoun = /\b(he|she) (?:would |will |could |to |should |had |has )?(attend|attended|join|joined|lead|led|head|headed|mediate|mediated|chair|chaired|host|hosted|take part|took part)\b/i.test(after) && !/\b(he|she)\b/i.test(before);
      // "Vladimir Medinsky, the Kremlin aide who heads Russia's delegation, said", "the head of the Russian delegation, presidential aide Vladimir Medinsky":
      // the description puts them at the table.
      const described = SEATED_DESCRIPTION.test(appositionOf(after)) || DELEGATE_BEFORE.test(before);
      if ((subject && !reported) || object || pronoun || described) {
        evidence ??= s.index;
        cueText += ` ${subject?.[1] ?? ''} ${before.slice(-40)}`;
      }
    }
    if (!absent && evidence === null && listed.has(person.id)) {
      evidence = listed.get(person.id)!;
      cueText += ' listed';
    }
    if (!absent && evidence === null && person.role && DELEGATE_ROLE.test(person.role) && main.date) {
      evidence = person.roleSentence ?? person.spots[0]!.sentence;
    }
    // The host or mediating country's minister or president, named in a sentence about the talks.
    const country = person.country ?? (person.known ? knowledge.participants.get(person.id)?.data.country ?? null : null);
    if (!absent && evidence === null && country && broker?.country === country && person.role && /\b(minister|president|envoy|king|emir|crown prince|prime minister)\b/i.test(person.role) && !NOT_LEADER.test(person.role)) {
      const spot = person.spots.find((p) => {
        const text = sentences[p.sentence]!.text;
        return main.about(p.sentence) && /\b(talks|negotiations|meeting|delegations|round)\b/i.test(text) && !/\b(call|phone)\b/i.test(text) && !HYPOTHETICAL.test(text.slice(0, p.at)) && !TITLE_AFTER.test(text.slice(p.end));
      });
      if (spot) [evidence, cueText] = [spot.sentence, broker.cue];
    }
    if (evidence === null || absent) {
      mentioned.push(person);
      continue;
    }
    const where = person.spots.find((p) => p.sentence === evidence) ?? person.spots[0]!;
    const cues = `${person.role ?? ''} ${cueText}`;
    const placed = country ?? contextCountry(sentences[where.sentence]!.text, where.at) ?? (MEDIATOR_CUE.test(cues) || HOST_CUE.test(cues) ? null : onlyParty(sentences[where.sentence]!, people, knowledge));
    const side = sideOf(placed, cues, hostCountry, person.role);
    table.push({
      id: person.id,
      name: person.name,
      known: person.known,
      role: person.role,
      country: placed,
      side,
      spots: person.spots,
      lead: /\b(head|heads|headed|heading|chief|lead|leads|led|leading)\b/i.test(`${person.role ?? ''} ${cueText}`) && (side === 'russia' || side === 'ukraine'),
      evidence,
    });
  }
  seatCoordinated(table, mentioned, sentences, knowledge, hostCountry);
  return { table, mentioned };
}

// Words that open a list of the people in a delegation or at the table, whoever the subject.
const STRONG_CUE = /\b(?:led|headed|chaired|hosted|mediated|co-chaired|represented|attended|opened|moderated)(?: once again| once more| again)? by\b|\b(?:also )?(?:at the table|present|in the room|around the table) (?:was|were)\b|\b(?:joining|accompanying) (?:[\p{L}'’.-]+ ){1,3}(?:were|was|are|is|will be)\b|\b(?:comprised|comprising|consisted of|consisting of|(?:was|were|is|are) made up of)\b/giu;
// Words that do so only after a delegation, a side or a team: "The Russian delegation also included …".
const TEAM_CUE = /\b(?:included|includes|include|including|joined by|accompanied by|along with|alongside|together with|as well as|with|sent|sends|will send|dispatched)\b/gi;
// "chief of staff to President Volodymyr Zelensky", "an adviser to Zelensky": a name inside someone else's title.
// "Medinsky, a former minister who now advises Putin": the one a member serves, named in his description.
const SERVED = /\b(?:advises|advised|advising|serves|served|works for|worked for|reports to|close to|appointed by|named by|loyal to)\s+(?:President\s+)?(?:\p{Lu}[\p{L}'’-]+\s+)?$/u;
// ("consisted of Foreign Minister Sergei Lavrov": the "of" of a list, not of a title.)
const INSIDE_TITLE = /\b(?:to\s+(?:the\s+)?|(?<!\b(?:consist(?:s|ed|ing)?|composed|made up|compris(?:ed|ing)|included|including)\s)(?:to|of|for|under)\s+(?:the\s+)?(?:(?:Russian|Ukrainian|US|U\.S\.|American|Turkish)\s+)?(?:President|Prime Minister|Premier|Chancellor|King|Emir|Crown Prince|Pope|Secretary-General|Foreign Minister|leader)\s+)$/;
const TEAM_NOUN = /\b(?:delegations?|team|side|negotiators|negotiating team|envoys|officials|talks|meeting|participants)\b/i;
// The end of the reach of a cue: another clause, or a speaker.
const CUE_END = /;|,\s*(?:while|whereas|but|which|where|said|says|told|according to|after|before|as|when|because)\b|\s(?:who|whose|said|says|told|after|before|because)\b|,\s*(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}(?:said|says|told)\b|[“”"]/u;

/**
 * "Russia's team … included Deputy Defence Minister Alexander Fomin and Leonid Slutsky, chairman of …",
 * "The US delegation comprised Special Envoy Steve Witkoff, Jared Kushner and …", "Ukraine was
 * represented by its human rights commissioner, Dmytro Lubinets": everyone the list names sits at the
 * table — except names inside another person's title ("chief of staff to President Zelensky",
 * "Putin's special envoy") and people said to stay away.
 */
// "Who was there:", "The delegations:", "Around the table:": a header over a list of those present.
const LIST_HEADER = /^(?:who (?:was|were) (?:there|present|at the table|in the room)|(?:the )?(?:delegations?|participants|line-?ups?|attendees|members|at the table|around the table|in the room)\b[^:]{0,40})\s*:\s*$/iu;
// A line of such a list: a bullet, a dash, a flag or another emoji first.
const LIST_ITEM = /^\s*(?:[-–—•▪▫◦*·]|\p{Regional_Indicator}|\p{Extended_Pictographic})/u;

function listedMembers(people: Person[], sentences: Sentence[], main: MainRound): Map<string, number> {
  const out = new Map<string, number>();
  // The lines under a list header name those at the table, each its own sentence.
  const underHeader = new Set<number>();
  for (const s of sentences) {
    if (!LIST_HEADER.test(s.text) || !main.about(s.index)) continue;
    for (let k = s.index + 1; k < sentences.length && LIST_ITEM.test(sentences[k]!.text); k++) underHeader.add(k);
  }
  for (const s of sentences) {
    if (!main.about(s.index)) continue;
    const reaches: [number, number][] = underHeader.has(s.index) ? [[0, s.text.length]] : [];
    for (const re of [STRONG_CUE, TEAM_CUE]) {
      for (const m of s.text.matchAll(re)) {
        if (re === TEAM_CUE) {
          const head = s.text.slice(0, m.index).split(/;/).at(-1)!;
          const near = head.slice(-80);
          // "Witkoff was accompanied by Kushner", "Russia sent its ombudsman": a person or a country as the subject will do.
          const subject = /^\s*(?:\S+\s+){0,5}?(?:was|were|is|are|will be)?\s*$/.test(head.replace(/^.*?([\p{Lu}][\p{L}'’-]+)\s*/u, '')) && (people.some((p) => p.spots.some((o) => o.sentence === s.index && o.end <= m.index && m.index - o.end < 25)) || isCountryWord(head.trim().split(/\s+/).at(-1) ?? ''));
          // "It also included …" after a sentence about the delegation: "it" is the team.
          const pronounTeam = /^\s*(?:it|they)\s+(?:also\s+)?$/i.test(head) && TEAM_NOUN.test(sentences[s.index - 1]?.text ?? '');
          if ((!TEAM_NOUN.test(near) && !subject && !pronounTeam) || /\b(?:talks|meeting) (?:on|about|over)\b[^,]*$/i.test(head)) continue;
          if (subject && /\b(?:joined|accompanied) by$/i.test(m[0])) {
            // The one joined sits at the table too.
            const host = people.find((p) => p.spots.some((o) => o.sentence === s.index && o.end <= m.index && m.index - o.end < 25));
            if (host && !out.has(host.id)) out.set(host.id, s.index);
          }
        }
        const rest = s.text.slice(m.index + m[0].length);
        // "represented by X, the defence minister; Y, who leads the party; and Z": a list in semicolons runs on.
        const semicolons = /;\s*(?:and\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u.test(rest);
        const stop = semicolons ? rest.search(/[“”"]|\.\s/) : rest.search(CUE_END);
        reaches.push([m.index + m[0].length, m.index + m[0].length + (stop >= 0 ? stop : rest.length)]);
      }
    }
    if (!reaches.length || ABSENT.test(s.text)) continue;
    for (const person of people) {
      for (const spot of person.spots) {
        if (spot.sentence !== s.index || !reaches.some(([a, b]) => spot.at >= a && spot.end <= b)) continue;
        const after = s.text.slice(spot.end);
        const before = s.text.slice(0, spot.at);
        if (/^['’]s\b/.test(after) || INSIDE_TITLE.test(before) || TITLE_AFTER.test(after) || HYPOTHETICAL.test(before)) continue;
        if (SERVED.test(before)) continue;
        // "…, Igor Kostyukov, Kremlin spokesman Dmitry Peskov told journalists": the speaker, not a member.
        if (/^\s*(?:said|says|told|added|wrote|noted|announced)\b/i.test(after)) continue;
        if (!out.has(person.id)) out.set(person.id, s.index);
      }
    }
  }
  return out;
}

/**
 * "led by Defence Minister Oleksii Reznikov and lawmaker David Arakhamia", "met Rubio, Waltz and Witkoff":
 * people listed with someone at the table sit there too.
 */
function seatCoordinated(table: TablePerson[], mentioned: Person[], sentences: Sentence[], knowledge: Knowledge, hostCountry: string | null): void {
  const linked = (gap: string) => {
    const rest = gap.replace(/^(?:['’]s)?,[^,;.]{0,90},/, '');
    // An apposition between the two names may describe the first ("Rubio, the Secretary of State, and Witkoff"), but a clause of speech ends the list.
    // "Witkoff and Secretary of State Marco Rubio": an office between the two names may hold "of".
    const office = /(?:,|\band|as well as|along with|with|alongside)\s+((?:[\p{L}'’.-]+\s+){1,6})$/u.exec(rest)?.[1]?.trim().split(/\s+/).every((w) => ROLE_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')) || (ROLE_JOINERS.has(w.toLowerCase()) && !/^(?:to|for)$/i.test(w)) || isCountryWord(w)) ?? false;
    return /^(?:['’]s)?(?:,[^,;.]{0,90},)?\s*(?:,|and|as well as|along with|with|alongside)\s+(?:[\p{L}'’.-]+\s+){0,6}$/u.test(gap) && (office ? !/\b(said|told|met|urged|with whom|signed)\b/i.test(rest) : !/\b(said|told|met|urged|with whom|of|to|for|signed)\b|['’]s\s/i.test(rest)) && !/^,\s*(?:\w+\s+){0,3}(?:said|says|told|added|wrote|would|will|that)\b/i.test(gap);
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const person of [...mentioned]) {
      // A spokesperson speaks about the talks; "…, Kremlin spokesman Dmitry Peskov told journalists" ends a list, not joins it.
      if (/\bspokes\w+/i.test(person.role ?? '') || person.official?.part === 'commentator') continue;
      const link = person.spots.find((spot) => {
        const text = sentences[spot.sentence]!.text;
        // "Trump's son-in-law", "Putin's envoy": a possessive names whose the next person is.
        if (/^['’]s\b/.test(text.slice(spot.end))) return false;
        if (/^\s*(?:said|says|told|added|wrote|noted|stressed|announced)\b/i.test(text.slice(spot.end))) return false;
        if (HYPOTHETICAL.test(text.slice(0, spot.at)) || INSIDE_TITLE.test(text.slice(0, spot.at)) || SERVED.test(text.slice(0, spot.at))) return false;
        return table.some((t) => t.spots.some((o) => o.sentence === spot.sentence && o.end <= spot.at && linked(text.slice(o.end, spot.at))));
      });
      if (!link) continue;
      const seated = table.find((t) => t.spots.some((o) => o.sentence === link.sentence))!;
      const country = person.country ?? (person.known ? knowledge.participants.get(person.id)?.data.country : undefined) ?? contextCountry(sentences[link.sentence]!.text, link.at) ?? seated.country;
      table.push({ id: person.id, name: person.name, known: person.known, role: person.role, country, side: sideOf(country, person.role ?? '', hostCountry, person.role), lead: false, evidence: link.sentence, spots: person.spots });
      mentioned.splice(mentioned.indexOf(person), 1);
      changed = true;
    }
  }
}

/** "The Ukrainian delegation, led by X", "sat on the Russian side", "China sent its envoy X": the country the context gives. */
export function contextCountry(text: string, at: number): string | null {
  // Only the name's own clause: "Lubinets led the Ukrainian side, while Russia was represented by X".
  const full = text.slice(0, at);
  const cut = Math.max(...[/;/g, /,\s*(?:while|whereas|but|and)\b/g, /\s(?:while|whereas)\s/g].map((re) => [...full.matchAll(re)].at(-1)?.index ?? -1));
  const before = cut > 0 ? full.slice(cut) : full;
  const team = [...before.matchAll(/\b(Ukrainian|Russian|Ukraine's|Russia's|Kyiv's|Kiev's|Moscow's|American|U\.S\.|US)\s+(?:delegation|team|side|negotiators|negotiating team)\b/gi)].at(-1);
  if (team) return countryOf(team[1]!.replace(/['’]s$/, '')) ?? null;
  const sender = /\b([\p{Lu}][\p{L}]+)\s+(?:sent|sends|will send|dispatched|was represented by|is represented by|will be represented by)\s+(?:its|his|her|their)?[^.;]{0,60}$/u.exec(before);
  if (sender) return countryOf(sender[1]!) ?? null;
  const after = text.slice(at, at + 120);
  const side = /^[^.;]{0,80}?\b(?:on|for) the (Ukrainian|Russian) side\b/i.exec(after);
  return side ? countryOf(side[1]!) ?? null : null;
}

/**
 * The one party a sentence speaks for, when it names only one: "…, Zelensky said, adding that Chief of
 * the General Staff Andrii Hnatov would also take part" is Ukraine's. Null when it names both sides or a
 * third country, so mediators are not given a side by accident.
 */
function onlyParty(sentence: Sentence, people: Person[], knowledge: Knowledge): string | null {
  const found = new Set<string>();
  for (const m of sentence.text.matchAll(/\b[\p{Lu}][\p{L}'’]+/gu)) {
    const c = countryOf(m[0]);
    if (c) found.add(c);
  }
  for (const p of people) {
    if (!p.spots.some((o) => o.sentence === sentence.index)) continue;
    const c = p.country ?? (p.known ? knowledge.participants.get(p.id)?.data.country : undefined);
    if (c) found.add(c);
  }
  return found.size === 1 && (found.has('Russia') || found.has('Ukraine')) ? [...found][0]! : null;
}

function sideOf(country: string | null, cues: string, hostCountry: string | null, role: string | null): Side {
  if (country === 'Russia') return 'russia';
  if (country === 'Ukraine') return 'ukraine';
  if (MEDIATOR_CUE.test(cues)) return 'mediator';
  if (HOST_CUE.test(cues)) return 'host';
  if (hostCountry && country === hostCountry && role && LEADER_ROLE.test(role) && !NOT_LEADER.test(role)) return 'host';
  return 'mediator';
}

/** Leaders when both sides are led by heads of state or government, ministers when by ministers, delegations otherwise. */
export function levelOf(table: TablePerson[], knowledge: Knowledge, text: string): Level {
  const roleOf = (p: TablePerson) => p.role ?? (p.known ? knowledge.participants.get(p.id)?.data.roles.at(-1)?.title ?? '' : '');
  const sides = (['russia', 'ukraine'] as const).map((side) => table.filter((p) => p.side === side).map(roleOf));
  const all = (test: (r: string) => boolean) => sides.every((roles) => roles.length > 0 && roles.some(test));
  if (all((r) => LEADER_ROLE.test(r) && !NOT_LEADER.test(r))) return 'leaders';
  if (all((r) => /\bminister\b/i.test(r) && !/\bdeputy\b/i.test(r))) {
    const heads = table.filter((p) => p.lead).map(roleOf);
    if (heads.length === 0 || heads.every((r) => /\bminister\b/i.test(r))) return /\bdelegation/i.test(text) && table.some((p) => /delegation/i.test(p.role ?? '')) ? 'delegations' : 'ministers';
  }
  if (/\b(presidents|leaders) (?:of russia and ukraine |of ukraine and russia )?(?:met|meet|will meet|held talks)\b/i.test(text)) return 'leaders';
  if (/\bforeign ministers\b[^.]{0,40}\b(met|meet|will meet|held talks|talks)\b/i.test(text) && sides.every((r) => r.length <= 1)) return 'ministers';
  return 'delegations';
}

const WELCOMED_WHOM = /^\s+(?:(?:the|both|his|her|their|its|two)\s+)?(?:[\w-]+\s+){0,3}?(?:delegations?|negotiators|guests|participants|envoys?|sides|teams?|counterparts?|representatives|leaders|ministers|talks|meeting|negotiations|session|round|discussions|consultations)\b|^\s+\p{Lu}|^\s+(?:it|them)\b/u;
const OFFER = /\b(?:offered|offers|offer|ready|willing|wants?|wanted|hopes?|hoped|invited|asked|urged|called on|proposed)\s+(?:\w+\s+){0,2}to\s+\w*\s*$/i;
const WEAK_VERB = /^(?:signed|agreed|reached|failed to|sent|found|find|finds|discussed|discuss|talked|arrived|arrive|arrives|represents|represented|representing|opened|opening|sat|sit|join|joins|joined)$/i;
const MEETING_WORD = /\b(talks|negotiat\w+|meeting|round|delegations?|(?:negotiating )?team|summit|session|consultations|ceremony|signing|table|deal|accord|agreement|moderat\w+|in the room)\b/i;

/** The words after a name up to the end of its clause: a relative clause of another name ("…, which Erdogan has offered to host") is not its own. */
function ownClause(after: string): string {
  const end = after.search(/,\s*(?:which|where|whereas|while|but|after|before|as|when|although|though)\b|;|\s+but\s|[“”"]/);
  return end >= 0 ? after.slice(0, end) : after;
}

/** Whether the words after a name place that person's meeting in another city than the round's ("met Erdogan in Ankara"). */
function elsewhere(after: string, main: MainRound): boolean {
  const clause = after.split(/[,;.]/)[0] ?? '';
  const m = /\b(?:in|at) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u.exec(clause);
  if (!m) return false;
  const city = cityNamed(m[1]!);
  return !!city && !!main.place?.city && city.name.toLowerCase() !== main.place.city.toLowerCase() && !(main.place.venue && m[1]!.length < 3);
}

function clauseAround(text: string, at: number): string {
  // "did not attend the meeting but met Zuppi": "but" opens a clause with or without its comma, unless it only
  // goes on with the same subject ("Rubio held separate talks … but did not attend the meeting").
  const opensClause = (i: number) => !/^\s*but\s+(?:(?:did|does|was|were|is|has|had|will|would)\s*(?:not|n't)|never|declined|refused|skipped|stayed)\b/i.test(text.slice(i));
  const buts = [...text.matchAll(/,? but /g)].map((m) => m.index).filter(opensClause);
  const start = Math.max(text.lastIndexOf(';', at), text.lastIndexOf(', while', at), ...buts.filter((i) => i < at), 0);
  const ends = [text.indexOf(';', at), text.indexOf(', while', at), ...buts.filter((i) => i > at)].filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

const SEATED_DESCRIPTION = /\b(?:heads?|heading|leads?|leading|led|headed|chairs?|chaired|chairing|hosts?|hosted|hosting|mediated|mediates|(?:is|was|are|were) (?:a |also )?(?:part|members?) of|members? of|sits? on|sat on|joined)\b[^,.;]{0,40}\b(?:delegation|team|talks|negotiations|meeting|negotiating)\b|\b(?:sits?|sat|sitting|was|were) at the (?:negotiating )?table\b/i;
const TITLE_BEFORE = /\b(?:an? |the |senior |chief |top )?(?:adviser|advisor|aide|spokes(?:man|woman|person)|assistant|chief of staff|press secretary) (?:to|of|for) (?:the )?(?:(?:Ukrainian |Russian |US |U\.S\. |Turkish )?(?:President|Prime Minister|Foreign Minister|Minister|leader) )?$/i;
const DELEGATE_BEFORE = /\b(?:chief|lead|top|head|principal)\s+negotiator\s*,\s+(?:[\p{L}'’.-]+\s+){0,4}$|\b(?:head|chief|leader|members?|head of|leader of)\s+(?:of\s+)?(?:the\s+)?(?:[\p{Lu}][\p{L}'’]+\s+)?(?:delegation|negotiating team)\s*,?\s+(?:[\p{L}'’.-]+\s+){0,4}$/u;

/** The description set off by commas right after a name: `, the Kremlin aide who heads Russia's delegation,`. */
function appositionOf(after: string): string {
  // (A "who" clause may close the sentence: "Umerov, who … will again head the delegation.")
  return /^(?:['’]s)?\s*,([^,;.]{3,120})(?:,|$)/.exec(after)?.[1] ?? /^(?:['’]s)?\s*,(\s*who\b[^,;.]{3,120})\.?$/.exec(after)?.[1] ?? '';
}

/** Drops an apposition after a name (`, Ukraine's defence minister,`) so the verb after it is seen. */
function stripApposition(after: string): string {
  return after.replace(/^['’]s\b/, '').replace(/^\s*,(?!\s*who\b)[^,]{0,80},/, '').replace(/^\s*\([^)]*\)/, '').replace(/^\s*,\s*who\b/, '');
}

/** A third country the text says hosts, mediates or facilitates the talks: "facilitated by Turkey", "Saudi Arabia hosted". */
function brokerOf(sentences: Sentence[], main: MainRound): { country: string; cue: string } | null {
  for (const s of sentences) {
    if (!main.about(s.index)) continue;
    const m = /\b(hosted|mediated|facilitated|brokered|chaired) by ([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)|\b([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)(?:['’]s)? (?:is |was |will |has |had )?(?:repeatedly )?(?:hosting|hosted|hosts|host|mediating|mediated|mediate|facilitating|facilitated|brokering|brokered)\b/u.exec(s.text);
    if (!m) continue;
    const country = countryOf(m[2] ?? m[3]!);
    if (country && country !== 'Russia' && country !== 'Ukraine') return { country, cue: (m[1] ?? m[0]).toLowerCase() };
  }
  return null;
}
