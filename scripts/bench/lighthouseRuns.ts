import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  requests: number | null;
  fcp: number | null;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  transferBytes: number | null;
  /** Main-thread work during the load, ms (Lighthouse's mainthread-work-breakdown). */
  mainThread: number | null;
  bytes: { html: number; js: number; css: number; fonts: number };
  /** "category: audit (score)" for each weighted audit that did not pass. */
  failing: string[];
  /** With `tasks`: the trace's tasks over 50 ms, self time by group (script time by its script's URL). */
  longTasks?: { start: number; duration: number; event: string; parts: [string, number][] }[];
  /** With `tasks`: main-thread work by group (Lighthouse's mainthread-work-breakdown), ms. */
  breakdown?: Record<string, number>;
  /** With `tasks`: Lighthouse's long-tasks audit (simulated durations under simulated throttling). */
  longTasksAudit?: { url: string; duration: number; startTime: number }[];
}

/** The figures that vary between runs: each summarised as a median with its spread. */
export type LighthouseMetric = keyof Omit<LighthouseFigures, 'bytes' | 'failing' | 'longTasks' | 'longTasksAudit' | 'breakdown'>;

/** Lighthouse's default model of a slow phone, or the same throttling applied for real. */
export type Throttling = 'simulate' | 'devtools';

/**
 * One Lighthouse run of `url` with the mobile (default) or desktop preset, in its own process
 * (asynchronously: the static reference is served from this very process).
 */
export async function runLighthouse(
  url: string,
  preset: 'mobile' | 'desktop',
  throttling: Throttling = 'simulate',
  visit: 'first' | 'repeat' = 'first',
  tasks = false,
): Promise<LighthouseFigures> {
  const args = ['scripts/bench/lighthouseRun.mjs', url, preset, throttling, visit, ...(tasks ? ['tasks'] : [])];
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as LighthouseFigures;
}
