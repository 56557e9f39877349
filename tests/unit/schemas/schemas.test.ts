import { describe, expect, test } from 'vitest';
import { parseContentFile } from '../../../src/lib/content-files.ts';
import { formatProblem } from '../../../src/lib/problems.ts';

const good = `---
title: Foreign ministers meet in Antalya
date: 2022-03-10
status: held
format: in-person
level: ministers
venue: antalya-diplomacy-forum
parties:
  - participant: dmytro-kuleba
    side: ukraine
    role: Foreign Minister of Ukraine
    lead: true
    cite:
      - source: 2022-03-10-balkan-insight-talks-stall
        evidence: Kuleba and Lavrov on Thursday failed to reach an agreement
outcomes:
  - topic: ceasefire
    status: not-agreed
    summary: No ceasefire.
    cite: 2022-03-10-balkan-insight-talks-stall
sources:
  - 2022-03-10-balkan-insight-talks-stall
review: reviewed
---

Body.
`;

/** The problems in a round file, as `npm run check` prints them. */
function problems(text: string, file = 'content/rounds/2022-03-10-antalya.md'): string[] {
  return parseContentFile('rounds', text, file).problems.map(formatProblem);
}

describe('the round schema', () => {
  test('accepts a good file and resolves references and shorthand citations', () => {
    const parsed = parseContentFile('rounds', good, 'content/rounds/2022-03-10-antalya.md');
    expect(parsed.problems).toEqual([]);
    const data = parsed.entry!.data as any;
    expect(data.venue).toEqual({ id: 'antalya-diplomacy-forum', collection: 'venues' });
    expect(data.outcomes[0].cite).toEqual([{ source: { id: '2022-03-10-balkan-insight-talks-stall', collection: 'articles' } }]);
    expect(data.date).toBe('2022-03-10');
  });

  test('names the missing date and how to write it', () => {
    expect(problems(good.replace('date: 2022-03-10\n', ''))).toMatchInlineSnapshot(`
      [
        "content/rounds/2022-03-10-antalya.md:2:1  date: \`date\` is missing; add it: a date written as YYYY-MM-DD, e.g. \`2022-03-10\`  (schema)",
      ]
    `);
  });

  test('lists the allowed values when a status is outside its list', () => {
    expect(problems(good.replace('status: held', 'status: finished'))).toMatchInlineSnapshot(`
      [
        "content/rounds/2022-03-10-antalya.md:4:9  status: expected one of \`held\`, \`planned\`, \`mentioned\`  (schema)",
      ]
    `);
  });

  test('refuses a venue on a video call and says how to fix it', () => {
    expect(problems(good.replace('format: in-person', 'format: video'))).toMatchInlineSnapshot(`
      [
        "content/rounds/2022-03-10-antalya.md:7:8  venue: a video call has no venue, but \`venue: antalya-diplomacy-forum\` is set; remove \`venue\`, or set \`format: in-person\`  (schema)",
      ]
    `);
  });

  test('points at a side outside its list inside a participant entry', () => {
    expect(problems(good.replace('side: ukraine', 'side: kyiv'))).toMatchInlineSnapshot(`
      [
        "content/rounds/2022-03-10-antalya.md:10:11  parties[0].side: expected one of \`russia\`, \`ukraine\`, \`mediator\`, \`host\`, \`observer\`  (schema)",
      ]
    `);
  });

  test('refuses a day that does not exist and an end before the start', () => {
    expect(problems(good.replace('date: 2022-03-10', 'date: 2022-02-30'))[0]).toContain('date: this day does not exist in the calendar');
    expect(problems(good.replace('date: 2022-03-10', 'date: 2022-03-10\nendDate: 2022-03-09'))[0]).toContain(
      'endDate: `endDate: 2022-03-09` is before `date: 2022-03-10`; swap them or fix the day',
    );
  });

  test('refuses a quote of more than 25 words', () => {
    const long = Array.from({ length: 26 }, (_, i) => `word${i}`).join(' ');
    expect(problems(good.replace('Kuleba and Lavrov on Thursday failed to reach an agreement', long))[0]).toContain(
      'parties[0].cite[0].evidence: a quote may have at most 25 words',
    );
  });

  test('refuses an id that is not a slug', () => {
    expect(problems(good.replace('participant: dmytro-kuleba', 'participant: Dmytro Kuleba'))[0]).toContain(
      'parties[0].participant: expected an id from content/participants/: lower-case letters, digits and hyphens',
    );
  });

  test('reports YAML that cannot be read with its line', () => {
    expect(problems(good.replace('title: Foreign ministers meet in Antalya', 'title: Talks: "day one" go on'))[0]).toMatch(
      /^content\/rounds\/2022-03-10-antalya\.md:2:\d+  the YAML cannot be read/,
    );
  });

  test('reports a file without frontmatter', () => {
    expect(problems('Just text')).toEqual([
      'content/rounds/2022-03-10-antalya.md:1:1  no frontmatter: start the file with a `---` line, the YAML fields, and another `---` line  (frontmatter)',
    ]);
  });
});

describe('the article schema', () => {
  const article = `---
title: "Talks: day one"
publisher: Reuters
published: 2022-03-09
url: https://example.org/a
review: derived
---
`;
  test('accepts a good article', () => {
    expect(parseContentFile('articles', article, 'content/articles/x.md').problems).toEqual([]);
  });
  test('accepts only http and https addresses', () => {
    const bad = parseContentFile('articles', article.replace('https://example.org/a', 'javascript:alert(1)'), 'content/articles/x.md');
    expect(bad.problems.map(formatProblem)).toEqual(['content/articles/x.md:5:6  url: expected a full http:// or https:// address  (schema)']);
  });
  test('requires the publication day', () => {
    const bad = parseContentFile('articles', article.replace('published: 2022-03-09\n', ''), 'content/articles/x.md');
    expect(bad.problems[0]!.field).toBe('published');
  });
});

describe('disagreements', () => {
  const round = `${good.split('review: reviewed')[0]}disagreements:
  - fact: venue
    about: Where did they meet?
    values:
      - value: Antalya
        cite: a1
      - value: Istanbul
        note: A later passing mention.
    chosen: Ankara
    reason: Reported at the time.
review: reviewed
---
`;
  test('refuses a chosen value that is not among the reported values', () => {
    expect(problems(round).join('\n')).toContain('disagreements[0].chosen: `Ankara` is not one of the reported values (`Antalya`, `Istanbul`); copy one of them exactly');
  });
  test('requires a reason with a choice', () => {
    expect(problems(round.replace('chosen: Ankara', 'chosen: Antalya').replace('    reason: Reported at the time.\n', '')).join('\n')).toContain(
      'disagreements[0].reason: say why the editor chose this value: add `reason`',
    );
  });
});

describe('misspellings of a name', () => {
  const person = (extra: string) => `---\nname: Dmytro Kuleba\naliases: [Kuleba, Dmtryo Kuleba]\n${extra}review: reviewed\n---\n`;
  const file = 'content/participants/dmytro-kuleba.md';

  test('are optional, so a file written before the field existed reads as before', () => {
    const parsed = parseContentFile('participants', person(''), file);
    expect(parsed.problems).toEqual([]);
    expect((parsed.entry!.data as any).misspellings).toEqual([]);
  });

  test('mark aliases that are a source\'s error, and keep them among the aliases', () => {
    const parsed = parseContentFile('participants', person('misspellings: [Dmtryo Kuleba]\n'), file);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entry!.data).toMatchObject({ aliases: ['Kuleba', 'Dmtryo Kuleba'], misspellings: ['Dmtryo Kuleba'] });
  });

  test('must each be one of the aliases, so recognising names never depends on them', () => {
    expect(parseContentFile('participants', person('misspellings: [Dmitro Kuleba]\n'), file).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/participants/dmytro-kuleba.md:4:16  misspellings[0]: \`Dmitro Kuleba\` is not in \`aliases\`; add it there too, so new articles that spell the name this way are still recognised  (schema)",
      ]
    `);
  });

  test('work the same way for venues', () => {
    const venue = '---\nname: Dolmabahçe Palace\naliases: [Dolmabahce, Dolmabache]\nmisspellings: [Dolmabache]\ncity: Istanbul\ncountry: Turkey\nreview: reviewed\n---\n';
    const parsed = parseContentFile('venues', venue, 'content/venues/dolmabahce-palace.md');
    expect(parsed.problems).toEqual([]);
    expect((parsed.entry!.data as any).misspellings).toEqual(['Dolmabache']);
  });
});
