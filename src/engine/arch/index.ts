/**
 * Architecture arithmetic: networks expanded from their specs into ops, counted (parameters and
 * multiply-adds), and laid out as the paper's tables and figures. Pure TypeScript; runs in Node and browsers.
 */
export * from "./ops.js";
export * from "./shortcut.js";
export * from "./units.js";
export * from "./plan.js";
export * from "./count.js";
export * from "./published.js";
export * from "./table1.js";
export * from "./families.js";
export * from "./figure3.js";
export * from "./unitParts.js";
export * from "./format.js";
