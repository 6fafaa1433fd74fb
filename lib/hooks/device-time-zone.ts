import type { TimeZoneOffset } from '@/lib/srs';

/**
 * The device's time zone as lib/srs wants it: minutes to add to UTC at a given instant (so study days
 * stay right across daylight-saving changes). Hooks are the boundary where the device is read.
 */
export const deviceTimeZone: TimeZoneOffset = (instant) => -new Date(instant).getTimezoneOffset();
