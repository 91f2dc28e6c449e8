import type { Rng } from '../random.js';

const DAY_MS = 86_400_000;
/** The seed's calendar: every generated date falls in 2024 (no clock is read, ever). */
export const WINDOW_START = Date.UTC(2024, 0, 1);
export const WINDOW_END = Date.UTC(2024, 11, 31, 23, 59, 59);
const WINDOW_DAYS = Math.round((Date.UTC(2025, 0, 1) - WINDOW_START) / DAY_MS);
const BIRTH_START = Date.UTC(1960, 0, 1);
const BIRTH_DAYS = Math.round((Date.UTC(2005, 0, 1) - BIRTH_START) / DAY_MS);

/** `YYYY-MM-DD` of a UTC instant. */
export function formatDate(ms: number): string {
  return civilDay(ms) ?? new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:MM:SS` of a UTC instant. */
export function formatDateTime(ms: number): string {
  const day = civilDay(ms);
  if (day === undefined) {
    const iso = new Date(ms).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  const seconds = Math.floor((ms - Math.floor(ms / DAY_MS) * DAY_MS) / 1000);
  return `${day} ${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/**
 * `YYYY-MM-DD` of a UTC instant by calendar arithmetic (days → civil date, proleptic Gregorian), the same
 * text `toISOString` gives: the seed formats hundreds of thousands of instants and a `Date` per value was
 * most of the cost. Undefined outside whole milliseconds in years 0000–9999, where `toISOString` decides.
 */
function civilDay(ms: number): string | undefined {
  if (!Number.isInteger(ms)) return undefined;
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return undefined;
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Milliseconds of a `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` value (UTC). */
export function parseInstant(value: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) throw new Error(`seed: not a date value: ${value}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

/** An instant inside 2024, during working hours. */
export function instantIn2024(rng: Rng): number {
  return WINDOW_START + rng.int(0, WINDOW_DAYS - 1) * DAY_MS + rng.int(8 * 3600, 19 * 3600 + 3599) * 1000;
}

/** An instant 0–30 days (and some hours) after `earlier`, never past the window. */
export function instantAfter(rng: Rng, earlier: number): number {
  return Math.min(WINDOW_END, earlier + rng.int(0, 30) * DAY_MS + rng.int(0, 8 * 3600) * 1000);
}

/** A birth date in 1960 … 2004. */
export function birthInstant(rng: Rng): number {
  return BIRTH_START + rng.int(0, BIRTH_DAYS - 1) * DAY_MS;
}

/** `HH:MM:00` between 08:00 and 19:45 on the quarter hour. */
export function timeOfDay(rng: Rng): string {
  return `${String(rng.int(8, 19)).padStart(2, '0')}:${String(rng.int(0, 3) * 15).padStart(2, '0')}:00`;
}
