# Wrong: Counter.most_common breaks ties by first occurrence, not by the smaller value.
from collections import Counter
from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    return [value for value, _ in Counter(nums).most_common(k)]
