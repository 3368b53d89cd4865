// @vitest-environment jsdom
/**
 * A group of controls in a DOM (jsdom): when the lab's state changes from elsewhere (Reset), the controls show the
 * new values and the group fires one `input` for the page's `view()`, without writing back into the state.
 */
import {describe, expect, it} from "vitest";
import {ControlGroup} from "../../../src/components/controls/ControlGroup.ts";
import {parseLabParams, UrlState, type UrlHost} from "../../../src/components/controls/urlState.ts";

const host = (search: string): UrlHost => ({
  location: {origin: "http://example.test", pathname: "/degradation", search, hash: ""},
  history: {state: null, replaceState: () => {}}
});

describe("ControlGroup", () => {
  it("follows a Reset: shows the defaults and fires input once, without a second change of the state", () => {
    const state = new UrlState("degradation", {host: host("?deep=110&seed=7"), debounceMs: 0});
    const group = ControlGroup(state, ["shallow", "deep", "seed"]);
    expect(group.value).toMatchObject({deep: 110, seed: 7});
    let inputs = 0;
    let changes = 0;
    group.addEventListener("input", () => inputs++);
    state.addEventListener("change", () => changes++);
    state.reset();
    const defaults = parseLabParams("degradation", "").values;
    expect(group.value).toEqual({shallow: defaults.shallow, deep: defaults.deep, seed: defaults.seed});
    expect([inputs, changes]).toEqual([1, 1]);
    state.reset(); // nothing left to change: no event
    expect([inputs, changes]).toEqual([1, 2]);
  });
});
