import { spawn, type ChildProcess } from 'node:child_process';
import { E2E_BUILD_ENV } from '../buildEnv.mjs';

/**
 * Starts `npm start`'s server (scripts/serve.mjs) on a port of its own, serving `distDir` (a
 * copy of the e2e build a flow has changed), and waits until it answers.
 */
export async function startAppServer(port: number, distDir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, ...E2E_BUILD_ENV, QARI_DIST_DIR: distDir },
    detached: true,
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/ar`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${distDir} on port ${port} never answered`);
}

/** Stops it at once, with anything it started. */
export function stopAppServer(server: ChildProcess | undefined) {
  if (server?.pid) process.kill(-server.pid, 'SIGKILL');
}
