from typing import List


class Trie:
    """A prefix tree of lowercase words with exact lookup, prefix lookup and top-k suggestions."""

    def __init__(self) -> None:
        """Start with no words."""
        raise NotImplementedError("Write your solution here")

    def insert(self, word: str) -> None:
        """Store word (storing it again changes nothing)."""
        raise NotImplementedError("Write your solution here")

    def search(self, word: str) -> bool:
        """Whether word itself has been stored."""
        raise NotImplementedError("Write your solution here")

    def starts_with(self, prefix: str) -> bool:
        """Whether some stored word starts with prefix."""
        raise NotImplementedError("Write your solution here")

    def suggest(self, prefix: str, k: int) -> List[str]:
        """The k lexicographically smallest stored words that start with prefix (fewer if there are fewer)."""
        raise NotImplementedError("Write your solution here")
