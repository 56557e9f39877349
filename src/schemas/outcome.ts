/** A topic that rounds decide on, such as a ceasefire. File: `content/outcomes/<id>.md`. */
import { z } from 'astro/zod';
import { line, review } from './common.ts';

export function outcomeSchema() {
  return z.object({
    /** The topic's name, e.g. `Ceasefire`. */
    title: line('the title'),
    /** One or two sentences on what the topic covers. */
    description: line('the description'),
    /** Words and phrases that signal the topic in an article, used by the ingest command. */
    keywords: z.array(line('a keyword')).default([]),
    review,
  });
}
