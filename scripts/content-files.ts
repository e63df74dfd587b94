import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ContentFiles } from '../src/content/content-check.ts';

/** The project's files on disk, for the content checker. */
export function filesUnder(root: string): ContentFiles {
  const fileAt = (path: string) => {
    const full = resolve(root, path);
    return existsSync(full) && statSync(full).isFile() ? full : undefined;
  };
  return {
    readText: (path) => {
      const full = fileAt(path);
      return full ? readFileSync(full, 'utf8') : undefined;
    },
    readBytes: (path) => {
      const full = fileAt(path);
      return full ? new Uint8Array(readFileSync(full)) : undefined;
    },
  };
}
