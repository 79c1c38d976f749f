# Wrong: declares the root node as a class attribute (as a field would be in Java), so every Trie object shares one tree and sees the other objects' words.
from typing import Dict, List


class _Node:
    def __init__(self) -> None:
        self.children: Dict[str, "_Node"] = {}
        self.is_word = False


class Trie:
    root = _Node()

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
        found: List[str] = []
        if start is None:
            return found
        stack = [(start, prefix)]
        while stack and len(found) < k:
            node, word = stack.pop()
            if node.is_word:
                found.append(word)
            for letter in sorted(node.children, reverse=True):
                stack.append((node.children[letter], word + letter))
        return found
