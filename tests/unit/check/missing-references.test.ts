import { describe, expect, test } from 'vitest';
import { check } from './helpers.ts';

describe('missingReferences', () => {
  test('reports every reference that points nowhere, at the reference, with the likely id', () => {
    expect(check('missing-references', ['missing-reference'])).toMatchInlineSnapshot(`
      [
        "content/articles/2022-03-09-example-preview.md:8:5  rounds[1]: no entry \`2022-03-14-video\` in content/rounds/; check the spelling, or add content/rounds/2022-03-14-video.md  (missing-reference)",
        "content/rounds/2022-03-10-antalya.md:7:8  venue: no entry \`antalya-forumm\` in content/venues/; did you mean \`antalya-forum\`?  (missing-reference)",
        "content/rounds/2022-03-10-antalya.md:17:18  parties[1].participant: no entry \`sergei-lavrov\` in content/participants/; did you mean \`sergey-lavrov\`?  (missing-reference)",
        "content/rounds/2022-03-10-antalya.md:21:12  outcomes[0].topic: no entry \`truce\` in content/outcomes/; check the spelling, or add content/outcomes/truce.md  (missing-reference)",
        "content/rounds/2022-03-10-antalya.md:29:5  sources[2]: no entry \`2022-03-11-example-follow-up\` in content/articles/; check the spelling, or add content/articles/2022-03-11-example-follow-up.md  (missing-reference)",
      ]
    `);
  });

  test('does not report a reference to a file that exists but has errors of its own', () => {
    const problems = check('missing-references');
    expect(problems.some((line) => line.includes('no entry `dmytro-kuleba`'))).toBe(false);
    expect(problems.filter((line) => line.includes('dmytro-kuleba.md'))).toMatchInlineSnapshot(`
      [
        "content/participants/dmytro-kuleba.md:5:7  kind: expected \`person\` or \`delegation\`  (schema)",
      ]
    `);
  });
});
