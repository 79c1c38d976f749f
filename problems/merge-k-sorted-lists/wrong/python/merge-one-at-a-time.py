# Wrong: merges each list into the running result in turn, re-copying the result k times: O(N * k) time.
from typing import List


def merge_k_sorted(lists: List[List[int]]) -> List[int]:
    result: List[int] = []
    for values in lists:
        merged: List[int] = []
        i = j = 0
        while i < len(result) and j < len(values):
            if result[i] <= values[j]:
                merged.append(result[i])
                i += 1
            else:
                merged.append(values[j])
                j += 1
        merged.extend(result[i:])
        merged.extend(values[j:])
        result = merged
    return result
