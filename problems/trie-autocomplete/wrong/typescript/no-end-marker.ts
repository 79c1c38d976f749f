// Wrong: has no end-of-word flag, so search reports any stored prefix ("app" after "apple") as a word and suggest lists every node.
interface TrieNode {
  children: Map<string, TrieNode>;
}

export class Trie {
  private readonly root: TrieNode = { children: new Map() };

  insert(word: string): void {
    let node = this.root;
    for (const letter of word) {
      let child = node.children.get(letter);
      if (child === undefined) {
        child = { children: new Map() };
        node.children.set(letter, child);
      }
      node = child;
    }
  }

  search(word: string): boolean {
    return this.find(word) !== undefined;
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
      if (word !== '') found.push(word);
      for (const letter of [...node.children.keys()].sort().reverse()) {
        const child = node.children.get(letter);
        if (child !== undefined) stack.push([child, word + letter]);
      }
    }
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
