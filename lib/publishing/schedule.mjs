// Publishing at a set time (`content:publish -- <slug> --at <time>`): the article stays a draft
// on the content volume, and a small file says when it goes live. Every app server looks at the
// folder each second (lib/http/serve.mjs) and, at the time, asks its own publish endpoint to
// publish it; the first to rename the file to its claimed name publishes it, once, whichever
// server that is (lib/publishing/publishScheduled.ts). Plain JavaScript: `npm start` reads it.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder of scheduled publishes, beside the articles.
 * @param {string} contentRoot
 */
export const scheduleDir = (contentRoot) => path.join(contentRoot, 'schedule');

/** A schedule's file, and the name it takes while a server publishes it. */
export const scheduleFile = (/** @type {string} */ dir, /** @type {string} */ slug) => path.join(dir, `${slug}.json`);
export const claimedFile = (/** @type {string} */ dir, /** @type {string} */ slug) =>
  path.join(dir, `${slug}.json.claimed`);

/**
 * A time as an editor writes it: ISO 8601 with its offset (`2026-12-08T06:00+03:00`, or `Z`),
 * so it means one moment wherever the servers run. Its epoch milliseconds, or null.
 * @param {string} text
 */
export function scheduledTime(text) {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : time;
}

/** A claim no server finished in this long (it stopped mid-publish) is taken up again. */
const STALE_CLAIM_MS = 60_000;

/**
 * Whether the claim at `file` was left unfinished by a server that stopped.
 * @param {string} file
 */
export function staleClaim(file) {
  const stat = statSync(file, { throwIfNoEntry: false });
  return !!stat && Date.now() - stat.mtimeMs > STALE_CLAIM_MS;
}

/**
 * The slug of the entry `name` of the schedule folder `dir` when there is something to publish
 * now (its time has come, or its claim was left unfinished), else null.
 * @param {string} dir
 * @param {string} name
 * @returns {string | null}
 */
export function dueSlug(dir, name) {
  const [, slug, claimed] = /^([a-z0-9-]+)\.json(\.claimed)?$/.exec(name) ?? [];
  if (!slug) return null;
  if (claimed) return staleClaim(path.join(dir, name)) ? slug : null;
  try {
    const at = scheduledTime(JSON.parse(readFileSync(path.join(dir, name), 'utf8')).at);
    return at !== null && at <= Date.now() ? slug : null;
  } catch {
    return null; // Being written, or taken back.
  }
}
