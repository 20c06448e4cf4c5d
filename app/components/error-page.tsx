/**
 * The error page of every route (root included): it tells "log in" (401), "not for you" (403), "not here" (404 and
 * other refusals of the request) and "our fault" (500) apart in plain Swedish, and says where to go next: the
 * signed-in person's start page, otherwise the home page; for 401 the login page, which brings them back here.
 * A route with better words for its own 403 or 404 passes them in `texts`; the 500 page stays the same everywhere.
 * A 403 always leads to the person's own start page, whatever link the route gives: the list a refused page belongs
 * to (a coach's caseload, an organisation's reports) is often refused too, and a refusal must not lead to another.
 */
import { isRouteErrorResponse, useLocation, useRouteError, useRouteLoaderData } from "@remix-run/react";

export type ErrorKind = "unauthenticated" | "forbidden" | "notFound" | "failed";

export interface ErrorText {
  heading: string;
  text: string;
  /** Where to go next after a 404; by default, and always after a 403, the person's start page. */
  link?: { href: string; label: string };
}

const TEXTS: Record<ErrorKind, ErrorText> = {
  unauthenticated: { heading: "Du behöver logga in", text: "Logga in först. Sedan kan du se sidan." },
  forbidden: { heading: "Du får inte se den här sidan", text: "Sidan är till för andra. Tror du att det är fel? Fråga den som ansvarar för Stegvis hos er." },
  notFound: { heading: "Sidan finns inte", text: "Adressen kan vara fel. Eller så finns sidan inte längre." },
  failed: { heading: "Något gick fel", text: "Det är inte ditt fel. Försök igen om en stund." },
};

export function errorKindOf(error: unknown): ErrorKind {
  if (!isRouteErrorResponse(error) || error.status >= 500) return "failed";
  if (error.status === 401) return "unauthenticated";
  if (error.status === 403) return "forbidden";
  return "notFound";
}

/** The root loader's signed-in person, when the root loader got that far. */
function useStartPage(): NonNullable<ErrorText["link"]> {
  const user = useRouteLoaderData<{ user: { startPage: string } | null }>("root")?.user;
  return user ? { href: user.startPage, label: "Till din startsida" } : { href: "/", label: "Till startsidan" };
}

export function ErrorPage({ texts = {} }: { texts?: Partial<Record<Exclude<ErrorKind, "failed">, ErrorText>> }) {
  const kind = errorKindOf(useRouteError());
  const location = useLocation();
  const startPage = useStartPage();
  const { heading, text, link } = (kind !== "failed" && texts[kind]) || TEXTS[kind];
  const next =
    (kind === "notFound" ? link : undefined) ??
    (kind === "unauthenticated"
      ? { href: `/logga-in?${new URLSearchParams({ redirectTo: location.pathname + location.search })}`, label: "Logga in" }
      : startPage);
  return (
    <section className="error">
      <h1>{heading}</h1>
      <p>{text}</p>
      <p>
        <a href={next.href}>{next.label}</a>
      </p>
    </section>
  );
}

/** Re-export this from a route file: `export { ErrorBoundary } from "../components/error-page.tsx";`. */
export function ErrorBoundary() {
  return <ErrorPage />;
}
