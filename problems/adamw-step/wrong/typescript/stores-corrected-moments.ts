// Wrong: overwrites m and v with their bias-corrected values, so the returned moments (and every later step) are wrong.
export interface AdamWOptions {
  lr?: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
  weightDecay?: number;
}

export interface AdamWState {
  params: number[];
  m: number[];
  v: number[];
}

/** Step number t (t = 1 for the first step) of AdamW; returns new { params, m, v } arrays. */
export function adamwStep(params: number[], grads: number[], m: number[], v: number[], t: number, options: AdamWOptions = {}): AdamWState {
  const { lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, weightDecay = 0.01 } = options;
  if (!Number.isInteger(t) || t < 1) throw new Error('t counts steps from 1');
  const d = params.length;
  if (grads.length !== d || m.length !== d || v.length !== d) throw new Error('params, grads, m and v must have the same length');
  // Bias correction: m and v start at 0, so early averages are too small by these factors.
  const c1 = 1 - beta1 ** t;
  const c2 = 1 - beta2 ** t;
  const state: AdamWState = { params: [], m: [], v: [] };
  params.forEach((p, i) => {
    const g = grads[i] ?? NaN;
    // Bias-corrected averages, kept for the next step.
    const mi = (beta1 * (m[i] ?? NaN) + (1 - beta1) * g) / c1;
    const vi = (beta2 * (v[i] ?? NaN) + (1 - beta2) * g * g) / c2;
    const adam = mi / (Math.sqrt(vi) + eps); // eps after the square root
    // Decoupled weight decay: lr * weightDecay * p, not added to the gradient and not
    // divided by the adaptive denominator.
    state.params.push(p - lr * adam - lr * weightDecay * p);
    state.m.push(mi);
    state.v.push(vi);
  });
  return state;
}

/** Run `steps` AdamW steps from m = v = 0, calling gradFn(current params) once per step. */
export function adamwRun(params: number[], gradFn: (params: number[]) => number[], steps: number, options: AdamWOptions = {}): number[] {
  if (steps < 0) throw new Error('steps must be >= 0');
  let state: AdamWState = { params: [...params], m: params.map(() => 0), v: params.map(() => 0) };
  for (let t = 1; t <= steps; t++) {
    // the first step is t = 1
    state = adamwStep(state.params, gradFn([...state.params]), state.m, state.v, t, options);
  }
  return state.params;
}
