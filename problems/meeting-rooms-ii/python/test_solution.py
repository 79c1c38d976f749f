import unittest

from solution import min_meeting_rooms


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

    def test_large_calendar(self):
        n = 100_000
        sliding = [[i, i + 100] for i in range(n)]
        self.assertEqual(min_meeting_rooms(sliding), 100)
        shuffled = [sliding[(i * 7919) % n] for i in range(n)]
        self.assertEqual(min_meeting_rooms(shuffled), 100)
        chain = [[10 * ((i * 7919) % n), 10 * ((i * 7919) % n) + 10] for i in range(n)]
        self.assertEqual(min_meeting_rooms(chain), 1)
        all_day = [[0, 10**9]] * 1_000 + [[i, i + 1] for i in range(n)]
        self.assertEqual(min_meeting_rooms(all_day), 1_001)


if __name__ == "__main__":
    unittest.main()
