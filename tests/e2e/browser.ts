/**
 * Finds a Chromium for the page tests, or installs Debian's when none is found
 * and we may (as root, with apt-get). Playwright cannot download its own browser
 * here, so the tests drive a system Chromium; this says which one, or how to get one.
 *
 * Order: $CHROMIUM_PATH, then chromium / chromium-browser / google-chrome on PATH.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { isMainModule } from '../../src/lib/main-module.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The path of a usable Chromium, or undefined. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const wanted = env.CHROMIUM_PATH?.trim();
  if (wanted) return fs.existsSync(wanted) ? wanted : undefined;
  return CANDIDATES.find((file) => fs.existsSync(file));
}

function install(): boolean {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log('No Chromium found: installing Debian\'s chromium package with apt-get (once per machine)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return true;
}

if (isMainModule(import.meta.url)) {
  let found = findChromium();
  if (!found && !process.env.CHROMIUM_PATH && install()) found = findChromium();
  if (found) {
    console.log(`Page tests will use Chromium at ${found}.`);
  } else {
    console.error(
      process.env.CHROMIUM_PATH
        ? `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there. Point it at a Chromium or Chrome binary.`
        : 'No Chromium found for the page tests. Install one (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
    process.exitCode = 1;
  }
}
