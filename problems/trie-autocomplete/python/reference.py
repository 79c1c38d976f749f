from typing import Dict, List


class _Node:
    """One trie node: its children by letter, and whether a stored word ends here."""

    __slots__ = ("children", "is_word")

    def __init__(self) -> None:
        self.children: Dict[str, "_Node"] = {}
        self.is_word = False


class Trie:
    """A prefix tree of lowercase words with exact lookup, prefix lookup and top-k suggestions."""

    def __init__(self) -> None:
        self.root = _Node()

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            child = node.children.get(letter)
            if child is None:
                child = node.children[letter] = _Node()
            node = child
        node.is_word = True  # inserting a word again changes nothing

    def _find(self, prefix: str):
        """The node reached by spelling prefix from the root, or None."""
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
        return self._find(prefix) is not None  # every node lies on the path of some stored word

    def suggest(self, prefix: str, k: int) -> List[str]:
        start = self._find(prefix)
        found: List[str] = []
        if start is None:
            return found
        # Depth-first, a node before its children and children in letter order: that is
        # lexicographic order, so the search can stop after the first k words.
        stack = [(start, prefix)]
        while stack and len(found) < k:
            node, word = stack.pop()
            if node.is_word:
                found.append(word)
            for letter in sorted(node.children, reverse=True):  # pushed in reverse, popped a to z
                stack.append((node.children[letter], word + letter))
        return found
