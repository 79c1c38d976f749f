/** Anything that holds a resource until disposed; structurally the same as `vscode.Disposable`. */
export interface Disposable {
  dispose(): void;
}

/** One feature of the extension: a name for error messages and a function that wires it up. */
export interface Feature {
  readonly name: string;
  register(): Disposable;
}

/** A feature that threw while registering. */
export interface FeatureFailure {
  readonly feature: string;
  readonly error: Error;
}

/**
 * Registers every feature in order. A feature that throws is reported and skipped so
 * that one broken feature never takes the others down with it.
 */
export function registerFeatures(
  features: readonly Feature[],
  onRegistered: (disposable: Disposable) => void,
): FeatureFailure[] {
  const failures: FeatureFailure[] = [];
  for (const feature of features) {
    try {
      onRegistered(feature.register());
    } catch (error) {
      failures.push({ feature: feature.name, error: asError(error) });
    }
  }
  return failures;
}

/** The message a user sees when activation went wrong, naming each failed feature. */
export function describeFailures(failures: readonly FeatureFailure[]): string {
  const parts = failures.map((failure) => `${failure.feature} (${failure.error.message})`);
  return `Loop Prep could not start ${parts.join(', ')}. The rest of Loop Prep works; see the log for details.`;
}

/** Turns anything thrown into an `Error`, keeping the original as its cause. */
export function asError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  return new Error(describe(thrown), { cause: thrown });
}

function describe(thrown: unknown): string {
  if (typeof thrown === 'string') return thrown;
  try {
    // JSON shows an object's fields; it throws on cycles and BigInts.
    return JSON.stringify(thrown);
  } catch {
    return String(thrown);
  }
}
