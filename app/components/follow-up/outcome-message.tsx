/** What an action said: a done message (announced politely) or a refusal (announced at once). */
export function OutcomeMessage({ message, error }: { message?: string | null; error?: string | null }) {
  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }
  return message ? (
    <p className="notice" role="status">
      {message}
    </p>
  ) : null;
}
