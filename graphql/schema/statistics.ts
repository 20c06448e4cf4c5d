/**
 * Statistics for a kommun or samordningsförbund (issue 14): the same suppressed tables as /statistik and its CSV
 * export (statistics/report.ts). Administrators see everyone; a coach their own caseload; everyone else is refused.
 */
import { monthOf } from "../../attendance/month.ts";
import { today } from "../../lib/dates.ts";
import { checkPeriod } from "../../statistics/period.ts";
import { publishedStatistics, type PublishedStatistics, type StatisticsRow, type StatisticsTable } from "../../statistics/report.ts";
import type { PublishedCount } from "../../statistics/suppression.ts";
import { builder, FIELD_COST } from "../builder.ts";
import { ForbiddenError, ValidationError } from "../errors.ts";
import { allow } from "../policy.ts";

/** The tables are built whole by one resolver, so their lists cost nothing extra to select; the query itself is costed. */
const WHOLE = { field: 1, multiplier: 1 };

const StatisticsCell = builder.objectRef<PublishedCount>("StatisticsCell").implement({
  description: "One published figure. Null with suppressed true when it rests on fewer than 5 people, or could be worked out from other figures if shown",
  fields: (t) => ({
    value: t.float({ nullable: true, resolve: (cell) => cell.value }),
    suppressed: t.exposeBoolean("suppressed"),
  }),
});

const StatisticsRowRef = builder.objectRef<StatisticsRow>("StatisticsRow").implement({
  fields: (t) => ({
    label: t.exposeString("label"),
    isTotal: t.exposeBoolean("isTotal", { description: "The table's total row" }),
    cells: t.field({ type: [StatisticsCell], description: "One per column, in the table's column order", complexity: WHOLE, resolve: (row) => row.cells }),
  }),
});

const StatisticsTableRef = builder.objectRef<StatisticsTable>("StatisticsTable").implement({
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable name of the table, e.g. outcomesByOrganization" }),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    rowHeader: t.exposeString("rowHeader"),
    columns: t.exposeStringList("columns", { complexity: WHOLE }),
    rows: t.field({ type: [StatisticsRowRef], complexity: WHOLE, resolve: (table) => table.rows }),
  }),
});

const StatisticsScope = builder.enumType("StatisticsScope", {
  values: { ALL: { description: "Everyone (administrators)" }, CASELOAD: { description: "The calling coach's own participants" } },
});

const Statistics = builder.objectRef<PublishedStatistics>("Statistics").implement({
  fields: (t) => ({
    from: t.string({ description: "First month, yyyy-mm", resolve: (s) => s.period.from }),
    to: t.string({ description: "Last month, yyyy-mm (inclusive)", resolve: (s) => s.period.to }),
    scope: t.field({ type: StatisticsScope, resolve: (s) => s.scope }),
    tables: t.field({ type: [StatisticsTableRef], complexity: WHOLE, resolve: (s) => s.tables }),
  }),
});

builder.queryFields((t) => ({
  statistics: t.field({
    type: Statistics,
    description:
      "Outcomes, time to placement, attendance, step change, answer times and placements for a period of whole months (default: the last 12). Small counts are suppressed, with complementary suppression, exactly as on /statistik.",
    authScopes: allow("Query.statistics"),
    // Six aggregate statements over every participant in scope: at most one per request, like a CSV file.
    complexity: FIELD_COST.csvFile,
    args: {
      from: t.arg.string({ required: false, description: "yyyy-mm" }),
      to: t.arg.string({ required: false, description: "yyyy-mm, at most 24 months after from" }),
    },
    resolve: async (_root, args, context) => {
      const viewer = context.viewer!;
      const isAdmin = viewer.roles.includes("ADMIN");
      if (!isAdmin && !(viewer.roles.includes("COACH") && viewer.userId)) throw new ForbiddenError("Statistiken är för administratörer och jobbcoacher.");
      const checked = checkPeriod(args.from, args.to, monthOf(today(context.clock)));
      if (!checked.ok) throw new ValidationError(Object.entries(checked.errors).map(([field, message]) => ({ field, message })));
      return publishedStatistics(context.db, checked.period, { coachId: isAdmin ? null : viewer.userId });
    },
  }),
}));
