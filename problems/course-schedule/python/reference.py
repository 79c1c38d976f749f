from collections import deque
from typing import Deque, List


def course_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    """Kahn's algorithm: repeatedly take a course whose prerequisites have all been taken."""
    unlocks: List[List[int]] = [[] for _ in range(num_courses)]
    missing = [0] * num_courses  # prerequisites of each course not yet taken
    for course, prerequisite in prerequisites:
        unlocks[prerequisite].append(course)
        missing[course] += 1
    ready: Deque[int] = deque(course for course in range(num_courses) if missing[course] == 0)
    order: List[int] = []
    while ready:
        course = ready.popleft()
        order.append(course)
        for later in unlocks[course]:
            missing[later] -= 1
            if missing[later] == 0:
                ready.append(later)
    # Courses on (or behind) a cycle never reach 0 missing prerequisites.
    return order if len(order) == num_courses else []
