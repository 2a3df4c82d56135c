/** The router as the site's on-demand pages use it: one index over the directory, built once. */
import { buildDirectoryIndex, type DirectoryIndex } from '../../functions/core/directory-index.ts';
import type { PostcodeTable } from '../../functions/core/postcode.ts';
import { loadDictionaries, loadPostcodes } from '../../functions/data.ts';
import { getDirectory } from './directory.ts';

let cached: Promise<{ index: DirectoryIndex; postcodes: PostcodeTable }> | undefined;

export function getRouter(): Promise<{ index: DirectoryIndex; postcodes: PostcodeTable }> {
  cached ??= getDirectory().then((directory) => {
    const postcodes = loadPostcodes();
    return { index: buildDirectoryIndex(directory, { postcodes, words: loadDictionaries() }), postcodes };
  });
  return cached;
}
