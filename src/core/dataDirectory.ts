import path from 'node:path';

/** Where Loop Prep keeps the journal, or why the configured location cannot be used. */
export type DataDirectoryResolution =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly error: string };

/**
 * Resolves the `loopPrep.dataDirectory` setting. Empty means `defaultDirectory` (the
 * extension's global storage); `~` expands to `homeDirectory`; anything else must be
 * absolute, because a relative path would silently mean a different folder depending
 * on where VS Code was started, splitting the user's history in two.
 */
export function resolveDataDirectory(
  configured: string | undefined,
  defaultDirectory: string,
  homeDirectory: string,
  pathApi: path.PlatformPath = path,
): DataDirectoryResolution {
  const value = (configured ?? '').trim();
  if (value === '') return { ok: true, path: pathApi.normalize(defaultDirectory) };
  let expanded = value;
  if (value === '~') {
    expanded = homeDirectory;
  } else if (value.startsWith('~/') || value.startsWith('~\\')) {
    expanded = pathApi.join(homeDirectory, value.slice(2));
  }
  if (!pathApi.isAbsolute(expanded)) {
    return {
      ok: false,
      error: `The Loop Prep data directory "${value}" is not an absolute path. Use a full path such as ${pathApi.join(homeDirectory, 'loop-prep-data')}, or leave the setting empty to use the default.`,
    };
  }
  return { ok: true, path: pathApi.normalize(expanded) };
}
