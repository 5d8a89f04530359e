// Dates as the page says them.

/** "Mar 2021" for a day (YYYY-MM-DD), in UTC so the month never shifts with the reader's time zone. */
export const monthLabel = (day: string): string =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
