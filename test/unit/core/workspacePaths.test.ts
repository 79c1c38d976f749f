import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isInsideFolder, realPathOf, settingSource, staysInside, type RealPathProbe } from '../../../src/core/workspacePaths';

const probe: RealPathProbe = {
  realpath: (target) => fs.promises.realpath(target),
  lexists: (target) => fs.promises.lstat(target).then(() => true, () => false),
};

describe('paths that stay inside the workspace', () => {
  let scratch: string;
  let workspace: string;
  let outside: string;
  beforeEach(() => {
    scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-paths-')));
    workspace = path.join(scratch, 'workspace');
    outside = path.join(scratch, 'outside');
    fs.mkdirSync(workspace);
    fs.mkdirSync(outside);
  });
  afterEach(() => { fs.rmSync(scratch, { recursive: true, force: true }); });

  it('by name: the folder itself and below it are inside; a sibling with the same prefix, a parent and another drive are not', () => {
    assert.equal(isInsideFolder('/w/ws', '/w/ws', path.posix), true);
    assert.equal(isInsideFolder('/w/ws', '/w/ws/practice/a', path.posix), true);
    assert.equal(isInsideFolder('/w/ws', '/w/ws/..practice', path.posix), true, 'a name that starts with two dots is still below');
    assert.equal(isInsideFolder('/w/ws', '/w/ws-other/practice', path.posix), false);
    assert.equal(isInsideFolder('/w/ws', '/w', path.posix), false);
    assert.equal(isInsideFolder('/w/ws', '/usr', path.posix), false);
    assert.equal(isInsideFolder('C:\\ws', 'C:\\ws\\practice', path.win32), true);
    assert.equal(isInsideFolder('C:\\ws', 'D:\\ws\\practice', path.win32), false);
  });

  it('a practice folder that is a link to a folder outside leads outside, and says where; a plain folder (existing or not) stays inside', async () => {
    fs.symlinkSync(outside, path.join(workspace, 'practice'));
    const linked = await staysInside(workspace, path.join(workspace, 'practice', 'jump-game'), probe);
    assert.deepEqual(linked, { inside: false, leadsTo: path.join(outside, 'jump-game') });
    assert.deepEqual(await staysInside(workspace, path.join(workspace, 'prep', 'new', 'jump-game'), probe), { inside: true }, 'nothing of it exists yet');
    fs.mkdirSync(path.join(workspace, 'plain'));
    assert.deepEqual(await staysInside(workspace, path.join(workspace, 'plain', 'jump-game'), probe), { inside: true });
  });

  it('a link deeper down (any existing parent) is followed too, and a link that stays inside is fine', async () => {
    fs.mkdirSync(path.join(workspace, 'prep'));
    fs.symlinkSync(outside, path.join(workspace, 'prep', 'problems'));
    assert.equal((await staysInside(workspace, path.join(workspace, 'prep', 'problems', 'a', 'b'), probe)).inside, false);
    fs.mkdirSync(path.join(workspace, 'real'));
    fs.symlinkSync(path.join(workspace, 'real'), path.join(workspace, 'alias'));
    assert.deepEqual(await staysInside(workspace, path.join(workspace, 'alias', 'x'), probe), { inside: true });
    assert.equal(await realPathOf(path.join(workspace, 'alias', 'x', 'y'), probe), path.join(workspace, 'real', 'x', 'y'));
  });

  it('a workspace opened through a link: its real path is compared with the target\'s real path', async () => {
    const alias = path.join(scratch, 'workspace-link');
    fs.symlinkSync(workspace, alias);
    assert.deepEqual(await staysInside(alias, path.join(alias, 'practice', 'x'), probe), { inside: true });
  });

  it('a dangling link on the way is refused: writing there would make its target, wherever that is', async () => {
    fs.symlinkSync(path.join(outside, 'missing'), path.join(workspace, 'practice'));
    assert.deepEqual(await staysInside(workspace, path.join(workspace, 'practice', 'jump-game'), probe), { inside: false, leadsTo: undefined });
  });

  it('a folder named outside (absolute, or with ..) is outside without asking the file system', async () => {
    const asked: string[] = [];
    const counting: RealPathProbe = { realpath: (target) => { asked.push(target); return probe.realpath(target); }, lexists: (target) => probe.lexists(target) };
    assert.deepEqual(await staysInside(workspace, '/usr', counting), { inside: false, leadsTo: '/usr' });
    assert.deepEqual(await staysInside(workspace, path.join(workspace, '..', 'outside'), counting), { inside: false, leadsTo: outside });
    assert.deepEqual(asked, []);
  });

  it('who set a setting: a workspace folder\'s or the workspace\'s value wins over the user\'s, as in VS Code', () => {
    assert.equal(settingSource(undefined), undefined);
    assert.equal(settingSource({}), undefined, 'the default: nobody set it');
    assert.deepEqual(settingSource({ globalValue: ['/anywhere'] }), { value: ['/anywhere'], scope: 'user' });
    assert.deepEqual(settingSource({ globalValue: ['/anywhere'], workspaceValue: ['/usr'] }), { value: ['/usr'], scope: 'workspace' });
    assert.deepEqual(settingSource({ globalValue: ['/anywhere'], workspaceValue: ['a'], workspaceFolderValue: ['b'] }), { value: ['b'], scope: 'workspace' });
    assert.deepEqual(settingSource({ workspaceFolderValue: [] }), { value: [], scope: 'workspace' });
  });
});
