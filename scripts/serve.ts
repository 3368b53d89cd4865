/**
 * A small static server for the built site (`dist/`), used by the end-to-end tests and the benchmark.
 * It sends the cross-origin-isolation headers (COOP same-origin, COEP require-corp) that multi-threaded
 * WebAssembly needs, so a page served here can use SharedArrayBuffer. Pass `--no-isolation` to serve without them.
 */
import {createServer, type Server} from "node:http";
import {readFile, stat} from "node:fs/promises";
import {extname, join, normalize, resolve} from "node:path";
import {fileURLToPath} from "node:url";

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

export interface ServeOptions {
  /** Directory to serve; default `dist`. */
  root?: string;
  /** Port; 0 picks a free one. */
  port?: number;
  /** Send COOP/COEP headers (default true). */
  isolated?: boolean;
}

/** Resolves a URL path to a file under root, trying `path`, `path.html` and `path/index.html`. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const base = join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, base + ".html", join(base, "index.html")]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/** Starts the server; resolves with it and its base URL once listening on 127.0.0.1. */
export async function serve({root = "dist", port = 0, isolated = true}: ServeOptions = {}): Promise<{server: Server; url: string}> {
  const absoluteRoot = resolve(root);
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = await resolveFile(absoluteRoot, path);
    const headers: Record<string, string> = {"Cache-Control": "no-cache"};
    if (isolated) {
      headers["Cross-Origin-Opener-Policy"] = "same-origin";
      headers["Cross-Origin-Embedder-Policy"] = "require-corp";
    }
    if (!file) {
      response.writeHead(404, {...headers, "Content-Type": "text/plain"}).end("not found");
      return;
    }
    const body = await readFile(file);
    headers["Content-Type"] = MIME_TYPES[extname(file)] ?? "application/octet-stream";
    response.writeHead(200, headers).end(body);
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
  const {url} = await serve({port, isolated: !args.includes("--no-isolation")});
  console.log(`serving dist/ at ${url}`);
}
