# Wrong: a recursive depth-first search, which overflows the recursion limit on a long chain of prerequisites.
from typing import List


def course_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    unlocks: List[List[int]] = [[] for _ in range(num_courses)]
    for course, prerequisite in prerequisites:
        unlocks[prerequisite].append(course)
    state = [0] * num_courses  # 0 unseen, 1 on the current path, 2 finished
    finished: List[int] = []

    def visit(course: int) -> bool:
        if state[course] == 1:
            return False  # back on the current path: a cycle
        if state[course] == 2:
            return True
        state[course] = 1
        for later in unlocks[course]:
            if not visit(later):
                return False
        state[course] = 2
        finished.append(course)
        return True

    for course in range(num_courses):
        if not visit(course):
            return []
    return finished[::-1]
