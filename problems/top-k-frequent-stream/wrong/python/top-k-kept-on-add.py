# Wrong: keeps a running top-k list updated on add, but a newcomer only enters on a strictly higher count, so ties at the cut never swap in the smaller item.
from typing import Dict, List


class StreamTopK:
    def __init__(self, k: int) -> None:
        self._k = k
        self._counts: Dict[str, int] = {}
        self._top: List[str] = []

    def add(self, item: str) -> None:
        count = self._counts.get(item, 0) + 1
        self._counts[item] = count
        if item not in self._top:
            if len(self._top) < self._k:
                self._top.append(item)
            elif count > self._counts[self._top[-1]]:
                self._top[-1] = item
        self._top.sort(key=lambda name: (-self._counts[name], name))

    def top(self) -> List[str]:
        return list(self._top)
