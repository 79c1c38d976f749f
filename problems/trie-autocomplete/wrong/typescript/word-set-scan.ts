// Wrong: keeps the words in a Set and scans all of them on every suggest call - O(total words) per query instead of a trie walk.
export class Trie {
  private readonly words = new Set<string>();

  insert(word: string): void {
    this.words.add(word);
  }

  search(word: string): boolean {
    return this.words.has(word);
  }

  startsWith(prefix: string): boolean {
    for (const word of this.words) if (word.startsWith(prefix)) return true;
    return false;
  }

  suggest(prefix: string, k: number): string[] {
    return [...this.words].filter((word) => word.startsWith(prefix)).sort().slice(0, k);
  }
}
