import time
import unittest

from solution import min_meeting_rooms


def calendars(n):
    """Four shapes of n meetings (n not a multiple of 7919) and the rooms each needs."""
    sliding = [[i, i + 100] for i in range(n)]
    yield "sliding", sliding, 100
    yield "shuffled", [sliding[(i * 7919) % n] for i in range(n)], 100
    yield "chain", [[10 * ((i * 7919) % n), 10 * ((i * 7919) % n) + 10] for i in range(n)], 1
    yield "all-day", [[0, 10**9]] * (n // 100) + [[i, i + 1] for i in range(n)], n // 100 + 1


class TestMinMeetingRooms(unittest.TestCase):
    def test_example_1_one_long_meeting(self):
        self.assertEqual(min_meeting_rooms([[0, 30], [5, 10], [15, 20]]), 2)

    def test_example_2_no_overlap(self):
        self.assertEqual(min_meeting_rooms([[7, 10], [2, 4]]), 1)

    def test_example_3_back_to_back_meetings_share_a_room(self):
        self.assertEqual(min_meeting_rooms([[1, 5], [5, 10], [10, 15]]), 1)

    def test_no_meetings(self):
        self.assertEqual(min_meeting_rooms([]), 0)

    def test_a_single_meeting(self):
        self.assertEqual(min_meeting_rooms([[3, 4]]), 1)

    def test_identical_meetings_each_need_a_room(self):
        self.assertEqual(min_meeting_rooms([[9, 10], [9, 10], [9, 10], [9, 10]]), 4)

    def test_nested_meetings(self):
        self.assertEqual(min_meeting_rooms([[1, 10], [2, 9], [3, 8], [4, 5], [6, 7]]), 4)

    def test_ends_are_freed_before_starts_at_the_same_time(self):
        self.assertEqual(min_meeting_rooms([[9, 12], [1, 5], [5, 9], [2, 6], [6, 10]]), 2)
        self.assertEqual(min_meeting_rooms([[0, 2], [2, 4], [1, 3], [3, 5], [1, 2]]), 3)

    def test_the_input_is_not_modified(self):
        intervals = [[5, 8], [1, 3], [2, 6]]
        self.assertEqual(min_meeting_rooms(intervals), 2)
        self.assertEqual(intervals, [[5, 8], [1, 3], [2, 6]])

    def test_start_order_matters_not_input_order(self):
        self.assertEqual(min_meeting_rooms([[10, 20], [0, 5], [5, 10]]), 1)
        self.assertEqual(min_meeting_rooms([[6, 9], [1, 4], [2, 5], [4, 7]]), 2)

    def test_large_calendars_take_n_log_n_time(self):
        # Sliding, shuffled, back-to-back and all-day calendars of growing n up to 10,000 (15,000
        # in the TypeScript test: JavaScript runs the slow loops many times faster).
        # Counting, for every meeting, the meetings running at its start costs O(n^2);
        # sorting and a heap of end times cost O(n log n). Only the time inside
        # min_meeting_rooms is measured, and the test stops as soon as it passes a second.
        spent = 0.0
        n = 1000
        while n <= 10_000:
            for shape, intervals, rooms in calendars(n):
                start = time.perf_counter()
                answer = min_meeting_rooms(intervals)
                spent += time.perf_counter() - start
                self.assertEqual(answer, rooms, msg=f"{shape}, n = {n}")
                self.assertLess(spent, 1.0, msg=f"{spent:.2f} s by {shape}, n = {n}: not O(n log n)")
            n = n * 5 // 4


if __name__ == "__main__":
    unittest.main()
