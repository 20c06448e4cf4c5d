/**
 * Choosing several kommuner out of 290 (decision 0024): type to filter, pick with Enter or a click, the chosen ones
 * as chips with a remove button each. A combobox with a multi-select listbox after WAI-ARIA APG's pattern: focus
 * stays in the text box, the arrow keys move the active option (aria-activedescendant), a polite live region says
 * what happened. Without JavaScript (and before hydration) it is a plain `<select multiple>` with the same name, id
 * and chosen options, so the form posts the same kommun codes either way; once enhanced, hidden inputs carry them.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { KOMMUNER, type KommunOption } from "../data/kommuner.ts";
import { plural } from "../../lib/plural.ts";

export interface KommunPickerProps {
  /** The text box's id: the Field's label points at it, and the error summary links to it. */
  id: string;
  name: string;
  defaultValue?: string | string[];
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  /** Defaults to every kommun; a filter offers only those with results. `label` may add a count. */
  options?: readonly (KommunOption & { label?: string })[];
  /** Rows of the fallback select. */
  size?: number;
}

/** Folds case and accents, so "malmo" finds Malmö and "ange" Ånge. */
const fold = (text: string) =>
  text
    .toLocaleLowerCase("sv")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");

/** Kommuner whose name or code starts with what was typed come first, then those that hold it elsewhere. */
export function filterKommuner<T extends KommunOption>(options: readonly T[], typed: string): T[] {
  const query = fold(typed.trim());
  if (!query) return [...options];
  const starts = options.filter((k) => fold(k.name).startsWith(query) || k.code.startsWith(query));
  const contains = options.filter((k) => !starts.includes(k) && fold(k.name).includes(query));
  return [...starts, ...contains];
}

const asList = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

export function KommunPicker({ id, name, defaultValue, options = KOMMUNER, size = 6, ...aria }: KommunPickerProps) {
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  if (!enhanced) {
    return (
      <select id={id} name={name} multiple size={size} defaultValue={asList(defaultValue)} {...aria}>
        {options.map((k) => (
          <option key={k.code} value={k.code}>
            {k.label ?? k.name}
          </option>
        ))}
      </select>
    );
  }
  return <KommunCombobox id={id} name={name} defaultValue={asList(defaultValue)} options={options} {...aria} />;
}

function KommunCombobox({
  id,
  name,
  defaultValue,
  options,
  ...aria
}: Omit<KommunPickerProps, "defaultValue" | "options" | "size"> & { defaultValue: string[]; options: readonly (KommunOption & { label?: string })[] }) {
  const listId = useId();
  const [chosen, setChosen] = useState<string[]>(() => defaultValue.filter((code) => options.some((k) => k.code === code)));
  const [typed, setTyped] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const byCode = useMemo(() => new Map(options.map((k) => [k.code, k])), [options]);
  const matches = useMemo(() => filterKommuner(options, typed), [options, typed]);
  const optionId = (code: string) => `${listId}-${code}`;
  const activeOption = open ? matches[Math.min(active, matches.length - 1)] : undefined;

  // Keep the active option in view as the arrow keys move it through a scrolled list.
  useEffect(() => {
    if (activeOption) list.current?.querySelector(`[id="${optionId(activeOption.code)}"]`)?.scrollIntoView({ block: "nearest" });
  });

  const countText = (n: number) => (n === 0 ? "Inga kommuner valda." : `${plural(n, "kommun", "kommuner")} ${n === 1 ? "vald" : "valda"}.`);

  const toggle = (code: string) => {
    const name = byCode.get(code)?.name ?? code;
    const next = chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code];
    setChosen(next);
    setAnnouncement(`${name} ${next.includes(code) ? "vald" : "borttagen"}. ${countText(next.length)}`);
    setTyped("");
    setActive(0);
  };

  const remove = (code: string, index: number) => {
    const next = chosen.filter((c) => c !== code);
    setChosen(next);
    setAnnouncement(`${byCode.get(code)?.name ?? code} borttagen. ${countText(next.length)}`);
    // Focus goes to the next chip's button, else back to the text box: never to <body>.
    requestAnimationFrame(() => {
      const buttons = input.current?.closest(".kommun-picker")?.querySelectorAll<HTMLButtonElement>(".chip button");
      (buttons?.[Math.min(index, next.length - 1)] ?? input.current)?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((i) => Math.min(i + 1, matches.length - 1));
        break;
      case "ArrowUp":
        event.preventDefault();
        setActive((i) => Math.max(i - 1, 0));
        break;
      case "Home":
      case "End":
        if (!open) break;
        event.preventDefault();
        setActive(event.key === "Home" ? 0 : matches.length - 1);
        break;
      case "Enter":
        // Enter chooses, never submits the form, while the list is open.
        if (open && activeOption) {
          event.preventDefault();
          toggle(activeOption.code);
        }
        break;
      case "Escape":
        if (open || typed) {
          event.preventDefault();
          setOpen(false);
          setTyped("");
        }
        break;
      case "Backspace":
        if (!typed && chosen.length > 0) remove(chosen[chosen.length - 1]!, chosen.length - 1);
        break;
    }
  };

  return (
    <div className="kommun-picker">
      {chosen.map((code) => (
        <input key={code} type="hidden" name={name} value={code} />
      ))}
      {chosen.length > 0 && (
        <ul className="chips" aria-label="Valda kommuner">
          {chosen.map((code, index) => (
            <li key={code} className="chip">
              <span>{byCode.get(code)?.name ?? code}</span>
              <button type="button" aria-label={`Ta bort ${byCode.get(code)?.name ?? code}`} onClick={() => remove(code, index)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="combobox">
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption.code) : undefined}
          placeholder="Skriv för att söka kommun"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setActive(0);
            setOpen(true);
            const found = filterKommuner(options, event.target.value).length;
            setAnnouncement(found === 0 ? "Ingen kommun heter så." : `${plural(found, "kommun", "kommuner")} att välja bland.`);
          }}
          onKeyDown={onKeyDown}
          onClick={() => setOpen(true)}
          onBlur={(event) => {
            if (!event.currentTarget.closest(".kommun-picker")?.contains(event.relatedTarget)) setOpen(false);
          }}
          {...aria}
        />
        <ul ref={list} id={listId} role="listbox" aria-multiselectable="true" aria-label="Kommuner" className="kommun-options" hidden={!open}>
          {open &&
            matches.map((k) => (
              <li
                key={k.code}
                id={optionId(k.code)}
                role="option"
                aria-selected={chosen.includes(k.code)}
                className={activeOption?.code === k.code ? "active" : undefined}
                // Keep focus in the text box: a press on an option must not blur it first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => toggle(k.code)}
              >
                {k.label ?? k.name}
              </li>
            ))}
          {open && matches.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="empty">
              Ingen kommun heter så.
            </li>
          )}
        </ul>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
