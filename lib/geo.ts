/**
 * Great-circle geometry used by every engine, the matcher, the reference scan, the database listing and the demo
 * data, so a point on a radius edge is judged the same way everywhere (SEARCH.md: mixing formulas loses edge points).
 * It lives in lib/, below every layer, because prisma/ (the demo data) needs it too and may not import search/.
 */

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** Mean Earth radius, the one Meilisearch's haversine uses. */
export const EARTH_RADIUS_METERS = 6_371_000;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

export function haversineMeters(a: GeoPoint, b: GeoPoint): number {
  return haversineMetersTo(a, b.lat, b.lng);
}

/** `haversineMeters` to a point given as two numbers: the engine's hot loops read them from columns, without an object. */
export function haversineMetersTo(a: GeoPoint, lat: number, lng: number): number {
  const dLat = toRadians(lat - a.lat);
  const dLng = toRadians(lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Database rows (placements, kommuner) spell a position `latitude`/`longitude`. */
export interface LatLongRow {
  latitude: number;
  longitude: number;
}

export function distanceKm(a: LatLongRow, b: LatLongRow): number {
  return haversineMeters({ lat: a.latitude, lng: a.longitude }, { lat: b.latitude, lng: b.longitude }) / 1000;
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  /** Largest longitude difference (degrees) a point inside the circle can have; null when the circle reaches a pole. */
  maxLngDelta: number | null;
}

/** A box that contains every point within `meters` of `centre`: a cheap pre-test before the exact haversine. */
export function boundingBox(centre: GeoPoint, meters: number): BoundingBox {
  const angular = meters / EARTH_RADIUS_METERS;
  const latDelta = (angular * 180) / Math.PI;
  const sinRatio = Math.sin(angular) / Math.cos(toRadians(centre.lat));
  return {
    minLat: centre.lat - latDelta,
    maxLat: centre.lat + latDelta,
    maxLngDelta: angular < Math.PI / 2 && sinRatio < 1 ? (Math.asin(sinRatio) * 180) / Math.PI : null,
  };
}
