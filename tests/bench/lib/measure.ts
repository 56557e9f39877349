/**
 * Runs one command and measures it: wall time, CPU time of the whole process
 * tree, and peak memory of the tree. CPU and the largest single process's peak
 * come from GNU time (`/usr/bin/time -f`, which waits for every child); the
 * tree's peak is the largest sum of resident memory seen by polling /proc every
 * 50 ms, since a build may run several processes at once. The larger of the two
 * is reported.
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
}

const GNU_TIME = '/usr/bin/time';
const PAGE = 4096;
const hasGnuTime = fs.existsSync(GNU_TIME);

export async function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measurement> {
  const report = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peakBytes = 0;
  const poll = setInterval(() => {
    if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid));
  }, 50);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(poll);
  const wallSeconds = (performance.now() - started) / 1000;
  let cpuSeconds: number | null = null;
  let largestProcessMiB: number | null = null;
  if (hasGnuTime && fs.existsSync(report)) {
    // GNU time writes "Command exited with non-zero status N" first when the command fails.
    const line = fs.readFileSync(report, 'utf8').trim().split('\n').at(-1)!;
    const [, user, system, maxKb] = line.split(' ').map(Number) as [number, number, number, number];
    cpuSeconds = user + system;
    largestProcessMiB = maxKb / 1024;
    peakBytes = Math.max(peakBytes, maxKb * 1024);
    fs.rmSync(report, { force: true });
  }
  return { wallSeconds, cpuSeconds, peakMiB: peakBytes / 1048576, largestProcessMiB, exitCode, tail: output.split('\n').slice(-25).join('\n') };
}

/** Resident memory of a process and all its descendants, in bytes (0 once it has gone). */
export function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const id = stack.pop()!;
    try {
      const statm = fs.readFileSync(`/proc/${id}/statm`, 'utf8');
      total += Number(statm.split(' ')[1]) * PAGE;
      for (const task of fs.readdirSync(`/proc/${id}/task`)) {
        const children = fs.readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(' ').map(Number));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/** Adds up the steps of one build run: times add, memory is the largest step's. */
export function combine(steps: Measurement[]): Measurement {
  return {
    wallSeconds: steps.reduce((sum, s) => sum + s.wallSeconds, 0),
    cpuSeconds: steps.some((s) => s.cpuSeconds === null) ? null : steps.reduce((sum, s) => sum + s.cpuSeconds!, 0),
    peakMiB: Math.max(...steps.map((s) => s.peakMiB)),
    largestProcessMiB: steps.some((s) => s.largestProcessMiB === null) ? null : Math.max(...steps.map((s) => s.largestProcessMiB!)),
    exitCode: steps.find((s) => s.exitCode !== 0)?.exitCode ?? 0,
    tail: steps.map((s) => s.tail).join('\n'),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
