/** The path of a Chromium binary, or undefined. `CHROMIUM_PATH` wins when set. */
export function findChromium(): string | undefined;
/** Flags that keep Chromium quiet on a closed network, as root; media plays without a gesture. */
export const CHROMIUM_ARGS: readonly string[];
