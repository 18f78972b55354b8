/* Service worker of the pre-departure portal (served at /sw.js, scope "/").
   One versioned cache: the shell (styles, scripts, offline pages), every page the
   reader opened (at most MAX_PAGES, each kept MAX_PAGE_AGE_DAYS) and the guides saved on
   purpose (kept until deleted, at most MAX_SAVED), with the recordings they play (marked
   X-Audio-For, kept and deleted with their guide). Saved guides move into the next version's
   cache when the site is updated. */
"use strict";
const VERSION = "{{ version }}";
const CACHE = "portal-" + VERSION;
const PRECACHE = {{ precache_json|safe }};
const MAX_PAGES = 60;
const MAX_SAVED = 20;
const MAX_PAGE_AGE_DAYS = 30;
// Both lists come from the site's one declaration of its paths (orientation/core/paths.py):
// the worker never keeps the admin, the API, documents, complaint tracking or search.
const NEVER_CACHED = {{ never_cached_json|safe }}.map((source) => new RegExp(source));
// The complaint form is kept so a complaint can be written offline; its stale CSRF token is
// replaced by a fresh one before sending (static/js/offline.js).
const OFFLINE_FORMS = {{ offline_forms_json|safe }}.map((source) => new RegExp(source));

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const current = await caches.open(CACHE);
    for (const name of await caches.keys()) {
      if (name === CACHE || !name.startsWith("portal-")) continue;
      const old = await caches.open(name);
      for (const request of await old.keys()) {
        const response = await old.match(request);
        if (response && (response.headers.get("X-Saved-For-Offline") || response.headers.get("X-Audio-For"))) await current.put(request, response);
      }
      await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

function stamped(response, extra) {
  const headers = new Headers(response.headers);
  headers.set("X-Cached-At", String(Date.now()));
  for (const [name, value] of Object.entries(extra || {})) headers.set(name, value);
  return response.blob().then((body) => new Response(body, {status: response.status, statusText: response.statusText, headers}));
}

async function trimPages() {
  const cache = await caches.open(CACHE);
  const pages = [];
  const oldest = Date.now() - MAX_PAGE_AGE_DAYS * 86400000;
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    const at = Number(response.headers.get("X-Cached-At") || 0);
    if (!at || response.headers.get("X-Saved-For-Offline") || response.headers.get("X-Audio-For")) continue;
    if (at < oldest) await cache.delete(request); else pages.push({request, at});
  }
  pages.sort((a, b) => b.at - a.at);
  for (const {request} of pages.slice(MAX_PAGES)) await cache.delete(request);
}

function offlinePage(url) {
  const language = url.pathname.split("/")[1];
  return caches.match("/" + language + "/offline/").then((page) => page || caches.match("/en/offline/"));
}

async function fromNetworkThenCache(request, url) {
  try {
    const response = await fetch(request);
    const cacheControl = response.headers.get("Cache-Control") || "";
    const keep = response.ok && response.type === "basic" && (OFFLINE_FORMS.some((pattern) => pattern.test(url.pathname)) || !/no-store|private/.test(cacheControl));
    if (keep) {
      const cache = await caches.open(CACHE);
      const saved = await cache.match(request);
      const extra = saved && saved.headers.get("X-Saved-For-Offline") ? savedHeaders(saved) : {};
      await cache.put(request, await stamped(response.clone(), extra));
      trimPages();
    }
    return response;
  } catch (error) {
    return (await caches.match(request, {ignoreSearch: false})) || (await offlinePage(url)) || Response.error();
  }
}

function savedHeaders(response) {
  return {"X-Saved-For-Offline": "1", "X-Saved-Title": response.headers.get("X-Saved-Title") || "", "X-Saved-Bytes": response.headers.get("X-Saved-Bytes") || "0"};
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (NEVER_CACHED.some((pattern) => pattern.test(url.pathname))) return;
  if (url.pathname.startsWith(RECORDINGS)) {
    event.respondWith(caches.match(request.url).then((hit) => (hit ? ranged(hit, request) : fetch(request))));
    return;
  }
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then(async (response) => {
      if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
      return response;
    })));
    return;
  }
  if (request.mode === "navigate" || (request.headers.get("Accept") || "").includes("text/html")) {
    event.respondWith(fromNetworkThenCache(request, url));
  }
});

// Recordings (public media, a new file name for every take) are kept only with a saved guide,
// and answered from the phone first; a player asking for part of one gets that part.
const RECORDINGS = "/media/recordings/";

function ranged(response, request) {
  const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.get("Range") || "");
  if (!range) return response;
  return response.blob().then((body) => {
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), body.size - 1) : body.size - 1;
    if (start >= body.size || start > end) return new Response(null, {status: 416, headers: {"Content-Range": "bytes */" + body.size}});
    const headers = new Headers(response.headers);
    headers.set("Content-Range", "bytes " + start + "-" + end + "/" + body.size);
    headers.set("Content-Length", String(end - start + 1));
    return new Response(body.slice(start, end + 1), {status: 206, statusText: "Partial Content", headers});
  });
}

function recordingsIn(html) {
  const urls = new Set();
  for (const match of html.matchAll(/data-offline-audio="([^"]+)"/g)) {
    const url = new URL(match[1].replace(/&amp;/g, "&"), self.location.origin);
    if (url.origin === self.location.origin && url.pathname.startsWith(RECORDINGS)) urls.add(url.pathname);
  }
  return [...urls];
}

// Pages a saved page names with data-offline-companion (a guide's urgent check): kept with
// it, owned like its recordings, so they open offline too and go when it goes.
function companionsIn(html) {
  const urls = new Set();
  for (const match of html.matchAll(/<a [^>]*href="([^"]+)"[^>]*data-offline-companion/g)) {
    const url = new URL(match[1].replace(/&amp;/g, "&"), self.location.origin);
    if (url.origin === self.location.origin) urls.add(url.pathname + url.search);
  }
  return [...urls];
}

async function deleteSaved(cache, url) {
  const path = new URL(url, self.location.origin).pathname;
  await cache.delete(url);
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    const owners = (response && response.headers.get("X-Audio-For") || "").split(" ").filter(Boolean);
    if (!owners.includes(path)) continue;
    const others = owners.filter((owner) => owner !== path);
    if (others.length) await cache.put(request, await stamped(response, {"X-Audio-For": others.join(" ")}));
    else await cache.delete(request);
  }
}

async function saveForOffline(url, title) {
  const cache = await caches.open(CACHE);
  const saved = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (response.headers.get("X-Saved-For-Offline")) saved.push(request);
  }
  if (saved.length >= MAX_SAVED) await deleteSaved(cache, saved[0].url);
  const response = await fetch(url, {credentials: "same-origin"});
  if (!response.ok) throw new Error("HTTP " + response.status);
  const body = await response.clone().blob();
  let bytes = body.size;
  const path = new URL(url, self.location.origin).pathname;
  const html = await body.text();
  // Recordings and companion pages are owned by every saved page that names them.
  for (const ownedUrl of [...recordingsIn(html), ...companionsIn(html)]) {
    const kept = await cache.match(ownedUrl);
    const owners = new Set((kept && kept.headers.get("X-Audio-For") || "").split(" ").filter(Boolean));
    owners.add(path);
    const owned = kept || (await fetch(ownedUrl, {credentials: "same-origin"}));
    if (!owned.ok) continue;
    bytes += (await owned.clone().blob()).size;
    await cache.put(ownedUrl, await stamped(owned, {"X-Audio-For": [...owners].join(" ")}));
  }
  await cache.put(url, await stamped(response, {"X-Saved-For-Offline": "1", "X-Saved-Title": encodeURIComponent(title || url), "X-Saved-Bytes": String(bytes)}));
  return bytes;
}

async function listSaved() {
  const cache = await caches.open(CACHE);
  const items = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (!response.headers.get("X-Saved-For-Offline")) continue;
    items.push({
      url: new URL(request.url).pathname,
      title: decodeURIComponent(response.headers.get("X-Saved-Title") || ""),
      bytes: Number(response.headers.get("X-Saved-Bytes") || 0),
      savedAt: Number(response.headers.get("X-Cached-At") || 0),
    });
  }
  return items.sort((a, b) => b.savedAt - a.savedAt);
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  const reply = (message) => event.ports[0] && event.ports[0].postMessage(message);
  let work;
  if (data.type === "save") work = saveForOffline(data.url, data.title).then((bytes) => ({ok: true, bytes}));
  else if (data.type === "list") work = listSaved().then((items) => ({ok: true, items}));
  else if (data.type === "delete") work = caches.open(CACHE).then((cache) => deleteSaved(cache, data.url)).then(() => ({ok: true}));
  else return;
  event.waitUntil(work.then(reply, (error) => reply({ok: false, error: String(error)})));
});
