/**
 * Stage 2: the article's title, publisher and publication date, where the
 * text or page shows them. The date a page prints in its header is only the
 * day the page was shown: it is kept as `displayDate` and trusted only when
 * nothing in the text contradicts it.
 */
import * as chrono from 'chrono-node';
import { BYLINE, isDateLine, type CleanArticle } from './clean.ts';
import { oneLine } from './clean-html.ts';
import { daysApart, findDates, MONTHS, shiftDay, tenseAt, yearForWeekday } from './dates.ts';
import { splitSentences, type Sentence } from './text.ts';
import type { IngestOptions } from './types.ts';

export interface Metadata {
  title: string | null;
  publisher: string | null;
  /** Where the publisher came from, for messages. */
  publisherSource: 'option' | 'page' | 'masthead' | 'byline' | 'wire' | 'credit' | null;
  published: string | null;
  publishedSource: 'option' | 'page' | 'dateline' | 'header' | 'text' | 'round' | null;
  /** A header date that cannot be the article's. */
  displayDate: string | null;
  /** The header date, before it was checked. */
  headerDate: string | null;
  url: string | null;
  /** A city named in a wire dateline, e.g. `GENEVA`. */
  datelineCity: string | null;
  /** Whether the year of the publication date is only this year, for want of any year or weekday in the text. */
  yearGuessed: boolean;
  warnings: string[];
}

const WIRES: Record<string, string> = {
  reuters: 'Reuters', ap: 'Associated Press', 'associated press': 'Associated Press', afp: 'AFP', 'agence france-presse': 'AFP',
  dpa: 'dpa', xinhua: 'Xinhua', anadolu: 'Anadolu Agency', aa: 'Anadolu Agency', tass: 'TASS', interfax: 'Interfax', ukrinform: 'Ukrinform',
  'ria novosti': 'RIA Novosti', wam: 'WAM', bloomberg: 'Bloomberg', upi: 'UPI', efe: 'EFE', ansa: 'ANSA', unian: 'UNIAN', 'kyodo': 'Kyodo',
};

// `ISTANBUL, May 16 (Reuters) -`, `KYIV, Ukraine (AP) —`, `Geneva, 23 November 2025 (AFP) -`
// `MOSCOW, April 1. /TASS/.` and `ABU DHABI, 24th January, 2026 (WAM) --` too.
const DATELINE = /^(?<place>[\p{Lu}][\p{Lu}\p{L} .'’-]{1,40}?)(?:,\s*(?<region>[\p{Lu}][\p{L} .]{1,25}?))?(?:(?:,|\.(?=\s+[A-Z][a-z]{2,8}\.? \d))\s*(?<date>(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8})(?:,? \d{4})?))?(?:\s*(?:\((?<agency>[\p{L} .&-]{2,30})\))?\s*[-–—]{1,2}\s|\.?\s*\/(?<slash>[\p{L} .&-]{2,30})\/\.?\s)/u;
// A dateline printed on a line of its own, as Anadolu Agency does: `ANTALYA, Türkiye`.
const DATELINE_LINE = /^(?<place>\p{Lu}[\p{Lu} .'’-]{2,30})(?:,\s*[\p{Lu}][\p{L} ]{2,25})?$/u;

export function findMetadata(clean: CleanArticle, options: IngestOptions, now = new Date()): Metadata {
  const warnings: string[] = [];
  // The dateline opens the first paragraph, or the second or third under a kicker or a line the headline test passed over.
  const first = clean.paragraphs.slice(0, 3).find((p) => DATELINE.test(p)) ?? clean.paragraphs[0] ?? '';
  const dateline = DATELINE.exec(first);
  if (dateline?.groups!.slash) dateline.groups!.agency = dateline.groups!.slash;
  const isDateline = !!dateline && (!!dateline.groups!.agency || !!dateline.groups!.date || /^[\p{Lu} .'-]{3,}$/u.test(dateline.groups!.place!));
  const wire = isDateline && dateline!.groups!.agency ? WIRES[dateline!.groups!.agency.toLowerCase().trim()] ?? dateline!.groups!.agency.trim() : undefined;
  const ownLine = isDateline ? null : clean.paragraphs.slice(0, 4).map((p) => DATELINE_LINE.exec(p.trim())).find((m) => m && !/\p{Ll}/u.test(m.groups!.place!) && m.groups!.place!.trim().length >= 4);

  // Publisher: the editor's word, then the page, the masthead, an outlet's byline, a wire tag, a credit.
  const masthead = findMasthead(clean.removed);
  const credit = findCredit(clean.paragraphs, clean.removed);
  const byline = bylineOutlet(clean.removed);
  const [publisher, publisherSource] = options.publisher?.trim()
    ? [options.publisher.trim(), 'option' as const]
    : clean.hints.siteName ? [clean.hints.siteName, 'page' as const]
    : masthead ? [masthead, 'masthead' as const]
    : byline ? [byline, 'byline' as const]
    : wire ? [wire, 'wire' as const]
    : credit ? [credit, 'credit' as const]
    : [null, null];
  const syndicated = [wire, credit].find((p) => p && publisher && p.toLowerCase() !== publisher.toLowerCase());
  if (syndicated && publisherSource !== 'option') warnings.push(`the text credits ${syndicated}; publisher set to ${publisher}, the outlet whose copy this is`);

  const headerDate = clean.headerDates.map((line) => absoluteDay(line)).find(Boolean) ?? null;
  let published: string | null = null;
  let publishedSource: Metadata['publishedSource'] = null;
  const datelineDay = isDateline && dateline!.groups!.date ? datelineDate(dateline!.groups!.date, clean, now) : null;
  const stamped = clean.removed.map((line) => (/^(published|updated|posted|last updated)\b/i.test(line) || BYLINE_DATE.test(line) ? numericDay(line) ?? absoluteDay(line) : null)).find(Boolean) ?? null;
  // A date line with a time of day ("March 8, 2022 1:37 am") is the article's timestamp; a bare
  // date line ("Sunday, March 3, 2024") may be the day the page was shown.
  const timestamped = clean.headerDates.filter((line) => /\b\d{1,2}[:.]\d{2}\b/.test(line.replace(/^[^,]*\d{4}/, ''))).map((line) => numericDay(line) ?? absoluteDay(line)).find(Boolean) ?? null;
  if (options.published) [published, publishedSource] = [options.published, 'option'];
  else if (clean.hints.published) [published, publishedSource] = [clean.hints.published, 'page'];
  else if (stamped) [published, publishedSource] = [stamped, 'page'];
  else if (timestamped) [published, publishedSource] = [timestamped, 'page'];
  else if (datelineDay) [published, publishedSource] = [datelineDay, 'dateline'];
  else {
    const fromText = dateFromText(clean, now);
    if (fromText) [published, publishedSource] = [fromText, 'text'];
    else if (headerDate) [published, publishedSource] = [headerDate, 'header'];
    else {
      // A saved page whose date line sat outside the article text (`<div class="date">16.05.2025</div>`):
      // the first date printed alone on the page, checked against the text like any header date.
      const pageDate = [clean.hints.dateLine ?? '', ...clean.removed].filter((line) => isDateLine(line)).map((line) => numericDay(line) ?? absoluteDay(line)).find(Boolean);
      if (pageDate) [published, publishedSource] = [pageDate, 'header'];
    }
  }
  let displayDate: string | null = null;
  if (headerDate && published && publishedSource !== 'header' && Math.abs(daysApart(headerDate, published)) > 2) {
    displayDate = headerDate;
    warnings.push(`the page header shows ${headerDate}, which is not the article's date (${published}); kept as displayDate`);
  }
  if (publishedSource === 'text') warnings.push(`publication date ${published} read from the dates in the text; pass --published YYYY-MM-DD if it is wrong`);

  const title = oneLine(clean.title) ?? null;
  return {
    title,
    // Every value on one line, wherever it came from (a page's attribute may span lines).
    // The editor's --publisher is kept as given (it was checked to be on one line).
    publisher: publisherSource === 'option' ? publisher : oneLine(publisher) ?? null,
    publisherSource,
    published,
    publishedSource,
    displayDate,
    headerDate,
    url: oneLine(options.url ?? clean.hints.url) ?? null,
    datelineCity: isDateline ? titleCase(dateline!.groups!.place!) : ownLine ? titleCase(ownLine.groups!.place!) : null,
    yearGuessed: publishedSource === 'dateline' && !!datelineDay && !/\d{4}/.test(dateline!.groups!.date!) && !/\b20[12]\d\b/.test(clean.paragraphs.join(' ')) && Object.values(weekdaysIn(clean)).every((days) => days.length === 0),
    warnings,
  };
}

/** A header date proved wrong by the text: keep it as displayDate, date the article from `published` instead. */
export function rejectHeaderDate(meta: Metadata, reason: string, published: string | null): Metadata {
  return {
    ...meta,
    displayDate: meta.headerDate,
    published,
    publishedSource: published ? 'round' : null,
    warnings: [
      ...meta.warnings,
      `the page header shows ${meta.headerDate}, but ${reason}; kept as displayDate, not as the publication date`,
      ...(published ? [`publication date ${published} inferred from the round the article reports; pass --published YYYY-MM-DD to confirm it`] : []),
    ],
  };
}

/** `Tuncay Cakmak | 10.03.2022`, `By Jane Doe | 23.07.2025 - Update : 23.07.2025`: an author and the day. */
export const BYLINE_DATE = /^(?:by\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*\|\s*(?:\d{1,2}[./]\d{1,2}[./]\d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})/u;

/**
 * A day written in numbers, as European sites print it: `10.03.2022`, `25/05/2025`. The day comes
 * first unless only the other reading is a date (the US order is rare in numeric bylines).
 * @example numericDay('Published on 25/05/2025 - 17:48') // '2025-05-25'
 */
export function numericDay(text: string): string | null {
  const m = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(text);
  if (!m) return null;
  let [day, month] = [Number(m[1]), Number(m[2])];
  if (month > 12 && day <= 12) [day, month] = [month, day];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function absoluteDay(text: string): string | null {
  // Numbers are read day first, which chrono does not do: `03.04.2022` is 3 April.
  const numeric = numericDay(text);
  if (numeric) return numeric;
  const r = chrono.parse(text, { instant: new Date(), timezone: 0 })[0];
  if (!r || !r.start.isCertain('day') || !r.start.isCertain('year')) return null;
  return `${r.start.get('year')}-${String(r.start.get('month')).padStart(2, '0')}-${String(r.start.get('day')).padStart(2, '0')}`;
}

function datelineDate(text: string, clean: CleanArticle, now: Date): string | null {
  const full = absoluteDay(text);
  if (full) return full;
  const r = chrono.parse(text, { instant: now, timezone: 0 })[0];
  if (!r) return null;
  const year = yearFromText(clean, r.start.get('month')!, r.start.get('day')!, now);
  return `${year}-${String(r.start.get('month')).padStart(2, '0')}-${String(r.start.get('day')).padStart(2, '0')}`;
}


/** A year for a month and day given without one: a weekday beside it in the text, else the latest year the text names, else this year. */
function yearFromText(clean: CleanArticle, month: number, day: number, now: Date): number {
  const text = clean.paragraphs.join(' ');
  const monthName = MONTHS[month - 1] ?? '';
  const near = new RegExp(`(mon|tues|wednes|thurs|fri|satur|sun)day\\W{1,3}(?:${monthName.slice(0, 3)}[a-z]*\\.? ${day}|${day} ${monthName.slice(0, 3)})`, 'i').exec(text);
  if (near) {
    const wd = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'].indexOf(near[1]!.toLowerCase());
    const year = yearForWeekday(month, day, wd, now.getUTCFullYear());
    if (year) return year;
  }
  // Wire copy says "on Monday" mostly for the day it is filed, sometimes for the day before when it is filed
  // the morning after ("KYIV, July 24 … met on Wednesday"), and "will resume on Friday" for a day soon after:
  // the year whose weekday for the date best fits the weekdays the text names, the latest of equals.
  const years = [...text.matchAll(/\b(20[12]\d)\b/g)].map((m) => Number(m[1])).filter((y) => y <= now.getUTCFullYear());
  const floor = years.length ? Math.max(...years) : 2014;
  const { past, ahead } = weekdaysIn(clean);
  let best: { year: number; fit: number } | null = null;
  for (let year = now.getUTCFullYear(); year >= floor; year--) {
    const filed = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    const fit = past.reduce((n, wd) => n + (wd === filed ? 2 : (filed - wd + 7) % 7 === 1 ? 1 : 0), 0) + ahead.filter((wd) => (wd - filed + 7) % 7 >= 1 && (wd - filed + 7) % 7 <= 3).length;
    if (fit > 0 && (!best || fit > best.fit)) best = { year, fit };
  }
  if (best) return best.year;
  return years.length ? Math.max(...years) : now.getUTCFullYear();
}

const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/gi;
const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

/** The weekdays the text reports in the past or present tense, and those it looks ahead to (0 = Sunday), once each per sentence. */
function weekdaysIn(clean: CleanArticle): { past: number[]; ahead: number[] } {
  const past: number[] = [];
  const ahead: number[] = [];
  for (const s of splitSentences(clean.paragraphs)) {
    for (const m of s.text.matchAll(WEEKDAY)) {
      const wd = WEEKDAY_STEMS.indexOf(m[1]!.toLowerCase());
      (tenseAt(s.text, m.index, m[0]) === 'future' ? ahead : past).push(wd);
    }
  }
  return { past, ahead };
}

/**
 * With no date given anywhere, the article's own day: the latest day it
 * reports as past or present, its year taken from a weekday printed beside a
 * date ("Tuesday (March 29)"); a preview's day is the eve of what it announces.
 */
function dateFromText(clean: CleanArticle, now: Date): string | null {
  const sentences: Sentence[] = splitSentences(clean.paragraphs);
  const text = clean.paragraphs.join(' ');
  const mentions = findDates(sentences, `${now.getUTCFullYear()}-06-30`).filter((m) => m.day && !m.weekdayOnly && /\d/.test(m.text));
  if (mentions.length === 0) return null;
  const explicit = mentions.filter((m) => m.explicitYear);
  const withYear = mentions.map((m) => {
    if (m.explicitYear) return { ...m, day: m.day! };
    const [, mo, d] = m.day!.split('-').map(Number) as [number, number, number];
    const anchored = explicit.find((e) => e.day!.slice(5, 7) === m.day!.slice(5, 7));
    return { ...m, day: `${anchored ? anchored.day!.slice(0, 4) : yearFromText(clean, mo, d, now)}-${m.day!.slice(5)}` };
  });
  if (!explicit.length && !/(mon|tues|wednes|thurs|fri|satur|sun)day\W{1,3}[A-Z][a-z]+\.? \d/.test(text)) {
    // Month and day with no year: the year in which the latest of them fell on a weekday the article names.
    const weekdays = new Set([...text.matchAll(/\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/gi)].map((m) => ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'].indexOf(m[1]!.toLowerCase())));
    const latest = mentions.filter((m) => m.tense !== 'future').map((m) => m.day!.slice(5)).sort().at(-1);
    if (!latest || weekdays.size === 0) return null;
    const [mo, d] = latest.split('-').map(Number) as [number, number];
    for (let year = now.getUTCFullYear(); year >= 2014; year--) {
      const wd = new Date(Date.UTC(year, mo - 1, d)).getUTCDay();
      if (weekdays.has(wd)) return `${year}-${latest}`;
    }
    return null;
  }
  const reported = withYear.filter((m) => m.tense !== 'future').map((m) => m.day).sort();
  if (reported.length) return reported.at(-1)!;
  const ahead = withYear.map((m) => m.day).sort();
  return shiftDay(ahead[0]!, -1);
}

/** `© 2024 Shampratik Deshkal All Rights Reserved.` gives `Shampratik Deshkal`. */
function findMasthead(removed: string[]): string | null {
  for (const line of removed) {
    const m = /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?([^.|,]{2,60}?)\s*(?:[.,|]|all rights reserved|$)/i.exec(line.trim());
    if (m && m[1] && /\p{L}/u.test(m[1]) && !/all rights/i.test(m[1])) return m[1].trim();
  }
  return null;
}

const OUTLET_WORD = /\b(?:staff|news|newsroom|desk|team|service|agency|media|times|post|herald|daily|press|radio|tv|television|world|online)$/i;

/**
 * The outlet that signs a byline as itself: `By Euronews with AP, Reuters` gives Euronews,
 * `By CNN staff` CNN, `By RFE/RL's Russian Service` RFE/RL, `By Vatican News` Vatican News.
 * A person's byline (`By Asami Terajima`) gives nothing.
 */
function bylineOutlet(removed: string[]): string | null {
  for (const line of removed) {
    if (!BYLINE.test(line)) continue;
    const first = line.replace(/^by\s+/i, '').split(/\s*(?:,|\band\b|&|\bwith\b)\s*/)[0]!.trim();
    const owner = /^(.+?)['’]s\s/.exec(first)?.[1];
    if (owner) return owner;
    const words = first.split(/\s+/);
    if (words.length === 1) return WIRES[first.toLowerCase()] ?? first;
    if (OUTLET_WORD.test(first)) return first.replace(/\s+(?:staff|news desk|desk|team)$/i, '');
  }
  return null;
}

/** `…sovereignty"._euronews` gives `Euronews`; `(AFP)` at the end of a paragraph gives `AFP`. */
function findCredit(paragraphs: string[], removed: string[]): string | null {
  for (const p of [...removed.filter((l) => /^_\w/.test(l)), ...paragraphs.slice(-4)]) {
    const m = /^_([A-Za-z][\w.-]{2,30})$/.exec(p) ?? /\((reuters|ap|afp|dpa|xinhua|anadolu|tass)\)\s*$/i.exec(p);
    if (m) return WIRES[m[1]!.toLowerCase()] ?? titleCase(m[1]!);
  }
  return null;
}

function titleCase(text: string): string {
  return text.trim().toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

