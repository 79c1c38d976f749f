import unittest

from solution import count_islands


def checkerboard(size):
    return ["".join("1" if (r + c) % 2 == 0 else "0" for c in range(size)) for r in range(size)]


def serpentine(rows, cols):
    """One long winding island: full rows joined at alternate ends by a single tile."""
    grid = []
    for r in range(rows):
        if r % 4 == 0 or r % 4 == 2:
            grid.append("1" * cols)
        elif r % 4 == 1:
            grid.append("0" * (cols - 1) + "1")
        else:
            grid.append("1" + "0" * (cols - 1))
    return grid


class TestCountIslands(unittest.TestCase):
    def test_example_1_three_islands(self):
        self.assertEqual(count_islands(["11000", "11000", "00100", "00011"]), 3)

    def test_example_2_ring_around_a_lake(self):
        self.assertEqual(count_islands(["111", "101", "111"]), 1)

    def test_example_3_diagonals_do_not_connect(self):
        self.assertEqual(count_islands(["101", "010", "101"]), 5)

    def test_example_4_empty_grid(self):
        self.assertEqual(count_islands([]), 0)

    def test_all_water_and_single_tiles(self):
        self.assertEqual(count_islands(["000", "000"]), 0)
        self.assertEqual(count_islands(["1"]), 1)
        self.assertEqual(count_islands(["0"]), 0)

    def test_single_row_and_single_column(self):
        self.assertEqual(count_islands(["1011101"]), 3)
        self.assertEqual(count_islands(["1", "1", "0", "1", "0", "0", "1"]), 3)

    def test_island_inside_a_lake_inside_an_island(self):
        grid = ["11111", "10001", "10101", "10001", "11111"]
        self.assertEqual(count_islands(grid), 2)

    def test_u_shape_joins_at_the_bottom(self):
        grid = ["10001", "10101", "10101", "11111"]
        self.assertEqual(count_islands(grid), 1)

    def test_input_is_not_modified(self):
        grid = ["110", "011", "000", "101"]
        before = list(grid)
        self.assertEqual(count_islands(grid), 3)
        self.assertEqual(grid, before)

    def test_checkerboard_300_by_300(self):
        self.assertEqual(count_islands(checkerboard(300)), 45000)
        self.assertEqual(count_islands(checkerboard(7)), 25)

    def test_all_land_300_by_300_is_one_island(self):
        # Recursing once per tile would go 90,000 levels deep here.
        self.assertEqual(count_islands(["1" * 300] * 300), 1)

    def test_long_winding_island(self):
        self.assertEqual(count_islands(serpentine(299, 300)), 1)


if __name__ == "__main__":
    unittest.main()
