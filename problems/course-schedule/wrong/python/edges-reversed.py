# Wrong: reads each pair as [prerequisite, course], the wrong way round, so the order puts courses before their prerequisites.
from collections import deque
from typing import List


def course_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    unlocks: List[List[int]] = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for prerequisite, course in prerequisites:
        unlocks[prerequisite].append(course)
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
