import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import stylesheet from "./styles.css";
import { getUser, startPageFor } from "./utils/auth.server.ts";
import { useNonce } from "./utils/nonce.ts";

export const links: LinksFunction = () => [
  { rel: "icon", href: "data:," },
  { rel: "stylesheet", href: stylesheet },
];

export const meta: MetaFunction = () => [{ title: "Stegvis – arbetsträning och praktik" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return { user: user && { name: user.name, startPage: startPageFor(user.roles) } };
}

export function Layout({ children }: { children: ReactNode }) {
  const user = useRouteLoaderData<typeof loader>("root")?.user ?? null;
  const nonce = useNonce();
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
          <nav aria-label="Huvudmeny" className="main-nav">
            <a href="/platser">Platser</a>
          </nav>
          <nav aria-label="Konto" className="account">
            {user ? (
              <>
                <a href={user.startPage}>{user.name}</a>
                <Form method="post" action="/logga-ut">
                  <button type="submit" className="link-button">
                    Logga ut
                  </button>
                </Form>
              </>
            ) : (
              <a href="/logga-in">Logga in</a>
            )}
          </nav>
        </header>
        <main id="main">{children}</main>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export { ErrorBoundary } from "./components/error-page.tsx";
