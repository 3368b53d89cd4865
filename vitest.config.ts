import {defineConfig} from "vitest/config";

/**
 * Two projects: `unit` (Node: the engine, arithmetic, components' pure helpers) and `e2e` (the built site in
 * Debian's Chromium). `npm test` builds the site first; the e2e project serves `dist/` itself.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/e2e/**"],
          testTimeout: 120_000,
          hookTimeout: 120_000
        }
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/globalSetup.ts"],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000
        }
      }
    ]
  }
});
