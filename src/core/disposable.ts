/** Anything that holds a resource until disposed; structurally the same as `vscode.Disposable`. */
export interface Disposable {
  dispose(): void;
}

/**
 * Owns a set of disposables and disposes them in reverse order of registration,
 * so a later registration that depends on an earlier one is torn down first.
 * One failing `dispose()` does not stop the others; the errors are rethrown together.
 */
export class DisposableStore implements Disposable {
  private readonly items: Disposable[] = [];
  private disposed = false;

  /** Registers `item` and returns it; registering after disposal disposes it at once. */
  add<T extends Disposable>(item: T): T {
    if (this.disposed) {
      item.dispose();
    } else {
      this.items.push(item);
    }
    return item;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const errors: unknown[] = [];
    for (const item of this.items.splice(0).reverse()) {
      try {
        item.dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${errors.length} disposables failed to dispose`);
  }
}
