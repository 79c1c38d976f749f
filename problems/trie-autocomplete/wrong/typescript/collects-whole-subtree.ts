// Wrong: gathers every word below the prefix, sorts them and keeps k - right answers, but a short prefix costs the whole subtree on every call.
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
    const start = this.find(prefix);
    if (start === undefined) return [];
    const words: string[] = [];
    const stack: Array<[TrieNode, string]> = [[start, prefix]];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      const [node, word] = top;
      if (node.isWord) words.push(word);
      for (const [letter, child] of node.children) stack.push([child, word + letter]);
    }
    return words.sort().slice(0, k);
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
