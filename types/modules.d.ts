declare module "markdown-it-texmath" {
  const texmath: (md: unknown, options?: Record<string, unknown>) => void;
  export default texmath;
}

/** Framework's standard library, as the page-side modules use it (resolved by Framework when it serves a page). */
declare module "observablehq:stdlib" {
  /** A file next to the calling module (paths are static literals; Framework copies the file into the build). */
  export function FileAttachment(path: string): {href: string; json(): Promise<unknown>; text(): Promise<string>; arrayBuffer(): Promise<ArrayBuffer>};
}
