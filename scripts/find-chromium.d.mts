/** The path of a Chromium binary, or undefined. `CHROMIUM_PATH` wins when set. */
export function findChromium(): string | undefined;
