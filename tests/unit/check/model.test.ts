import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readForCheck } from '../../../src/check/context.ts';
import { modelErrors } from '../../../src/check/rules/model.ts';
import { formatProblem } from '../../../src/lib/problems.ts';
import { FIXTURES, TODAY } from './helpers.ts';

describe('modelErrors', () => {
  test('passes valid content, which then builds', () => {
    const root = path.join(FIXTURES, 'valid');
    expect(modelErrors(readForCheck(path.join(root, 'content'), { cwd: root, today: TODAY }))).toEqual([]);
  });

  test("turns the timeline model's complaints into problems at the line of the field", () => {
    // Straight to the model, as if the other rules had missed the broken references.
    const root = path.join(FIXTURES, 'missing-references');
    const problems = modelErrors(readForCheck(path.join(root, 'content'), { cwd: root, today: TODAY }));
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/rounds/2022-03-10-antalya.md:13:18  parties[0].participant: no entry \`dmytro-kuleba\` in content/participants/; check the spelling, or add content/participants/dmytro-kuleba.md  (missing-reference)",
        "content/rounds/2022-03-10-antalya.md:17:18  parties[1].participant: no entry \`sergei-lavrov\` in content/participants/; check the spelling, or add content/participants/sergei-lavrov.md  (missing-reference)",
        "content/rounds/2022-03-10-antalya.md:21:12  outcomes[0].topic: no entry \`truce\` in content/outcomes/; check the spelling, or add content/outcomes/truce.md  (missing-reference)",
        "content/rounds/2022-03-10-antalya.md:29:5  sources[2]: no entry \`2022-03-11-example-follow-up\` in content/articles/; check the spelling, or add content/articles/2022-03-11-example-follow-up.md  (missing-reference)",
        "content/rounds/2022-03-10-antalya.md:7:8  venue: no entry \`antalya-forumm\` in content/venues/; check the spelling, or add content/venues/antalya-forumm.md  (missing-reference)",
        "content/articles/2022-03-09-example-preview.md:8:5  rounds[1]: no entry \`2022-03-14-video\` in content/rounds/; check the spelling, or add content/rounds/2022-03-14-video.md  (missing-reference)",
      ]
    `);
  });
});
