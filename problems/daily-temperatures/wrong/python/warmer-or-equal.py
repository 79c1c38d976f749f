# Wrong: pops while the waiting day is at most as warm (<=), so a day with the same temperature is taken as warmer.
from typing import List


def days_until_warmer(temps: List[int]) -> List[int]:
    answer = [0] * len(temps)
    waiting: List[int] = []
    for day, temperature in enumerate(temps):
        while waiting and temps[waiting[-1]] <= temperature:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer
