from typing import List, Tuple


def days_until_warmer(temps: List[int]) -> List[int]:
    """A monotonic stack of days still waiting for a warmer day, coldest on top."""
    answer = [0] * len(temps)  # days that never find a warmer day keep their 0
    waiting: List[Tuple[int, int]] = []  # (temperature, day); temperatures never increase from bottom to top
    for day, temperature in enumerate(temps):
        while waiting and waiting[-1][0] < temperature:  # strictly warmer: equal temperatures keep waiting
            _, earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append((temperature, day))
    return answer
