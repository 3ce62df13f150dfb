import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { E2E_BUILD_ENV, serverEnv } from '../buildEnv.mjs';

/**
 * Starts `npm start`'s server (lib/http/serve.mjs) on a port of its own, serving `distDir` (a
 * copy of the e2e build a flow has changed), and waits until it answers.
 */
export function startAppServer(port: number, distDir: string, env: Record<string, string> = {}): Promise<ChildProcess> {
  const args = ['lib/http/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1'];
  // Without SITE_URL, as the README's deployment starts a server: pages name the build's.
  return startOn(port, args, { ...serverEnv(), QARI_DIST_DIR: distDir, ...env });
}

/** Starts the caching edge (deploy/edge.mjs, nginx) on `port` in front of app servers, and waits until it answers. */
export function startEdge(port: number, upstreams: number[]): Promise<ChildProcess> {
  return startOn(port, ['deploy/edge.mjs', String(port), upstreams.join(',')], process.env);
}

/** `node <args>` in a process group of its own, once `port` is free; resolves once it answers there. */
async function startOn(port: number, args: string[], env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  await portFree(port);
  const child = spawn(process.execPath, args, { env, detached: true, stdio: 'ignore' });
  await answering(`http://127.0.0.1:${port}/ar`);
  return child;
}

/** Waits until `url` answers 2xx (up to a minute). */
export async function answering(url: string) {
  for (let i = 0; i < 120; i++) {
    const up = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} never answered`);
}

/**
 * A server of an earlier attempt still on `port` would answer for the new one (and serve the
 * old attempt's content): a retry must start from nothing, so this says so instead.
 */
async function portFree(port: number) {
  for (let i = 0; i < 20; i++) {
    const taken = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (!taken) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`port ${port} is still taken by another server`);
}

/** Stops it at once, with anything it started; resolves once it has exited (its port is free). */
export async function stopAppServer(server: ChildProcess | undefined) {
  if (!server?.pid || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    return; // Already gone.
  }
  await exited;
}

/**
 * A copy of the e2e build in `to`, for a flow that changes it or serves it apart, without the
 * bundler's own cache (three quarters of the build's bytes, never read by a running server).
 */
export function copyBuild(to: string) {
  const from = E2E_BUILD_ENV.QARI_DIST_DIR;
  const skipped = path.join(from, 'cache', 'turbopack');
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true, filter: (source) => source !== skipped });
}
