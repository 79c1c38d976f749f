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
  throw new Error('Write your solution here');
}

/** Run `steps` AdamW steps from m = v = 0, calling gradFn(current params) once per step. */
export function adamwRun(params: number[], gradFn: (params: number[]) => number[], steps: number, options: AdamWOptions = {}): number[] {
  throw new Error('Write your solution here');
}
