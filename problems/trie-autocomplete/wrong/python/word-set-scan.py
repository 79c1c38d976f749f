# Wrong: keeps the words in a set and scans all of them on every suggest call - O(total words) per query instead of a trie walk.
from typing import List, Set


class Trie:
    def __init__(self) -> None:
        self.words: Set[str] = set()

    def insert(self, word: str) -> None:
        self.words.add(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def starts_with(self, prefix: str) -> bool:
        return any(word.startswith(prefix) for word in self.words)

    def suggest(self, prefix: str, k: int) -> List[str]:
        return sorted(word for word in self.words if word.startswith(prefix))[:k]
