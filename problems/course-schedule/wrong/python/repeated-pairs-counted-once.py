# Wrong: stores each course's unlocks in a set, so a repeated pair is unlocked once but counted twice as missing: the course is never ready.
from collections import deque
from typing import List, Set


def course_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    unlocks: List[Set[int]] = [set() for _ in range(num_courses)]
    missing = [0] * num_courses
    for course, prerequisite in prerequisites:
        unlocks[prerequisite].add(course)
        missing[course] += 1
    ready = deque(course for course in range(num_courses) if missing[course] == 0)
    order: List[int] = []
    while ready:
        course = ready.popleft()
        order.append(course)
        for later in unlocks[course]:
            missing[later] -= 1
            if missing[later] == 0:
                ready.append(later)
    return order if len(order) == num_courses else []
