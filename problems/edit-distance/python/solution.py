def edit_distance(a: str, b: str) -> int:
    """The fewest single-letter inserts, deletes and replacements that turn a into b."""
    raise NotImplementedError("Write your solution here")
