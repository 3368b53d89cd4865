/** What the service worker keeps and under which address, and when it adds the isolation headers. */
import {describe, expect, it} from "vitest";
import {cacheKeyOf, cacheName, CACHE_PREFIX, needsIsolationHeaders, precachedFiles, requestKeyOf} from "../../src/serviceWorker/precache.ts";

const headers = (...names: string[]) => new Headers(Object.fromEntries(names.map((name) => [name, "x"])));

describe("the precache", () => {
  it("keys pages by the address they are asked for, and every other file by its path", () => {
    expect(cacheKeyOf("index.html")).toBe("");
    expect(cacheKeyOf("degradation.html")).toBe("degradation");
    expect(cacheKeyOf("zh/index.html")).toBe("zh/");
    expect(cacheKeyOf("zh/lab.html")).toBe("zh/lab");
    expect(cacheKeyOf("_file/data/mnist-14.c28d918d.bin")).toBe("_file/data/mnist-14.c28d918d.bin");
    expect(cacheKeyOf("_file/vendor/train.worker.994476e9.js")).toBe("_file/vendor/train.worker.994476e9.js");
  });

  it("finds a page however it is asked for", () => {
    for (const path of ["degradation", "degradation.html"]) expect(requestKeyOf(path)).toBe("degradation");
    for (const path of ["", "index.html"]) expect(requestKeyOf(path)).toBe("");
    expect(requestKeyOf("zh/index.html")).toBe("zh/");
    expect(requestKeyOf("_observablehq/client.js")).toBe("_observablehq/client.js");
  });

  it("keeps every file but the worker itself and hidden files", () => {
    expect(precachedFiles(["sw.js", "lab.html", ".nojekyll", "_file/a.js", "x/.hidden/y.js", "index.html"], "sw.js")).toEqual(["_file/a.js", "index.html", "lab.html"]);
  });

  it("names one cache per version under the site's prefix", () => {
    expect(cacheName("abc")).toBe(CACHE_PREFIX + "abc");
    expect(cacheName("abc")).not.toBe(cacheName("abd"));
  });
});

describe("the isolation headers", () => {
  it("are added where the host sent none, to pages and to everything they load", () => {
    for (const destination of ["document", "script", "worker", ""]) expect(needsIsolationHeaders(200, headers(), destination)).toBe(true);
    expect(needsIsolationHeaders(404, headers("Content-Type"), "document")).toBe(true);
  });

  it("are left alone where the host sends them, on opaque responses and on pages loaded into a frame", () => {
    expect(needsIsolationHeaders(200, headers("Cross-Origin-Embedder-Policy", "Cross-Origin-Opener-Policy"), "document")).toBe(false);
    expect(needsIsolationHeaders(0, headers(), "script")).toBe(false);
    expect(needsIsolationHeaders(200, headers(), "iframe")).toBe(false);
    expect(needsIsolationHeaders(200, headers(), "frame")).toBe(false);
  });
});
