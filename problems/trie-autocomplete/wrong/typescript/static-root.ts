// Wrong: keeps the root node in a static field, so every Trie object shares one tree and sees the other objects' words.
class TrieNode {
  readonly children = new Map<string, TrieNode>();
  isWord = false;
}

export class Trie {
  private static readonly root = new TrieNode();

  insert(word: string): void {
    let node = Trie.root;
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
    const start = this.find(prefix);
    if (start === undefined) return found;
    const stack: Array<[TrieNode, string]> = [[start, prefix]];
    while (stack.length > 0 && found.length < k) {
      const [node, word] = stack.pop() ?? [start, prefix];
      if (node.isWord) found.push(word);
      for (const letter of [...node.children.keys()].sort().reverse()) {
        const child = node.children.get(letter);
        if (child !== undefined) stack.push([child, word + letter]);
      }
    }
    return found;
  }

  private find(prefix: string): TrieNode | undefined {
    let node: TrieNode | undefined = Trie.root;
    for (const letter of prefix) {
      node = node.children.get(letter);
      if (node === undefined) return undefined;
    }
    return node;
  }
}
