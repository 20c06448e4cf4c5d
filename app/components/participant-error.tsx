import { ErrorPage } from "./error-page.tsx";

/**
 * The participant pages' ErrorBoundary: unknown participant, or one the viewer may not see (any more). Both lead to the
 * person's own start page: a coach's caseload (/coach) is no page for a handledare or an organisation.
 */
export function ParticipantErrorBoundary() {
  return (
    <ErrorPage
      texts={{
        notFound: { heading: "Deltagaren finns inte", text: "Kontrollera adressen. Deltagaren kan också ha tagits bort." },
        forbidden: {
          heading: "Du kan inte se deltagaren",
          text: "Bara deltagarens egen jobbcoach och handledare kan se profilen. Kanske har deltagaren lämnats över till en annan jobbcoach, eller så gäller samtycket inte längre.",
        },
      }}
    />
  );
}
