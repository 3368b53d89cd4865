declare module "markdown-it-texmath" {
  const texmath: (md: unknown, options?: Record<string, unknown>) => void;
  export default texmath;
}
