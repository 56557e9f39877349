/**
 * The days a record's dates may fall on: from 2000 (earlier is a typing
 * mistake: no article the record holds is older) to today, where the day
 * starts first.
 */

/** The first day an article of the record can have appeared. */
export const EARLIEST = '2000-01-01';

/**
 * Today's date where the day starts first (UTC+14, Kiribati). A round held
 * "today" anywhere on Earth is then never reported as being in the future.
 * @example todayAnywhere(new Date('2025-05-16T12:00:00Z')) // '2025-05-17'
 */
export function todayAnywhere(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}
