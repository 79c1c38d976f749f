# Wrong: has no end-of-word flag, so search reports any stored prefix ("app" after "apple") as a word and suggest lists every node.
from typing import Dict, List


class Trie:
    def __init__(self) -> None:
        self.root: Dict[str, dict] = {}

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})

    def _find(self, prefix: str):
        node = self.root
        for letter in prefix:
            if letter not in node:
                return None
            node = node[letter]
        return node

    def search(self, word: str) -> bool:
        return self._find(word) is not None

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
            if word:
                found.append(word)
            for letter in sorted(node, reverse=True):
                stack.append((node[letter], word + letter))
        return found
