/** A small timeline for the discovery tests, and the seed content's, built by the real model. */
import { readContent } from '../../../src/lib/content-files.ts';
import { contentDir } from '../../../src/lib/content-dir.ts';
import { makePaths } from '../../../src/lib/paths.ts';
import { buildTimeline, type Timeline } from '../../../src/lib/timeline.ts';
import { article, content, entry, person, round, topic } from '../helpers.ts';

const cite = (source: string) => [{ source }];

export const paths = makePaths('/talks/');
export const SITE = 'https://example.org';

/** Four rounds over four years: one by video, two at a venue with coordinates, a gap of years between 2022 and 2025. */
export function sampleTimeline(): Timeline {
  return buildTimeline(
    content({
      articles: [article('a1', '2022-03-09'), article('a2', '2022-04-01', { url: 'https://news.example/a2' }), article('a3', '2025-05-16')],
      participants: [
        person('dmytro-kuleba', { country: 'Ukraine', aliases: ['Kouleba'], roles: [{ title: 'Foreign Minister', from: '2020-03-04', to: '2024-09-05' }] }),
        person('russian-delegation', { kind: 'delegation', country: 'Russia' }),
      ],
      venues: [
        entry('venues', 'dolmabahce-palace', { name: 'Dolmabahçe Palace', aliases: ['Dolmabahce'], city: 'Istanbul', country: 'Turkey', coordinates: { lat: 41.04, lon: 29 }, review: 'reviewed' }),
        entry('venues', 'antalya-forum', { name: 'Antalya Forum', city: 'Antalya', country: 'Turkey', review: 'reviewed' }),
      ],
      outcomes: [topic('ceasefire'), topic('neutrality'), topic('territory')],
      rounds: [
        round('2022-03-10-antalya', '2022-03-10', {
          title: 'Ministers meet, Antalya',
          level: 'ministers',
          venue: 'antalya-forum',
          sources: ['a1'],
          parties: [{ participant: 'dmytro-kuleba', side: 'ukraine', role: 'Foreign Minister', cite: cite('a1') }],
          outcomes: [{ topic: 'ceasefire', status: 'not-agreed', summary: 'No ceasefire.', cite: cite('a1') }],
        }),
        round('2022-03-29-istanbul', '2022-03-29', {
          endDate: '2022-03-30',
          venue: 'dolmabahce-palace',
          sources: ['a2'],
          parties: [{ participant: 'russian-delegation', side: 'russia', cite: cite('a2') }],
          outcomes: [
            { topic: 'ceasefire', status: 'proposed', summary: 'Proposed.', cite: cite('a2') },
            { topic: 'neutrality', status: 'agreed', summary: 'Neutrality, in principle.', cite: cite('a2') },
          ],
        }),
        round('2022-04-01-video', '2022-04-01', { format: 'video', status: 'mentioned', sources: ['a2'] }),
        round('2025-05-16-istanbul', '2025-05-16', {
          level: 'leaders',
          venue: 'dolmabahce-palace',
          sources: ['a3'],
          outcomes: [{ topic: 'ceasefire', status: 'discussed', summary: 'Talked about.', cite: cite('a3') }],
        }),
      ],
    }),
  );
}

/** The timeline of the project's own content/. */
export function seedTimeline(): Timeline {
  const { content: seed, problems } = readContent(contentDir());
  const errors = problems.filter((p) => p.severity !== 'warning');
  if (errors.length) throw new Error(`content/ has problems: ${errors.map((p) => p.message).join('; ')}`);
  return buildTimeline(seed);
}
