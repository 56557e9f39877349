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

/**
 * Lets a command's output be piped into a reader that stops early (`| head`): when
 * the pipe closes, the command ends quietly, not with a stack trace. What it wrote
 * to files is already whole by then; only what it had left to say is lost.
 */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}
