# Wrong: gathers every word below the prefix, sorts them and keeps k - right answers, but a short prefix costs the whole subtree on every call.
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
        start = self._find(prefix)
        if start is None:
            return []
        words: List[str] = []
        stack = [(start, prefix)]
        while stack:
            node, word = stack.pop()
            if node.is_word:
                words.append(word)
            for letter, child in node.children.items():
                stack.append((child, word + letter))
        return sorted(words)[:k]
