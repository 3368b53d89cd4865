/**
 * The site's service worker (bundled by `scripts/postbuild/serviceWorker.ts` into `sw.js` at the site's root, with
 * the build's manifest in place of `__PRECACHE_MANIFEST__`). Two jobs:
 *
 * 1. **Offline after one visit.** Every file of the build is kept in one cache per version. On the very first visit the
 *    worker takes over at once, so the page can be reloaded with the isolation headers (2.), and fills the cache when
 *    the page asks (`{type: "precache"}`), answering `{type: "precached"}`. A later deploy is a new worker with a new
 *    version: it fills its own cache before it is installed, waits until a page says `{type: "skip-waiting"}`
 *    ("Updated — reload"), then deletes the old cache; a page never mixes files of two versions. Cached files are
 *    served first; anything else goes to the network.
 * 2. **Threads on hosts that send no headers.** Responses that lack `Cross-Origin-Embedder-Policy` get it and
 *    `Cross-Origin-Opener-Policy` added (the technique of the coi-serviceworker project), so the page is cross-origin
 *    isolated and WebAssembly may use threads. Responses that already have them, and pages loaded into a frame, are
 *    passed through unchanged.
 */
import {CACHE_PREFIX, cacheKeyOf, cacheName, COMPLETE_MARKER, ISOLATION_HEADERS, needsIsolationHeaders, requestKeyOf, type PrecacheManifest} from "./precache.js";

declare const __PRECACHE_MANIFEST__: PrecacheManifest;

/** The parts of the service worker's global scope used here (the project's TypeScript setup has the DOM's types, not a worker's). */
interface WorkerScope {
  location: Location;
  registration: {scope: string; active: unknown};
  clients: {claim(): Promise<void>};
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  source: {postMessage(message: unknown): void} | null;
}

const scope = self as unknown as WorkerScope;
const MANIFEST = __PRECACHE_MANIFEST__;
const CACHE = cacheName(MANIFEST.version);
/** Files fetched at once while filling the cache (a school network shares its bandwidth). */
const PARALLEL_FETCHES = 6;

function urlOf(key: string): string {
  return new URL(key, scope.registration.scope).href;
}

/** A copy of a response that is not marked as redirected (a browser refuses a redirected response for a page). */
async function plain(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {status: response.status, statusText: response.statusText, headers: response.headers});
}

/** Puts every file of this version into its cache (those already there are kept); throws if one cannot be fetched. */
async function fillCache(): Promise<void> {
  const cache = await caches.open(CACHE);
  if (await cache.match(urlOf(COMPLETE_MARKER))) return;
  const queue = [...MANIFEST.files];
  const fetchNext = async (): Promise<void> => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const key = urlOf(cacheKeyOf(file));
      if (await cache.match(key)) continue;
      const response = await fetch(urlOf(file), {cache: "no-cache"});
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      await cache.put(key, await plain(response));
    }
  };
  await Promise.all(Array.from({length: PARALLEL_FETCHES}, fetchNext));
  await cache.put(urlOf(COMPLETE_MARKER), new Response(MANIFEST.version));
}

scope.addEventListener("install", (event) => {
  // The first version takes over at once (the page reloads into isolation and then asks for the cache); a new version
  // fills its cache first and waits for a page to let it in, so no page ever mixes two versions.
  event.waitUntil(scope.registration.active ? fillCache() : scope.skipWaiting());
});

scope.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      await scope.clients.claim();
    })()
  );
});

scope.addEventListener("message", (event) => {
  const type = (event.data as {type?: string} | null)?.type;
  if (type === "skip-waiting") event.waitUntil(scope.skipWaiting());
  if (type === "precache") {
    event.waitUntil(
      fillCache().then(
        () => event.source?.postMessage({type: "precached", version: MANIFEST.version, files: MANIFEST.files.length, bytes: MANIFEST.bytes}),
        (error: unknown) => event.source?.postMessage({type: "precache-failed", message: error instanceof Error ? error.message : String(error)})
      )
    );
  }
});

/** The request's path relative to the site's root, or null when it is not the site's. */
function sitePath(request: Request): string | null {
  const root = scope.registration.scope;
  const url = new URL(request.url);
  const bare = url.origin + url.pathname;
  return bare.startsWith(root) ? decodeURIComponent(bare.slice(root.length)) : null;
}

function withIsolation(response: Response, destination: string): Response {
  if (!needsIsolationHeaders(response.status, response.headers, destination)) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  return new Response(response.body, {status: response.status, statusText: response.statusText, headers});
}

async function respond(request: Request, path: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(urlOf(requestKeyOf(path)));
  const response = cached ?? (await fetch(request));
  return withIsolation(response, request.destination);
}

scope.addEventListener("fetch", (event) => {
  const {request} = event;
  if (request.method !== "GET") return;
  const path = sitePath(request);
  if (path === null) return;
  event.respondWith(respond(request, path));
});
