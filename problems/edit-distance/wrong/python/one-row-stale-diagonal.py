# Wrong: a one-row table that reads the diagonal from row[j - 1] after it has already been overwritten with this row's value.
def edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row[0] = i
        for j in range(1, len(b) + 1):
            diagonal = row[j - 1]
            if a[i - 1] == b[j - 1]:
                row[j] = diagonal
            else:
                row[j] = 1 + min(diagonal, row[j], row[j - 1])
    return row[len(b)]
