/**
 * Runs one command and measures it: wall time, CPU time of the whole process
 * tree, and peak memory of the tree.
 *
 * - Memory: the largest sum of resident memory over the tree, polling /proc every
 *   50 ms (a build runs several processes at once), or GNU time's largest single
 *   process if that is larger.
 * - CPU: GNU time (`/usr/bin/time -f`) counts a child only once its parent has
 *   waited for it, and a helper that is stopped and left to init, as Pagefind's
 *   service process is, is never counted. So the CPU time of every process seen
 *   in the tree is also read from /proc (its last reading, up to 50 ms short),
 *   and the larger of the two sums is reported.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measurement {
  wallSeconds: number;
  /** User + system time of the command and all its children; null without GNU time. */
  cpuSeconds: number | null;
  /** The largest sum of resident memory over the process tree. */
  peakMiB: number;
  /** The largest resident memory of any one process (GNU time's %M); null without GNU time. */
  largestProcessMiB: number | null;
  exitCode: number;
  /** The last lines the command printed, to explain a failure. */
  tail: string;
  /** Every line it printed that matched `options.keep`. */
  kept: string;
}

const GNU_TIME = '/usr/bin/time';
const PAGE = 4096;
const hasGnuTime = fs.existsSync(GNU_TIME);

export async function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; keep?: RegExp }): Promise<Measurement> {
  const report = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const kept: string[] = [];
  const partial = { stdout: '', stderr: '' };
  const read = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (!options.keep) return;
    const lines = (partial[stream] + chunk.toString()).split('\n');
    partial[stream] = lines.pop()!;
    kept.push(...lines.filter((line) => options.keep!.test(line)));
  };
  child.stdout.on('data', read('stdout'));
  child.stderr.on('data', read('stderr'));
  let peakBytes = 0;
  const cpuTicks = new Map<string, number>();
  const poll = setInterval(() => {
    if (!child.pid) return;
    const tree = treeStats(child.pid);
    peakBytes = Math.max(peakBytes, tree.rssBytes);
    for (const [process, ticks] of tree.cpuTicks) cpuTicks.set(process, ticks);
  }, 50);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(poll);
  const wallSeconds = (performance.now() - started) / 1000;
  const polledCpu = [...cpuTicks.values()].reduce((a, b) => a + b, 0) / TICKS_PER_SECOND;
  let cpuSeconds: number | null = cpuTicks.size ? polledCpu : null;
  let largestProcessMiB: number | null = null;
  if (hasGnuTime && fs.existsSync(report)) {
    // GNU time writes "Command exited with non-zero status N" first when the command fails.
    const line = fs.readFileSync(report, 'utf8').trim().split('\n').at(-1)!;
    const [, user, system, maxKb] = line.split(' ').map(Number) as [number, number, number, number];
    cpuSeconds = Math.max(user + system, polledCpu);
    largestProcessMiB = maxKb / 1024;
    peakBytes = Math.max(peakBytes, maxKb * 1024);
    fs.rmSync(report, { force: true });
  }
  for (const rest of [partial.stdout, partial.stderr]) if (options.keep?.test(rest)) kept.push(rest);
  return { wallSeconds, cpuSeconds, peakMiB: peakBytes / 1048576, largestProcessMiB, exitCode, tail: output.split('\n').slice(-25).join('\n'), kept: kept.join('\n') };
}

/** /proc counts CPU time in clock ticks of 1/100 s (USER_HZ, the same on every Linux). */
const TICKS_PER_SECOND = 100;

/**
 * A process tree now: the resident memory of a process and all its descendants, in
 * bytes (0 once it has gone), and the CPU ticks each has used so far, keyed by pid
 * and start time (a pid can be reused).
 */
export function treeStats(pid: number): { rssBytes: number; cpuTicks: Map<string, number> } {
  let rssBytes = 0;
  const cpuTicks = new Map<string, number>();
  const stack = [pid];
  while (stack.length) {
    const id = stack.pop()!;
    try {
      const statm = fs.readFileSync(`/proc/${id}/statm`, 'utf8');
      rssBytes += Number(statm.split(' ')[1]) * PAGE;
      // Fields after the command name, which is in parentheses and may hold spaces:
      // utime and stime are fields 14 and 15 of stat(5), the start time field 22.
      const stat = fs.readFileSync(`/proc/${id}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuTicks.set(`${id}:${fields[19]}`, Number(fields[11]) + Number(fields[12]));
      for (const task of fs.readdirSync(`/proc/${id}/task`)) {
        const children = fs.readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(' ').map(Number));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return { rssBytes, cpuTicks };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
