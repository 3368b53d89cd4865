/**
 * Shared helpers for the end-to-end tests: launch Debian's Chromium through playwright-core and open a page
 * while recording everything the tests assert on (console errors, page errors, failed requests, requests that
 * leave the site's origin).
 */
import {chromium, type Browser, type Page} from "playwright-core";

/** Where Debian's `chromium` package installs the browser; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a closed network: no background connections, no GPU (WebGL would run on SwiftShader). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps"
];

/**
 * Launches headless Chromium. Its pages and contexts block the site's service worker unless a test asks for it
 * (`serviceWorkers: "allow"`): otherwise every fresh context would download the whole site for offline use in the
 * background while the test measures its lab. offline.test.ts and isolation.test.ts test the service worker.
 */
export async function launchBrowser({extraArgs = []}: {extraArgs?: string[]} = {}): Promise<Browser> {
  const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true});
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({serviceWorkers: "block", ...options});
  browser.newPage = (options = {}) => newPage({serviceWorkers: "block", ...options});
  return browser;
}

/** What happened while a page was open. */
export interface PageLog {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** Requests to anything but the site's own origin (blob: and data: URLs made by the page count as its own). */
  offOriginRequests: string[];
}

/** Starts recording a page's errors and requests; returns the live log. */
export function recordPage(page: Page, origin: string): PageLog {
  const log: PageLog = {consoleErrors: [], pageErrors: [], failedRequests: [], offOriginRequests: []};
  page.on("console", (message) => {
    if (message.type() === "error") log.consoleErrors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on("pageerror", (error) => log.pageErrors.push(error.message));
  page.on("requestfailed", (request) => log.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) log.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  page.on("request", (request) => {
    const url = request.url();
    const isOwn = url.startsWith(origin + "/") || url.startsWith(`blob:${origin}/`) || url.startsWith("data:");
    if (!isOwn) log.offOriginRequests.push(url);
  });
  return log;
}
