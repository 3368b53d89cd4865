/**
 * Serves the built site (`dist/`, made by `npm run build` before the tests) on a free localhost port and
 * checks that Debian's Chromium is installed. The e2e tests fail — never skip — when either is missing.
 */
import {existsSync} from "node:fs";
import type {TestProject} from "vitest/node";
import {serve} from "../../scripts/serve.ts";
import {CHROMIUM_PATH} from "./browser.ts";

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The end-to-end tests need Debian's Chromium: ` +
        "run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH), then `npm test` again."
    );
  }
  if (!existsSync("dist/index.html")) {
    throw new Error("dist/ is missing: run `npm run build` first (`npm test` does it for you).");
  }
  const {server, url} = await serve({root: "dist", extraRoots: ["dist-test"]}); // the test pages live beside the published build
  project.provide("baseUrl", url);
  return async () => {
    await new Promise<void>((done) => server.close(() => done()));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
