/** One trie node: its children by letter, and whether a stored word ends here. */
class TrieNode {
  readonly children = new Map<string, TrieNode>();
  isWord = false;
}

/** A prefix tree of lowercase words with exact lookup, prefix lookup and top-k suggestions. */
export class Trie {
  private readonly root = new TrieNode();

  insert(word: string): void {
    let node = this.root;
    for (const letter of word) {
      let child = node.children.get(letter);
      if (child === undefined) {
        child = new TrieNode();
        node.children.set(letter, child);
      }
      node = child;
    }
    node.isWord = true; // inserting a word again changes nothing
  }

  search(word: string): boolean {
    return this.find(word)?.isWord ?? false;
  }

  startsWith(prefix: string): boolean {
    return this.find(prefix) !== undefined; // every node lies on the path of some stored word
  }

  suggest(prefix: string, k: number): string[] {
    const found: string[] = [];
    const start = this.find(prefix);
    if (start === undefined) return found;
    // Depth-first, a node before its children and children in letter order: that is
    // lexicographic order, so the search can stop after the first k words.
    const stack: Array<[TrieNode, string]> = [[start, prefix]];
    while (stack.length > 0 && found.length < k) {
      const [node, word] = stack.pop() ?? [start, prefix];
      if (node.isWord) found.push(word);
      const letters = [...node.children.keys()].sort().reverse(); // pushed in reverse, popped a to z
      for (const letter of letters) {
        const child = node.children.get(letter);
        if (child !== undefined) stack.push([child, word + letter]);
      }
    }
    return found;
  }

  /** The node reached by spelling prefix from the root, or undefined. */
  private find(prefix: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (const letter of prefix) {
      node = node.children.get(letter);
      if (node === undefined) return undefined;
    }
    return node;
  }
}
