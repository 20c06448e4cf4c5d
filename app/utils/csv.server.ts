// The CSV module for the routes' actions. Through a .server file, so csv-parse (which needs Node's Buffer at load)
// stays out of the browser bundle: imported directly, it stopped /organisation/import from hydrating.
export { decodeCsvBytes } from "../../lib/csv.ts";
export { notCsvText } from "../../graphql/placement-csv.ts";
