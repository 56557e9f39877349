import { describe, expect, test } from 'vitest';
import { foldName } from '../../../src/check/rules/alias-conflicts.ts';
import { check } from './helpers.ts';

describe('aliasConflicts', () => {
  test('reports two participants or two venues claiming one alias, ignoring case and accents', () => {
    expect(check('alias-conflicts')).toMatchInlineSnapshot(`
      [
        "content/participants/dmytro-kuleba.md:3:11  aliases[0]: the alias \`Kuleba\` is also the alias \`kuleba\` of participant \`dmitro-kuleba\` (content/participants/dmitro-kuleba.md), ignoring case and accents; a name may belong to one participant only, so remove it from one of them  (alias-conflict)",
        "content/participants/dmytro-kuleba.md:3:19  aliases[1]: the alias \`Dmitry Kuleba\` is also the alias \`DMITRY KULEBA\` of participant \`dmitro-kuleba\` (content/participants/dmitro-kuleba.md), ignoring case and accents; a name may belong to one participant only, so remove it from one of them  (alias-conflict)",
        "content/participants/turkish-foreign-minister.md:3:11  aliases[0]: the alias \`Mevlut  Çavuşoğlu\` is also the name \`Mevlüt Çavuşoğlu\` of participant \`mevlut-cavusoglu\` (content/participants/mevlut-cavusoglu.md), ignoring case and accents; a name may belong to one participant only, so remove it from one of them  (alias-conflict)",
        "content/participants/turkish-foreign-minister.md:3:30  aliases[1]: the alias \`Sergey Lavrov\` is also the name \`Sergey Lavrov\` of participant \`sergey-lavrov\` (content/participants/sergey-lavrov.md), ignoring case and accents; a name may belong to one participant only, so remove it from one of them  (alias-conflict)",
        "content/venues/antalya-forum-2.md:3:41  aliases[1]: the alias \`antalya diplomacy forum\` is also the name \`Antalya Diplomacy Forum\` of venue \`antalya-forum\` (content/venues/antalya-forum.md), ignoring case and accents; a name may belong to one venue only, so remove it from one of them  (alias-conflict)",
        "content/venues/antalya-forum.md:3:11  aliases[0]: the alias \`ADF\` is also the name \`ADF\` of venue \`antalya-forum-2\` (content/venues/antalya-forum-2.md), ignoring case and accents; a name may belong to one venue only, so remove it from one of them  (alias-conflict)",
      ]
    `);
  });
});

describe('foldName', () => {
  test('compares Turkish, Cyrillic and spaced spellings as a reader would', () => {
    expect(['Mevlüt  Çavuşoğlu', 'DOLMABAHÇE SARAYI', 'İstanbul', 'Владимир Мединский', 'Zelens’kyi'].map(foldName)).toMatchInlineSnapshot(`
      [
        "mevlut cavusoglu",
        "dolmabahce sarayi",
        "istanbul",
        "владимир мединскии",
        "zelens kyi",
      ]
    `);
  });
});
