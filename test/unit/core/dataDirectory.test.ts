import assert from 'node:assert/strict';
import path from 'node:path';
import { resolveDataDirectory } from '../../../src/core/dataDirectory';

describe('resolveDataDirectory', () => {
  const storage = '/home/ada/.vscode/globalStorage/loop-prep.loop-prep';
  const home = '/home/ada';

  it('uses the global storage when the setting is empty or blank', () => {
    for (const configured of [undefined, '', '   ']) {
      assert.deepEqual(resolveDataDirectory(configured, storage, home, path.posix), {
        ok: true,
        path: storage
      });
    }
  });

  it('expands ~ to the home folder', () => {
    assert.deepEqual(resolveDataDirectory('~/sync/loop-prep', storage, home, path.posix), {
      ok: true,
      path: '/home/ada/sync/loop-prep'
    });
    assert.deepEqual(resolveDataDirectory('~', storage, home, path.posix), { ok: true, path: home });
  });

  it('normalises an absolute path', () => {
    const resolution = resolveDataDirectory('/data//loop-prep/./journal/..', storage, home, path.posix);
    assert.deepEqual(resolution, { ok: true, path: '/data/loop-prep' });
  });

  it('refuses a relative path with a message that shows an absolute example', () => {
    const resolution = resolveDataDirectory('loop-prep-data', storage, home, path.posix);
    assert.ok(!resolution.ok, 'a relative path was accepted');
    assert.match(resolution.error, /"loop-prep-data" is not an absolute path/);
    assert.match(resolution.error, /\/home\/ada\/loop-prep-data/);
  });

  it('accepts Windows drive paths and ~\\ on Windows', () => {
    assert.deepEqual(resolveDataDirectory('D:\\sync\\loop-prep', 'C:\\storage', 'C:\\Users\\ada', path.win32), {
      ok: true,
      path: 'D:\\sync\\loop-prep'
    });
    assert.deepEqual(resolveDataDirectory('~\\prep', 'C:\\storage', 'C:\\Users\\ada', path.win32), {
      ok: true,
      path: 'C:\\Users\\ada\\prep'
    });
  });
});
