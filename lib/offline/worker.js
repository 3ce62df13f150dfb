// Qari's service worker (served at /sw.js by app/sw.js/route.ts, which writes the build's id
// in place of __QARI_BUILD__). It keeps what the reader has opened readable offline:
// - the build's files (/_next/static: scripts, styles) and the faces (/fonts), named by content: cache first;
// - pages (articles, library, topics): network first, so a published correction reaches a
//   reader who saved the article on the next online visit; the saved copy when offline, or when
//   the network has not answered within NETWORK_WAIT_MS (a train's dead spot);
// - any other page offline: the localized offline page, which lists what is saved.
// Caches carry the build's id: a new build's worker removes the old ones when it takes over,
// so a page of one build never runs with the files of another.
/// <reference lib="webworker" />
// Type-checked as a service worker (lib/offline/tsconfig.json): `self` is its global scope.
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const BUILD = '__QARI_BUILD__';
const PAGES = `qari-pages-${BUILD}`;
const FILES = `qari-files-${BUILD}`;
const OFFLINE = { ar: '/ar/offline', en: '/en/offline' };

/**
 * The files a page names: the build's scripts and styles, and the faces its head declares.
 * @param {string} text
 * @returns {string[]}
 */
function filesOf(text) {
  const faces = [...text.matchAll(/url\((\/fonts\/[\w.-]+\.woff2)\)/g)].map(([, path]) => path);
  return [...new Set([...(text.match(/\/_next\/static\/[^"'\s)\\]+/g) ?? []), ...faces])];
}

/**
 * The chunks a saved script loads on use (listening, sharing a passage, the glossary), named
 * relative to /_next/. Stylesheets name no files: faces are declared in the page's head, and a
 * build whose stylesheet declares one is refused (lib/http/criticalCssPlans.ts).
 * @param {string} script
 */
function chunksNamedBy(script) {
  return [...new Set(script.match(/static\/chunks\/[\w.-]+\.js/g) ?? [])].map((c) => `/_next/${c}`);
}

// The files this worker has saved and followed. Build files are named by content and never
// change, so each is read for what it names once, not on every page saved.
/** @type {Set<string>} */
const followed = new Set();

/**
 * Caches `paths` (build files) and what they name. A file already saved is still followed: the
 * page's own scripts are usually saved first by file() as the page fetches them, unread.
 * @param {string[]} paths
 * @returns {Promise<void>}
 */
async function saveFiles(paths) {
  if (replaced()) return;
  const files = await caches.open(FILES);
  await Promise.all(
    paths
      .filter((path) => !followed.has(path))
      .map(async (path) => {
        followed.add(path);
        let answer = await files.match(path);
        if (!answer) {
          const fetched = await fetch(path).catch(() => null);
          if (!fetched?.ok) {
            followed.delete(path); // Tried again with the next page saved.
            return;
          }
          answer = fetched;
          await files.put(path, answer.clone());
        }
        if (path.endsWith('.js')) await saveFiles(chunksNamedBy(await answer.text()));
      }),
  );
}

/** @param {Request} request @param {Response} response */
async function savePage(request, response) {
  if (replaced()) return;
  const pages = await caches.open(PAGES);
  const copy = response.clone();
  const html = await response.clone().text();
  await pages.put(request.url.split('?')[0], copy);
  await saveFiles(filesOf(html));
  // A replaced worker still finishing a save may have opened its build's caches again after
  // they were removed: gone again with this build's next save.
  await removeOtherBuilds();
}

/**
 * Whether a newer build's worker has taken over. A replaced worker may still be finishing a
 * save; opening its caches then would bring back what the new worker has just removed.
 */
function replaced() {
  return sw.serviceWorker?.state === 'redundant';
}

/** Removes every cache of another build. */
async function removeOtherBuilds() {
  for (const name of await caches.keys()) {
    if (name.startsWith('qari-') && name !== PAGES && name !== FILES) await caches.delete(name);
  }
}

/**
 * Saves a page by its address (the pages open when the worker first takes over).
 * @param {string} url
 */
async function savePath(url) {
  const response = await fetch(url).catch(() => null);
  if (response?.ok) await savePage(new Request(url), response);
}

sw.addEventListener('install', (event) => {
  event.waitUntil(Promise.all(Object.values(OFFLINE).map((path) => savePath(new URL(path, sw.location.origin).href))));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await removeOtherBuilds();
      await sw.clients.claim();
      // The page the reader opened before the worker existed is kept too.
      const open = await sw.clients.matchAll({ type: 'window' });
      await Promise.all(
        open
          .map((client) => new URL(client.url))
          .filter((url) => url.origin === sw.location.origin && /^\/(ar|en)(\/|$)/.test(url.pathname))
          .map((url) => savePath(url.origin + url.pathname)),
      );
    })(),
  );
});

/**
 * The page from the network, saved (with its files) behind the reader's back.
 * @param {Request} request
 * @param {FetchEvent} event
 */
async function fromNetwork(request, event) {
  const response = await fetch(request);
  if (response.ok && response.headers.get('content-type')?.startsWith('text/html')) {
    event.waitUntil(savePage(request, response.clone()).catch(() => undefined));
  }
  return response;
}

/** @param {Request} request */
async function cachedPage(request) {
  return (await caches.open(PAGES)).match(request.url.split('?')[0]);
}

/** @param {Request} request */
async function offlinePage(request) {
  const locale = new URL(request.url).pathname.startsWith('/en') ? 'en' : 'ar';
  return (await caches.open(PAGES)).match(new URL(OFFLINE[locale], sw.location.origin).href);
}

// Long enough for any working connection to answer with a page's HTML, short enough that a
// reader whose connection hangs gets the saved copy instead of a blank screen.
const NETWORK_WAIT_MS = 3000;

/** @param {Request} request @param {FetchEvent} event @returns {Promise<Response>} */
async function page(request, event) {
  const cached = await cachedPage(request);
  const network = fromNetwork(request, event);
  // Even when the saved copy wins the race, the fresh one is still saved for next time.
  event.waitUntil(network.catch(() => undefined));
  /** @type {Promise<Response> | undefined} */
  const late = cached && new Promise((resolve) => setTimeout(() => resolve(cached), NETWORK_WAIT_MS));
  try {
    return await (late ? Promise.race([network, late]) : network);
  } catch {
    return cached ?? (await offlinePage(request)) ?? Response.error();
  }
}

/** @param {Request} request */
async function file(request) {
  if (replaced()) return fetch(request);
  const files = await caches.open(FILES);
  const cached = await files.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await files.put(request, response.clone());
  return response;
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
  // The build's files, and the typefaces a reader may choose (named by content too).
  if (url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/fonts/')) event.respondWith(file(request));
  else if (request.mode === 'navigate' && /^\/(ar|en)(\/|$)/.test(url.pathname))
    event.respondWith(page(request, event));
});
