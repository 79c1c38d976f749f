# Wrong: Adam with L2 - adds weight_decay * p to the gradient instead of decaying the parameters separately.
import math
from typing import Callable, List, Tuple

Vector = List[float]


def adamw_step(
    params: Vector,
    grads: Vector,
    m: Vector,
    v: Vector,
    t: int,
    lr: float = 1e-3,
    beta1: float = 0.9,
    beta2: float = 0.999,
    eps: float = 1e-8,
    weight_decay: float = 0.01,
) -> Tuple[Vector, Vector, Vector]:
    """Step number t (t = 1 for the first step) of AdamW; returns new (params, m, v) lists."""
    if not isinstance(t, int) or t < 1:
        raise ValueError("t counts steps from 1")
    if not len(params) == len(grads) == len(m) == len(v):
        raise ValueError("params, grads, m and v must have the same length")
    # Bias correction: m and v start at 0, so early averages are too small by these factors.
    c1 = 1 - beta1 ** t
    c2 = 1 - beta2 ** t
    new_params, new_m, new_v = [], [], []
    for p, g, mi, vi in zip(params, grads, m, v):
        g = g + weight_decay * p  # L2 penalty folded into the gradient
        mi = beta1 * mi + (1 - beta1) * g
        vi = beta2 * vi + (1 - beta2) * g * g
        adam = (mi / c1) / (math.sqrt(vi / c2) + eps)  # eps after the square root
        new_params.append(p - lr * adam)
        new_m.append(mi)
        new_v.append(vi)
    return new_params, new_m, new_v


def adamw_run(
    params: Vector,
    grad_fn: Callable[[Vector], Vector],
    steps: int,
    lr: float = 1e-3,
    beta1: float = 0.9,
    beta2: float = 0.999,
    eps: float = 1e-8,
    weight_decay: float = 0.01,
) -> Vector:
    """Run `steps` AdamW steps from m = v = 0, calling grad_fn(current params) once per step."""
    if steps < 0:
        raise ValueError("steps must be >= 0")
    p = list(params)
    m = [0.0] * len(p)
    v = [0.0] * len(p)
    for t in range(1, steps + 1):  # the first step is t = 1
        p, m, v = adamw_step(p, grad_fn(list(p)), m, v, t, lr, beta1, beta2, eps, weight_decay)
    return p
