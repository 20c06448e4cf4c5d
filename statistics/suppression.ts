/**
 * Small-count suppression: the one rule the statistics page, its CSV export and the API share
 * (docs/decisions/0021-statistics-and-suppression.md has the proof sketch). Pure and browser-safe.
 *
 * 1. Primary: a cell built from fewer than MIN_PEOPLE people (zero included) is suppressed.
 * 2. Complementary, per line: a line is a set of cells whose inner cells add up to its total (a row with its row total,
 *    a column with its column total, and the total row and total column themselves). No line may hold exactly one
 *    suppressed cell, or subtraction gives it away; such a line gets its smallest other cell suppressed too.
 * 3. Complementary, across lines (tables with both row and column totals): the suppressed cells are the edges of a
 *    bipartite graph between rows and columns, and a cell is fixed by the published numbers exactly when its edge is a
 *    bridge (on no cycle). Each bridge is closed into a rectangle by suppressing the three cheapest cells that make one.
 * Steps 2 and 3 repeat until nothing changes.
 */

/** A cell built from fewer people than this is never shown. */
export const MIN_PEOPLE = 5;

/** What the page and the CSV show for a suppressed cell. */
export const SUPPRESSED_TEXT = "< 5";

export interface TableShape {
  /** Each row ends in a total (the sum of its cells). */
  rowTotals: boolean;
  /** A total row (the sum of each column, and the grand total when rowTotals too). */
  columnTotals: boolean;
}

/** A published count: `value` is null exactly when `suppressed`. */
export interface PublishedCount {
  value: number | null;
  suppressed: boolean;
}

export interface SuppressedTable {
  /** Inner cells, rows × columns. */
  cells: PublishedCount[][];
  /** One per row when shape.rowTotals. */
  rowTotals: PublishedCount[] | null;
  /** One per column when shape.columnTotals. */
  columnTotals: PublishedCount[] | null;
  /** When both totals. */
  grandTotal: PublishedCount | null;
}

/** A measure (median, rate) over a group of people: hidden below MIN_PEOPLE; such measures do not add up, so no lines. */
export function publishMeasure(value: number | null, people: number): PublishedCount {
  return people < MIN_PEOPLE || value === null ? { value: null, suppressed: people < MIN_PEOPLE } : { value, suppressed: false };
}

/** The full grid: inner cells, then the row-total column and the total row where the shape has them. */
export function fullGrid(cells: number[][], shape: TableShape, columns = cells[0]?.length ?? 0): number[][] {
  const grid = cells.map((row) => (shape.rowTotals ? [...row, sum(row)] : [...row]));
  if (shape.columnTotals) {
    const width = columns + (shape.rowTotals ? 1 : 0);
    grid.push(Array.from({ length: width }, (_, c) => sum(grid.map((row) => row[c]!))));
  }
  return grid;
}

/** The lines of a full grid: each a list of [row, column] with the total last. */
export function linesOf(rows: number, columns: number, shape: TableShape): [number, number][][] {
  const height = rows + (shape.columnTotals ? 1 : 0);
  const width = columns + (shape.rowTotals ? 1 : 0);
  const lines: [number, number][][] = [];
  if (shape.rowTotals) for (let r = 0; r < height; r++) lines.push(Array.from({ length: width }, (_, c) => [r, c] as [number, number]));
  if (shape.columnTotals) for (let c = 0; c < width; c++) lines.push(Array.from({ length: height }, (_, r) => [r, c] as [number, number]));
  return lines;
}

/** Which cells of the full grid to hide. Deterministic: ties go to the first cell in reading order. */
export function suppressionMask(grid: number[][], shape: TableShape): boolean[][] {
  const hidden = grid.map((row) => row.map((value) => value < MIN_PEOPLE));
  const height = grid.length;
  const width = grid[0]?.length ?? 0;
  if (!height || !width) return hidden;
  const rows = height - (shape.columnTotals ? 1 : 0);
  const columns = width - (shape.rowTotals ? 1 : 0);
  const lines = linesOf(rows, columns, shape);
  const cost = ([r, c]: [number, number]) => grid[r]![c]!;

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const open = line.filter(([r, c]) => !hidden[r]![c]);
      if (line.length - open.length !== 1 || !open.length) continue;
      // Prefer an inner cell over the line's total (last): the total is the figure people most want to read.
      const inner = open.filter((cell) => cell !== line[line.length - 1]);
      const pick = cheapest(inner.length ? inner : open, cost);
      hidden[pick[0]]![pick[1]] = true;
      changed = true;
    }
    if (changed || !(shape.rowTotals && shape.columnTotals)) continue;
    const bridge = firstBridge(hidden);
    changed = bridge !== null && closeIntoRectangle(grid, hidden, bridge);
  }
  return hidden;
}

/** Counts by row and column, published with primary and complementary suppression. */
export function suppressTable(cells: number[][], shape: TableShape, columns = cells[0]?.length ?? 0): SuppressedTable {
  const grid = fullGrid(cells, shape, columns);
  const hidden = suppressionMask(grid, shape);
  const at = (r: number, c: number): PublishedCount => (hidden[r]![c] ? { value: null, suppressed: true } : { value: grid[r]![c]!, suppressed: false });
  const rows = cells.length;
  return {
    cells: cells.map((row, r) => row.map((_, c) => at(r, c))),
    rowTotals: shape.rowTotals ? cells.map((_, r) => at(r, columns)) : null,
    columnTotals: shape.columnTotals ? Array.from({ length: columns }, (_, c) => at(rows, c)) : null,
    grandTotal: shape.rowTotals && shape.columnTotals ? at(rows, columns) : null,
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function cheapest<T>(candidates: T[], cost: (candidate: T) => number): T {
  return candidates.reduce((best, candidate) => (cost(candidate) < cost(best) ? candidate : best));
}

/** A hidden cell that is a bridge of the row–column graph of hidden cells, if any. */
function firstBridge(hidden: boolean[][]): [number, number] | null {
  const height = hidden.length;
  const width = hidden[0]!.length;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (hidden[r]![c] && !connectedWithout(hidden, r, c)) return [r, c];
    }
  }
  return null;
}

/** Whether row r and column c stay connected through hidden cells when cell (r, c) is left out. */
function connectedWithout(hidden: boolean[][], r0: number, c0: number): boolean {
  const height = hidden.length;
  const width = hidden[0]!.length;
  const seenRows = new Set<number>([r0]);
  const seenColumns = new Set<number>();
  const queue: ["row" | "column", number][] = [["row", r0]];
  while (queue.length) {
    const [kind, index] = queue.shift()!;
    if (kind === "row") {
      for (let c = 0; c < width; c++) {
        if (!hidden[index]![c] || (index === r0 && c === c0) || seenColumns.has(c)) continue;
        if (c === c0) return true;
        seenColumns.add(c);
        queue.push(["column", c]);
      }
    } else {
      for (let r = 0; r < height; r++) {
        if (!hidden[r]![index] || (r === r0 && index === c0) || seenRows.has(r)) continue;
        seenRows.add(r);
        queue.push(["row", r]);
      }
    }
  }
  return false;
}

/** Hides (r, c'), (r', c') and (r', c) for the r', c' that cost least, putting (r, c) on a cycle. */
function closeIntoRectangle(grid: number[][], hidden: boolean[][], [r, c]: [number, number]): boolean {
  let best: { rr: number; cc: number; cost: number } | null = null;
  for (let rr = 0; rr < grid.length; rr++) {
    for (let cc = 0; cc < grid[0]!.length; cc++) {
      if (rr === r || cc === c) continue;
      const cost = ([[r, cc], [rr, cc], [rr, c]] as const).reduce((total, [y, x]) => total + (hidden[y]![x] ? 0 : grid[y]![x]! + 1), 0);
      if (!best || cost < best.cost) best = { rr, cc, cost };
    }
  }
  // Only a grid of one row or one column has no rectangle; its lines already hide everything that needs hiding.
  if (!best) return false;
  hidden[r]![best.cc] = true;
  hidden[best.rr]![best.cc] = true;
  hidden[best.rr]![c] = true;
  return true;
}
