/**
 * Stage 2: the article's title, publisher and publication day, from what the
 * page itself shows, in order of trust: the editor's options; the saved page's
 * own metadata; an archive's ` date YYYY-MM-DD` tag; a day in the URL's path;
 * a wire dateline ("KYIV, March 8 (Xinhua) --"); a "Published …" stamp. A date
 * printed alone at the top of a page may be the day the page was shown, so it
 * is kept as `displayDate` and used only when no dated sentence contradicts it.
 */
import * as chrono from 'chrono-node';
import { isDateLine, type CleanArticle } from './clean.ts';
import { oneLine } from './clean-html.ts';
import { daysApart, looksAhead } from './dates.ts';
import { countryOf, GRAMMAR, placeNamed } from './lexicon.ts';
import { latinBase, readSentences, tenseAt } from './nlp.ts';
import { hostOf } from './text.ts';
import type { IngestOptions } from './types.ts';

export interface Metadata {
  title: string | null;
  /** Where the title came from: the page, or (with a warning) the URL or the first sentence. */
  titleSource: 'page' | 'url' | 'text' | null;
  /** The paragraph the headline was found in, when it was not on a line of its own above the text. */
  titleParagraph: number | null;
  publisher: string | null;
  publisherSource: 'option' | 'page' | 'text' | 'url' | null;
  published: string | null;
  publishedSource: 'option' | 'page' | 'archive' | 'url' | 'dateline' | 'stamp' | 'header' | null;
  /** A header date that is not the article's. */
  displayDate: string | null;
  url: string | null;
  /** The wire dateline opening the article, if any. */
  dateline: Dateline | null;
  /** The news agency a dateline or credit names, when the copy is syndicated. */
  wire: string | null;
  /** Years the URL and the text name, newest first, for days given without one. */
  years: number[];
  warnings: string[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `near(day)` tells whether the record has talks within days of `day`: it settles a dateline's
 * year the weekdays leave open. `publisherOf(host)` names the outlet the record credits for a
 * web address's host (`rt.com` → `RT`), when it knows one.
 */
export function findMetadata(clean: CleanArticle, options: IngestOptions, now = new Date(), near?: (day: string) => boolean, publisherOf?: (host: string) => string | undefined): Metadata {
  const warnings: string[] = [];
  const url = oneLine(options.url ?? clean.hints.url) ?? null;
  const text = [clean.title ?? '', ...clean.paragraphs].join('\n');
  const dateline = readDateline(clean.paragraphs.slice(0, 3));
  // The years the page names, most telling first: its web address, a date printed on the page, the text.
  const pageYears = yearsNamed(url, [...clean.headerDates, ...clean.removed.filter(isDateLine)].join(' '), '', now);
  const years = yearsNamed(url, [...clean.headerDates, ...clean.removed.filter(isDateLine)].join(' '), text, now);

  // The publication day.
  const candidates: [Metadata['publishedSource'], string | null][] = [
    ['option', options.published ?? null],
    ['page', isoDay(clean.hints.published)],
    ['archive', clean.hints.archiveDate ?? null],
    ['url', url ? urlDay(url) : null],
    ['dateline', dateline?.date ? dayOf(dateline.date, pageYears, weekdaysNamed(clean.paragraphs.slice(dateline.paragraph, dateline.paragraph + 3)), years, now, near) : null],
    ['stamp', clean.removed.map(stampDay).find(Boolean) ?? null],
  ];
  let [publishedSource, published] = candidates.find(([, day]) => day && ISO.test(day) && day <= isoDay(now.toISOString())!) ?? [null, null];
  const header = clean.headerDates.map((line) => absoluteDay(line)).find(Boolean) ?? null;
  let displayDate: string | null = null;
  if (!published && header && !contradicted(header, text)) [published, publishedSource] = [header, 'header'];
  else if (header && published && Math.abs(daysApart(header, published)) > 2) {
    displayDate = header;
    warnings.push(`the page shows ${header}, which is not the article's day (${published}); kept as displayDate`);
  }
  if (!published) warnings.push('no publication date found; pass --published YYYY-MM-DD');

  // The title: the page's headline — the line near the top that the URL's words spell, when the
  // URL spells one — else the words of the URL, else the first sentence.
  let title = oneLine(clean.title) ?? null;
  let titleSource: Metadata['titleSource'] = title ? 'page' : null;
  let titleParagraph: number | null = null;
  // A URL in another language than the text (a transliterated slug) spells nothing here.
  const slug = url ? urlWords(url) : [];
  if (slug.length >= 4 && spelled(text, slug) >= HEADLINE_MATCH && (!title || spelled(title, slug) < HEADLINE_MATCH)) {
    // A headline is short and ends without a full stop; the lead the URL also spells does not.
    const near = clean.paragraphs.slice(0, 8).map((line, i) => ({ i, share: line.split(/\s+/).length <= 20 && !/\.["”’]?$/.test(line) ? spelled(line, slug) : 0 }));
    const best = near.reduce((a, b) => (b.share > a.share ? b : a), { i: -1, share: 0 });
    if (best.share >= HEADLINE_MATCH) [title, titleSource, titleParagraph] = [oneLine(clean.paragraphs[best.i]!)!, 'page', best.i];
    else if (title && spelled(title, slug) < 0.25) {
      warnings.push(`the line \`${title}\` above the text shares few words with the URL, so it was not taken as the headline`);
      [title, titleSource] = [null, null];
    }
  }
  if (!title) {
    const fromUrl = url ? urlTitle(url, text) : null;
    const first = readSentences(clean.paragraphs.slice(0, 1))[0]?.text ?? null;
    [title, titleSource] = fromUrl ? [fromUrl, 'url'] : first ? [cut(first, 14), 'text'] : [null, null];
    if (title) warnings.push(`no headline on the page; the title \`${title}\` was taken from the ${titleSource === 'url' ? 'URL' : 'first sentence'}: check it`);
    else warnings.push('no headline found');
  }

  // The publisher: the editor's word, the page's own name, a signature in the text, the web
  // address (by the name the record gives that outlet, when it has one).
  const signed = signature(clean) ?? masthead(clean.removed) ?? bylineOutlet(clean.removed);
  const wire = dateline?.agency ?? clean.hints.credit ?? sourceLine([...clean.removed, ...clean.paragraphs.slice(-3)]) ?? null;
  // Wire copy no outlet claims is the agency's own.
  const [publisher, publisherSource] = options.publisher?.trim()
    ? [options.publisher.trim(), 'option' as const]
    : clean.hints.siteName ? [oneLine(clean.hints.siteName)!, 'page' as const]
    : signed ? [signed, 'text' as const]
    : url ? [publisherOf?.(hostOf(url)) ?? hostOf(url), 'url' as const]
    : wire ? [wire, 'text' as const]
    : [null, null];
  if (wire && publisher && wire.toLowerCase() !== publisher.toLowerCase() && publisherSource !== 'option') warnings.push(`the text credits ${wire}; publisher set to ${publisher}, the outlet whose copy this is`);
  if (!publisher) warnings.push('no publisher found on the page; pass --publisher NAME (or --url)');

  return { title, titleSource, titleParagraph, publisher, publisherSource, published, publishedSource, displayDate, url, dateline, wire, years, warnings };
}

/** `2022-03-29T10:00:00Z` → `2022-03-29`. */
function isoDay(value: string | undefined | null): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? m[1]! : null;
}

/**
 * The day in a web address's path: `/2022/03/29/`, `/2022-03-29-`, `/20220329`.
 * @example urlDay('https://example.com/news/2022/03/29/talks') // '2022-03-29'
 */
export function urlDay(url: string): string | null {
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  const m = /(?:^|[/_-])(20\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The years the URL and the text name, newest first, none after `now`. */
function yearsNamed(url: string | null, page: string, text: string, now: Date): number[] {
  const inText = [...text.matchAll(/\b(20\d{2})\b/g)].map((m) => Number(m[1])).sort((a, b) => b - a);
  const found = [...(url?.replace(/^https?:\/\/[^/]+/, '') ?? '').matchAll(/(?:^|\D)(20\d{2})(?=\D|$)/g), ...page.matchAll(/\b(20\d{2})\b/g)].map((m) => Number(m[1]));
  return [...new Set([...found, ...inText])].filter((y) => y >= 2000 && y <= now.getUTCFullYear());
}

/**
 * A day written with or without its year. Without one: the year the page itself prints (its address, a
 * date on it), else the latest year, no earlier than any the text names, that best fits the weekdays
 * the opening names — a day reported as past or present on the day or the day before, one ahead within
 * three days ("Feb. 27 … said Sunday … will submit a resolution Monday" is 2022) — else none.
 */
function dayOf(words: string, pageYears: number[], weekdays: { weekday: number; ahead: boolean }[], textYears: number[], now: Date, near?: (day: string) => boolean): string | null {
  const r = chrono.parse(words, { instant: now, timezone: 0 })[0];
  if (!r || !r.start.isCertain('day')) return null;
  const [month, day] = [r.start.get('month')!, r.start.get('day')!];
  let year: number | undefined = r.start.isCertain('year') ? r.start.get('year')! : pageYears[0];
  if (year === undefined) {
    const wd = (y: number, shift: number) => new Date(Date.UTC(y, month - 1, day + shift)).getUTCDay();
    // A weekday reported as past is the day or the day before (or earlier that week, which counts less); one ahead, within the week.
    const score = (w: { weekday: number; ahead: boolean }, y: number) => (w.ahead ? [1, 2, 3, 4, 5, 6] : [0, -1, -2, -3, -4, -5, -6]).reduce((best, shift) => (wd(y, shift) === w.weekday ? Math.max(best, Math.abs(shift) <= 1 ? 2 : 0.5) : best), 0);
    const fit = (y: number) => weekdays.reduce((sum, w) => sum + score(w, y), 0);
    const years: number[] = [];
    for (let y = now.getUTCFullYear(); y >= Math.max(2000, ...textYears); y--) if (fit(y) > 0) years.push(y);
    const best = Math.max(0, ...years.map(fit));
    // Of the years that fit equally well, one in which the record has talks within days of the date.
    const tied = years.filter((y) => fit(y) === best);
    year = tied.find((y) => near?.(iso(y, month, day))) ?? tied[0];
  }
  return year ? iso(year, month, day) : null;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The weekdays the opening paragraphs name, and whether each is spoken of as ahead. */
function weekdaysNamed(paragraphs: string[]): { weekday: number; ahead: boolean }[] {
  const out: { weekday: number; ahead: boolean }[] = [];
  for (const s of readSentences(paragraphs)) {
    s.tokens.forEach((t, i) => {
      const weekday = GRAMMAR.weekdays.indexOf(t.lower);
      if (weekday >= 0) out.push({ weekday, ahead: looksAhead(s, i) || tenseAt(s, i) === 'future' });
    });
  }
  return out;
}

/** A day with its year written in a line: `Published: March 8, 2022`, `10.03.2022`. */
function absoluteDay(line: string): string | null {
  const numeric = /\b(\d{1,2})[./](\d{1,2})[./](20\d{2})\b/.exec(line);
  if (numeric) {
    let [d, m] = [Number(numeric[1]), Number(numeric[2])];
    if (m > 12 && d <= 12) [d, m] = [m, d];
    return m <= 12 && d <= 31 ? `${numeric[3]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
  }
  const r = chrono.parse(line, { instant: new Date(), timezone: 0 })[0];
  // "Updated 2 hours ago", "yesterday": relative to when the page was saved, not a day of its own.
  if (!r || !r.start.isCertain('day') || !r.start.isCertain('year') || [...r.tags()].some((t) => t.startsWith('casualReference/') || t === 'result/relativeDate')) return null;
  return `${r.start.get('year')}-${String(r.start.get('month')).padStart(2, '0')}-${String(r.start.get('day')).padStart(2, '0')}`;
}

/** The day of a removed "Published …" / "Updated …" stamp. */
function stampDay(line: string): string | null {
  return /^(?:published|posted|first published|date)\b/i.test(line) ? absoluteDay(line) : null;
}

/** Whether the text dates something (with its year) after `day`: then `day` cannot be the article's. */
function contradicted(day: string, text: string): boolean {
  return chrono.parse(text, { instant: new Date(), timezone: 0 }).some((r) => r.start.isCertain('year') && r.start.isCertain('day') && daysApart(day, r.start.date().toISOString().slice(0, 10)) > 1);
}

export interface Dateline {
  /** Which of the first paragraphs opens with it, and its words, so the reading can start after it. */
  paragraph: number;
  prefix: string;
  city: string | null;
  date: string | null;
  agency: string | null;
}

/**
 * A wire dateline opening the article: a place, maybe a day, maybe an agency, then a dash, a colon
 * or the agency's slashes — `KYIV, March 8 (Xinhua) --`, `MOSCOW, May 15. /TASS/.`, `Feb. 27 (UPI) —`,
 * `New Delhi (India) May 17:` — or the same alone on a short line (`Moscow, April 1 (AFP) Apr 01, 2022`).
 */
export function readDateline(paragraphs: string[]): Dateline | null {
  for (const [i, p] of paragraphs.entries()) {
    const short = p.split(/\s+/).length <= 10;
    const m = /^(.{2,70}?)(?:\s*\(([^()]{2,30})\))?\s*(?:--|—|–|-|:|\/([^/]{2,20})\/\.?)\s+/u.exec(p) ?? (short ? /^(.+?)(?:\s*\(([^()]{2,30})\))?(.{0,0})$/u.exec(p) : null);
    if (!m) continue;
    const prefix = m[1]!.replace(/[.,]$/, '').trim();
    const words = prefix.replace(/\([^()]*\)/g, ' ').split(/[\s,]+/).filter(Boolean);
    // Every word capitalised, a number, or a month: no sentence has begun yet.
    if (words.length === 0 || words.length > 10 || !words.every((w) => /^[\p{Lu}\d]/u.test(w))) continue;
    const days = chrono.parse(p.slice(0, m[0].length), { instant: new Date(), timezone: 0 }).filter((r) => r.start.isCertain('day'));
    const date = (days.find((r) => r.start.isCertain('year')) ?? days[0])?.text.trim() ?? null;
    const place = prefix.split(/[,(]/)[0]!.trim();
    const caps = place.length >= 3 && place === place.toUpperCase() && /\p{Lu}/u.test(place);
    const city = caps || placeNamed(place) ? titleCase(place) : null;
    const agency = [m[2], m[3]].map((a) => a?.trim()).find((a) => a && !placeNamed(a) && !countryOf(a)) ?? null;
    if (!city && !date) continue;
    return { paragraph: i, prefix: m[0], city, date, agency };
  }
  return null;
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/**
 * The outlet signing its own copy at the end of a sentence, verb first: `…, writes UNN.`, `…, reports Ukrinform.`
 */
function signature(clean: CleanArticle): string | null {
  for (const s of readSentences(clean.paragraphs.slice(0, 3))) {
    const t = s.tokens.filter((x) => x.pos !== 'PUNCT' || x.text === ',');
    const n = t.length;
    for (let k = 1; k <= 3 && n - k - 2 >= 0; k++) {
      const name = t.slice(n - k);
      const verb = t[n - k - 1]!;
      if (t[n - k - 2]!.text === ',' && ['write', 'report'].includes(verb.lemma) && verb.lower.endsWith('s') && name.every((x) => x.pos === 'PROPN' && x.capital)) return name.map((x) => x.text).join(' ');
    }
  }
  return null;
}

/** `© 2024 Shampratik Deshkal All Rights Reserved.` → `Shampratik Deshkal`: the outlet's own copyright line. */
function masthead(removed: string[]): string | null {
  for (const line of removed) {
    const m = /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?([^.|,]{2,60}?)\s*(?:[.,|]|all rights reserved|$)/i.exec(line.trim());
    if (m?.[1] && /\p{L}/u.test(m[1]) && !/all rights/i.test(m[1])) return m[1].trim();
  }
  return null;
}

/** `By Euronews with AP` → `Euronews`, `By RFE/RL's Russian Service` → `RFE/RL`: a byline signed by an outlet, not a person. */
function bylineOutlet(removed: string[]): string | null {
  for (const line of removed) {
    const m = /^by\s+(.+)$/i.exec(line.trim());
    if (!m) continue;
    const first = m[1]!.split(/\s*(?:,|\band\b|&|\bwith\b)\s*/)[0]!.trim();
    const owner = /^(.+?)['’]s\s/.exec(first)?.[1];
    if (owner) return owner;
    if (/\b(?:news|staff|service|agency|media|times|post|press|radio|tv|desk)$/i.test(first) || (/\bwith\b/i.test(m[1]!) && !first.includes(' '))) return first.replace(/\s+(?:staff|desk)$/i, '');
  }
  return null;
}

/** `Source: Vietnam Insider` under a repost: the outlet whose copy it is. */
function sourceLine(lines: string[]): string | null {
  for (const line of lines) {
    const m = /^source:\s*([\p{Lu}][\p{L}\d .&'’-]{1,40})$/iu.exec(line.trim());
    if (m) return m[1]!.trim();
  }
  return null;
}

/** The words of the URL's last part: `…/russia-ukraine-talks-end-in-istanbul-123.html` → russia, ukraine, talks, … */
function urlWords(url: string): string[] {
  const last = url.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '';
  return last.replace(/\.[a-z]{2,5}$/, '').split(/[-_]+/).filter((w) => /^[a-z]+$/i.test(w));
}

/** A headline spells at least this share of the URL's words. */
const HEADLINE_MATCH = 0.6;

/** The share of the URL's words a line contains, letters compared without accents or case. */
function spelled(line: string, slug: string[]): number {
  const words = new Set(latinBase(line.toLowerCase()).split(/[^a-z]+/));
  return slug.filter((w) => words.has(latinBase(w.toLowerCase()))).length / slug.length;
}

/**
 * The URL's words as a headline, each cased as the text most often writes it inside a sentence:
 * `russia` → `Russia`, `uae` → `UAE`, `talks` → `talks`. Capitals of a shouted heading
 * (`UKRAINE`) count only for short words, the acronyms.
 */
function urlTitle(url: string, text: string): string | null {
  const words = urlWords(url);
  if (words.length < 4) return null;
  const counts = new Map<string, Map<string, number>>();
  for (const m of text.matchAll(/(?<![.!?:"“]\s*|^)\b\p{L}+/gmu)) {
    const form = m[0];
    if (form.length > 4 && form === form.toUpperCase()) continue;
    const key = latinBase(form.toLowerCase());
    const forms = counts.get(key) ?? new Map<string, number>();
    forms.set(form, (forms.get(form) ?? 0) + 1);
    counts.set(key, forms);
  }
  const cased = words.map((w) => {
    const forms = [...(counts.get(latinBase(w.toLowerCase()))?.entries() ?? [])];
    return forms.length ? forms.reduce((a, b) => (b[1] > a[1] ? b : a))[0] : w.toLowerCase();
  });
  return cased[0]![0]!.toUpperCase() + cased.join(' ').slice(1);
}

function cut(sentence: string, words: number): string {
  const w = sentence.split(/\s+/);
  return w.length <= words ? sentence.replace(/[.!?]$/, '') : `${w.slice(0, words).join(' ')}…`;
}
