from typing import List


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    """When the last of servers 1..n receives a change pushed from server k over one-way links [u, v, delay], or -1."""
    raise NotImplementedError("Write your solution here")
