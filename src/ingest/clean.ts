/**
 * Stage 1: keep the article, drop the rest. Saved pages go through Mozilla's
 * Readability (the reader view of Firefox); plain text loses the lines that
 * sites print around every article: comment forms, "Source link", subscribe
 * and ad lines, "Latest News" tails, addresses, copyright lines, author slugs
 * and photo captions printed twice.
 */
import { readHtml, type PageHints } from './clean-html.ts';
import type { RawArticle } from './input.ts';

export interface CleanArticle {
  /** The headline, when the page or text shows one. */
  title?: string;
  /** The article's paragraphs, in order, without the title. */
  paragraphs: string[];
  /** Lines dropped as page furniture: metadata still reads them for a masthead or a date. */
  removed: string[];
  /** Dates printed alone on a line, as page headers do: a display date, not necessarily the article's. */
  headerDates: string[];
  /** What the saved page's markup says about the article, and the day a web archive's ` date YYYY-MM-DD` tag gives. */
  hints: PageHints & { archiveDate?: string; credit?: string };
}

/** A web archive's leading tag: ` date 2025-05-16 The Russian delegation …`. */
const ARCHIVE_TAG = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;

/**
 * A byline on a line of its own: `By Asami Terajima`, `By SUZAN FRASER and YURAS KARMANAU`,
 * `By Euronews with AP, Reuters`, `By RFE/RL's Russian Service`. Every word is a name or a joining word.
 */
export const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}\/.'’&-]*(?:(?:\s*,\s*|\s+)(?:\p{Lu}[\p{L}\/.'’&-]*|and|with|staff|in|of|for|the|news desk))*$/u;

// Lines that are page furniture wherever they appear.
const FURNITURE: RegExp[] = [
  /^source link:?$/i,
  /^(please )?(enter|leave|post|write) (your |a )?(comment|name|e-?mail|reply)/i,
  /^(leave a (reply|comment)|comments?( \(\d+\))?|\d+ comments?|reply|add comment):?$/i,
  /^(your ad here|advertisement|advertising|sponsored( content)?|ad|ads)$/i,
  /^(subscribe|sign up|sign in|log ?in|register|follow us|join us|download (our|the) app)\b/i,
  /^(share|share this( article| story)?|share on \w+|tweet|email|print|copy link|whatsapp|facebook|twitter|telegram)$/i,
  /^(logo|menu|home|search|skip to (main )?content|toggle navigation|close|next|previous)$/i,
  /^(must read|breaking( news)?|trending( now)?|top stories|editor'?s picks?)$/i,
  /^(read more|also read|see also|related|recommended)\b.{0,90}$/i,
  /^(photo|image|picture|video|file photo)( credit)?:/i,
  /^(©|\(c\)|copyright\b)/i,
  /all rights reserved/i,
  /^(address|tel|phone|mobile|fax|e-?mail|contact( us)?):/i,
  /^(www\.|https?:\/\/)\S+$/i,
  /^\[ad_\d+\]$/i,
  // The text of an icon, as screen readers get it: `Search icon A magnifying glass.`
  /^[\w-]+(?: [\w-]+)? icon\b/i,
  /^[\w-]+(\.[\w-]+)*\.(com|org|net|news|info|tv|co\.[a-z]{2}|[a-z]{2})$/i,
  /\bepaper\b/i,
  /^(we use cookies|this (site|website) uses cookies|accept( all)?( cookies)?|reject( all)?|cookie (settings|policy|preferences)|manage (cookies|preferences))\b/i,
  /^(tags?|topics?|filed under|categories|category):/i,
  /^\d+\s*(min|minute)s?\s*read$/i,
  /^\(?(reporting|writing|editing|additional reporting|compiled) by\b/i,
  /^(published|updated|posted|last updated)( on)?:?\s/i,
  // An author and a day on one line: `Tuncay Cakmak | 10.03.2022`.
  /^(?:by\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*\|\s*(?:\d{1,2}[./]\d{1,2}[./]\d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})/u,
  BYLINE,
];

// A line after which nothing belongs to the article.
const TAIL = /^(latest( news| stories| posts)?|more articles like this|more (stories|news|from \S+.*)|related (sources|articles|stories|news|posts|links|coverage)|read next|you may (also )?like|most (read|popular|viewed)|popular (posts|stories)|recommended( for you)?|what to read next|in other news)\s*:?$/i;

// An author's user name printed alone on a line: `hm-atif-wafik`.
const AUTHOR_SLUG = /^[a-z]+(?:[-_][a-z]+){1,4}$/;

// A photo credit after a caption: `… to Istanbul || Photo: Collected`.
const CREDIT = /\s*(\|\||\||—|-)?\s*\(?(photo|image|picture|file photo)( credit)?:\s*[^.]{0,60}\)?\s*$/i;

/** A menu printed as one line: `Home | World | Politics | Sport`, three or more short items. */
function isMenu(line: string): boolean {
  const items = line.split(/\s+[|•·]\s+/);
  return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 3 && !/[.!?,;:]$/.test(item));
}

/** Cleans a raw article; the result holds only the article's own words. */
export function cleanArticle(raw: RawArticle): CleanArticle {
  if (raw.kind === 'html') {
    const page = readHtml(raw.text);
    const text = cleanLines(page.lines);
    return { title: page.title, paragraphs: text.kept, removed: [...page.removed, ...text.removed], headerDates: text.dates, hints: page.hints };
  }
  const tag = ARCHIVE_TAG.exec(raw.text);
  const text = cleanLines(joinWrappedLines(tag ? raw.text.slice(tag[0].length) : raw.text));
  const titleAt = findTitleLine(text.kept);
  // A breadcrumb before the headline ("Main » News » 2022 » Talks ended") keeps only its last step.
  const title = titleAt >= 0 ? text.kept[titleAt]!.split(/\s[»›]\s/).pop()!.trim() : undefined;
  return { title, paragraphs: text.kept.filter((_, i) => i !== titleAt), removed: text.removed, headerDates: text.dates, hints: tag ? { archiveDate: tag[1] } : {} };
}

/** Drops furniture lines, cuts the tail, removes repeated captions. */
export function cleanLines(lines: string[]): { kept: string[]; removed: string[]; dates: string[] } {
  const kept: string[] = [];
  const removed: string[] = [];
  const dates: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const words = line.split(' ').length;
    // A "Related posts" heading ends the article only once the article has begun: above it, it is the page's header.
    if (TAIL.test(line) && words <= 8) {
      if (kept.join(' ').split(/\s+/).length >= 40) {
        removed.push(...lines.slice(i).map((l) => l.trim()).filter(Boolean));
        break;
      }
      removed.push(line);
      continue;
    }
    if (isDateLine(line)) {
      dates.push(line);
      removed.push(line);
      continue;
    }
    if (FURNITURE.some((re) => re.test(line)) || AUTHOR_SLUG.test(line) || isMenu(line)) {
      removed.push(line);
      continue;
    }
    const credit = CREDIT.exec(line);
    if (credit && credit.index > 0) {
      removed.push(credit[0].trim());
      line = line.slice(0, credit.index).trim();
    }
    // A credit glued to the last word: `…sovereignty"._euronews`.
    const tag = /(?<=[.!?"”’])_([A-Za-z][\w.-]{2,30})$/.exec(line);
    if (tag) {
      removed.push(`_${tag[1]}`);
      line = line.slice(0, tag.index).trim();
    }
    const key = line.toLowerCase();
    if (seen.has(key)) {
      removed.push(line);
      continue;
    }
    seen.add(key);
    kept.push(line);
  }
  return { kept, removed, dates };
}

/**
 * Plain text comes with one paragraph per line, or hard-wrapped at about 80
 * characters with blank lines between paragraphs; either way give paragraphs.
 */
function joinWrappedLines(text: string): string[] {
  const lines = text.split('\n');
  const filled = lines.filter((l) => l.trim());
  const wrapped = filled.filter((l) => l.length >= 40 && l.length <= 100).length;
  const hasBlank = lines.some((l) => !l.trim());
  if (!hasBlank || filled.length < 6 || wrapped / filled.length < 0.7) return lines;
  return text.split(/\n\s*\n/).map((block) => block.split('\n').map((l) => l.trim()).join(' '));
}

const DATE_ONLY = /^(?:(?:date|dated|published|posted|first published)(?: on)?:?\s+)?(?:(mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?([a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(\s*[,|-]?\s*\d{1,2}:\d{2}.*)?$/i;

/** The headline among the first lines: short, not a date, not a full sentence. */
export function findTitleLine(lines: string[]): number {
  for (let i = 0; i < Math.min(lines.length, 6); i++) {
    const line = lines[i]!;
    const words = line.split(/\s+/).length;
    // The body has begun: a headline stands above it, not below.
    if (words > 25 || (words >= 12 && /[.!?]["”’]?$/.test(line))) break;
    if (words < 3 || words > 25) continue;
    if (/[.:;,]$/.test(line) && !/\.\.\.$/.test(line)) continue;
    return i;
  }
  return -1;
}

/** Whether a line is a date alone, as page headers print it: `Sunday, March 3, 2024`, `Date 15.12.2025`. */
export function isDateLine(line: string): boolean {
  return DATE_ONLY.test(line.trim());
}
