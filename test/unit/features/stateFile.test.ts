import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { StateFile } from '../../../src/features/stateFile';

describe('the crash-safe state file', () => {
  let folder: string;
  beforeEach(() => { folder = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-state-')); });
  afterEach(() => { fs.rmSync(folder, { recursive: true, force: true }); });

  it('a value written is there for the next window (a new StateFile over the same file), and removing it removes it', async () => {
    const file = path.join(folder, 'nested', 'state.json');
    const first = new StateFile(file, (message) => { assert.fail(message); });
    assert.equal(first.get('timer'), undefined, 'no file yet: empty');
    await first.update('timer', { status: 'running', startedAt: 1 });
    await first.update('interview', { session: 's' });
    const second = new StateFile(file, (message) => { assert.fail(message); });
    assert.deepEqual(second.get('timer'), { status: 'running', startedAt: 1 });
    await second.update('timer', undefined);
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), { interview: { session: 's' } });
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['state.json'], 'no temporary file is left behind');
  });

  it('changes made one after another land in order: the file holds the last', async () => {
    const file = path.join(folder, 'state.json');
    const state = new StateFile(file, () => undefined);
    await Promise.all(Array.from({ length: 20 }, (_, index) => state.update('n', index)));
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), { n: 19 });
  });

  it('a damaged file is reported and read as empty, and the next write repairs it', async () => {
    const file = path.join(folder, 'state.json');
    fs.writeFileSync(file, '{"timer": {"sta');
    const problems: string[] = [];
    const state = new StateFile(file, (message) => problems.push(message));
    assert.equal(state.get('timer'), undefined);
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /damaged/);
    await state.update('timer', 1);
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), { timer: 1 });
  });

  it('temporary files a crashed process left behind are deleted on the next read; a live process\'s temporary file is left alone', async () => {
    const file = path.join(folder, 'state.json');
    // A process that has exited (its id is free) and one that is running now.
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    try {
      assert.ok(live.pid !== undefined);
      fs.writeFileSync(file, '{"timer":1}');
      fs.writeFileSync(`${file}.${exited}.tmp`, '{"torn');
      fs.writeFileSync(`${file}.${live.pid}.tmp`, '{"being written');
      fs.writeFileSync(path.join(folder, 'other.json.123.tmp'), 'not ours');
      const state = new StateFile(file, (message) => { assert.fail(message); });
      assert.equal(state.get('timer'), 1);
      assert.deepEqual(fs.readdirSync(folder).sort(), ['other.json.123.tmp', `state.json.${live.pid}.tmp`, 'state.json'].sort(), 'only the exited process\'s temporary file is gone');
      await state.update('timer', 2);
      assert.ok(fs.existsSync(`${file}.${live.pid}.tmp`), 'a write leaves the live process\'s file too');
      assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), { timer: 2 });
    } finally {
      live.kill();
    }
  });

  it('a write (without a read first) also deletes a crashed process\'s temporary file', async () => {
    const file = path.join(folder, 'state.json');
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(`${file}.${exited}.tmp`, '{"torn');
    const state = new StateFile(file, (message) => { assert.fail(message); });
    await state.update('timer', 3);
    assert.deepEqual(fs.readdirSync(folder), ['state.json']);
  });
});
