import type { LinksFunction, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
} from "@remix-run/react";
import type { ReactNode } from "react";
import stylesheet from "./styles.css?url";

export const links: LinksFunction = () => [
  { rel: "icon", href: "data:," },
  { rel: "stylesheet", href: stylesheet },
];

export const meta: MetaFunction = () => [{ title: "Stegvis – arbetsträning och praktik" }];

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Hoppa till innehållet
        </a>
        <header className="site-header">
          <a href="/" className="brand">
            Stegvis
          </a>
          <span className="tagline">Arbetsträning och praktik, ett steg i taget</span>
        </header>
        <main id="main">{children}</main>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <section className="error">
      <h1>{notFound ? "Sidan finns inte" : "Något gick fel"}</h1>
      <p>{notFound ? "Kontrollera adressen eller gå till startsidan." : "Försök igen om en stund."}</p>
      <p>
        <a href="/">Till startsidan</a>
      </p>
    </section>
  );
}
