# Wrong: uses if instead of while, so a warm day answers only the most recent waiting day and colder days below it keep waiting.
from typing import List


def days_until_warmer(temps: List[int]) -> List[int]:
    answer = [0] * len(temps)
    waiting: List[int] = []
    for day, temperature in enumerate(temps):
        if waiting and temps[waiting[-1]] < temperature:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer
