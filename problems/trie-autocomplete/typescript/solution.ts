/** A prefix tree of lowercase words with exact lookup, prefix lookup and top-k suggestions. */
export class Trie {
  /** Start with no words. */
  constructor() {
    throw new Error('Write your solution here');
  }

  /** Store word (storing it again changes nothing). */
  insert(word: string): void {
    throw new Error('Write your solution here');
  }

  /** Whether word itself has been stored. */
  search(word: string): boolean {
    throw new Error('Write your solution here');
  }

  /** Whether some stored word starts with prefix. */
  startsWith(prefix: string): boolean {
    throw new Error('Write your solution here');
  }

  /** The k lexicographically smallest stored words that start with prefix (fewer if there are fewer). */
  suggest(prefix: string, k: number): string[] {
    throw new Error('Write your solution here');
  }
}
