/**
 * Whether a module is the script Node was started with, so a command runs when
 * called and not when a test imports it. Compares file URLs of real paths:
 * building `file://${process.argv[1]}` by hand fails for a project in a folder
 * whose name has a space (`file:///my%20work/…`) or is reached through a link.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * @example if (isMainModule(import.meta.url)) run();
 */
export function isMainModule(moduleUrl: string, script: string | undefined = process.argv[1]): boolean {
  if (!script) return false;
  try {
    return pathToFileURL(fs.realpathSync(script)).href === moduleUrl;
  } catch {
    return false;
  }
}
