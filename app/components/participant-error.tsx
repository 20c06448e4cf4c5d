import { ErrorPage } from "./error-page.tsx";

/** The participant pages' ErrorBoundary: unknown participant, or one the viewer may not see (any more). */
export function ParticipantErrorBoundary() {
  const caseload = { href: "/coach", label: "Till mina deltagare" };
  return (
    <ErrorPage
      texts={{
        notFound: { heading: "Deltagaren finns inte", text: "Kontrollera adressen.", link: caseload },
        forbidden: {
          heading: "Du kan inte se deltagaren",
          text: "Bara deltagarens egen jobbcoach och handledare kan se profilen. Kanske har deltagaren lämnats över till en annan jobbcoach.",
          link: caseload,
        },
      }}
    />
  );
}
