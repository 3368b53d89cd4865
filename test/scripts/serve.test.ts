/**
 * The static server of `npm run serve` on a free port, over raw HTTP: a malformed request gets 400 and the
 * server keeps serving; a 64 KB query string (a long lesson link) reaches the page; every answer carries the
 * site's security headers.
 */
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from "node:fs";
import {request as httpRequest, type Server} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {requestPath, serve} from "../../scripts/serve.ts";
import {CONTENT_SECURITY_POLICY} from "../../scripts/securityHeaders.ts";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends `GET target` exactly as written (no client-side URL parsing or re-encoding). */
function get(baseUrl: string, target: string): Promise<Answer> {
  const {hostname, port} = new URL(baseUrl);
  return new Promise((done, fail) => {
    const request = httpRequest({hostname, port, path: target, method: "GET", maxHeaderSize: 256 * 1024}, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => done({status: response.statusCode ?? 0, headers: response.headers, body}));
    });
    request.on("error", fail);
    request.end();
  });
}

describe("serve", () => {
  let root: string;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "rx-serve-"));
    writeFileSync(join(root, "index.html"), "<h1>home</h1>");
    writeFileSync(join(root, "lab.html"), "<h1>lab</h1>");
    mkdirSync(join(root, "a b"));
    writeFileSync(join(root, "a b", "c.txt"), "spaced");
    ({server, url: baseUrl} = await serve({root}));
  });
  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(root, {recursive: true, force: true});
  });

  it("answers a malformed percent-encoding with 400 and keeps serving", async () => {
    expect((await get(baseUrl, "/%E0%A4%A")).status).toBe(400);
    expect((await get(baseUrl, "/%")).status).toBe(400);
    expect((await get(baseUrl, "/lab%00.html")).status).toBe(400);
    const after = await get(baseUrl, "/lab");
    expect(after.status).toBe(200);
    expect(after.body).toBe("<h1>lab</h1>");
  });

  it("serves a page whose query string is 64 KB long", async () => {
    const query = "?" + "depth=110&".repeat(6554);
    expect(query.length).toBeGreaterThan(64 * 1024);
    const answer = await get(baseUrl, "/lab" + query);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("<h1>lab</h1>");
    expect((await get(baseUrl, "/")).status).toBe(200);
  });

  it("serves index pages, clean URLs and encoded names; nothing outside its root", async () => {
    expect((await get(baseUrl, "/")).body).toBe("<h1>home</h1>");
    expect((await get(baseUrl, "/lab.html")).body).toBe("<h1>lab</h1>");
    expect((await get(baseUrl, "/a%20b/c.txt")).body).toBe("spaced");
    expect((await get(baseUrl, "/missing")).status).toBe(404);
    expect((await get(baseUrl, "/../../etc/passwd")).status).toBe(404);
    expect((await get(baseUrl, "/%2e%2e/%2e%2e/etc/passwd")).status).toBe(404);
  });

  it("sends the site's Content-Security-Policy and cross-origin isolation on every answer, unless told not to", async () => {
    for (const target of ["/", "/missing", "/%E0%A4%A"]) {
      const {headers} = await get(baseUrl, target);
      expect(headers["content-security-policy"], target).toBe(CONTENT_SECURITY_POLICY);
      expect(headers["cross-origin-opener-policy"], target).toBe("same-origin");
      expect(headers["cross-origin-embedder-policy"], target).toBe("require-corp");
    }
    const {server: plain, url: plainUrl} = await serve({root, csp: false, isolated: false});
    const {headers} = await get(plainUrl, "/");
    expect([headers["content-security-policy"], headers["cross-origin-embedder-policy"]]).toEqual([undefined, undefined]);
    await new Promise<void>((done) => plain.close(() => done()));
  });

  it("decodes request paths and refuses malformed ones", () => {
    expect(requestPath("/a%20b?x=%E0")).toBe("/a b");
    expect(requestPath("/lab#x")).toBe("/lab");
    expect(() => requestPath("/%E0%A4%A")).toThrow(/percent-encoding/);
    expect(() => requestPath("*")).toThrow(/absolute/);
  });
});
