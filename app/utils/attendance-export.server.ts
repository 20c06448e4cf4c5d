// The export renderers for the routes, through a .server file so pdfkit and csv-stringify stay out of browser bundles.
export { exportFileName, reportsCsv, reportsPdf } from "../../attendance/export.ts";
