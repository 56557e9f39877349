import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFolder } from './helpers.ts';

describe('contentFolder', () => {
  test('reports a content folder that does not exist instead of passing an empty site', () => {
    expect(checkFolder('/nonexistent/content', '/nonexistent')).toMatchInlineSnapshot(`
      [
        "content  there is no content folder at \`/nonexistent/content\`; check \`CONTENT_DIR\`, or run the command from the project folder  (content-folder)",
      ]
    `);
  });

  test('reports a folder that holds none of the collections', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-empty-'));
    fs.mkdirSync(path.join(root, 'content'));
    fs.writeFileSync(path.join(root, 'content/README.md'), '# Not content\n');
    const problems = checkFolder(path.join(root, 'content'), root);
    fs.rmSync(root, { recursive: true, force: true });
    expect(problems).toMatchInlineSnapshot(`
      [
        "content  \`content\` has none of the collection folders (\`articles/\`, \`rounds/\`, \`participants/\`, \`venues/\`, \`outcomes/\`); is \`CONTENT_DIR\` pointing at the right folder?  (content-folder)",
      ]
    `);
  });
});
