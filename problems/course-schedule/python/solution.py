from typing import List


def course_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    """An order of all courses that puts each prerequisite before its course, or [] if none exists."""
    raise NotImplementedError("Write your solution here")
