// The header's navigation, per role: what each role does most, one click away (decision record 0023). Plain data, so
// the header, the crawl test (tests/e2e/navigation.test.ts) and the decision record read the same list.
import type { RoleName } from "./utils/auth.server.ts";

export interface NavLink {
  href: string;
  label: string;
  /** Paths under these prefixes belong to the link's part of the site: the link is marked current there too. */
  sections?: string[];
}

/** What a link needs to know that only the request knows: the current month (YYYY-MM, Stockholm time). */
export interface NavContext {
  month: string;
}

export type NavRole = RoleName | "ANONYMOUS";

/**
 * Where each role starts, and how a back link to it reads. Someone with several roles starts at the first that
 * applies, in this order (the header's links follow it too).
 */
export const START_PAGES: [RoleName, NavLink][] = [
  ["COACH", { href: "/coach", label: "Till mina deltagare" }],
  ["SUPPORT_WORKER", { href: "/handledare", label: "Till alla jag följer upp" }],
  ["ORG_MEMBER", { href: "/organisation", label: "Till Vår organisation" }],
  ["ADMIN", { href: "/admin", label: "Till administrationen" }],
];

/** The start page as a back link: a page several roles open links back to the viewer's own start, never a 403. */
export function startLinkFor(roles: readonly RoleName[]): NavLink {
  return START_PAGES.find(([role]) => roles.includes(role))?.[1] ?? { href: "/", label: "Till startsidan" };
}

/** Most-used first. On a phone the list opens from one "Meny" button, in this order. */
export const NAVIGATION: Record<NavRole, (context: NavContext) => NavLink[]> = {
  ANONYMOUS: () => [
    { href: "/platser", label: "Platser", sections: ["/platser", "/organisationer"] },
    { href: "/logga-in", label: "Logga in" },
  ],
  COACH: () => [
    { href: "/coach", label: "Mina deltagare", sections: ["/deltagare", "/rapporter", "/uppfoljning"] },
    { href: "/forslag", label: "Förslag", sections: ["/forslag"] },
    { href: "/platser", label: "Platser", sections: ["/platser", "/organisationer"] },
    { href: "/statistik", label: "Statistik", sections: ["/statistik"] },
  ],
  SUPPORT_WORKER: () => [
    { href: "/handledare", label: "Uppföljning", sections: ["/deltagare", "/uppfoljning", "/rapporter"] },
    { href: "/forslag", label: "Förslag", sections: ["/forslag"] },
    { href: "/platser", label: "Platser", sections: ["/platser", "/organisationer"] },
  ],
  ORG_MEMBER: ({ month }) => [
    { href: "/organisation", label: "Vår organisation", sections: ["/organisation/platser", "/organisation/import", "/organisationer"] },
    { href: "/forslag", label: "Förslag till er", sections: ["/forslag"] },
    { href: `/organisation/narvaro/${month}`, label: "Närvaro", sections: ["/organisation/narvaro"] },
    { href: `/organisation/rapporter/${month}`, label: "Månadsrapporter", sections: ["/organisation/rapporter"] },
    { href: "/platser", label: "Platser", sections: ["/platser"] },
  ],
  ADMIN: () => [
    { href: "/admin", label: "Administration", sections: ["/admin"] },
    { href: "/statistik", label: "Statistik", sections: ["/statistik"] },
    { href: "/platser", label: "Platser", sections: ["/platser", "/organisationer"] },
  ],
};

/**
 * The links for someone with these roles (none: anonymous), in the order of their roles' start pages; a link two
 * roles share appears once, where the first role puts it.
 */
export function navigationFor(roles: readonly RoleName[], context: NavContext): NavLink[] {
  const held: NavRole[] = roles.length ? START_PAGES.map(([role]) => role).filter((role) => roles.includes(role)) : ["ANONYMOUS"];
  const seen = new Set<string>();
  return held
    .flatMap((role) => NAVIGATION[role](context))
    .filter((link) => !seen.has(link.href) && seen.add(link.href));
}

/**
 * aria-current for each link on a page: "page" on the link's own page; elsewhere "true" on the first link whose part
 * of the site holds the page. One link at most is current.
 */
export function markCurrent(links: NavLink[], pathname: string): (NavLink & { current?: "page" | "true" })[] {
  const inSection = (link: NavLink) => link.sections?.some((section) => pathname === section || pathname.startsWith(`${section}/`));
  const current = links.find((link) => link.href === pathname) ?? links.find(inSection);
  return links.map((link) => (link === current ? { ...link, current: link.href === pathname ? "page" : "true" } : link));
}
