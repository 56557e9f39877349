/** A source news article: the proof behind the site's facts. File: `content/articles/<id>.md`. */
import { z } from 'astro/zod';
import { calendarDate, line, review, type RefFactory, webUrl } from './common.ts';
import { findingSchema } from './finding.ts';

export function articleSchema(ref: RefFactory) {
  return z.object({
    /** The headline as the outlet printed it. */
    title: line('the headline'),
    /** Who published it, e.g. `Reuters`; for a syndicated copy, the outlet whose copy we read. */
    publisher: line('the publisher'),
    /** The agency or outlet whose copy this is, when the publisher reposts it (`Reuters`, `AFP`): reposts of one story count as one source. */
    syndicated: line('the agency whose copy this is').optional(),
    /** Where the article can be read; leave out when there is no address. http(s) only. */
    url: webUrl.optional(),
    /** The day the article appeared: not the date a web page prints in its header. */
    published: calendarDate,
    /** Where the day comes from when the page does not show it, e.g. "Not on the page; the live report's own day, from the round it reports". */
    publishedNote: line('the note on the publication day').optional(),
    /** A date the saved page showed that cannot be the article's (kept so readers are not misled by it). */
    displayDate: calendarDate.optional(),
    /** Language of the article, as a BCP 47 tag. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'expected a language tag such as `en`' }).default('en'),
    /** The rounds the article reports on, the main one first. */
    rounds: z.array(ref('rounds')).default([]),
    /** What the article reports about rounds that already have a file (written by the ingest command). */
    findings: z.array(findingSchema(ref)).default([]),
    /** `derived` until an editor has read the summary and quotes against the article. */
    review,
    /** SHA-256 of the article's text as the ingest command read it, normalised (Unicode NFC; no byte-order mark, control or zero-width characters; every run of white space as one space), so the same article saved again is never taken in twice. Articles taken in before the text was normalised hold the SHA-256 of the file's bytes; both are recognised. */
    sha256: z.string().regex(/^[a-f0-9]{64}$/, { error: 'expected 64 lower-case hex digits (the SHA-256 of the raw article)' }).optional(),
  });
}
