/** The reload into isolation happens once at most, never in a frame, never where it cannot be remembered. */
import {describe, expect, it} from "vitest";
import {isolationStep, type IsolationFacts} from "../../src/site/isolation.ts";

const base: IsolationFacts = {isolated: false, inFrame: false, controlled: true, reloadedBefore: false, canRemember: true};

describe("isolationStep", () => {
  it("reloads a controlled page that is not isolated, once", () => {
    expect(isolationStep(base)).toBe("reloading");
    expect(isolationStep({...base, reloadedBefore: true})).toBe("gave-up");
  });

  it("does nothing on an isolated page, whatever else holds", () => {
    for (const inFrame of [false, true]) for (const controlled of [false, true]) for (const reloadedBefore of [false, true]) {
      expect(isolationStep({isolated: true, inFrame, controlled, reloadedBefore, canRemember: true})).toBe("isolated");
    }
  });

  it("never reloads inside a frame, before the service worker controls the page, or without session storage", () => {
    expect(isolationStep({...base, inFrame: true})).toBe("frame");
    expect(isolationStep({...base, controlled: false})).toBe("pending");
    expect(isolationStep({...base, canRemember: false})).toBe("gave-up");
  });

  it("cannot loop: after the one reload the answer is never 'reloading' again", () => {
    const states = [false, true].flatMap((inFrame) => [false, true].flatMap((controlled) => [false, true].map((canRemember) => isolationStep({...base, inFrame, controlled, canRemember, reloadedBefore: true}))));
    expect(states).not.toContain("reloading");
  });
});
