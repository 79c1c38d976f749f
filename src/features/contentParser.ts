import { Worker } from 'node:worker_threads';
import { failedParse, type ParseKind, type ParseRequest, type ParseResults } from '../core/parseRequests';
import { parseFailure } from '../core/parseSafely';
import type { LinkTargets } from '../core/rounds/links';
import type { ParseCache } from './parseCache';
import { targetsKept, type FromParseWorker, type ListPath, type ToParseWorker } from '../workers/parseProtocol';

/** Where the parser's messages go (a LogOutputChannel in the extension). */
export interface ParserLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, ...args: unknown[]): void;
}

export interface ContentParserOptions {
  /** dist/lazy/parseWorker.js. */
  readonly workerFile: string;
  /** The parsers on this thread, for when no worker can start (loads dist/lazy/decks.js). */
  readonly parseInThread: () => <K extends ParseKind>(request: ParseRequest<K>) => ParseResults[K];
  readonly log: ParserLog;
  /** Makes the worker; tests pass one that keeps hold of it. */
  readonly createWorker?: (file: string) => Worker;
  /** Results of earlier starts: a file parsed as before is answered from it, without the worker. */
  readonly cache?: ParseCache;
}

interface Pending {
  readonly request: ParseRequest;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  /** A result's long lists, as their parts arrive, by their path (as JSON). */
  readonly parts: Map<string, unknown[]>;
  /** Whether this request was already in a worker that died (it gets one more try). */
  retried: boolean;
}

/** One running worker and what was sent to it. */
interface Running {
  readonly worker: Worker;
  ready: boolean;
  readonly pending: Map<number, Pending>;
  /** The link-target sets the worker holds, oldest first, with the id each was sent under. */
  readonly targets: { readonly targets: LinkTargets; readonly id: number }[];
}

/**
 * Parses the user's files (decks and stories, loops, cases, questions, problem metadata) on
 * a worker thread, so a large file does not stall the extension host: a 3 MB deck takes its
 * parser 1–3 s. One worker, started on the first parse (never during activate()); requests
 * are answered by id; a worker that dies is started again on the next parse, and a file it
 * was parsing is tried once more, then given a parse-failed error. When no worker can start,
 * the log says so and files are parsed on this thread, as before.
 */
export class ContentParser {
  private running: Running | undefined;
  /** No worker could start (or this was disposed): parse on this thread from now on. */
  private inThreadOnly = false;
  private nextId = 1;
  private readonly createWorker: (file: string) => Worker;

  constructor(private readonly options: ContentParserOptions) {
    this.createWorker = options.createWorker ?? ((file) => new Worker(file));
  }

  /** What the file's parser returns (an exception in it is a parse-failed diagnostic). */
  parse<K extends ParseKind>(request: ParseRequest<K>): Promise<ParseResults[K]> {
    const { cache } = this.options;
    const key = cache?.key(request);
    if (!cache || key === undefined) return this.parseNow(request);
    return cache.get<K>(key).then((kept) => kept ?? this.parseNow(request).then((result) => {
      cache.set(key, result);
      return result;
    }));
  }

  private parseNow<K extends ParseKind>(request: ParseRequest<K>): Promise<ParseResults[K]> {
    const running = this.worker();
    if (!running) return Promise.resolve(this.parseHere(request));
    return new Promise<ParseResults[K]>((resolve, reject) => {
      const pending: Pending = { request, resolve: resolve as (result: unknown) => void, reject, parts: new Map(), retried: false };
      this.send(running, pending);
    });
  }

  /** Ends the worker; a file still being parsed is given up (the extension is stopping). */
  dispose(): void {
    this.options.cache?.dispose();
    this.inThreadOnly = true;
    const running = this.running;
    this.running = undefined;
    if (!running) return;
    for (const pending of running.pending.values()) pending.reject(new Error('Loop Prep is stopping: the file was not parsed'));
    running.pending.clear();
    void running.worker.terminate();
  }

  private parseHere<K extends ParseKind>(request: ParseRequest<K>): ParseResults[K] {
    return this.options.parseInThread()(request);
  }

  /** The running worker, started if there is none; undefined when files are parsed on this thread. */
  private worker(): Running | undefined {
    return this.inThreadOnly ? undefined : (this.running ?? this.start());
  }

  private start(): Running | undefined {
    let worker: Worker;
    try {
      worker = this.createWorker(this.options.workerFile);
    } catch (error) {
      this.cannotStart(error);
      return undefined;
    }
    // The worker alone must not keep a process (a test run, a closing host) alive.
    worker.unref();
    const running: Running = { worker, ready: false, pending: new Map(), targets: [] };
    let failure: unknown;
    worker.on('message', (message: FromParseWorker) => { this.receive(running, message); });
    worker.on('error', (error) => { failure = error; });
    worker.on('exit', (code) => { this.exited(running, code, failure); });
    this.running = running;
    return running;
  }

  private send(running: Running, pending: Pending): void {
    const id = this.nextId++;
    running.pending.set(id, pending);
    const { request } = pending;
    const targets = 'targets' in request.options ? request.options.targets : undefined;
    if (!targets) {
      running.worker.postMessage({ type: 'parse', id, request } satisfies ToParseWorker);
      return;
    }
    // The case and question files of one load share one set of link targets: sent once, then named.
    let sent = running.targets.find((entry) => entry.targets === targets);
    if (!sent) {
      sent = { targets, id };
      running.targets.push(sent);
      // The worker keeps as many as this, dropping the oldest the same way.
      if (running.targets.length > targetsKept) running.targets.shift();
      running.worker.postMessage({ type: 'targets', id, targets } satisfies ToParseWorker);
    }
    running.worker.postMessage({ type: 'parse', id, request: { ...request, options: { ...request.options, targets: undefined } }, targets: sent.id } satisfies ToParseWorker);
  }

  private receive(running: Running, message: FromParseWorker): void {
    if (message.type === 'ready') {
      running.ready = true;
      return;
    }
    const pending = running.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'part') {
      const key = JSON.stringify(message.path);
      let items = pending.parts.get(key);
      if (!items) pending.parts.set(key, (items = []));
      for (const item of message.items) items.push(item);
      // The next part is asked for now, so it is decoded in a task of its own.
      running.worker.postMessage({ type: 'more', id: message.id } satisfies ToParseWorker);
      return;
    }
    running.pending.delete(message.id);
    for (const path of message.parted) putList(message.result, path, pending.parts.get(JSON.stringify(path)) ?? []);
    pending.resolve(message.result);
  }

  private exited(running: Running, code: number, failure: unknown): void {
    if (this.running === running) this.running = undefined;
    const left = [...running.pending.values()];
    running.pending.clear();
    if (this.inThreadOnly) return;
    if (!running.ready) {
      // It never loaded the parsers: no file was parsed, so each is parsed here instead.
      this.cannotStart(failure ?? new Error(`the worker stopped with exit code ${code}`));
      for (const pending of left) pending.resolve(this.parseHere(pending.request));
      return;
    }
    const reason = failure instanceof Error ? failure.message : `exit code ${code}`;
    this.options.log.warn(`Loop Prep's parser worker stopped (${reason})${left.length > 0 ? ` while parsing ${left.length} file${left.length === 1 ? '' : 's'}` : ''}; the next parse starts a new one.`);
    for (const pending of left) {
      if (pending.retried) {
        // It stopped twice on this file: most likely because of it.
        pending.resolve(failedParse(pending.request.kind, pending.request.file, parseFailure(new Error(`the parser stopped twice while reading it (${reason})`))));
        continue;
      }
      pending.retried = true;
      pending.parts.clear();
      const next = this.worker();
      if (next) this.send(next, pending);
      else pending.resolve(this.parseHere(pending.request));
    }
  }

  private cannotStart(error: unknown): void {
    this.inThreadOnly = true;
    this.options.log.error(`Loop Prep could not start its parser worker (${this.options.workerFile}), so decks, loops and cases are parsed on the extension host's thread: a large file may pause the editor while it loads.`, error);
  }
}

/** Puts a list that came in parts back at its place in a result. */
function putList(result: object, path: ListPath, items: unknown[]): void {
  let parent: unknown = result;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path[path.length - 1];
  if (last !== undefined && typeof parent === 'object' && parent !== null) (parent as Record<string | number, unknown>)[last] = items;
}
