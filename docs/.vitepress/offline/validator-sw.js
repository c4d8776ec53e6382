/*
 * The validator page's service worker (served as /validator-sw.js, scoped to /validator). The build prepends
 * PRECACHE, every file the page can load (its HTML, scripts, styles and fonts, the validator's lazy chunks and the
 * spreadsheet chunk), and VERSION, a hash of that list: a new build is a new worker with a cache of its own.
 *
 * Installing caches every file; from then on the page's files come from the cache (their names carry a content
 * hash, so a cached file is never stale) and the page itself from the network when there is one, from the cache
 * when there is none. It never sees a dropped file: files are read by the page, and nothing is sent anywhere.
 */
/* global PRECACHE, VERSION */
const CACHE = `gpos-validator-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE);
      // the page as it is addressed: /validator (clean URLs) or /validator.html, whichever the server answers
      const page = self.registration.scope;
      const pages = await Promise.allSettled([cache.add(page), cache.add(`${page}.html`)]);
      if (!pages.some((p) => p.status === 'fulfilled')) throw new Error('the validator page could not be cached');
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('gpos-validator-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** The page: from the network when there is one (and kept for later), else the copy in the cache. */
async function page(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(self.registration.scope)) ?? (await cache.match(`${self.registration.scope}.html`));
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
