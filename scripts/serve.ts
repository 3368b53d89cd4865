/**
 * A small static server for the built site (`dist/`), used by `npm run serve`, the end-to-end tests and the
 * benchmark. It sends the headers of docs/hosting.md: the site's Content-Security-Policy and the
 * cross-origin-isolation headers (COOP same-origin, COEP require-corp) that multi-threaded WebAssembly needs.
 * `--no-isolation` leaves out COOP/COEP, `--no-csp` the policy. A malformed request gets 400 and the server
 * keeps serving; request lines and headers up to {@link MAX_HEADER_BYTES} are accepted, so long lesson links
 * (the whole lab state in the query) reach the page.
 */
import {createServer, type Server, type ServerResponse} from "node:http";
import {readFile, stat} from "node:fs/promises";
import {extname, join, normalize, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {CONTENT_SECURITY_POLICY, CROSS_ORIGIN_ISOLATION_HEADERS} from "./securityHeaders.ts";

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".bin": "application/octet-stream",
  ".woff2": "font/woff2"
};

/** Largest request line plus headers accepted, in bytes (Node's default is 16 KiB, which cuts long links off with 431). */
export const MAX_HEADER_BYTES = 256 * 1024;

export interface ServeOptions {
  /** Directory to serve; default `dist`. */
  root?: string;
  /** Port; 0 picks a free one. */
  port?: number;
  /** Send COOP/COEP headers (default true). */
  isolated?: boolean;
  /** Send the site's Content-Security-Policy (default true). */
  csp?: boolean;
  /** Further directories tried, in order, for what `root` lacks (the e2e tests and the bench add `dist-test/`, the test and bench pages the build keeps out of `dist/`). */
  extraRoots?: string[];
}

/** A request the server refuses with 400 Bad Request. */
class BadRequest extends Error {}

/**
 * The decoded path of a request target (`/a%20b?x=1` → `/a b`). Throws {@link BadRequest} on a target that is
 * not an absolute path, on broken percent-encoding and on a NUL byte.
 */
export function requestPath(target: string): string {
  const raw = target.split(/[?#]/, 1)[0];
  if (!raw.startsWith("/")) throw new BadRequest("not an absolute path");
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    throw new BadRequest("malformed percent-encoding");
  }
  if (path.includes("\0")) throw new BadRequest("NUL in path");
  return path;
}

/** Resolves a decoded URL path to a file under root, trying `path`, `path.html` and `path/index.html`. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const base = join(root, normalize(urlPath));
  if (base !== root && !base.startsWith(root + sep)) return null;
  for (const candidate of [base, base + ".html", join(base, "index.html")]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

function sendText(response: ServerResponse, status: number, headers: Record<string, string>, text: string): void {
  response.writeHead(status, {...headers, "Content-Type": "text/plain; charset=utf-8"}).end(text);
}

/** Starts the server; resolves with it and its base URL once listening on 127.0.0.1. */
export async function serve({root = "dist", port = 0, isolated = true, csp = true, extraRoots}: ServeOptions = {}): Promise<{server: Server; url: string}> {
  const absoluteRoot = resolve(root);
  const roots = [absoluteRoot, ...(extraRoots ?? []).map((dir) => resolve(dir))];
  const baseHeaders: Record<string, string> = {"Cache-Control": "no-cache"};
  if (isolated) Object.assign(baseHeaders, CROSS_ORIGIN_ISOLATION_HEADERS);
  if (csp) baseHeaders["Content-Security-Policy"] = CONTENT_SECURITY_POLICY;
  const server = createServer({maxHeaderSize: MAX_HEADER_BYTES}, async (request, response) => {
    const headers = {...baseHeaders};
    try {
      const path = requestPath(request.url ?? "/");
      let file: string | null = null;
      for (const dir of roots) if (!file) file = await resolveFile(dir, path);
      if (!file) {
        sendText(response, 404, headers, "not found");
        return;
      }
      const body = await readFile(file);
      headers["Content-Type"] = MIME_TYPES[extname(file)] ?? "application/octet-stream";
      response.writeHead(200, headers).end(body);
    } catch (error) {
      if (response.headersSent) {
        response.destroy();
      } else if (error instanceof BadRequest) {
        sendText(response, 400, headers, `bad request: ${error.message}`);
      } else {
        console.error(error);
        sendText(response, 500, headers, "internal error");
      }
    }
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {server, url: `http://127.0.0.1:${actualPort}`};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf("--port");
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 3000;
  const {url} = await serve({port, isolated: !args.includes("--no-isolation"), csp: !args.includes("--no-csp")});
  console.log(`serving dist/ at ${url}`);
}
