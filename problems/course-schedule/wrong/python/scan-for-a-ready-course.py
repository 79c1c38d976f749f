# Wrong: scans every course for one that is ready each time it takes a course: O(V^2 + E) instead of O(V + E).
from typing import List


def course_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    unlocks: List[List[int]] = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for course, prerequisite in prerequisites:
        unlocks[prerequisite].append(course)
        missing[course] += 1
    taken = [False] * num_courses
    order: List[int] = []
    while len(order) < num_courses:
        ready = next((course for course in range(num_courses) if not taken[course] and missing[course] == 0), None)
        if ready is None:
            return []  # every course left waits on another: a cycle
        taken[ready] = True
        order.append(ready)
        for later in unlocks[ready]:
            missing[later] -= 1
    return order
