/**
 * Architecture arithmetic: networks expanded from their specs into ops, counted (parameters and
 * multiply-adds), and laid out as the paper's tables and figures. Pure TypeScript; runs in Node and browsers.
 */
export * from "./ops.ts";
export * from "./shortcut.ts";
export * from "./units.ts";
export * from "./plan.ts";
export * from "./count.ts";
export * from "./published.ts";
export * from "./table1.ts";
export * from "./families.ts";
export * from "./figure3.ts";
export * from "./unitParts.ts";
export * from "./format.ts";
