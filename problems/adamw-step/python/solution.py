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
    raise NotImplementedError("Write your solution here")


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
    raise NotImplementedError("Write your solution here")
