/** Opens the browser's print dialog; without JavaScript the hint beside it says how. */
export function PrintButton() {
  return (
    <p className="no-print print-hint">
      <button type="button" className="button secondary" onClick={() => window.print()}>
        Skriv ut
      </button>{" "}
      Du kan också trycka Ctrl och P.
    </p>
  );
}
