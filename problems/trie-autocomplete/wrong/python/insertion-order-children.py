# Wrong: walks each node's children in the order they were inserted (dict order) instead of a to z, so suggestions are not lexicographic.
from typing import Dict, List


class _Node:
    def __init__(self) -> None:
        self.children: Dict[str, "_Node"] = {}
        self.is_word = False


class Trie:
    def __init__(self) -> None:
        self.root = _Node()

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.children.setdefault(letter, _Node())
        node.is_word = True

    def _find(self, prefix: str):
        node = self.root
        for letter in prefix:
            node = node.children.get(letter)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix: str) -> bool:
        return self._find(prefix) is not None

    def suggest(self, prefix: str, k: int) -> List[str]:
        found: List[str] = []

        def visit(node: _Node, word: str) -> None:
            if len(found) == k:
                return
            if node.is_word:
                found.append(word)
            for letter, child in node.children.items():
                visit(child, word + letter)

        start = self._find(prefix)
        if start is not None:
            visit(start, prefix)
        return found
