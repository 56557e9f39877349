import { describe, expect, test } from 'vitest';
import { measure } from '../../bench/lib/measure.ts';

describe('measure', () => {
  test("counts the CPU of a helper process that is stopped and never waited for, as Pagefind's service is", async () => {
    // The parent starts a child that does a fixed amount of work (about half a second of
    // CPU) and then waits; told it is done, the parent kills it and exits at once, unreaped.
    const work = 'let x = 0; for (let i = 0; i < 1.5e8; i++) x = (x + i) % 7; console.log(x); setInterval(() => {}, 1000);';
    const script = `
      const { spawn } = require('node:child_process');
      const child = spawn(process.execPath, ['-e', ${JSON.stringify(work)}], { stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.once('data', () => { child.kill('SIGKILL'); process.exit(0); });
    `;
    const run = await measure(process.execPath, ['-e', script], { cwd: process.cwd() });
    expect(run.exitCode).toBe(0);
    // The child's work alone; the parent's own start-up comes on top.
    expect(run.cpuSeconds).toBeGreaterThan(0.3);
    expect(run.peakMiB).toBeGreaterThan(20);
  }, 20_000);
});
