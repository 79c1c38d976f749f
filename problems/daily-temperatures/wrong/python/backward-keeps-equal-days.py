# Wrong: walks from the last day back and discards stack days that are colder (<) but keeps equal ones, so a day with the same temperature is taken as warmer.
from typing import List


def days_until_warmer(temps: List[int]) -> List[int]:
    answer = [0] * len(temps)
    later: List[int] = []  # days after i that could still be the next warmer day
    for i in range(len(temps) - 1, -1, -1):
        while later and temps[later[-1]] < temps[i]:
            later.pop()
        if later:
            answer[i] = later[-1] - i
        later.append(i)
    return answer
