import { isRouteErrorResponse, useRouteError } from "@remix-run/react";

/** The participant pages' ErrorBoundary: unknown participant, or one the viewer may not see (any more). */
export function ParticipantErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <section className="error">
      <h1>{notFound ? "Deltagaren finns inte" : "Du kan inte se deltagaren"}</h1>
      <p>
        {notFound
          ? "Kontrollera adressen."
          : "Bara deltagarens egen jobbcoach och handledare kan se profilen. Kanske har deltagaren lämnats över till en annan jobbcoach."}
      </p>
      <p>
        <a href="/coach">Till mina deltagare</a>
      </p>
    </section>
  );
}
