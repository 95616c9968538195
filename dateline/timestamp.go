// Package dateline finds datelines, publication timestamps with their real
// time zones, and the dates mentioned in news text.
package dateline

import (
	"errors"
	"strings"
	"time"
)

// ZoneSource tells how the zone of a Timestamp was decided.
type ZoneSource string

// Zone sources.
const (
	ZoneNone         ZoneSource = "none"
	ZoneOffset       ZoneSource = "offset"
	ZoneAbbreviation ZoneSource = "abbreviation"
	ZoneHint         ZoneSource = "hint"
)

// Timestamp is a parsed publication time.
type Timestamp struct {
	Time     time.Time  // in the stated zone; wall clock in UTC when Zone is ZoneNone
	Zone     ZoneSource // how the zone was decided
	HasClock bool       // a time of day was stated
}

// Options give context for parsing.
type Options struct {
	Location *time.Location // zone to assume when none is stated (a hint)
}

// ErrNoTimestamp is returned when no timestamp can be read.
var ErrNoTimestamp = errors.New("dateline: no timestamp")

// ParseTimestamp reads a timestamp. PLACEHOLDER: RFC 3339 only.
func ParseTimestamp(s string, opt Options) (Timestamp, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return Timestamp{Time: t, Zone: ZoneOffset, HasClock: true}, nil
	}
	return Timestamp{}, ErrNoTimestamp
}
