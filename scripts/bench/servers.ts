import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

const answers = (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  );

export async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} never answered`);
}

/**
 * A server in its own process group, so stopping it stops its children (next-server, nginx) too.
 * A SITE_URL of this shell is not passed on (a server takes its build's): only one in `env`.
 */
export function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const inherited = { ...process.env };
  delete inherited.SITE_URL;
  return spawn(command, args, {
    stdio: 'ignore',
    detached: true,
    env: { ...inherited, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
}

export function stop(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

/** A server left over from another run would be measured instead of this build: refuse. */
export async function ensureFree(port: number) {
  const busy = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${port} is already in use: stop whatever listens there and run again`);
}

/** `npm run build` with `env`: a bench's own build directory (with a tsconfig of its own: next.config.ts) and content. */
export function buildForBench(env: Record<string, string>) {
  const built = spawnSync('npx', ['tsx', 'scripts/build/build.ts'], {
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('the build failed');
}
