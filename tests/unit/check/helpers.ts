/**
 * Runs the content check on a fixture folder (tests/fixtures/check/<case>/content)
 * and returns the problems as the command prints them, with paths relative to
 * the case folder so snapshots read `content/rounds/….md:3:7  …`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../../../src/check/check.ts';
import { formatProblem } from '../../../src/lib/problems.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/check');

/** "Today" for every fixture, so dates stay in the past or future forever. */
export const TODAY = '2025-06-01';

/** The printed problems of one fixture case, optionally only those of some rules. */
export function check(name: string, rules?: string[], options: { today?: string } = {}): string[] {
  const root = path.join(FIXTURES, name);
  return checkFolder(path.join(root, 'content'), root, rules, options);
}

export function checkFolder(dir: string, cwd: string, rules?: string[], options: { today?: string } = {}): string[] {
  return checkContent(dir, cwd, { today: options.today ?? TODAY })
    .filter((p) => !rules || rules.includes(p.rule))
    .map(formatProblem);
}

/** A writable copy of a fixture case in a temp folder; returns the copy's root (holding `content/`). */
export function copyFixture(name: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `check-${name}-`));
  fs.cpSync(path.join(FIXTURES, name), root, { recursive: true });
  return root;
}
