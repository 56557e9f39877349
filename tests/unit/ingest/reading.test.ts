/**
 * The general reading rules of the pipeline, one scenario each: whether an
 * article reports a round at all, who sits at the table, and the status the
 * clause gives an outcome. Each text is short and made up for the rule.
 */
import { describe, expect, test } from 'vitest';
import { derive } from '../../../src/ingest/derive.ts';
import { officialNamed } from '../../../src/ingest/officials.ts';
import { findOutcomes } from '../../../src/ingest/outcomes.ts';
import { toJson } from '../../../src/ingest/report.ts';
import type { MainRound } from '../../../src/ingest/round.ts';
import { splitSentences } from '../../../src/ingest/text.ts';
import { raw, seedKnowledge } from './helpers.ts';

const NOW = new Date('2026-11-01T00:00:00Z');
// Background every article carries, so the short texts below are long enough to be taken in.
const PAD = '\n\nBoth governments have faced pressure at home and abroad to show progress, and diplomats in several European capitals said they were following the process closely and with caution.';
const json = (text: string, published: string) => toJson(derive(raw(text + PAD), { published }, seedKnowledge(), NOW));
const seated = (text: string, published: string) => json(text, published).participants.map((p) => `${p.id}:${p.side}`);
const held = { status: 'held', about: () => true } as unknown as MainRound;
const outcomes = (text: string) => findOutcomes(splitSentences([text]), seedKnowledge(), held).map((o) => `${o.topic}:${o.status}`);

describe('whether an article reports a round', () => {
  test('finds no round in an opinion piece that looks back on talks', () => {
    const text = `Opinion | The talks in Istanbul changed nothing\n\nRussian and Ukrainian negotiators met in Istanbul on June 2 and agreed on another prisoner exchange, led by Rustem Umerov and Vladimir Medinsky. Nothing else came of the meeting, and nothing will until the cost of the war rises for Moscow.\n\nThe writer is a former diplomat.`;
    const out = json(text, '2025-06-04');
    expect(out.rounds).toEqual([]);
    expect(out.participants).toEqual([]);
    expect(out.warnings.join(' ')).toMatch(/opinion or analysis/);
  });

  test('finds no round when the only meeting is weeks before the article (background)', () => {
    const text = `What is left of the Istanbul format\n\nRussian and Ukrainian delegations met in Istanbul on July 23, when Rustem Umerov led Kyiv's team. Since then, there have been no talks, and neither side has proposed a date for another round of negotiations.`;
    expect(json(text, '2025-09-10').rounds).toEqual([]);
  });

  test('finds no round in US–Russian talks about embassies that both sides say are not about the war', () => {
    const text = `US and Russian diplomats meet on embassy operations\n\nISTANBUL (Reuters) - Russian and U.S. diplomats held talks in Istanbul on Thursday on restoring the work of their embassies. The Russian delegation was headed by Alexander Darchiev. The war in Ukraine was not on the agenda, both sides said.`;
    expect(json(text, '2025-02-27').rounds).toEqual([]);
  });

  test('dates a results piece by "said Tuesday …, as negotiators met", when it names no other day', () => {
    const text = `Talks in Istanbul show progress\n\nISTANBUL (AP) — Russia said Tuesday it would cut back military activity, as negotiators for the two sides met in Istanbul for their first face-to-face talks in more than two weeks. Russia's lead negotiator, Vladimir Medinsky, said the talks were constructive.`;
    expect(json(text, '2022-03-29').rounds[0]?.date).toBe('2022-03-29');
  });

  test('reads "the first round since the start of the invasion took place on Monday" as the round\'s day', () => {
    const text = `Border talks begin\n\nThe first round of negotiations between Ukraine and Russia since the start of the invasion took place on Monday near the Belarusian border. The Russian delegation was headed by Vladimir Medinsky.`;
    expect(json(text, '2022-02-28').rounds[0]?.date).toBe('2022-02-28');
  });
});

describe('an article that gives no day at all', () => {
  test('still seats the people of the meeting its lead reports, and reads the outcomes', () => {
    const text = `Negotiators meet in Istanbul\n\nRussian and Ukrainian negotiators met in Istanbul for talks led by Vladimir Medinsky and Rustem Umerov, and agreed to exchange 1,000 prisoners of war each.`;
    const out = toJson(derive(raw(text + PAD), {}, seedKnowledge(), NOW));
    expect(out.rounds).toEqual([]);
    expect(out.participants.map((p) => p.id).sort()).toEqual(['rustem-umerov', 'vladimir-medinsky']);
    expect(out.outcomes.map((o) => `${o.topic}:${o.status}`)).toEqual(['prisoner-exchange:agreed']);
    expect(out.warnings.join(' ')).toMatch(/gives no day/);
  });
});

describe('who sits at the table', () => {
  test('does not seat a leader named inside someone else\'s title ("Putin aide Vladimir Medinsky")', () => {
    const text = `Delegations meet on the border\n\nUkrainian and Russian delegations met on Monday at the Belarusian border. The Russian side was led by Putin aide Vladimir Medinsky, and Ukraine's by Defence Minister Oleksii Reznikov.`;
    expect(seated(text, '2022-02-28')).not.toContain('vladimir-putin:russia');
  });

  test('does not seat the leaders of a meeting proposed for later, or its would-be host', () => {
    const text = `Third round held in Istanbul\n\nISTANBUL - The third round of talks between Russian and Ukrainian delegations was held on Wednesday at the Ciragan Palace. Turkish Foreign Minister Hakan Fidan called on the sides to lay the groundwork for a meeting between President Vladimir Putin and President Volodymyr Zelensky, to be hosted by President Recep Tayyip Erdogan. The Ukrainian delegation was led by Rustem Umerov, while the Russian delegation was headed by Vladimir Medinsky.`;
    const table = seated(text, '2025-07-23');
    expect(table).toEqual(expect.arrayContaining(['rustem-umerov:ukraine', 'vladimir-medinsky:russia']));
    expect(table.join(' ')).not.toMatch(/putin|zelensky|erdogan/);
  });

  test('does not seat a leader attending another event elsewhere', () => {
    const text = `Ukraine and Russia agree on prisoner swap\n\nUkraine and Russia agreed on May 16 to exchange 1,000 prisoners each at talks in Istanbul led by Rustem Umerov and Vladimir Medinsky. Zelensky, who was attending the European Political Community summit in Tirana, Albania, on May 16, said a strong response was needed.`;
    const out = json(text, '2025-05-16');
    expect(out.participants.map((p) => p.id)).not.toContain('volodymyr-zelensky');
    expect(out.rounds[0]?.venue?.city).toBe('Istanbul');
  });

  test('places an American envoy as a mediator, whoever he meets', () => {
    const text = `Putin receives envoy in Kremlin\n\nMOSCOW - Russian President Vladimir Putin met Steve Witkoff in the Kremlin on Tuesday for talks on ending the war in Ukraine, Kremlin aide Yuri Ushakov said. Ushakov also took part in the talks.`;
    expect(seated(text, '2025-12-02')).toEqual(expect.arrayContaining(['vladimir-putin:russia', 'steve-witkoff:mediator', 'yuri-ushakov:russia']));
  });

  test('ends a list of delegates at a speaker ("…, Kremlin spokesman Dmitry Peskov told journalists")', () => {
    const text = `Talks in Abu Dhabi this week\n\nDelegations of Ukraine, Russia and the United States will meet again in Abu Dhabi on Wednesday. The Russian delegation will once again be headed by the chief of the GRU, Igor Kostyukov, Kremlin spokesman Dmitry Peskov told journalists.`;
    const table = seated(text, '2026-02-02');
    expect(table).toContain('igor-kostyukov:russia');
    expect(table).not.toContain('dmitry-peskov:russia');
  });
});

describe('the status a clause gives an outcome', () => {
  test('reads "fail to agree on ceasefire" in a headline as not agreed', () => {
    expect(outcomes('Lavrov and Kuleba meet in Antalya but fail to agree on ceasefire')).toEqual(['ceasefire:not-agreed']);
  });

  test('reads "agreed on corridors, but not a general ceasefire" as a ceasefire not agreed', () => {
    expect(outcomes('He said the two sides had agreed to provide humanitarian corridors for civilians, but not a general ceasefire.').sort()).toEqual(['ceasefire:not-agreed', 'humanitarian-corridors:agreed']);
  });

  test('takes "did not discuss a ceasefire" as no outcome at all', () => {
    expect(outcomes('They did not discuss a ceasefire, a Ukrainian official said.')).toEqual([]);
  });

  test('reads "is not against a meeting" and "did not rule out a meeting" as proposals', () => {
    expect(outcomes('Lavrov said Putin was not against a meeting between the presidents.')).toEqual(['leaders-meeting:proposed']);
    expect(outcomes('Medinsky did not rule out a meeting between the presidents.')).toEqual(['leaders-meeting:proposed']);
  });

  test('reads an agreement that holds "only if" a condition is met as a proposal', () => {
    expect(outcomes('Moscow said it would sign a ceasefire only if sanctions were lifted.')).toEqual(['ceasefire:proposed']);
  });

  test('carries the other side\'s refusal after "but" back to the proposals before it', () => {
    expect(outcomes('Umerov said Kyiv had pressed for the return of deported children, but Moscow had not given a clear answer.')).toEqual(['return-of-children:not-agreed']);
  });

  test('ignores a named summit ("the European Political Community summit") as the presidents\' meeting', () => {
    expect(outcomes('Zelensky was attending the European Political Community summit, where he urged more sanctions.')).toEqual([]);
  });
});

describe('officialNamed', () => {
  test('knows a well-known official by surname or any spelling, with country', () => {
    expect(officialNamed(['Witkoff'])?.country).toBe('United States');
    expect(officialNamed(['Davyd', 'Arakhamiya'])?.name).toBe('David Arakhamia');
    expect(officialNamed(['John', 'Smith'])).toBeUndefined();
  });
});
