import { describe, expect, test } from 'vitest';
import { writtenRound } from '../../bench/lib/editor-loop.ts';

describe('writtenRound', () => {
  test("finds the new round in what npm run ingest prints, wherever the content folder is", () => {
    const output = `written  tests/fixtures/ingest/article.txt
         + ../../tmp/bench-loop-x/content/venues/jeddah.md
         + ../../tmp/bench-loop-x/content/rounds/2023-08-06-jeddah.md
         + ../../tmp/bench-loop-x/content/articles/2023-08-06-unknown-jeddah-meeting.md

1 written, 0 unchanged, 0 need review, 0 failed.`;
    expect(writtenRound(output)).toBe('2023-08-06-jeddah');
  });

  test('finds none when the article went to a round the record has', () => {
    expect(writtenRound('written  a.txt\n         + content/articles/2022-03-10-reuters-talks.md\n')).toBeUndefined();
  });
});
