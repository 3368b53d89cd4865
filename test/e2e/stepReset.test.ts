/**
 * Step and Reset on every lab (issue 16, item 1). On each lab that trains — the Overview's hero, the degradation
 * lab, the gradient-flow lab, the shortcut-options lab and the Lab page — Pause holds the runs, Step trains
 * exactly the number of steps on its button and holds them again, and Reset puts the controls back to their
 * defaults (the URL follows, the lab trains the defaults or, on the Lab page, offers to). In presenter mode the
 * keys do the same (Space, →, R). On the two labs that only compute (the residual unit, the shattered
 * gradients), Reset restores the defaults but keeps what a lesson link locks, also after a reload.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage, type PageLog} from "./browser.ts";

/** The step the hero's two pictures show (the smaller), -1 before their first. */
function heroPictureStep(page: Page): Promise<number> {
  return page.evaluate(() => Math.min(...[...document.querySelectorAll<HTMLElement>(".hero__card")].map((card) => Number(card.dataset.step))));
}

/**
 * The shown step and phase of a lab: for the hero its session's (the pictures are redrawn whenever the page's
 * width changes, and a fresh drawing reads -1 for a moment), else the first progress panel's text.
 */
async function standing(page: Page, isHero: boolean): Promise<{phase: string; step: number; text: string}> {
  return page.evaluate((hero) => {
    if (hero) {
      type HeroSession = {value: {phase: string; runs: Array<{snapshots: Array<{step: number}>}>}};
      const state = (window as unknown as {__heroSession?: HeroSession}).__heroSession?.value;
      const steps = state?.runs.map((run) => run.snapshots.at(-1)?.step ?? -1) ?? [];
      return {phase: state?.phase ?? "", step: steps.length > 0 ? Math.min(...steps) : -1, text: ""};
    }
    const panel = document.querySelector<HTMLElement>(".rx-progress");
    const text = panel?.querySelector(".rx-progress__text")?.textContent ?? "";
    // "Training 4 nets · step 120 of 300 · …" or "Paused at step 140 of 300." ("Stepping to step 140…" is not there yet)
    const shown = text.startsWith("Stepping") ? null : /step (\d+) of/.exec(text);
    return {phase: panel?.dataset.phase ?? "", step: Number(shown?.[1] ?? -1), text};
  }, isHero);
}

/** The steps one press of the lab's Step button trains, read from its label ("Step 20"). */
async function stepButtonSteps(page: Page): Promise<number> {
  const label = (await page.locator('button[data-rx-action="step"]').first().textContent()) ?? "";
  const match = /^Step (\d+)$/.exec(label);
  if (!match) throw new Error(`Step button reads "${label}"`);
  return Number(match[1]);
}

const search = (page: Page) => new URL(page.url()).searchParams;

interface TrainingLab {
  name: string;
  path: string;
  /** The lab's Train button, where it waits for one. */
  train?: string;
  /** Presenter mode with its keys instead of the buttons. */
  keys?: boolean;
  /** An element to scroll to first (the gradient-flow lab starts when it comes into view). */
  scrollTo?: string;
}

const TRAINING_LABS: TrainingLab[] = [
  {name: "the Overview's hero", path: "/?seed=3"},
  {name: "the degradation lab (presenter mode, keys)", path: "/degradation?present=1&steps=3000&seed=3", keys: true},
  {name: "the gradient-flow lab", path: "/gradient-flow?steps=3000&seed=3", scrollTo: "#gradient-flow-lab"},
  {name: "the shortcut-options lab", path: "/residual-units?seed=3", train: "Train A, B and C"},
  {name: "the Lab page", path: "/lab?dataset=circles&steps=3000&seed=3", train: "Train"}
];

describe("Step and Reset", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const noErrors = (log: PageLog) => expect([...log.consoleErrors, ...log.pageErrors]).toEqual([]);

  for (const lab of TRAINING_LABS) {
    it(`${lab.name}: Step trains the steps on its button and holds; Reset restores the defaults`, async () => {
      const isHero = lab.path.startsWith("/?");
      const page = await browser.newPage({viewport: {width: 1024, height: 768}});
      const log = recordPage(page, baseUrl);
      await page.goto(baseUrl + lab.path);
      if (lab.scrollTo) await page.locator(lab.scrollTo).scrollIntoViewIfNeeded();
      if (lab.train) await page.getByRole("button", {name: lab.train, exact: false}).first().click();
      await expect.poll(async () => (await standing(page, isHero)).step, {timeout: 90_000}).toBeGreaterThanOrEqual(5);

      if (lab.keys) await page.keyboard.press("Space");
      else await page.locator('button[data-rx-action="pause"]').first().click();
      await expect.poll(async () => (await standing(page, isHero)).phase, {timeout: 30_000}).toBe("paused");
      await page.waitForTimeout(800); // a snapshot already on its way is drawn (throttled to two redraws a second) before the step is read
      const held = (await standing(page, isHero)).step;
      const steps = await stepButtonSteps(page);
      expect(steps).toBeGreaterThan(0);

      if (lab.keys) await page.keyboard.press("ArrowRight");
      else await page.locator('button[data-rx-action="step"]').first().click();
      await expect.poll(async () => (await standing(page, isHero)).step, {timeout: 60_000}).toBe(held + steps);
      await page.waitForTimeout(700); // held there: not one snapshot further
      const after = await standing(page, isHero);
      expect(after.step).toBe(held + steps);
      expect(after.phase).toBe("paused");
      if (!isHero) expect(after.text).toBe(`Paused at step ${held + steps} of ${after.text.match(/of (\d+)/)![1]}.`);
      else await expect.poll(() => heroPictureStep(page), {timeout: 10_000}).toBe(held + steps); // and the pictures show it
      expect(await page.locator('button[data-rx-action="step"]').first().isEnabled()).toBe(true);

      // Reset: the seed (and steps) go back to their defaults, in the controls and in the URL.
      if (lab.keys) await page.keyboard.press("r");
      else await page.getByRole("button", {name: "Reset", exact: true}).click();
      await expect.poll(() => search(page).has("seed"), {timeout: 5000}).toBe(false);
      expect(search(page).has("steps")).toBe(false);
      if (lab.keys) expect(search(page).get("present")).toBe("1");
      expect(await page.locator('.rx-control[data-param="seed"] input').first().inputValue()).toBe("1");
      expect(await page.getByRole("button", {name: "Reset", exact: true}).isDisabled()).toBe(true);
      if (lab.train === "Train") {
        // The Lab page stops a run whose settings changed, says so, and offers the restart.
        await expect.poll(async () => (await standing(page, false)).phase, {timeout: 10_000}).toBe("stopped");
        await page.getByRole("button", {name: "Restart with the new settings"}).click();
      }
      await expect.poll(async () => (await standing(page, isHero)).phase, {timeout: 30_000}).toMatch(/^(running|finished)$/);
      noErrors(log);
      await page.close();
    });
  }

  it("the residual-unit and shattered-gradients labs: Reset restores the defaults, keeps what the lesson locks, and survives a reload", async () => {
    const page = await browser.newPage({viewport: {width: 1024, height: 768}});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/residual-learning?scale=0.5&unit=preact&seed=3&lock=seed`);
    const reset = page.getByRole("button", {name: "Reset", exact: true});
    await reset.click();
    await expect.poll(() => search(page).has("scale"), {timeout: 5000}).toBe(false);
    expect(search(page).has("unit")).toBe(false);
    expect([search(page).get("seed"), search(page).get("lock")]).toEqual(["3", "seed"]);
    expect(await page.locator('.rx-control[data-param="scale"] input').first().inputValue()).toBe("1");
    expect(await reset.isDisabled()).toBe(true);
    expect(await reset.getAttribute("title")).toMatch(/the lesson's fixed settings stay/);
    await page.reload();
    expect(await page.locator('.rx-control[data-param="scale"] input').first().inputValue()).toBe("1");
    expect(await page.locator('.rx-control[data-param="seed"] input').first().inputValue()).toBe("3");
    expect(await page.locator('.rx-control[data-param="seed"] input').first().isDisabled()).toBe(true);

    await page.goto(`${baseUrl}/shattered-gradients?depth=44`);
    await page.getByRole("button", {name: "Reset", exact: true}).click();
    await expect.poll(() => search(page).has("depth"), {timeout: 5000}).toBe(false);
    expect(await page.locator('.rx-control[data-param="depth"] input').first().inputValue()).toBe("20");
    noErrors(log);
    await page.close();
  });
});
