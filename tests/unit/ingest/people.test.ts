import { describe, expect, test } from 'vitest';
import { knowledgeFrom } from '../../../src/ingest/knowledge.ts';
import { readSentences } from '../../../src/ingest/nlp.ts';
import { findPeople, nameRuns, officeClasses, sameName, teamCountry } from '../../../src/ingest/people.ts';
import { seedKnowledge } from './helpers.ts';

const empty = knowledgeFrom('(empty)', { articles: [], rounds: [], participants: [], venues: [], outcomes: [] });
const people = (text: string, knowledge = empty) => findPeople(readSentences(text.split('\n')), knowledge);

describe('findPeople', () => {
  test('takes the words of office before a name as its role, and their country', () => {
    const [p] = people('Turkish Foreign Minister Hakan Fidan opened the meeting.');
    expect(p).toMatchObject({ name: 'Hakan Fidan', role: 'Turkish Foreign Minister', country: 'Turkey' });
    expect([...p!.roleClasses].sort()).toEqual(['diplomat', 'minister']);
  });

  test('takes an apposition after the name as its role', () => {
    const [p] = people('Vladimir Medinsky, who heads the Russian delegation, said the talks were useful.');
    expect(p!.role).toBe('heads the Russian delegation');
    expect(p!.roleClasses.has('lead')).toBe(true);
  });

  test('takes an office set off by a comma before the name', () => {
    const [p] = people("After the talks, Ukraine's head negotiator and defence minister, Rustem Umerov, said more.");
    expect(p).toMatchObject({ name: 'Rustem Umerov', country: 'Ukraine' });
    expect(p!.roleClasses.has('delegate')).toBe(true);
  });

  test('reads a plural office before a list as each name\'s part, but not as a title', () => {
    const [lavrov, kuleba] = people('The foreign ministers of Russia and Ukraine, Sergei Lavrov and Dmytro Kuleba, met in Antalya.');
    for (const p of [lavrov!, kuleba!]) {
      expect(p.roleClasses.has('minister')).toBe(true);
      expect(p.role).toBeNull();
    }
  });

  test('takes no office from the end of the clause before a name that opens its own', () => {
    const [p] = people('Kyiv wants to propose a meeting between the presidents, Umerov said.', seedKnowledge());
    expect(p!.roleClasses.size).toBe(0);
  });

  test('keeps a double name whole', () => {
    const [p] = people('Austrian Foreign Minister Beate Meinl-Reisinger hosted the talks.');
    expect(p).toMatchObject({ name: 'Beate Meinl-Reisinger', id: 'beate-meinl-reisinger', role: 'Austrian Foreign Minister' });
  });

  test('reads an office by its head word: an adviser to a head is an adviser', () => {
    const [p] = people("Mikhail Podolyak, adviser to the head of the Ukrainian President's Office, spoke.");
    expect([...p!.roleClasses]).toEqual(['adviser']);
  });

  test('gives the people listed under a team that team\'s country', () => {
    const found = people("Ukraine's team includes Rustem Umerov, secretary of the council; Kyrylo Budanov, head of intelligence; and Andrii Hnatov.");
    expect(found.map((p) => [p.name, p.team])).toEqual([['Rustem Umerov', 'Ukraine'], ['Kyrylo Budanov', 'Ukraine'], ['Andrii Hnatov', 'Ukraine']]);
  });

  test('joins a surname alone to the full name it shortens, and keeps an initial inside a name', () => {
    const found = people('President Vladimir V. Putin of Russia spoke.\nMr. Putin said more.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'Vladimir V. Putin', country: 'Russia' });
    expect(found[0]!.spots).toHaveLength(2);
  });

  test('recognises a known person under another spelling and takes the site\'s name', () => {
    const [p] = people('Kremlin aide Vladimir Medinski led the team.', seedKnowledge());
    expect(p).toMatchObject({ id: 'vladimir-medinsky', known: true, name: 'Vladimir Medinsky' });
  });

  test('does not take places, organisations or a lone unknown word for people', () => {
    expect(people('The talks at Dolmabahce Palace in Abu Dhabi, the Kyiv Independent said, were brief. Istanbul welcomed them.').map((p) => p.name)).toEqual([]);
  });
});

describe('nameRuns', () => {
  test('finds runs of capitalised proper nouns with particles inside', () => {
    const s = readSentences(['Abdullah bin Zayed Al Nahyan welcomed Steve Witkoff.'])[0]!;
    expect(nameRuns(s).map((r) => s.tokens.slice(r.from, r.to + 1).map((t) => t.text).join(' '))).toEqual(['Abdullah bin Zayed Al Nahyan', 'Steve Witkoff']);
  });
});

describe('officeClasses', () => {
  test('counts what a head heads when it is a delegation', () => {
    expect(officeClasses(readSentences(['head of the Ukrainian delegation'])[0]!.tokens).sort()).toEqual(['delegate', 'lead']);
  });
});

describe('teamCountry', () => {
  test('reads "the delegation of Ukraine" and "Russia\'s side"', () => {
    const s = readSentences(["Russia's side is led by Admiral Igor Kostyukov."])[0]!;
    expect(teamCountry(s, s.tokens.findIndex((t) => t.text === 'Igor'))).toBe('Russia');
  });
});

describe('sameName', () => {
  test('matches transliterations of a surname and refuses a different first name', () => {
    expect(sameName(['Mykhailo', 'Podolyak'], ['Mikhail', 'Podoliak'])).toBe(true);
    expect(sameName(['Umerov'], ['Rustem', 'Umerov'])).toBe(true);
    expect(sameName(['Oleksii', 'Reznikov'], ['Taras', 'Reznikov'])).toBe(false);
  });
});
