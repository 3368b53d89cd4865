import {describe, expect, it} from "vitest";
import {withPageState} from "../../src/site/languageSwitch.ts";

describe("the language switch", () => {
  it("carries the lab's query and the reader's anchor to the same page in the other language", () => {
    expect(withPageState("./zh/degradation", "?depth=32&seed=4", "#try-it", true)).toBe("./zh/degradation?depth=32&seed=4#try-it");
    expect(withPageState("../degradation", "", "", true)).toBe("../degradation");
  });

  it("replaces the state it carried before, never appends twice", () => {
    expect(withPageState("./zh/lab?seed=1#data", "?seed=2", "", true)).toBe("./zh/lab?seed=2");
  });

  it("carries nothing to another page (a page without a twin links to the Overview)", () => {
    expect(withPageState("./zh/", "?depth=32", "#data", false)).toBe("./zh/");
  });
});
