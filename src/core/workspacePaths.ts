import path from 'node:path';

// Whether a path stays inside a workspace folder once symbolic links are followed. A
// folder named in the workspace (the practice folder, a deck folder) may be a link to
// somewhere else; the names alone do not tell, the file system does.

/** The file-system calls the checks need (fs.promises in the host, fakes in tests). */
export interface RealPathProbe {
  /** The path with every link followed; rejects with ENOENT when something on it is missing. */
  realpath(target: string): Promise<string>;
  /** Whether something (a dangling link too) is at the path itself, links not followed. */
  lexists(target: string): Promise<boolean>;
}

/** Whether `target` is `root` or below it; both absolute and resolved the same way. */
export function isInsideFolder(root: string, target: string, pathApi: path.PlatformPath = path): boolean {
  const relative = pathApi.relative(root, target);
  if (relative === '') return true;
  return relative !== '..' && !relative.startsWith(`..${pathApi.sep}`) && !pathApi.isAbsolute(relative);
}

/**
 * Where `target` really is, whether or not it exists yet: its deepest existing ancestor
 * with every link followed, and the rest of the path below it. Undefined when the path
 * runs through a dangling link (writing there would create the link's missing target,
 * wherever that is).
 */
export async function realPathOf(target: string, probe: RealPathProbe, pathApi: path.PlatformPath = path): Promise<string | undefined> {
  let existing = pathApi.resolve(target);
  const below: string[] = [];
  for (;;) {
    try {
      return pathApi.join(await probe.realpath(existing), ...below);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      if (await probe.lexists(existing)) return undefined;
      const parent = pathApi.dirname(existing);
      if (parent === existing) throw error;
      below.unshift(pathApi.basename(existing));
      existing = parent;
    }
  }
}

/**
 * Whether `target` stays inside `root` once links are followed. When it does not: where it
 * really leads, or undefined for a path through a dangling link (it leads nowhere yet).
 */
export async function staysInside(root: string, target: string, probe: RealPathProbe, pathApi: path.PlatformPath = path): Promise<{ readonly inside: true } | { readonly inside: false; readonly leadsTo: string | undefined }> {
  const resolved = pathApi.resolve(target);
  if (!isInsideFolder(pathApi.resolve(root), resolved, pathApi)) return { inside: false, leadsTo: resolved };
  const [realRoot, realTarget] = await Promise.all([probe.realpath(root), realPathOf(resolved, probe, pathApi)]);
  if (realTarget === undefined) return { inside: false, leadsTo: undefined };
  return isInsideFolder(realRoot, realTarget, pathApi) ? { inside: true } : { inside: false, leadsTo: realTarget };
}

/** Where a setting's value came from (as `WorkspaceConfiguration.inspect` tells it). */
export interface InspectedSetting<T> {
  readonly globalValue?: T;
  readonly workspaceValue?: T;
  readonly workspaceFolderValue?: T;
}

/**
 * The value in effect and who set it: the user (their settings may point anywhere) or the
 * workspace (a folder's `.vscode/settings.json` or the workspace file, which come with the
 * files someone else may have written). Undefined when neither set it (the default).
 */
export function settingSource<T>(inspected: InspectedSetting<T> | undefined): { readonly value: T; readonly scope: 'user' | 'workspace' } | undefined {
  if (!inspected) return undefined;
  if (inspected.workspaceFolderValue !== undefined) return { value: inspected.workspaceFolderValue, scope: 'workspace' };
  if (inspected.workspaceValue !== undefined) return { value: inspected.workspaceValue, scope: 'workspace' };
  if (inspected.globalValue !== undefined) return { value: inspected.globalValue, scope: 'user' };
  return undefined;
}
