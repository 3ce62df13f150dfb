// `npm start`: serves the production build. Next's own server answers a few hostile requests
// with a 500 and a stack trace (TRACE, broken percent-encoding, unsatisfiable ranges), so a
// small guard answers those first (lib/http/requestGuard.mjs); everything else is Next's, and
// an error Next cannot render still reaches the reader as a page (lib/http/serverErrors.mjs).
// Usage: node lib/http/serve.mjs [--port 3000] [--hostname 127.0.0.1]; PORT and HOSTNAME work too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import { builtSiteUrl, siteUrlMismatch } from './builtSiteUrl.mjs';
import { criticalCssFor } from './criticalCss.mjs';
import { withNaskh } from './naskhOnServe.mjs';
import { errorDocument, localeOfPath } from './errorDocument.mjs';
import { NOT_FOUND_CACHE_HEADERS } from './pageCacheHeaders.mjs';
import { isOwnScript, layoutScriptsOf } from './ownScripts.mjs';
import { withPageCsp } from './pageCsp.mjs';
import { guardRequest } from './requestGuard.mjs';
import { securityHeaders } from './securityHeaders.mjs';
import { publishSecretProblem } from '../publishing/publishSecretRule.mjs';
import { dueSlug, scheduleDir } from '../publishing/schedule.mjs';
import { withErrorPages } from './serverErrors.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// This machine only, unless told otherwise: the README's deployment puts the app behind the edge
// (deploy/nginx.conf), which holds the limits; a server reachable around it would skip them.
const hostname = values.hostname ?? process.env.HOSTNAME ?? '127.0.0.1';
const distDir = process.env.QARI_DIST_DIR || '.next';

if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.error(`No production build in ${distDir}/. Build first:  SITE_URL=http://localhost:3000 npm run build`);
  process.exit(1);
}

// The public address is the build's: SITE_URL here may only repeat it.
const siteUrl = builtSiteUrl(distDir);
const siteProblem = siteUrl
  ? siteUrlMismatch(siteUrl, process.env.SITE_URL)
  : `The build in ${distDir}/ does not say which address it was made for. Build again:  SITE_URL=https://… npm run build`;
if (siteProblem) {
  console.error(siteProblem);
  process.exit(1);
}

// Said once, at start: an editor's publish then gets a 401 like any wrong secret.
const secretProblem = publishSecretProblem(process.env.QARI_PUBLISH_SECRET);
if (secretProblem && process.env.QARI_PUBLISH_SECRET) console.error(secretProblem);

Object.assign(process.env, { NODE_ENV: 'production' });
const app = next({ dev: false, hostname, port, dir: process.cwd() });
await app.prepare();

const ownHeaders = Object.fromEntries(securityHeaders(true).map(({ key, value }) => [key, value]));
const messages = Object.fromEntries(
  ['ar', 'en'].map((locale) => [
    locale,
    JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')),
  ]),
);
// Any 5xx leaves as Qari's own error page (lib/http/serverErrors.mjs), never Next's bare one.
// Each page carries the CSS rules it uses (lib/http/criticalCss.mjs) and Naskh's faces
// (lib/http/naskhOnServe.mjs), and its policy lists the
// hashes of the inline scripts Qari and Next wrote in it (lib/http/ownScripts.mjs), however late
// it was rendered.
const layoutScripts = layoutScriptsOf(distDir);
// Off with QARI_CRITICAL_CSS=off (the stylesheet then blocks the first paint, as before issue
// 22), to measure one against the other (npm run bench).
const critical =
  process.env.QARI_CRITICAL_CSS === 'off' ? (/** @type {string} */ html) => html : criticalCssFor(distDir);
const handle = withPageCsp(withErrorPages(app.getRequestHandler(), /** @type {any} */ (messages), ownHeaders), {
  rewrite: (html) => withNaskh(critical(html)),
  allowed: (script) => isOwnScript(script, layoutScripts),
});
const staticRoot = path.resolve(distDir, 'static');
const publicRoot = path.resolve('public');

/**
 * Size of the file a path serves (a built static file, or one of public/), or null when it leads anywhere else.
 * @param {string} pathname
 */
function fileSize(pathname) {
  const [root, relative] = pathname.startsWith('/_next/static/')
    ? [staticRoot, pathname.slice('/_next/static/'.length)]
    : [publicRoot, pathname.slice(1)];
  const file = path.resolve(root, decodeURIComponent(relative));
  if (!file.startsWith(root + path.sep)) return null;
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

let stopping = false;

// Who sent a request, for limits by client (wrong publish secrets): the socket's peer, or the
// address the edge (deploy/nginx.conf, on this machine) says it forwards. Set here, over
// whatever the client sent under that name.
const CLIENT_HEADER = 'x-qari-client';
const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;
/** @param {import('node:http').IncomingMessage} request */
function clientOf(request) {
  const peer = request.socket.remoteAddress ?? '';
  const forwarded = request.headers['x-real-ip'];
  return LOOPBACK.test(peer) && typeof forwarded === 'string' && forwarded ? forwarded : peer;
}

const server = createServer((request, response) => {
  // Stopping: answer what is under way, and close each connection after it.
  if (stopping) response.setHeader('Connection', 'close');
  request.headers[CLIENT_HEADER] = clientOf(request);
  // Headers that steer Next's internals are never a client's to send (the edge drops them too).
  for (const name of Object.keys(request.headers)) if (name.startsWith('x-middleware-')) delete request.headers[name];
  const answer = guardRequest(request, fileSize);
  if (!answer) return handle(request, response);
  if (answer.status === 404) return notFound(request, response);
  response.writeHead(answer.status, {
    ...ownHeaders,
    ...answer.headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : answer.body);
});

/**
 * Qari's 404 page, as the proxy's gate sends it (lib/http/notFoundDocument.ts): in the path's
 * language, no script, kept by an edge as long as a page.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
function notFound(request, response) {
  const locale = localeOfPath(request.url);
  const page = messages[locale];
  response.writeHead(404, {
    ...ownHeaders,
    'Content-Type': 'text/html; charset=utf-8',
    ...NOT_FOUND_CACHE_HEADERS,
  });
  response.end(request.method === 'HEAD' ? undefined : errorDocument(locale, page, page.NotFound));
}
// Node hands CONNECT to a 'connect' listener, not to the request handler: refuse it too.
server.on('connect', (_request, socket) => {
  socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
});
// A stop (a deploy, a scale-down) takes no new connections and finishes the requests under
// way, so an edge in front retries nothing and loses nothing; a crash can only cut the responses
// being written at that instant.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}

/**
 * Publishing at a set time: each second, any schedule whose time has come (or a claim a server
 * left unfinished) is handed to this server's own publish endpoint, which publishes it if this
 * server claims it first (lib/publishing/publishScheduled.ts). No command runs at that moment;
 * every server looks, exactly one publishes. Needs the publish secret, as any publish does.
 */
function followSchedule() {
  const secret = process.env.QARI_PUBLISH_SECRET;
  if (publishSecretProblem(secret)) return;
  const dir = scheduleDir(path.resolve(process.env.QARI_CONTENT_ROOT || 'content'));
  const self = `http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname}:${port}/api/publish`;
  /** @type {Set<string>} */
  const asking = new Set();
  setInterval(() => {
    let names;
    try {
      names = readdirSync(dir);
    } catch {
      return; // Nothing scheduled yet.
    }
    for (const name of names) {
      const slug = dueSlug(dir, name);
      if (!slug || asking.has(slug)) continue;
      asking.add(slug);
      fetch(self, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ slug, scheduled: true }),
      })
        .then((answer) => answer.arrayBuffer())
        .catch((error) => console.error(`scheduled publish of ${slug}: ${error.message}`))
        .finally(() => asking.delete(slug));
    }
  }, 1000).unref();
}

server.listen(port, hostname, () => {
  followSchedule();
  console.log(
    `Qari: http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port} (build in ${distDir}/, pages name ${siteUrl})`,
  );
});
