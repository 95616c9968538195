// Package dateline finds datelines, publication timestamps with their real
// time zones, and the dates mentioned in news text.
//
// It works on plain strings and imports only the standard library. There
// are three entry points:
//
//   - ParseTimestamp reads a string that is a timestamp and nothing else
//     ("13 February 2017 18:00 (UTC+04:00)", "Updated Feb. 13, 2017 3:45
//     p.m. EST") and says how its zone was decided; FindTimestamp finds one
//     inside a longer line.
//   - FindDateline reads the dateline that opens a wire story ("MOSCOW,
//     Feb. 13 (Reuters) -"): place, region, agency and local date.
//   - Find returns every temporal expression in a text with its TimeML
//     TIMEX3 type and value ("last week" 2017-W06, "6 years ago" 2011,
//     "three years" P3Y), resolved against a reference time.
//
// Times are never read from the clock and never put in time.Local: a zone
// comes from the string, from the caller's hint, or stays unknown, and a
// missing zone is never reported as UTC. Spans are half-open byte offsets
// into the string given. Bad input is not an error for Find and
// FindDateline (they find nothing); ParseTimestamp returns a *ParseError
// that wraps one of the Err values.
package dateline
