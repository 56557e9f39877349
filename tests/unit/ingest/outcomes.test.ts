import { describe, expect, test } from 'vitest';
import { findOutcomes, statusNear, statusOf } from '../../../src/ingest/outcomes.ts';
import type { MainRound } from '../../../src/ingest/round.ts';
import { splitSentences } from '../../../src/ingest/text.ts';
import { seedKnowledge } from './helpers.ts';

const held = { status: 'held', about: () => true } as unknown as MainRound;
const outcomes = (text: string, main = held) => findOutcomes(splitSentences([text]), seedKnowledge(), main).map((o) => `${o.topic}:${o.status}`);

describe('findOutcomes', () => {
  test('reads "failed to reach an agreement … on a ceasefire" as not agreed, and the talks after "but" as agreed', () => {
    const found = outcomes('Kuleba and Lavrov on Thursday failed to reach an agreement on almost everything, including a safe corridor for civilians and a ceasefire, but agreed to continue with negotiations.');
    expect(found.sort()).toEqual(['ceasefire:not-agreed', 'continuing-talks:agreed', 'humanitarian-corridors:not-agreed']);
  });

  test('reads "plans to propose a meeting between the presidents" as a proposal', () => {
    expect(outcomes('The Ukrainian side plans to propose a direct meeting between Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin.')).toEqual(['leaders-meeting:proposed']);
  });

  test('keeps a negation to its own topic: a rejected ceasefire, a proposed summit', () => {
    expect(outcomes('He said Ukraine had asked for an unconditional ceasefire, which Russia rejected, and had proposed a meeting between presidents Zelenskyy and Putin.')).toEqual(['ceasefire:not-agreed', 'leaders-meeting:proposed']);
  });

  test('carries "did not agree on either" back to the topics it refers to', () => {
    expect(outcomes('The delegations discussed a ceasefire and humanitarian corridors but did not agree on either.')).toEqual(['ceasefire:not-agreed', 'humanitarian-corridors:not-agreed']);
  });

  test('turns agreements in a preview into proposals, since nothing has happened yet', () => {
    expect(outcomes('The sides are expected to agree on a prisoner swap.', { ...held, status: 'planned' })).toEqual(['prisoner-exchange:proposed']);
  });

  test('ignores sentences about other events', () => {
    const main = { status: 'held', about: (i: number) => i === 0 } as unknown as MainRound;
    expect(outcomes('The talks were calm. On Sunday, the president urged a ceasefire in a phone call.', main)).toEqual([]);
  });
});

describe('findOutcomes reads the clause that governs a topic', () => {
  test('reads "no ceasefire was agreed" as not agreed', () => {
    expect(outcomes('The ministers met for 90 minutes, but no ceasefire was agreed.')).toEqual(['ceasefire:not-agreed']);
  });
  test('reads a wish to agree as a proposal: "Kyiv hopes to agree a prisoner exchange"', () => {
    expect(outcomes('Kyiv hopes to agree another large prisoner exchange.')).toEqual(['prisoner-exchange:proposed']);
  });
  test('reads "agreed to consider a meeting between the presidents" as a proposal', () => {
    expect(outcomes('The parties agreed to consider a meeting between the presidents.')).toEqual(['leaders-meeting:proposed']);
  });
  test('reads a topic in the subject by its predicate: "the talks on a ceasefire made no progress"', () => {
    expect(outcomes('He said the talks on a ceasefire made no progress.')).toEqual(['ceasefire:not-agreed']);
  });
  test('reads "discussed …, without reaching agreement" as not agreed', () => {
    expect(outcomes('They also discussed the release of detained civilians, without reaching agreement.')).toEqual(['civilian-detainees:not-agreed']);
  });
  test('does not take "their second round of talks" for a promise of more talks', () => {
    expect(outcomes('The sides agreed to swap prisoners of war at their second round of talks.')).toEqual(['prisoner-exchange:agreed']);
  });
});

describe('statusOf', () => {
  test.each([
    ['No progress has been made on a ceasefire', 'not-agreed'],
    ['the two sides agreed to exchange prisoners', 'agreed'],
    ['Kyiv called for a ceasefire', 'proposed'],
    ['They discussed the return of children', 'discussed'],
    ['a ceasefire was mentioned in passing', undefined],
  ])('reads "%s" as %s', (clause, status) => {
    expect(statusOf(clause)).toBe(status);
  });

  test('reads the status nearest the topic, not the first in the clause', () => {
    const clause = 'Kyiv called for a ceasefire and discussed the return of children';
    expect(statusNear(clause, clause.indexOf('ceasefire'), clause.indexOf('ceasefire') + 9)).toBe('proposed');
    expect(statusNear(clause, clause.indexOf('return'), clause.length)).toBe('discussed');
  });
});
