import { describe, expect, test } from 'vitest';
import { check } from './helpers.ts';

describe('strayFiles', () => {
  test('warns about files the site would leave out', () => {
    expect(check('stray-files')).toMatchInlineSnapshot(`
      [
        "content/outcomes/ceasefire.md.bak  warning only \`.md\` files are read, so \`ceasefire.md.bak\` is left out of the site; remove it, or give it the \`.md\` ending if it is an entry  (stray-file)",
        "content/participants/volodymyr-zelensky.MD  warning only \`.md\` files are read, so \`volodymyr-zelensky.MD\` is left out of the site; rename it to \`volodymyr-zelensky.md\`  (stray-file)",
        "content/venues/notes.txt  warning only \`.md\` files are read, so \`notes.txt\` is left out of the site; remove it, or give it the \`.md\` ending if it is an entry  (stray-file)",
      ]
    `);
  });
});
