import type { CardMemory, Grade, MemoryStage } from './memory';

// Every review that still counts, kept in columns of typed arrays instead of one object per
// review (issue 16: a journal of 1 M events must load within 400 MiB of memory, and 3 M must
// load at all). One review costs 103 bytes here against about 850 as parsed JSON objects; a
// `FoldedReview` object is made only when a caller asks for one. Rows live in blocks of a
// fixed size, so the log grows without copying what it holds.

/** One review that still counts (not undone), with what the fold needs to report on it. */
export interface FoldedReview {
  readonly eventId: string;
  readonly time: number;
  readonly cardId: string;
  readonly grade: Grade;
  readonly previousStage: MemoryStage;
  readonly memory: CardMemory;
}

/** What readers of the reviews need: an array of `FoldedReview` is one too (tests build them so). */
export interface ReviewList extends Iterable<FoldedReview> {
  readonly length: number;
  at(index: number): FoldedReview | undefined;
}

const blockBits = 14;
/** Rows between the yields of `settling` and `removingIds`: 65,536 rows of copying took 12 ms and more on a busy host (profiled). */
const rowsPerYield = 8192;
const blockSize = 1 << blockBits;
const blockMask = blockSize - 1;
/** The numbers of a memory besides its stage, in this order. */
const memoryFields = ['stability', 'difficulty', 'reps', 'lapses', 'step', 'lastReview', 'due', 'dueDay', 'scheduledDays'] as const;
const memoryWidth = memoryFields.length;
/** Per row: grade, previous stage, memory stage, id kind. */
const codeWidth = 4;
const stageNames: readonly MemoryStage[] = ['new', 'learning', 'review', 'relearning'];
const stageCode: Readonly<Record<MemoryStage, number>> = { new: 0, learning: 1, review: 2, relearning: 3 };
const idIsUuid = 0;
const idIsString = 1;

/** The columns of one block of rows (also the layout of a snapshot's columns, see `columns`). */
export interface ReviewColumns {
  readonly time: Float64Array;
  readonly memory: Float64Array;
  readonly card: Uint32Array;
  readonly codes: Uint8Array;
  readonly id: Uint32Array;
}

/**
 * A canonical lowercase UUID (every id this extension writes) is kept as four 32-bit words,
 * any other id as a string: writes the UUID's words into `words` from `offset` and says
 * whether `id` was one (if not, the four words are zero). Read from the char codes: a
 * RegExp, then replaceAll, slice and parseInt took a third of folding 100,000 reviews.
 */
function packUuid(id: string, words: Uint32Array, offset: number): boolean {
  if (id.length === 36 && id.charCodeAt(8) === 45 && id.charCodeAt(13) === 45 && id.charCodeAt(18) === 45 && id.charCodeAt(23) === 45) {
    let word = 0;
    let digits = 0;
    let target = offset;
    for (let index = 0; index < 36; index++) {
      if (index === 8 || index === 13 || index === 18 || index === 23) continue;
      const code = id.charCodeAt(index);
      const digit = code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : -1;
      if (digit < 0) break;
      // Multiplied, not shifted: eight hex digits fill all 32 bits, and a shift is signed.
      word = word * 16 + digit;
      if (++digits === 8) {
        words[target++] = word;
        word = 0;
        digits = 0;
      }
      if (index === 35) return true;
    }
  }
  words.fill(0, offset, offset + 4);
  return false;
}

function newBlock(rows = blockSize): ReviewColumns {
  return {
    time: new Float64Array(rows),
    memory: new Float64Array(rows * memoryWidth),
    card: new Uint32Array(rows),
    codes: new Uint8Array(rows * codeWidth),
    id: new Uint32Array(rows * 4),
  };
}

/** A review to add: the journal event's id and time and its (validated) data. */
export interface ReviewRow {
  readonly eventId: string;
  readonly time: number;
  readonly cardId: string;
  readonly grade: Grade;
  readonly previousStage: MemoryStage;
  readonly memory: CardMemory;
}

export class ReviewLog implements ReviewList {
  private blocks: ReviewColumns[] = [];
  private count = 0;
  /** Card ids by number, and back. */
  private readonly cardIds: string[] = [];
  private readonly cardNumbers = new Map<string, number>();
  /** Ids that are not canonical UUIDs, by number (append-only). */
  private readonly otherIds: string[] = [];
  private moveCount = 0;

  get length(): number {
    return this.count;
  }

  /** The card ids the log knows, by number (a snapshot stores them). */
  get cards(): readonly string[] {
    return this.cardIds;
  }

  /** The ids that are not UUIDs, by number (a snapshot stores them). */
  get strings(): readonly string[] {
    return this.otherIds;
  }

  push(row: ReviewRow): void {
    const index = this.count;
    if ((index >> blockBits) >= this.blocks.length) this.blocks.push(newBlock());
    const block = this.blocks[index >> blockBits] as ReviewColumns;
    const at = index & blockMask;
    block.time[at] = row.time;
    const memory = row.memory;
    const base = at * memoryWidth;
    // Field by field, in memoryFields' order (memoryAt reads them back): a loop over the
    // names reads each by a computed key, slower on every row of a large journal.
    const columns = block.memory;
    columns[base] = memory.stability;
    columns[base + 1] = memory.difficulty;
    columns[base + 2] = memory.reps;
    columns[base + 3] = memory.lapses;
    columns[base + 4] = memory.step;
    columns[base + 5] = memory.lastReview;
    columns[base + 6] = memory.due;
    columns[base + 7] = memory.dueDay;
    columns[base + 8] = memory.scheduledDays;
    let card = this.cardNumbers.get(row.cardId);
    if (card === undefined) {
      card = this.cardIds.length;
      this.cardIds.push(row.cardId);
      this.cardNumbers.set(row.cardId, card);
    }
    block.card[at] = card;
    const codes = at * codeWidth;
    block.codes[codes] = row.grade;
    block.codes[codes + 1] = stageCode[row.previousStage];
    block.codes[codes + 2] = stageCode[memory.stage];
    const words = at * 4;
    if (packUuid(row.eventId, block.id, words)) {
      block.codes[codes + 3] = idIsUuid;
    } else {
      block.codes[codes + 3] = idIsString;
      block.id[words] = this.otherIds.length;
      this.otherIds.push(row.eventId);
    }
    this.count += 1;
  }

  at(index: number): FoldedReview | undefined {
    const row = index < 0 ? this.count + index : index;
    if (!Number.isInteger(row) || row < 0 || row >= this.count) return undefined;
    const block = this.blocks[row >> blockBits] as ReviewColumns;
    const at = row & blockMask;
    return { eventId: this.eventIdAt(row), time: block.time[at] as number, cardId: this.cardIdAt(row), grade: block.codes[at * codeWidth] as Grade, previousStage: stageNames[block.codes[at * codeWidth + 1] as number] as MemoryStage, memory: this.memoryAt(row) };
  }

  *[Symbol.iterator](): Iterator<FoldedReview> {
    for (let index = 0; index < this.count; index++) yield this.at(index) as FoldedReview;
  }

  timeAt(row: number): number {
    return (this.blocks[row >> blockBits] as ReviewColumns).time[row & blockMask] as number;
  }

  cardIdAt(row: number): string {
    return this.cardIds[(this.blocks[row >> blockBits] as ReviewColumns).card[row & blockMask] as number] as string;
  }

  memoryAt(row: number): CardMemory {
    const block = this.blocks[row >> blockBits] as ReviewColumns;
    const at = row & blockMask;
    const base = at * memoryWidth;
    const value = (field: number): number => block.memory[base + field] as number;
    return {
      stage: stageNames[block.codes[at * codeWidth + 2] as number] as CardMemory['stage'],
      stability: value(0),
      difficulty: value(1),
      reps: value(2),
      lapses: value(3),
      step: value(4),
      lastReview: value(5),
      due: value(6),
      dueDay: value(7),
      scheduledDays: value(8),
    };
  }

  eventIdAt(row: number): string {
    const block = this.blocks[row >> blockBits] as ReviewColumns;
    const at = row & blockMask;
    if (block.codes[at * codeWidth + 3] === idIsString) return this.otherIds[block.id[at * 4] as number] as string;
    let hex = '';
    for (let word = 0; word < 4; word++) hex += (block.id[at * 4 + word] as number).toString(16).padStart(8, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** The row of the review with this event id, searching from the newest (undo takes back recent reviews). */
  rowOf(eventId: string): number | undefined {
    for (let row = this.count - 1; row >= 0; row--) if (this.eventIdAt(row) === eventId) return row;
    return undefined;
  }

  /** The newest row of a card before `row`, if any. */
  previousRowOfCard(cardId: string, row: number): number | undefined {
    const card = this.cardNumbers.get(cardId);
    if (card === undefined) return undefined;
    for (let index = row - 1; index >= 0; index--) if ((this.blocks[index >> blockBits] as ReviewColumns).card[index & blockMask] === card) return index;
    return undefined;
  }

  /** Removes one row, keeping the order of the rest (O(1) for the newest row, which undo nearly always removes). */
  removeRow(row: number): void {
    if (row < 0 || row >= this.count) return;
    this.moveCount += 1;
    for (let index = row; index < this.count - 1; index++) this.copyRow(index + 1, index);
    this.count -= 1;
  }

  /** Each card's memory after its newest row. */
  memories(): Map<string, CardMemory> {
    const newest = new Int32Array(this.cardIds.length).fill(-1);
    // Newest first: a card's newest row is the first of its rows met, and most cards are met early.
    let left = this.cardIds.length;
    for (let row = this.count - 1; row >= 0 && left > 0; row--) {
      const card = (this.blocks[row >> blockBits] as ReviewColumns).card[row & blockMask] as number;
      if (newest[card] !== -1) continue;
      newest[card] = row;
      left -= 1;
    }
    const memories = new Map<string, CardMemory>();
    for (let card = 0; card < newest.length; card++) {
      const row = newest[card] as number;
      if (row >= 0) memories.set(this.cardIds[card] as string, this.memoryAt(row));
    }
    return memories;
  }

  /**
   * Puts rows in time order (ties by event id, then by the order they were added) and keeps
   * the first of rows that share an id and a time (one event copied twice, as a retried
   * append or a merge writes it). Cheap when the rows are already in order, as a journal
   * appended on one machine is.
   */
  settle(): void {
    drain(this.settling());
  }

  /** `settle` in steps: it yields every `rowsPerStep` rows, so a caller can give the event loop a turn. */
  *settling(rowsPerStep = rowsPerYield): Generator<void> {
    let sorted = true;
    for (let row = 1; row < this.count && sorted; row++) {
      if (this.compareRows(row - 1, row) > 0) sorted = false;
      if (row % rowsPerStep === 0) yield;
    }
    if (!sorted) {
      const order = Array.from({ length: this.count }, (_, row) => row);
      order.sort((a, b) => this.compareRows(a, b) || a - b);
      this.permute(order);
    }
    let kept = 0;
    for (let row = 0; row < this.count; row++) {
      if (row % rowsPerStep === 0) yield;
      if (kept > 0 && this.timeAt(kept - 1) === this.timeAt(row) && this.sameId(kept - 1, row)) continue;
      if (kept !== row) this.copyRow(row, kept);
      kept += 1;
    }
    if (kept !== this.count) this.moveCount += 1;
    this.count = kept;
  }

  /** Drops the rows whose event id is in `ids`. */
  removeIds(ids: ReadonlySet<string>): void {
    drain(this.removingIds(ids));
  }

  /** `removeIds` in steps (see `settling`). */
  *removingIds(ids: ReadonlySet<string>, rowsPerStep = rowsPerYield): Generator<void> {
    if (ids.size === 0) return;
    // Decoding every row's id would cost more than the whole load: only rows whose first
    // word matches one of the ids' are looked at closely.
    const firstWords = new Set<number>();
    const uuid = new Uint32Array(4);
    for (const id of ids) if (packUuid(id, uuid, 0)) firstWords.add(uuid[0] as number);
    let kept = 0;
    for (let row = 0; row < this.count; row++) {
      if (row % rowsPerStep === 0) yield;
      const block = this.blocks[row >> blockBits] as ReviewColumns;
      const at = row & blockMask;
      const candidate = block.codes[at * codeWidth + 3] === idIsString || firstWords.has(block.id[at * 4] as number);
      if (candidate && ids.has(this.eventIdAt(row))) continue;
      if (kept !== row) this.copyRow(row, kept);
      kept += 1;
    }
    if (kept !== this.count) this.moveCount += 1;
    this.count = kept;
  }

  /** Counts changes that move rows already held (a snapshot being written checks that none happened meanwhile). */
  get moves(): number {
    return this.moveCount;
  }

  /** The rows, block by block, as views of the log's own columns (a snapshot writes them). */
  *blockViews(): Generator<ReviewColumns> {
    for (let start = 0; start < this.count; start += blockSize) {
      const rows = Math.min(blockSize, this.count - start);
      const block = this.blocks[start >> blockBits] as ReviewColumns;
      yield { time: block.time.subarray(0, rows), memory: block.memory.subarray(0, rows * memoryWidth), card: block.card.subarray(0, rows), codes: block.codes.subarray(0, rows * codeWidth), id: block.id.subarray(0, rows * 4) };
    }
  }

  /** How many rows a block holds (a snapshot's blocks are the same size). */
  static readonly blockRows = blockSize;

  /** The codes of a row (grade, previous stage, stage, id kind), in `codes` from `row · codeWidth`. */
  static readonly codeWidth = codeWidth;

  /** The bytes one row takes in the columns. */
  static readonly rowBytes = 8 + memoryWidth * 8 + 4 + codeWidth + 16;

  /** An empty log with the card and string tables of a snapshot, to which `appendBlock` adds its blocks. */
  static withTables(cards: readonly string[], strings: readonly string[]): ReviewLog {
    const log = new ReviewLog();
    for (const [number, card] of cards.entries()) {
      log.cardIds.push(card);
      log.cardNumbers.set(card, number);
    }
    log.otherIds.push(...strings);
    return log;
  }

  /**
   * Adds one block read back from `blockViews()` (copied) and says whether it fits: every
   * block but the last holds `blockRows` rows, and every code and table number is in range
   * (a damaged snapshot adds nothing).
   */
  appendBlock(view: ReviewColumns): boolean {
    const rows = view.time.length;
    if (rows === 0 || rows > blockSize || (this.count & blockMask) !== 0) return false;
    if (view.memory.length !== rows * memoryWidth || view.card.length !== rows || view.codes.length !== rows * codeWidth || view.id.length !== rows * 4) return false;
    for (let row = 0; row < rows; row++) {
      const codes = row * codeWidth;
      const grade = view.codes[codes] as number;
      const stage = view.codes[codes + 2] as number;
      if ((view.card[row] as number) >= this.cardIds.length || !Number.isFinite(view.time[row])) return false;
      if (grade < 1 || grade > 4 || (view.codes[codes + 1] as number) > 3 || stage < 1 || stage > 3) return false;
      if (view.codes[codes + 3] === idIsString ? (view.id[row * 4] as number) >= this.otherIds.length : view.codes[codes + 3] !== idIsUuid) return false;
    }
    const block = newBlock();
    block.time.set(view.time);
    block.memory.set(view.memory);
    block.card.set(view.card);
    block.codes.set(view.codes);
    block.id.set(view.id);
    this.blocks.push(block);
    this.count += rows;
    return true;
  }

  private sameId(a: number, b: number): boolean {
    const blockA = this.blocks[a >> blockBits] as ReviewColumns;
    const blockB = this.blocks[b >> blockBits] as ReviewColumns;
    const atA = a & blockMask;
    const atB = b & blockMask;
    if (blockA.codes[atA * codeWidth + 3] !== blockB.codes[atB * codeWidth + 3]) return false;
    if (blockA.codes[atA * codeWidth + 3] === idIsString) return this.eventIdAt(a) === this.eventIdAt(b);
    for (let word = 0; word < 4; word++) if (blockA.id[atA * 4 + word] !== blockB.id[atB * 4 + word]) return false;
    return true;
  }

  private compareRows(a: number, b: number): number {
    const time = this.timeAt(a) - this.timeAt(b);
    if (time !== 0) return time;
    if (this.sameId(a, b)) return 0;
    // Code-unit order, as compareJournalEvents: every machine sees the same order.
    const idA = this.eventIdAt(a);
    const idB = this.eventIdAt(b);
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  }

  private copyRow(from: number, to: number): void {
    copyRowBetween(this.blocks[from >> blockBits] as ReviewColumns, from & blockMask, this.blocks[to >> blockBits] as ReviewColumns, to & blockMask);
  }

  /** Reorders the rows so row `i` becomes the old row `order[i]`. */
  private permute(order: readonly number[]): void {
    this.moveCount += 1;
    const before = this.blocks;
    this.blocks = [];
    for (const [index, row] of order.entries()) {
      if ((index >> blockBits) >= this.blocks.length) this.blocks.push(newBlock());
      copyRowBetween(before[row >> blockBits] as ReviewColumns, row & blockMask, this.blocks[index >> blockBits] as ReviewColumns, index & blockMask);
    }
  }
}

function copyRowBetween(source: ReviewColumns, a: number, target: ReviewColumns, b: number): void {
  // Element by element: a subarray per column would cost more than the copy itself, and
  // removing an early row copies every row after it.
  target.time[b] = source.time[a] as number;
  target.card[b] = source.card[a] as number;
  for (let field = 0; field < memoryWidth; field++) target.memory[b * memoryWidth + field] = source.memory[a * memoryWidth + field] as number;
  for (let code = 0; code < codeWidth; code++) target.codes[b * codeWidth + code] = source.codes[a * codeWidth + code] as number;
  for (let word = 0; word < 4; word++) target.id[b * 4 + word] = source.id[a * 4 + word] as number;
}

function drain(steps: Generator<void>): void {
  for (let step = steps.next(); !step.done; step = steps.next());
}
