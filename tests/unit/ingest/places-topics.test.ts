import { describe, expect, test } from 'vitest';
import { knowledgeFrom } from '../../../src/ingest/knowledge.ts';
import { readSentences } from '../../../src/ingest/nlp.ts';
import { findPlaces } from '../../../src/ingest/places.ts';
import { findTopics } from '../../../src/ingest/topics.ts';
import { seedKnowledge } from './helpers.ts';

const sentences = (text: string) => readSentences(text.split('\n'));

describe('findPlaces', () => {
  test('reads a landmark as a place in its city, with the preposition before it', () => {
    const [p] = findPlaces(sentences('The delegations met at Ciragan Palace on Monday.'), seedKnowledge());
    expect(p).toMatchObject({ city: 'Istanbul', country: 'Turkey', landmark: 'Çırağan Palace', kind: 'landmark', prep: 'at' });
  });

  test('reads a city with a region word as its region', () => {
    const [p] = findPlaces(sentences('The talks took place in the Gomel region near the border.'), knowledgeFrom('(empty)', { articles: [], rounds: [], participants: [], venues: [], outcomes: [] }));
    expect(p).toMatchObject({ city: 'Gomel Region', kind: 'region', venue: null });
    const [known] = findPlaces(sentences('The talks took place in the Gomel region near the border.'), seedKnowledge());
    expect(known).toMatchObject({ city: 'Gomel Region', venue: 'gomel-region' });
  });

  test('knows a venue of the site by its alias', () => {
    const [p] = findPlaces(sentences('Talks resumed at Dolmabahce.'), seedKnowledge());
    expect(p!.venue).toBe('dolmabahce-palace');
  });

  test('marks a capitalised place opening the article as a dateline', () => {
    const [p] = findPlaces(sentences('ISTANBUL — Negotiators met on Tuesday.'), seedKnowledge());
    expect(p).toMatchObject({ city: 'Istanbul', dateline: true });
  });
});

describe('findTopics', () => {
  test('matches a keyword on lemmas, in any order, within one clause', () => {
    const topics = (text: string) => findTopics(sentences(text), seedKnowledge()).map((t) => t.topic);
    expect(topics('The talks will continue on Wednesday.')).toEqual(['continuing-talks']);
    expect(topics('Both sides agreed to exchange prisoners of war.')).toContain('prisoner-exchange');
    expect(topics('No truce was agreed.')).toEqual(['ceasefire']);
  });

  test('does not join words from two clauses', () => {
    expect(findTopics(sentences('The talks ended, but fighting will continue.'), seedKnowledge()).map((t) => t.topic)).not.toContain('continuing-talks');
  });
});
