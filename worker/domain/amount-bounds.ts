// Plausible money amounts: a purchase's value, a customer's revenue. Past a trillion (either way)
// an amount is a unit or parsing mistake ("1e400" reads as Infinity), and summed into a daily
// counter it would overflow: SQLite stores an infinite REAL as NULL and the write fails.
// The JSON routes and the CSV imports refuse the same amounts.

export const MAX_AMOUNT = 1e12
