// Wrong: walks each node's children in the order they were inserted (Map order) instead of a to z, so suggestions are not lexicographic.
class TrieNode {
  readonly children = new Map<string, TrieNode>();
  isWord = false;
}

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
    node.isWord = true;
  }

  search(word: string): boolean {
    return this.find(word)?.isWord ?? false;
  }

  startsWith(prefix: string): boolean {
    return this.find(prefix) !== undefined;
  }

  suggest(prefix: string, k: number): string[] {
    const found: string[] = [];
    const visit = (node: TrieNode, word: string): void => {
      if (found.length === k) return;
      if (node.isWord) found.push(word);
      for (const [letter, child] of node.children) visit(child, word + letter);
    };
    const start = this.find(prefix);
    if (start !== undefined) visit(start, prefix);
    return found;
  }

  private find(prefix: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (const letter of prefix) {
      node = node.children.get(letter);
      if (node === undefined) return undefined;
    }
    return node;
  }
}
