/**
 * Saved HTML: reads the page's own metadata (site name, publication time,
 * canonical address), then lets Readability find the article and returns its
 * block texts. Scripts, styles, navigation and footers never reach the text.
 *
 * Readability's time grows steeply with how deep elements nest (a 22 kB page of
 * 2,000 nested `<div>`s takes about 40 s; 10,000 levels overflow the stack), so
 * a page is measured first, in one linear pass, and refused past the caps.
 */
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { mapStrings, stripControls } from '../lib/plain-text.ts';
import { isDateLine } from './clean.ts';

/** Most elements in a page: a long news page with its comments has a few thousand. */
export const MAX_ELEMENTS = 60_000;
/** Deepest nesting: news pages nest 20 to 60 deep; at 200, Readability needs about 0.1 s. */
export const MAX_DEPTH = 200;

/** How many elements a page has and how deep they nest, as the HTML parser sees them; stops counting past the caps. */
export function pageShape(html: string): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  const stop = new Error('over the caps');
  const parser = new Parser({
    onopentag() {
      elements++;
      deepest = Math.max(deepest, ++depth);
      if (elements > MAX_ELEMENTS || deepest > MAX_DEPTH) throw stop;
    },
    onclosetag() {
      depth--;
    },
  });
  try {
    parser.end(html);
  } catch (error) {
    if (error !== stop) throw error;
  }
  return { elements, depth: deepest };
}

/** Why a page is too complex to read, or undefined when it is within the caps. */
export function tooComplex(html: string): string | undefined {
  const { elements, depth } = pageShape(html);
  if (depth > MAX_DEPTH) return `the page nests its elements more than ${MAX_DEPTH} deep (a news page nests 20 to 60), so it cannot be read in reasonable time; save the article's text (.txt) instead, or the page in reader view`;
  if (elements > MAX_ELEMENTS) return `the page has more than ${MAX_ELEMENTS.toLocaleString('en')} elements (a long news page has a few thousand), so it cannot be read in reasonable time; save the article's text (.txt) instead, or the page in reader view`;
  return undefined;
}

/** What a page's markup says about its article. */
export interface PageHints {
  siteName?: string;
  published?: string;
  /** A date printed alone near the headline (`<div class="date">16.05.2025</div>`), as written. */
  dateLine?: string;
  url?: string;
  title?: string;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, dd, dt';

export function readHtml(html: string): { title?: string; lines: string[]; removed: string[]; hints: PageHints } {
  const refusal = tooComplex(html);
  if (refusal) throw new Error(refusal);
  // Characters written as references (`&#27;`) come out of the parser as control characters: drop them too.
  return mapStrings(readPage(html), stripControls);
}

function readPage(html: string): { title?: string; lines: string[]; removed: string[]; hints: PageHints } {
  const { document } = parseHTML(html);
  const hints = pageHints(document);
  for (const el of document.querySelectorAll('script, style, noscript, template, iframe, svg, form')) el.remove();
  const article = new Readability(document as unknown as Document, { charThreshold: 200, maxElemsToParse: MAX_ELEMENTS }).parse();
  if (!article?.content) return { title: hints.title, lines: [], removed: [], hints };
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const lines: string[] = [];
  for (const el of body.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // the inner block is read on its own
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
  }
  if (lines.length === 0 && article.textContent) lines.push(...article.textContent.split(/\n+/).map((l) => l.trim()).filter(Boolean));
  const title = cleanTitle(article.title || hints.title, hints.siteName);
  if (title && lines[0] && lines[0].toLowerCase() === title.toLowerCase()) lines.shift();
  return {
    title,
    lines,
    removed: [],
    hints: { ...hints, siteName: hints.siteName ?? oneLine(article.siteName), published: hints.published ?? oneLine(article.publishedTime) },
  };
}

function pageHints(document: ReturnType<typeof parseHTML>['document']): PageHints {
  const meta = (names: string[]) => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const value = oneLine(el?.getAttribute('content'));
      if (value) return value;
    }
    return undefined;
  };
  let published = meta(['article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'DC.date.issued', 'sailthru.date']);
  let siteName = meta(['og:site_name', 'application-name', 'publisher']);
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '') as Record<string, unknown>;
      const items = Array.isArray(data) ? data : Array.isArray(data['@graph']) ? (data['@graph'] as unknown[]) : [data];
      for (const item of items as Record<string, unknown>[]) {
        if (!published && typeof item.datePublished === 'string') published = oneLine(item.datePublished);
        const publisher = item.publisher as { name?: unknown } | undefined;
        if (!siteName && typeof publisher?.name === 'string') siteName = oneLine(publisher.name);
      }
    } catch {
      // A broken JSON-LD block says nothing; the text may.
    }
  }
  if (!published) published = oneLine(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  // The first date printed alone after the headline, outside navigation and lists of other stories.
  let dateLine: string | undefined;
  const headline = document.querySelector('h1');
  if (!published && headline) {
    let seen = 0;
    for (const el of document.querySelectorAll('h1 ~ *, h1 ~ * *')) {
      if (++seen > 40) break;
      if (el.children.length || el.closest('nav, footer, aside, ul, ol')) continue;
      const text = oneLine(el.textContent);
      if (text && isDateLine(text)) {
        dateLine = text;
        break;
      }
    }
  }
  const canonical = oneLine(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta(['og:url']);
  const title = meta(['og:title']) ?? oneLine(document.querySelector('title')?.textContent);
  return {
    siteName,
    published: /^\d{4}-\d{2}-\d{2}/.test(published ?? '') ? published!.slice(0, 10) : undefined,
    url: canonical && /^https?:\/\//.test(canonical) ? canonical : undefined,
    title,
    ...(dateLine ? { dateLine } : {}),
  };
}

/**
 * A metadata value on one line: markup attributes may hold line breaks and runs of spaces
 * (`content="Kyiv\n  Post"`), which no field of an article may.
 * @example oneLine(' Kyiv\n\n Post ') // 'Kyiv Post'
 */
export function oneLine(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** `Talks resume | Example News` gives `Talks resume` when the part after the bar is the site. */
function cleanTitle(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1) {
    const last = parts.at(-1)!;
    if ((siteName && last.toLowerCase() === siteName.toLowerCase()) || last.split(/\s+/).length <= 4) return parts.slice(0, -1).join(' - ').trim();
  }
  return title.replace(/\s+/g, ' ').trim();
}
