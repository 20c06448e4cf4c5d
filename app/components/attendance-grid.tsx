// The month grid: one row per placed participant, one column per day, one text input per day of the assignment.
// Without JavaScript it is a plain form (every input in the tab order). With JavaScript it becomes a WAI-ARIA data
// grid: one cell in the tab order (roving tabindex), arrow keys move, Home/End go to the row's first/last day,
// Page Up/Page Down a week, Enter the next day; a cell's text is selected on focus, so typing replaces it.
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { ABSENCE_KEYS, ABSENCE_LABELS, ABSENCE_REASONS, CELL_HELP, cellText, formatMinutes, SHORTFALL_WITHOUT_REASON_MINUTES, spokenMinutes } from "../../attendance/entry.ts";
import { rowSignature } from "../forms/attendance.ts";
import { formatDayAndMonth, weekdayOf } from "../../lib/dates.ts";
import { weekdayName } from "../../lib/weekdays.ts";
import { graphql, type ResultOf } from "../utils/graphql.ts";
import { plural, pluralWord } from "../../lib/plural.ts";

export const ATTENDANCE_ROW = graphql(`
  fragment AttendanceGridRow on AttendanceRow {
    revision
    reportStatus
    locked
    assignment { id hoursPerDay weekdays participant { displayName } placement { title } }
    days { date kind holiday scheduledMinutes attendedMinutes absenceReason }
  }
`);
export type GridRow = ResultOf<typeof ATTENDANCE_ROW>;
type GridDay = GridRow["days"][number];

const SHORT_WEEKDAY: Record<string, string> = { MON: "mån", TUE: "tis", WED: "ons", THU: "tor", FRI: "fre", SAT: "lör", SUN: "sön" };
const REPORT_STATUS: Record<string, string> = { DRAFT: "Utkast", SUBMITTED: "Inskickad", APPROVED: "Godkänd", RETURNED: "Returnerad" };

const entryOf = (day: GridDay) => (day.attendedMinutes === null ? null : { attendedMinutes: day.attendedMinutes, absenceReason: day.absenceReason as keyof typeof ABSENCE_KEYS | null });
export const nameOf = (row: GridRow) => row.assignment.participant?.displayName ?? "Deltagaren";
const editable = (day: GridDay) => day.kind !== "OUTSIDE";

/** The row's loaded cells as one text: the action sends only rows whose cells no longer say this. */
export const loadedSignature = (row: GridRow) => rowSignature(row.days.filter(editable).map(entryOf));

export interface SubmittedRow {
  assignmentId?: string;
  days?: { date?: string; value?: string }[];
}

interface GridProps {
  rows: GridRow[];
  /** What the last submit sent, per assignment (a refused save shows it again); conflicting rows show the stored values. */
  submitted: Map<string, SubmittedRow>;
  conflicts: string[];
  /**
   * Changes with each action result: refused rows are drawn anew with the stored values. Other rows keep their inputs
   * (what was typed stays); without JavaScript the page is new anyway and shows `submitted`.
   */
  stamp: string;
  errors: Record<string, string[] | undefined>;
}

const cellName = (row: number, day: number) => `rows[${row}].days[${day}].value`;
const cellId = (assignmentId: string, date: string) => `cell-${assignmentId}-${date}`;

function moveFocus(table: HTMLTableElement, from: HTMLInputElement, key: string, ctrl: boolean): boolean {
  const cells = (r: number) => [...table.querySelectorAll<HTMLInputElement>(`input[data-row="${r}"]`)];
  const row = Number(from.dataset.row);
  const col = Number(from.dataset.col);
  const rowCount = Number(table.dataset.rows);
  const inRow = cells(row);
  const at = (r: number, c: number) => table.querySelector<HTMLInputElement>(`input[data-row="${r}"][data-col="${c}"]`);
  const nearest = (list: HTMLInputElement[], c: number) =>
    list.reduce<HTMLInputElement | null>((best, el) => (!best || Math.abs(Number(el.dataset.col) - c) < Math.abs(Number(best.dataset.col) - c) ? el : best), null);
  let target: HTMLInputElement | null = null;
  const horizontal = (step: number) => {
    const ordered = step > 0 ? inRow.filter((el) => Number(el.dataset.col) > col) : inRow.filter((el) => Number(el.dataset.col) < col).reverse();
    return ordered[Math.min(Math.abs(step), ordered.length) - 1] ?? null;
  };
  const vertical = (step: number) => {
    for (let r = row + step; r >= 0 && r < rowCount; r += step) {
      const hit = at(r, col) ?? nearest(cells(r), col);
      if (hit) return hit;
    }
    return null;
  };
  switch (key) {
    case "ArrowRight":
    case "Enter":
      target = horizontal(1);
      break;
    case "ArrowLeft":
      target = horizontal(-1);
      break;
    case "ArrowDown":
      target = vertical(1);
      break;
    case "ArrowUp":
      target = vertical(-1);
      break;
    case "PageDown":
      target = horizontal(7);
      break;
    case "PageUp":
      target = horizontal(-7);
      break;
    case "Home":
      target = ctrl ? table.querySelector<HTMLInputElement>("input[data-row]") : (inRow[0] ?? null);
      break;
    case "End": {
      const all = table.querySelectorAll<HTMLInputElement>("input[data-row]");
      target = ctrl ? (all[all.length - 1] ?? null) : (inRow[inRow.length - 1] ?? null);
      break;
    }
    default:
      return false;
  }
  target?.focus();
  return true;
}

export function AttendanceGrid({ rows, submitted, conflicts, stamp, errors }: GridProps) {
  const table = useRef<HTMLTableElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => setEnhanced(true), []);
  const days = rows[0]?.days ?? [];
  const firstCell = rows.findIndex((row) => !row.locked && row.days.some(editable));

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement;
    if (!(target instanceof HTMLInputElement) || !target.dataset.row || event.altKey || event.shiftKey) return;
    if (moveFocus(event.currentTarget, target, event.key, event.ctrlKey || event.metaKey)) event.preventDefault();
  }

  function onFocus(event: React.FocusEvent<HTMLTableElement>) {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || !target.dataset.row || !enhanced) return;
    for (const other of event.currentTarget.querySelectorAll<HTMLInputElement>('input[data-row][tabindex="0"]')) other.tabIndex = -1;
    target.tabIndex = 0;
    target.select();
  }

  return (
    <>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <FillButton label="Allt enligt schema, hela månaden" value="fill" table={table} announce={setAnnouncement} />
      <div className="attendance-scroll" role="region" aria-labelledby="attendance-caption" tabIndex={-1}>
        <table
          ref={table}
          className="attendance-grid"
          role={enhanced ? "grid" : undefined}
          aria-labelledby="attendance-caption"
          data-rows={rows.length}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          <thead>
            <tr>
              <th scope="col">Deltagare</th>
              {days.map((day) => (
                <th key={day.date} scope="col" className={`day-${day.kind.toLowerCase()}`} abbr={`${weekdayName(weekdayOf(day.date))} ${formatDayAndMonth(day.date)}`}>
                  <span aria-hidden="true">
                    {Number(day.date.slice(8))}
                    <br />
                    {SHORT_WEEKDAY[weekdayOf(day.date)]}
                  </span>
                  <span className="visually-hidden">
                    {weekdayName(weekdayOf(day.date))} {formatDayAndMonth(day.date)}
                    {day.holiday ? `, ${day.holiday}` : ""}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => {
              const id = row.assignment.id;
              const name = nameOf(row);
              const conflict = conflicts.includes(id);
              const sent = conflict ? undefined : submitted.get(id);
              const sentValue = new Map((sent?.days ?? []).map((day) => [day.date, day.value ?? ""]));
              let dayIndex = -1;
              return (
                <tr key={`${id}:${row.revision}:${conflict ? stamp : ""}`} className={conflict ? "conflict" : undefined}>
                  <th scope="row">
                    <span className="who">{name}</span>
                    <span className="schedule">
                      {formatMinutes(Math.round(row.assignment.hoursPerDay * 60))} tim, {row.assignment.placement.title}
                    </span>
                    {row.reportStatus !== "DRAFT" && <span className="report-status">{REPORT_STATUS[row.reportStatus]}</span>}
                    {row.locked ? (
                      <span className="locked">Kan inte ändras</span>
                    ) : (
                      <>
                        <input type="hidden" name={`rows[${r}].assignmentId`} value={id} />
                        <input type="hidden" name={`rows[${r}].revision`} value={row.revision} />
                        <input type="hidden" name={`rows[${r}].original`} value={loadedSignature(row)} />
                        <FillButton label={`Allt enligt schema för ${name}`} short="Enligt schema" value={`fill:${id}`} table={table} row={r} announce={setAnnouncement} />
                      </>
                    )}
                  </th>
                  {row.days.map((day, c) => {
                    const stored = cellText(entryOf(day));
                    if (!editable(day) || row.locked) {
                      return (
                        <td key={day.date} className={`day-${day.kind.toLowerCase()}`}>
                          {editable(day) ? stored || "–" : <span aria-label="utanför insatsen">–</span>}
                        </td>
                      );
                    }
                    dayIndex += 1;
                    const name_ = cellName(r, dayIndex);
                    const error = errors[name_]?.[0];
                    const cell = cellId(id, day.date);
                    const label = `${name}, ${weekdayName(weekdayOf(day.date))} ${formatDayAndMonth(day.date)}${day.holiday ? ` (${day.holiday})` : ""}${day.scheduledMinutes ? `, schema ${spokenMinutes(day.scheduledMinutes)}` : ", ingen schemalagd tid"}`;
                    return (
                      <td key={day.date} className={`day-${day.kind.toLowerCase()}${error ? " invalid" : ""}`}>
                        <input type="hidden" name={`rows[${r}].days[${dayIndex}].date`} value={day.date} />
                        <input type="hidden" name={`rows[${r}].days[${dayIndex}].scheduled`} value={day.scheduledMinutes} />
                        <input
                          id={cell}
                          name={name_}
                          type="text"
                          inputMode="text"
                          autoComplete="off"
                          spellCheck={false}
                          size={4}
                          maxLength={20}
                          aria-label={label}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${cell}-error` : undefined}
                          placeholder={day.scheduledMinutes ? formatMinutes(day.scheduledMinutes) : undefined}
                          defaultValue={sentValue.get(day.date) ?? stored}
                          data-row={r}
                          data-col={c}
                          data-scheduled={day.scheduledMinutes}
                          tabIndex={enhanced ? (r === firstCell && dayIndex === 0 ? 0 : -1) : undefined}
                        />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** "Allt enligt schema": fills the empty cells of scheduled days with their time. Without JavaScript the server does it. */
function FillButton({
  label,
  short,
  value,
  table,
  row,
  announce,
}: {
  label: string;
  short?: string;
  value: string;
  table: React.RefObject<HTMLTableElement | null>;
  row?: number;
  announce: (text: string) => void;
}) {
  function fill(event: MouseEvent<HTMLButtonElement>) {
    if (!table.current) return;
    event.preventDefault();
    let filled = 0;
    const scope = row === undefined ? "input[data-row]" : `input[data-row="${row}"]`;
    for (const input of table.current.querySelectorAll<HTMLInputElement>(scope)) {
      const scheduled = Number(input.dataset.scheduled);
      if (scheduled > 0 && input.value.trim() === "") {
        input.value = formatMinutes(scheduled);
        filled += 1;
      }
    }
    announce(filled === 0 ? "Alla schemalagda dagar har redan ett värde." : `${plural(filled, "dag", "dagar")} ${pluralWord(filled, "ifylld", "ifyllda")} enligt schemat. Spara när du är klar.`);
  }
  return (
    <button type="submit" name="intent" value={value} className={row === undefined ? "button secondary" : "link-button fill-row"} onClick={fill} aria-label={short ? label : undefined}>
      {short ?? label}
    </button>
  );
}

/** Every absence key and the rule for short days, under the grid. */
export function AttendanceLegend() {
  return (
    <section aria-labelledby="legend-heading" className="attendance-legend">
      <h2 id="legend-heading">Så fyller du i</h2>
      <p>{CELL_HELP}</p>
      <p>
        Grå siffra i en ruta är schemats tid. Den räknas inte förrän du skriver in den eller väljer <strong>Allt enligt schema</strong>. Rutor med{" "}
        <span className="day-holiday legend-swatch">helgdag</span> eller <span className="day-free legend-swatch">ledig dag</span> har ingen schemalagd tid.
      </p>
      <p>
        <strong>Kortare dag:</strong> är deltagaren där mer än {SHORTFALL_WITHOUT_REASON_MINUTES} minuter kortare än schemat (kom sent eller gick tidigare), skriv
        tiden och en frånvarokod, till exempel <kbd>3:30 S</kbd>. Upp till {SHORTFALL_WITHOUT_REASON_MINUTES} minuter kortare går bra utan kod.
      </p>
      <h3>Frånvarokoder</h3>
      <dl className="absence-keys">
        {ABSENCE_REASONS.map((reason) => (
          <div key={reason}>
            <dt>
              <kbd>{ABSENCE_KEYS[reason]}</kbd>
            </dt>
            <dd>{ABSENCE_LABELS[reason]}</dd>
          </div>
        ))}
      </dl>
      <h3>Tangentbord</h3>
      <p>
        Piltangenterna flyttar mellan dagar och deltagare. <kbd>Home</kbd> och <kbd>End</kbd> går till första och sista dagen, <kbd>Page Up</kbd> och{" "}
        <kbd>Page Down</kbd> en vecka bakåt eller framåt, <kbd>Enter</kbd> till nästa dag. Det du skriver ersätter det som står i rutan.
      </p>
    </section>
  );
}
