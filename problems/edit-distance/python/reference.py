def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance by dynamic programming, keeping one row of the table at a time."""
    if len(a) < len(b):
        a, b = b, a  # the row runs over the shorter string: O(min(m, n)) extra space
    # previous[j] = distance between the first i - 1 letters of a and the first j letters of b
    previous = list(range(len(b) + 1))  # from the empty prefix of a: j insertions
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)  # to the empty prefix of b: i deletions
        letter = a[i - 1]
        for j in range(1, len(b) + 1):
            if letter == b[j - 1]:
                current[j] = previous[j - 1]  # the letters match: no edit needed
            else:
                current[j] = 1 + min(previous[j - 1], previous[j], current[j - 1])  # replace, delete, insert
        previous = current
    return previous[len(b)]
