// Types for the analyzer's programmatic CLI entry (the package types only its `create` core).
declare module '@custom-elements-manifest/analyzer/cli.js' {
  /** Runs `cem <argv…>` as the command line would; resolves to the manifest (not written when `noWrite`). */
  export function cli(options?: { argv?: string[]; cwd?: string; noWrite?: boolean }): Promise<unknown>;
}
