import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, useState, type ReactNode } from "react";
import { monthOf } from "../attendance/month.ts";
import { today } from "../lib/dates.ts";
import { markCurrent, navigationFor } from "./navigation.ts";
import stylesheet from "./styles.css";
import { getUser, startPageFor } from "./utils/auth.server.ts";
import { clockOf } from "./utils/request.server.ts";
import { useNonce } from "./utils/nonce.ts";

export const links: LinksFunction = () => [
  { rel: "icon", href: "data:," },
  { rel: "stylesheet", href: stylesheet },
];

export const meta: MetaFunction = () => [{ title: "Stegvis – arbetsträning och praktik" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return {
    user: user && { name: user.name, startPage: startPageFor(user.roles) }, // error-page.tsx leads a 403 there
    navigation: navigationFor(user?.roles ?? [], { month: monthOf(today(clockOf(context))) }),
  };
}

/**
 * The site header: the role's links (app/navigation.ts) and the account. On a phone they sit behind one "Meny"
 * disclosure, a plain <details> that works without JavaScript; from 48rem up styles.css shows them open and hides the
 * button.
 */
function SiteHeader() {
  const data = useRouteLoaderData<typeof loader>("root");
  const { pathname } = useLocation();
  const user = data?.user ?? null;
  // An error page rendered without the root loader's data still gets the way to the places open to everyone.
  const links = markCurrent(data?.navigation ?? navigationFor([], { month: "" }), pathname);
  return (
    <header className="site-header">
      <a href="/" className="brand">
        Stegvis
      </a>
      <span className="tagline">Arbetsträning och praktik, ett steg i taget</span>
      <details className="menu">
        <summary>Meny</summary>
        <div className="menu-content">
          <nav aria-label="Huvudmeny" className="main-nav">
            <ul>
              {links.map((link) => (
                <li key={link.href}>
                  <a href={link.href} aria-current={link.current}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {user && (
            <div className="account">
              <span className="account-name">{user.name}</span>
              <Form method="post" action="/logga-ut">
                <button type="submit" className="link-button">
                  Logga ut
                </button>
              </Form>
            </div>
          )}
        </div>
      </details>
    </header>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  // `data-hydrated` on <html> once the scripts have taken over. This effect runs after every mount effect of the
  // hydrated page, and its update renders in one batch with theirs (a grid's or a picker's `enhanced`), so when the
  // attribute is there, so are they. Browser tests wait for it (waitForHydration in tests/helpers/browser.ts).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <html lang="sv" data-hydrated={hydrated ? "" : undefined}>
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
        <SiteHeader />
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
