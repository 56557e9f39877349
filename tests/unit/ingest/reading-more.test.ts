/**
 * More general reading rules, one scenario each, for the weaknesses the test3
 * split showed: titles and places read as people, a first day given with
 * "since", datelines without a year or with a stray dot, landmarks that stand
 * for their city, and outcomes settled by the next clause or sentence.
 * Each text is short and made up for the rule.
 */
import { describe, expect, test } from 'vitest';
import { derive } from '../../../src/ingest/derive.ts';
import { findOutcomes } from '../../../src/ingest/outcomes.ts';
import { toJson } from '../../../src/ingest/report.ts';
import type { MainRound } from '../../../src/ingest/round.ts';
import { splitSentences } from '../../../src/ingest/text.ts';
import { raw, seedKnowledge } from './helpers.ts';

const NOW = new Date('2026-11-01T00:00:00Z');
const PAD = '\n\nBoth governments have faced pressure at home and abroad to show progress, and diplomats in several European capitals said they were following the process closely and with caution.';
const json = (text: string, published?: string) => toJson(derive(raw(text + PAD), published ? { published } : {}, seedKnowledge(), NOW));
const ids = (text: string, published: string) => json(text, published).participants.map((p) => p.id);
const held = { status: 'held', about: () => true } as unknown as MainRound;
const outcomes = (text: string) => findOutcomes(splitSentences([text]), seedKnowledge(), held).map((o) => `${o.topic}:${o.status}`);

describe('who is a person', () => {
  test('reads "Commissioner for Human Rights" as an office, not a person', () => {
    const text = `Ombudsmen meet in Geneva\n\nUkrainian and Russian officials met in Geneva on Tuesday. Ukraine was represented by its Parliamentary Commissioner for Human Rights, Dmytro Lubinets, and Russia by its High Commissioner for Human Rights, Tatiana Moskalkova.`;
    expect(ids(text, '2026-03-11')).not.toContain('human-rights');
    expect(ids(text, '2026-03-11')).toContain('dmytro-lubinets');
  });

  test('reads "Federal Councillor" as an office before the name', () => {
    const text = `Geneva talks open\n\nRussian and Ukrainian delegations met in Geneva on Tuesday. The meeting was opened by Federal Councillor Ignazio Cassis, head of the Swiss foreign ministry.`;
    expect(ids(text, '2026-01-20')).toContain('ignazio-cassis');
  });

  test('never makes a person of a city whose words could begin a name', () => {
    const text = `Prisoner exchange agreed\n\nUkraine and Russia agreed to exchange prisoners after talks in Abu Dhabi, National Security and Defense Council Secretary Rustem Umerov said on Thursday after the talks.`;
    expect(ids(text, '2026-02-05')).not.toContain('abu-dhabi');
  });

  test('takes a first name and patronymic for the person the article names in full', () => {
    const text = `Medinsky on the talks\n\nVladimir Medinsky led the Russian delegation at the talks in Istanbul on Friday.\n\nPRESENTER: Vladimir Rostislavovich, what was agreed at the talks?`;
    const out = ids(text, '2025-05-17');
    expect(out).toContain('vladimir-medinsky');
    expect(out).not.toContain('vladimir-rostislavovich');
  });
});

describe('where and when', () => {
  test('reads "in the Kremlin" as a meeting in Moscow', () => {
    const text = `Putin receives US envoy\n\nRussian President Vladimir Putin met US special envoy Steve Witkoff in the Kremlin on Wednesday for talks on ending the war in Ukraine.`;
    expect(json(text, '2025-08-06').rounds[0]?.venue?.city).toBe('Moscow');
  });

  test('does not take "according to Kiev" for the place of the talks', () => {
    const text = `Memorandum handed over\n\nISTANBUL, June 2. /TASS/. The Ukrainian delegation handed over a list of children which, according to Kiev, were taken to Russia, after the talks on Monday.`;
    expect(json(text, '2025-06-02').rounds[0]?.venue?.city).toBe('Istanbul');
  });

  test('dates talks "held by video link since Monday" from their first day', () => {
    const text = `Talks go on\n\nRussia's chief negotiator said on Wednesday that Ukraine had proposed neutrality. The talks, which the two delegations have been holding by video link since Monday, are difficult, he said.`;
    expect(json(text, '2022-03-16').rounds[0]?.date).toBe('2022-03-14');
  });

  test('reads a dateline whose city ends with a full stop, so its day is the filing day', () => {
    const text = `Umerov on the talks\n\nKYIV. July 24 (Interfax-Ukraine) – Rustem Umerov, who headed the Ukrainian delegation at the talks with Russia in Istanbul on Wednesday, said the sides agreed on an exchange of prisoners.`;
    expect(json(text, '2025-07-24').rounds[0]?.date).toBe('2025-07-23');
  });

  test('takes the year of a yearless dateline from the round the site has on that day at that place', () => {
    const text = `Medinsky on the talks\n\nISTANBUL, 29 Mar – RIA Novosti. The head of the Russian delegation, Vladimir Medinsky, told journalists after the talks with the Ukrainian delegation at the Dolmabahce palace that the meeting had been meaningful.`;
    expect(json(text).rounds[0]?.date).toBe('2022-03-29');
  });
});

describe('outcome status', () => {
  test('a short sentence pointing back settles the topic before it', () => {
    expect(outcomes('Kyiv had gone into the meeting demanding a full ceasefire. There was no agreement on that.')).toEqual(['ceasefire:not-agreed']);
    expect(outcomes('Russia proposed a ceasefire of two to three days. Kiev did not accept this proposal, he said.')).toEqual(['ceasefire:not-agreed']);
  });

  test('"but did not reach a decision" after a discussion is a failure to agree', () => {
    expect(outcomes('The sides also discussed a possible moratorium on strikes against energy infrastructure, but did not reach a decision.')).toEqual(['ceasefire:not-agreed']);
  });

  test('a topic one side raises is its proposal; a side\'s listed positions are demands', () => {
    expect(outcomes('Umerov said Ukraine had again raised the return of deported children.')).toEqual(['return-of-children:proposed']);
    expect(outcomes("Podolyak said Kyiv's positions had not changed: a ceasefire and security guarantees.")).toEqual(['ceasefire:proposed', 'security-guarantees:proposed']);
  });
});
