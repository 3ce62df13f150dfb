// npm run edge -- [listenPort] [upstreamPorts]: runs deploy/nginx.conf in the foreground, with
// the ports written in, in front of app servers already listening on the upstream ports
// (comma-separated: `npm run edge -- 8080 3000,3001` balances two). QARI_EDGE_HOSTS: the site's
// host names beside localhost.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [listen = '8080', upstream = '3000'] = process.argv.slice(2);
const prefix = path.join(tmpdir(), `qari-nginx-${listen}`);
// Each start is a new deploy: pages cached from an earlier build name assets that no longer
// exist (as after any deploy, an edge must be purged).
rmSync(path.join(prefix, 'cache'), { recursive: true, force: true });
for (const dir of ['tmp/body', 'tmp/proxy', 'cache']) mkdirSync(path.join(prefix, dir), { recursive: true });

// The host names the edge answers for (any other gets its connection closed): this machine's, and
// the site's own when QARI_EDGE_HOSTS names it (space-separated), as a deployment's edge would.
const hosts = ['localhost', '127.0.0.1', ...(process.env.QARI_EDGE_HOSTS ?? '').split(/\s+/).filter(Boolean)];
const conf = readFileSync('deploy/nginx.conf', 'utf8')
  .replaceAll('listen 127.0.0.1:8080', `listen 127.0.0.1:${listen}`)
  .replace('server_name localhost 127.0.0.1;', `server_name ${hosts.join(' ')};`)
  .replace(/^( *)server 127\.0\.0\.1:3000 (.*)$/m, (_line, indent, options) =>
    upstream
      .split(',')
      .map((port) => `${indent}server 127.0.0.1:${port} ${options}`)
      .join('\n'),
  );
const file = path.join(prefix, 'nginx.conf');
writeFileSync(file, conf);

const nginx = spawn(process.env.NGINX ?? 'nginx', ['-p', prefix, '-c', file, '-g', 'daemon off;'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => nginx.kill('SIGQUIT'));
nginx.on('exit', (code) => process.exit(code ?? 0));
console.log(`nginx: http://127.0.0.1:${listen} → next on 127.0.0.1:${upstream}`);
