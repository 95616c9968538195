package dateline

import (
	"errors"
	"strconv"
	"time"
)

// ZoneSource tells how the zone of a Timestamp was decided.
type ZoneSource string

// Zone sources.
const (
	ZoneNone         ZoneSource = "none"         // no zone known: Time holds the wall clock in UTC
	ZoneOffset       ZoneSource = "offset"       // a numeric offset ("+04:00", "UTC+4", "Z")
	ZoneAbbreviation ZoneSource = "abbreviation" // an abbreviation ("EST", "MSK")
	ZoneHint         ZoneSource = "hint"         // the caller's Options.Location or Reference
)

// Timestamp is a parsed publication time.
type Timestamp struct {
	Time     time.Time  // in the stated zone; wall clock in UTC when Zone is ZoneNone
	Zone     ZoneSource // how the zone was decided
	HasClock bool       // a time of day was stated
	// WeekdayConflict is set when the string names a weekday on which its
	// date does not fall ("Tuesday 13 February 2017").
	WeekdayConflict bool
}

// DateOrder says how an all-numeric date such as "03/02/2017" is read when
// its numbers do not decide it.
type DateOrder uint8

// Date orders. The zero value reads by evidence, then by Options.Country
// (month first for US, day first for other countries), else reports
// ErrAmbiguousDate.
const (
	OrderAuto DateOrder = iota
	OrderDayFirst
	OrderMonthFirst
)

// Options give context for parsing. The zero value assumes nothing: no
// zone, no reference time, no country.
type Options struct {
	// Location is the zone to assume when the string states none (a hint,
	// such as the outlet's home zone). It also picks among the readings of
	// an ambiguous abbreviation.
	Location *time.Location
	// Reference is "now" for relative ("2 hours ago", "yesterday") and
	// year-less timestamps. The zero value means none is known.
	Reference time.Time
	// Country is the outlet's ISO 3166 alpha-2 code ("US", "CN", "IN"). It
	// picks among the readings of ambiguous abbreviations (CST, IST, BST)
	// and the order of numeric dates.
	Country string
	// City is the dateline city ("BEIJING"); when Country is empty it
	// gives the country through CountryOfCity.
	City string
	// DateOrder forces the order of ambiguous numeric dates.
	DateOrder DateOrder
}

// Errors returned by ParseTimestamp, possibly wrapped in a *ParseError.
var (
	ErrNoTimestamp   = errors.New("dateline: not a timestamp")
	ErrBadDate       = errors.New("dateline: impossible date")
	ErrBadClock      = errors.New("dateline: impossible time of day")
	ErrBadOffset     = errors.New("dateline: impossible UTC offset")
	ErrAmbiguousDate = errors.New("dateline: ambiguous day and month order")
	ErrNoReference   = errors.New("dateline: relative or year-less timestamp without a reference time")
)

// ParseError tells which input failed and why; Err is one of the Err values.
type ParseError struct {
	Input string // the input, cut to 80 bytes
	Err   error
}

// Error describes the failure and quotes the input.
func (e *ParseError) Error() string { return e.Err.Error() + ": " + strconv.Quote(e.Input) }

// Unwrap returns the cause.
func (e *ParseError) Unwrap() error { return e.Err }

// maxTimestamp is the longest string ParseTimestamp reads.
const maxTimestamp = 256

// ParseTimestamp reads a string that is a timestamp and nothing else, as
// news pages print them: RFC 3339 and ISO 8601, RFC 1123/822, "13 February
// 2017 18:00 (UTC+04:00)", "Feb. 13, 2017 3:45 p.m. EST", "Mon 13 Feb 2017
// 14.00 GMT", with an optional prefix such as "Updated", "Published:" or
// "Last updated at", and relative forms ("2 hours ago", "yesterday") when a
// Reference is given. A string that holds other words is not a timestamp.
func ParseTimestamp(s string, opt Options) (Timestamp, error) {
	var p tsParser
	ts, err := p.parse(s, &opt)
	if err != nil {
		in := s
		if len(in) > 80 {
			in = in[:80]
		}
		return Timestamp{}, &ParseError{Input: in, Err: err}
	}
	return ts, nil
}

// tsParser holds the state of one ParseTimestamp call.
type tsParser struct {
	s    string
	toks [48]token
	n    int
	opt  Options

	y, mo, d     int
	hh, mi, sec  int
	ns           int
	clock, ampm  bool
	wd           int
	zoneSet      bool
	zoneSrc      ZoneSource
	loc          *time.Location
	abbr         *zoneAbbr
	relInstant   bool
	rel          time.Time
	relDate      bool
	twoDigitYear bool
}

func (p *tsParser) tokenize() error {
	i := 0
	for {
		t, next, ok := nextToken(p.s, i)
		if !ok {
			return nil
		}
		if p.n == len(p.toks) {
			return ErrNoTimestamp
		}
		if t.kind == tkWord {
			wi := lookupWord(p.s, &t)
			t.wk, t.wv = wi.kind, wi.val
		}
		p.toks[p.n] = t
		p.n++
		i = next
	}
}

func (p *tsParser) punctAt(i int, c rune) bool {
	return i < p.n && p.toks[i].kind == tkPunct && p.toks[i].val == int32(c)
}

func (p *tsParser) numAt(i int) bool { return i < p.n && p.toks[i].kind == tkNum }

func (p *tsParser) wordAt(i int) uint8 {
	if i < p.n && p.toks[i].kind == tkWord {
		return p.toks[i].wk
	}
	return wkNone
}

func (p *tsParser) parse(s string, opt *Options) (Timestamp, error) {
	if len(s) > maxTimestamp {
		return Timestamp{}, ErrNoTimestamp
	}
	p.s, p.opt, p.wd = s, *opt, -1
	if p.opt.Country == "" && p.opt.City != "" {
		p.opt.Country = CountryOfCity(p.opt.City)
	}
	if err := p.tokenize(); err != nil {
		return Timestamp{}, err
	}
	if p.n == 1 && p.toks[0].kind == tkNum && (p.toks[0].nd == 10 || p.toks[0].nd == 13) {
		v, err := strconv.ParseInt(s[p.toks[0].start:p.toks[0].end], 10, 64)
		if err != nil {
			return Timestamp{}, ErrNoTimestamp
		}
		t := time.Unix(v, 0)
		if p.toks[0].nd == 13 {
			t = time.UnixMilli(v)
		}
		return Timestamp{Time: t.UTC(), Zone: ZoneOffset, HasClock: true}, nil
	}
	for i := 0; i < p.n; {
		var err error
		switch p.toks[i].kind {
		case tkNum:
			i, err = p.number(i)
		case tkWord:
			i, err = p.word(i)
		default:
			i, err = p.punct(i)
		}
		if err != nil {
			return Timestamp{}, err
		}
	}
	return p.finish()
}

// number reads the construct that starts with the number at i.
func (p *tsParser) number(i int) (int, error) {
	t := &p.toks[i]
	v := int(t.val)
	switch {
	case p.punctAt(i+1, ':') && p.numAt(i+2) && p.toks[i+2].nd == 2:
		return p.clockAt(i)
	case (p.punctAt(i+1, '/') || p.punctAt(i+1, '-') || p.punctAt(i+1, '.')) && p.numAt(i+2) &&
		p.punctAt(i+3, rune(p.toks[i+1].val)) && p.numAt(i+4):
		return p.numericDate(i)
	case t.nd <= 2 && p.punctAt(i+1, '-') && p.wordAt(i+2) == wkMonth && p.punctAt(i+3, '-') && p.numAt(i+4) &&
		(p.toks[i+4].nd == 4 || p.toks[i+4].nd == 2) && p.mo == 0 && p.d == 0:
		// "13-Feb-2017"
		p.d, p.mo, p.y = v, int(p.toks[i+2].wv), int(p.toks[i+4].val)
		p.twoDigitYear = p.toks[i+4].nd == 2
		return i + 5, nil
	case t.nd == 8 && p.y == 0 && p.mo == 0 && v/10000 >= 1900 && v/10000 <= 2100:
		// "20170213"
		p.y, p.mo, p.d = v/10000, v/100%100, v%100
		return i + 1, nil
	case p.punctAt(i+1, '.') && p.numAt(i+2) && p.toks[i+2].nd == 2 && t.nd <= 2 && !p.clock:
		return p.setClock(v, int(p.toks[i+2].val), 0, i+3)
	case p.wordAt(i+1) == wkH && t.nd <= 2 && !p.clock:
		if p.numAt(i+2) && p.toks[i+2].nd == 2 {
			return p.setClock(v, int(p.toks[i+2].val), 0, i+3)
		}
		return p.setClock(v, 0, 0, i+2)
	case (p.wordAt(i+1) == wkAM || p.wordAt(i+1) == wkPM) && t.nd <= 2 && !p.clock:
		return p.setClock(v, 0, 0, i+1)
	case p.wordAt(i+1) == wkUnit && p.wordAt(i+2) == wkAgo:
		return p.ago(v, p.toks[i+1].wv, i+3)
	case t.nd == 4 && p.y == 0 && v >= 1000 && v <= 2999 && !(p.clockWordAt(i+1) && !p.clock):
		p.y = v
		return i + 1, nil
	case t.nd == 4 && !p.clock && v/100 <= 24 && v%100 < 60 && (p.clockWordAt(i+1) || p.y != 0):
		return p.setClock(v/100, v%100, 0, i+1)
	case t.nd <= 2 && p.wordAt(i+1) == wkOrdinal && p.d == 0:
		p.d = v
		return i + 2, nil
	case t.nd <= 2 && p.d == 0 && v >= 1 && (p.mo != 0 || p.monthAhead(i+1)):
		p.d = v
		return i + 1, nil
	case t.nd == 2 && p.d != 0 && p.mo != 0 && p.y == 0:
		p.y, p.twoDigitYear = v, true
		return i + 1, nil
	}
	return i, ErrNoTimestamp
}

// clockWordAt reports a word that can follow a bare clock: a zone or am/pm.
func (p *tsParser) clockWordAt(i int) bool {
	switch p.wordAt(i) {
	case wkZone, wkAM, wkPM:
		return true
	}
	return false
}

// monthAhead reports whether a month name follows, past fillers ("de").
func (p *tsParser) monthAhead(i int) bool {
	for end := i + 4; i < p.n && i < end; i++ {
		switch p.wordAt(i) {
		case wkMonth:
			return true
		case wkFiller:
			continue
		}
		if p.punctAt(i, '.') || p.punctAt(i, ',') {
			continue
		}
		return false
	}
	return false
}

func (p *tsParser) clockAt(i int) (int, error) {
	h, m, s := int(p.toks[i].val), int(p.toks[i+2].val), 0
	j := i + 3
	if p.punctAt(j, ':') && p.numAt(j+1) && p.toks[j+1].nd == 2 {
		s = int(p.toks[j+1].val)
		j += 2
		if (p.punctAt(j, '.') || p.punctAt(j, ',')) && p.numAt(j+1) && !p.toks[j+1].sp {
			f := p.toks[j+1]
			ns, k := 0, 0
			for q := f.start; q < f.end && k < 9; q++ {
				ns = ns*10 + int(p.s[q]-'0')
				k++
			}
			for ; k < 9; k++ {
				ns *= 10
			}
			p.ns = ns
			j += 2
		}
	}
	if p.toks[i].nd > 2 {
		return i, ErrNoTimestamp
	}
	return p.setClock(h, m, s, j)
}

func (p *tsParser) setClock(h, m, s, next int) (int, error) {
	if p.clock {
		return next, ErrNoTimestamp
	}
	if h > 24 || m > 59 || s > 60 || (h == 24 && (m != 0 || s != 0)) {
		return next, ErrBadClock
	}
	if s == 60 {
		s = 59
	}
	p.hh, p.mi, p.sec, p.clock = h, m, s, true
	return next, nil
}

func (p *tsParser) numericDate(i int) (int, error) {
	a, b, c := p.toks[i], p.toks[i+2], p.toks[i+4]
	sep := rune(p.toks[i+1].val)
	if p.mo != 0 || p.d != 0 {
		return i, ErrNoTimestamp
	}
	if a.nd == 4 {
		if b.nd > 2 || c.nd > 2 {
			return i, ErrNoTimestamp
		}
		p.y, p.mo, p.d = int(a.val), int(b.val), int(c.val)
		return i + 5, nil
	}
	if a.nd > 2 || b.nd > 2 || (c.nd != 4 && c.nd != 2) {
		return i, ErrNoTimestamp
	}
	x, y := int(a.val), int(b.val)
	dayFirst := false
	switch {
	case x > 12 && y <= 12:
		dayFirst = true
	case y > 12 && x <= 12:
		dayFirst = false
	case x > 12 && y > 12:
		return i, ErrBadDate
	case x == y:
		dayFirst = true
	case p.opt.DateOrder == OrderDayFirst:
		dayFirst = true
	case p.opt.DateOrder == OrderMonthFirst:
		dayFirst = false
	case sep == '.':
		dayFirst = true
	case len(p.opt.Country) == 2:
		dayFirst = !hasCountry("US PH FM MH PW", p.opt.Country)
	default:
		return i, ErrAmbiguousDate
	}
	if dayFirst {
		p.d, p.mo = x, y
	} else {
		p.mo, p.d = x, y
	}
	p.y = int(c.val)
	p.twoDigitYear = c.nd == 2
	return i + 5, nil
}

// ago reads "N units ago" against the reference.
func (p *tsParser) ago(n int, unit int16, next int) (int, error) {
	ref := p.opt.Reference
	if ref.IsZero() {
		return next, ErrNoReference
	}
	if p.relInstant || p.relDate || p.mo != 0 || n > 10000 {
		return next, ErrNoTimestamp
	}
	switch unit {
	case unitSecond:
		p.rel, p.relInstant = ref.Add(-time.Duration(n)*time.Second), true
	case unitMinute:
		p.rel, p.relInstant = ref.Add(-time.Duration(n)*time.Minute), true
	case unitHour:
		p.rel, p.relInstant = ref.Add(-time.Duration(n)*time.Hour), true
	case unitDay:
		p.setRelDate(ref.AddDate(0, 0, -n))
	case unitWeek:
		p.setRelDate(ref.AddDate(0, 0, -7*n))
	default:
		return next, ErrNoTimestamp
	}
	return next, nil
}

func (p *tsParser) setRelDate(t time.Time) {
	p.relDate = true
	y, m, d := t.Date()
	p.y, p.mo, p.d = y, int(m), d
}

func (p *tsParser) word(i int) (int, error) {
	t := &p.toks[i]
	switch t.wk {
	case wkMonth:
		if p.mo != 0 {
			return i, ErrNoTimestamp
		}
		p.mo = int(t.wv)
		return i + 1, nil
	case wkWeekday:
		if p.wd >= 0 {
			return i, ErrNoTimestamp
		}
		p.wd = int(t.wv)
		return i + 1, nil
	case wkAM, wkPM:
		if !p.clock || p.ampm {
			if t.wk == wkAM { // German "am 13.02.2017"
				return i + 1, nil
			}
			return i, ErrNoTimestamp
		}
		h, ok := hour24(p.hh, t.wk == wkPM)
		if !ok {
			return i, ErrBadClock
		}
		p.hh, p.ampm = h, true
		return i + 1, nil
	case wkZone:
		if p.zoneSet {
			return i, ErrNoTimestamp
		}
		z := &zoneTable[t.wv]
		if (p.punctAt(i+1, '+') || p.punctAt(i+1, '-') || p.punctAt(i+1, '−')) && p.numAt(i+2) && z.readings[0].off == 0 {
			return p.offset(i + 1)
		}
		if z.readings[0].off == 0 && len(z.readings) == 1 {
			p.zoneSet, p.zoneSrc, p.loc = true, ZoneAbbreviation, time.UTC
			if z.name == "Z" {
				p.zoneSrc = ZoneOffset
			}
			return i + 1, nil
		}
		p.zoneSet, p.zoneSrc, p.abbr = true, ZoneAbbreviation, z
		return i + 1, nil
	case wkFiller, wkOClock:
		return i + 1, nil
	case wkUnit:
		if p.clock && t.wv == unitHour { // "18:00 hrs"
			return i + 1, nil
		}
	case wkT:
		if p.d != 0 && p.numAt(i+1) {
			return i + 1, nil
		}
	case wkRelDay:
		if p.opt.Reference.IsZero() {
			return i, ErrNoReference
		}
		if p.relDate || p.mo != 0 {
			return i, ErrNoTimestamp
		}
		p.setRelDate(p.opt.Reference.AddDate(0, 0, int(t.wv)))
		return i + 1, nil
	case wkJust:
		if p.wordAt(i+1) == wkNow {
			return i + 1, nil
		}
	case wkNow:
		if p.opt.Reference.IsZero() {
			return i, ErrNoReference
		}
		if p.n != 1 && !(p.n == 2 && p.wordAt(0) == wkJust) {
			return i, ErrNoTimestamp
		}
		p.rel, p.relInstant = p.opt.Reference, true
		return i + 1, nil
	case wkA:
		if p.wordAt(i+1) == wkUnit && p.wordAt(i+2) == wkAgo {
			return p.ago(1, p.toks[i+1].wv, i+3)
		}
	}
	if p.wordAt(i+1) == wkUnit && p.wordAt(i+2) == wkAgo && p.s[t.start:t.end] == "a" {
		return p.ago(1, p.toks[i+1].wv, i+3)
	}
	return i, ErrNoTimestamp
}

// offset reads a numeric UTC offset whose sign is at i.
func (p *tsParser) offset(i int) (int, error) {
	if p.zoneSet || !p.numAt(i+1) {
		return i, ErrNoTimestamp
	}
	sign := 1
	if p.toks[i].val != '+' {
		sign = -1
	}
	n := p.toks[i+1]
	h, m, j := 0, 0, i+2
	switch n.nd {
	case 1, 2:
		h = int(n.val)
		if p.punctAt(j, ':') && p.numAt(j+1) && p.toks[j+1].nd == 2 {
			m = int(p.toks[j+1].val)
			j += 2
		}
	case 3, 4:
		h, m = int(n.val)/100, int(n.val)%100
	default:
		return i, ErrBadOffset
	}
	if m >= 60 || h*60+m > int(MaxOffset/time.Minute) {
		return i, ErrBadOffset
	}
	off := sign * (h*3600 + m*60)
	p.zoneSet, p.zoneSrc, p.loc = true, ZoneOffset, fixedZone(off)
	return j, nil
}

func (p *tsParser) punct(i int) (int, error) {
	switch c := p.toks[i].val; c {
	case '(', '[':
		closer := int32(')')
		if c == '[' {
			closer = ']'
		}
		j := i + 1
		for j < p.n && j < i+12 && !(p.toks[j].kind == tkPunct && p.toks[j].val == closer) {
			j++
		}
		if j >= p.n || p.toks[j].val != closer || p.toks[j].kind != tkPunct {
			return i, ErrNoTimestamp
		}
		if !p.zoneSet {
			if k, ok := p.zoneGroup(i+1, j); ok {
				if k < 0 {
					return i, ErrBadOffset
				}
				return j + 1, nil
			}
		}
		if p.zoneSet || p.clock {
			return j + 1, nil // a second zone, or its name: "(0200 HKT)", "(Gulf Standard Time)"
		}
		return i, ErrNoTimestamp
	case '+', '-', '−':
		if p.numAt(i+1) && p.clock && !p.zoneSet {
			return p.offset(i)
		}
		if c == '+' {
			return i, ErrNoTimestamp
		}
		return i + 1, nil
	case ',', '|', '/', ':', '.', '–', '—', '·', '•', ';', '@':
		return i + 1, nil
	}
	return i, ErrNoTimestamp
}

// zoneGroup reads a zone written in brackets, tokens [i, j): "UTC+04:00",
// "GMT+4", "+0400", "EST". It returns -1 for an impossible offset.
func (p *tsParser) zoneGroup(i, j int) (int, bool) {
	k := i
	if p.wordAt(k) == wkZone {
		z := &zoneTable[p.toks[k].wv]
		if k+1 == j {
			p.word(k)
			return j, true
		}
		if z.readings[0].off != 0 {
			return 0, false
		}
		k++
	}
	if k < j && p.toks[k].kind == tkPunct && (p.toks[k].val == '+' || p.toks[k].val == '-' || p.toks[k].val == '−') {
		e, err := p.offset(k)
		if err != nil {
			return -1, true
		}
		if e == j {
			return j, true
		}
		p.zoneSet, p.loc = false, nil
	}
	return 0, false
}

// finish checks the fields read and builds the Timestamp.
func (p *tsParser) finish() (Timestamp, error) {
	if p.relInstant {
		if p.mo != 0 || p.clock {
			return Timestamp{}, ErrNoTimestamp
		}
		return Timestamp{Time: p.rel, Zone: ZoneHint, HasClock: true}, nil
	}
	if p.mo == 0 || p.d == 0 {
		return Timestamp{}, ErrNoTimestamp
	}
	if p.y == 0 {
		ref := p.opt.Reference
		if ref.IsZero() {
			return Timestamp{}, ErrNoReference
		}
		p.y = nearestYear(ref, p.mo, p.d)
	} else if p.twoDigitYear {
		p.y = expandYear(p.y, p.opt.Reference)
	}
	if p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > daysIn(time.Month(p.mo), p.y) {
		return Timestamp{}, ErrBadDate
	}
	ts := Timestamp{HasClock: p.clock, Zone: ZoneNone}
	loc := time.UTC
	switch {
	case p.zoneSet:
		ts.Zone = p.zoneSrc
		loc = p.loc
		if p.abbr != nil {
			loc, _ = resolveAbbr(p.abbr, p.y, time.Month(p.mo), p.d, p.hh, p.mi, &p.opt)
		}
	case p.clock && p.opt.Location != nil:
		ts.Zone = ZoneHint
		loc = p.opt.Location
	}
	ts.Time = time.Date(p.y, time.Month(p.mo), p.d, p.hh, p.mi, p.sec, p.ns, loc)
	if p.wd >= 0 && time.Weekday(p.wd) != ts.Time.Weekday() {
		ts.WeekdayConflict = true
	}
	return ts, nil
}

// hour24 turns hour h of a 12-hour clock, after noon when pm, into 0..23;
// ok is false for an hour outside 1..12.
func hour24(h int, pm bool) (int, bool) {
	switch {
	case h < 1 || h > 12:
		return h, false
	case pm && h < 12:
		return h + 12, true
	case !pm && h == 12:
		return 0, true
	}
	return h, true
}

// nearestYear is the year that puts month m, day d nearest to ref.
func nearestYear(ref time.Time, m, d int) int {
	y := ref.Year()
	best, bestDist := y, time.Duration(1<<62)
	for _, c := range [3]int{y - 1, y, y + 1} {
		t := time.Date(c, time.Month(m), d, 12, 0, 0, 0, time.UTC)
		dist := t.Sub(time.Date(y, ref.Month(), ref.Day(), 12, 0, 0, 0, time.UTC))
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}

// expandYear turns a two-digit year into the one nearest the reference, or
// into 2000-2069 / 1970-1999 without one.
func expandYear(yy int, ref time.Time) int {
	if ref.IsZero() {
		if yy < 70 {
			return 2000 + yy
		}
		return 1900 + yy
	}
	c := ref.Year() / 100 * 100
	best := c + yy
	for _, y := range [2]int{c - 100 + yy, c + 100 + yy} {
		if abs(y-ref.Year()) < abs(best-ref.Year()) {
			best = y
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// daysIn is the number of days in month m of year y.
func daysIn(m time.Month, y int) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}
