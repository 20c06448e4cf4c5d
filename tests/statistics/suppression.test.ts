import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullGrid, linesOf, MIN_PEOPLE, suppressionMask, suppressTable, type TableShape } from "../../statistics/suppression.ts";

/**
 * The attacker's view: every line of the table is an equation (inner cells add up to the total), the published cells
 * are known, the hidden ones unknown. Returns the hidden cells whose value the equations fix exactly (by subtraction
 * along one line or by any combination of lines): Gauss–Jordan elimination over the hidden cells, then a hidden cell is
 * fixed when its pivot row has no free variable in it.
 */
function derivableCells(grid: number[][], hidden: boolean[][], shape: TableShape): [number, number][] {
  const rows = grid.length - (shape.columnTotals ? 1 : 0);
  const columns = (grid[0]?.length ?? 0) - (shape.rowTotals ? 1 : 0);
  const unknowns: [number, number][] = [];
  grid.forEach((row, r) => row.forEach((_, c) => hidden[r]![c] && unknowns.push([r, c])));
  const index = new Map(unknowns.map(([r, c], i) => [`${r},${c}`, i]));
  const matrix = linesOf(rows, columns, shape).map((line) => {
    const equation = new Array<number>(unknowns.length).fill(0);
    line.forEach(([r, c], position) => {
      const i = index.get(`${r},${c}`);
      if (i !== undefined) equation[i]! += position === line.length - 1 ? -1 : 1;
    });
    return equation;
  });
  const pivots: number[] = [];
  let top = 0;
  for (let column = 0; column < unknowns.length && top < matrix.length; column++) {
    const found = matrix.findIndex((row, r) => r >= top && Math.abs(row[column]!) > 1e-9);
    if (found < 0) continue;
    [matrix[top], matrix[found]] = [matrix[found]!, matrix[top]!];
    const pivotRow = matrix[top]!;
    const scale = pivotRow[column]!;
    for (let k = 0; k < pivotRow.length; k++) pivotRow[k]! /= scale;
    matrix.forEach((row, r) => {
      if (r === top || Math.abs(row[column]!) < 1e-9) return;
      const factor = row[column]!;
      for (let k = 0; k < row.length; k++) row[k]! -= factor * pivotRow[k]!;
    });
    pivots.push(column);
    top++;
  }
  const free = unknowns.map((_, i) => !pivots.includes(i));
  return pivots
    .filter((column, r) => matrix[r]!.every((value, k) => k === column || !free[k] || Math.abs(value) < 1e-9))
    .map((column) => unknowns[column]!);
}

const shapes: Record<string, TableShape> = {
  "row and column totals": { rowTotals: true, columnTotals: true },
  "row totals only": { rowTotals: true, columnTotals: false },
  "column totals only": { rowTotals: false, columnTotals: true },
};

// Counts skewed small, as in a kommun's real tables: many cells near the threshold.
const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 }));
const table = fc.integer({ min: 1, max: 7 }).chain((columns) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 8 }));

describe("small-count suppression", () => {
  for (const [name, shape] of Object.entries(shapes)) {
    it(`hides every cell under ${MIN_PEOPLE} and leaves no hidden cell derivable from the published ones (random tables, ${name})`, () => {
      fc.assert(
        fc.property(table, (cells) => {
          const grid = fullGrid(cells, shape);
          const hidden = suppressionMask(grid, shape);
          grid.forEach((row, r) => row.forEach((value, c) => value < MIN_PEOPLE && expect(hidden[r]![c]).toBe(true)));
          // By subtraction: no line holds exactly one hidden cell.
          for (const line of linesOf(cells.length, cells[0]!.length, shape)) {
            expect(line.filter(([r, c]) => hidden[r]![c]).length).not.toBe(1);
          }
          // By any combination of lines.
          expect(derivableCells(grid, hidden, shape)).toEqual([]);
        }),
        { numRuns: 400, seed: 20261202 },
      );
    });
  }

  it("publishes null with a flag for a hidden cell, and the true sums otherwise", () => {
    const published = suppressTable(
      [
        [10, 20],
        [30, 40],
      ],
      { rowTotals: true, columnTotals: true },
    );
    expect(published.cells[0]).toEqual([
      { value: 10, suppressed: false },
      { value: 20, suppressed: false },
    ]);
    expect(published.rowTotals).toEqual([
      { value: 30, suppressed: false },
      { value: 70, suppressed: false },
    ]);
    expect(published.grandTotal).toEqual({ value: 100, suppressed: false });
  });

  it("closes the leak naive suppression leaves: a row with exactly one small cell, its total published", () => {
    const shape = { rowTotals: true, columnTotals: true };
    const cells = [
      [3, 10, 12],
      [7, 12, 9],
      [8, 6, 11],
    ];
    const grid = fullGrid(cells, shape);
    const naive = grid.map((row) => row.map((value) => value < MIN_PEOPLE));
    // Naive: only the 3 is hidden, and its row total minus the other two cells gives it back (25 - 10 - 12 = 3).
    expect(derivableCells(grid, naive, shape)).toEqual([[0, 0]]);
    expect(grid[0]![3]! - grid[0]![1]! - grid[0]![2]!).toBe(3);

    const ours = suppressionMask(grid, shape);
    expect(derivableCells(grid, ours, shape)).toEqual([]);
    const published = suppressTable(cells, shape);
    expect(published.cells[0]![0]).toEqual({ value: null, suppressed: true });
    expect(published.cells.flat().filter((cell) => cell.suppressed).length).toBeGreaterThan(1);
  });

  it("closes the leak that per-line suppression alone leaves (the table the property test found without the rectangle step)", () => {
    // With the line rule alone every line here holds 0 or 2+ hidden cells, yet one hidden cell joins two groups of
    // hidden cells and is fixed by adding up the equations on one side of it; the rectangle step puts it on a cycle.
    const shape = { rowTotals: true, columnTotals: true };
    const cells = [
      [0, 6, 5, 5, 0, 0],
      [7, 7, 7, 7, 0, 0],
      [0, 0, 0, 0, 5, 5],
      [0, 0, 0, 0, 5, 5],
    ];
    const grid = fullGrid(cells, shape);
    expect(derivableCells(grid, suppressionMask(grid, shape), shape)).toEqual([]);
  });
});
