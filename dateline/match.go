package dateline

import (
	"time"
)

// match finds the expression that starts at token i, if any.
func (f *finder) match(i int) (match, bool) {
	if i < 0 || i >= len(f.toks) {
		return match{}, false
	}
	t := &f.toks[i]
	switch t.kind {
	case tkNum:
		if f.pend.e > 0 && f.pend.tok == i && f.depth == 0 {
			p := f.pend
			f.pend = pendingDay{}
			return match{s: i, e: p.e, typ: TypeDate, val: f.ymd(p.day), day: p.day}, true
		}
		return f.numberExpr(i)
	case tkPunct:
		if (t.val == '\'' || t.val == '’') && f.isNum(i+1) && f.toks[i+1].nd == 2 && f.adjacent(i) {
			return f.shortYear(i)
		}
		return match{}, false
	}
	switch t.wk {
	case twUnit:
		if m, ok := f.yearEnd(i); ok {
			return m, true
		}
		// "for years", "within weeks": an unknown number of units.
		if v := int(f.toks[i].wv); v > 100 && v-100 != int(unitQuarter) && v-100 != int(unitWeekend) &&
			f.lowerIs(i-1, "for", "within", "over", "in") && !f.lowerIs(i+1, "ago", "of", "old", "later", "earlier", "before", "after") &&
			!f.isPunct(i+1, '-') {
			return match{s: i, e: i + 1, typ: TypeDuration, val: durValue(0, v-100, true)}, true
		}
		if f.toks[i].wv == unitYear && f.isPunct(i+1, '-') && f.adjacent(i) && f.lowerIs(i+2, "earlier", "ago") && f.hasRef && !f.lowerIs(i+3, "quarter", "period") {
			// "year-earlier results": the same period a year before
			return f.shifted(1, int(unitYear), false, -1, f.ref, i, i+3)
		}
		return match{}, false
	case twNone:
		if f.lowerIs(i, "that") {
			return f.thatExpr(i, i)
		}
		if f.lowerIs(i, "pre", "post") && f.isPunct(i+1, '-') && f.adjacent(i) && f.adjacent(i+1) && f.isNum(i+2) &&
			f.toks[i+2].nd == 4 && f.toks[i+2].val >= 1000 && f.toks[i+2].val <= 2100 && !f.adjacent(i+2) {
			// "the post-1974 economy": the year the span is measured from
			return match{s: i, e: i + 3, typ: TypeDate, val: f.itoa(int(f.toks[i+2].val))}, true
		}
		if f.lowerIs(i, "then") && f.lowerIs(i-1, "until", "till") && !f.anchor.IsZero() {
			return match{s: i, e: i + 1, typ: TypeDate, val: f.ymd(f.anchor), day: f.anchor}, true // "until then": the day last named
		}
		if f.lowerIs(i, "these") && f.lowerIs(i+1, "days") {
			return match{s: i, e: i + 2, typ: TypeDate, val: "PRESENT_REF"}, true
		}
		if f.word(i) == "Q" && f.adjacent(i) && f.isNum(i+1) && f.toks[i+1].val >= 1 && f.toks[i+1].val <= 4 && f.toks[i+1].nd == 1 {
			return f.qNotation(i)
		}
		return match{}, false
	case twMonth, twMonthAbbr:
		return f.monthExpr(i)
	case twWeekday:
		return f.weekdayExpr(i)
	case twWeekdays:
		if !f.capitalized(i) || possessiveLen(f.word(i)) > 0 {
			return match{}, false
		}
		// "on Tuesdays", "Friday evenings" (plural): every such day.
		v := "XXXX-WXX-" + itoa((int(f.toks[i].wv)+6)%7+1)
		if f.kind(i+1) == twDayPart {
			return match{s: i, e: i + 2, typ: TypeSet, val: v + "T" + dayPartCode(int(f.toks[i+1].wv))}, true
		}
		return match{s: i, e: i + 1, typ: TypeSet, val: v}, true
	case twRelDay:
		return f.relDayExpr(i)
	case twTonight:
		if !f.hasRef {
			return match{}, false
		}
		return match{s: i, e: i + 1, typ: TypeDate, val: f.ymd(f.ref), day: f.ref}, true
	case twPresent:
		if f.isPunct(i+1, '-') && f.adjacent(i) {
			return match{}, false // "now-cancelled"
		}
		if f.lowerIs(i, "now") && f.isPunct(i+1, ',') && f.sentenceStart(i) {
			return match{}, false // "Now, she argues ...": a discourse marker, not a time
		}
		return match{s: i, e: i + 1, typ: TypeDate, val: "PRESENT_REF"}, true
	case twPast:
		switch {
		case f.lowerIs(i, "previously", "formerly"):
			return match{}, false // mostly "previously announced": not a time
		case f.lowerIs(i, "recent"):
			if f.kind(i+1) == twUnit && f.toks[i+1].wv > 100 {
				if u := int(f.toks[i+1].wv) - 100; u != int(unitYear) && u != int(unitDecade) {
					// "in recent weeks": a span up to now
					return match{s: i, e: i + 2, typ: TypeDuration, val: durValue(0, u, true)}, true
				}
				return match{s: i, e: i + 2, typ: TypeDate, val: "PAST_REF"}, true
			}
			if f.kind(i-1) == twThe || f.kind(i-1) == twA || f.lowerIs(i-1, "its", "his", "her", "their", "our", "most") {
				return match{}, false // "the recent attack", "their most recent model"
			}
		}
		return match{s: i, e: i + 1, typ: TypeDate, val: "PAST_REF"}, true
	case twFuture:
		if f.lowerIs(i, "future") {
			return match{}, false // the adjective; "the future" is read at "the"
		}
		if f.lowerIs(i-1, "as", "was", "were", "had") || f.lowerIs(i+1, "after", "afterward", "afterwards", "thereafter") || f.tenseWord(i+1) < 0 {
			return match{}, false // "as soon as", "soon after", "was soon released"
		}
		return match{s: i, e: i + 1, typ: TypeDate, val: "FUTURE_REF"}, true
	case twThe:
		return f.theExpr(i)
	case twLast, twThis, twNext:
		return f.relExpr(i, i)
	case twPart:
		return f.partExpr(i, i)
	case twRelDir:
		return f.earlierExpr(i)
	case twSeason:
		return f.seasonExpr(i, i)
	case twSetWord:
		return f.setWord(i)
	case twEvery:
		return f.everyExpr(i)
	case twOrd:
		if m, ok := f.ordinalExpr(i, i); ok {
			return m, true
		}
		return match{}, false
	case twFiscal:
		return f.fiscalExpr(i, i)
	case twDecadeWord:
		return match{s: i, e: i + 1, typ: TypeDate, val: "19" + itoa(int(t.wv))}, true
	case twHoliday:
		return f.holidayExpr(i)
	case twNum, twA, twFew, twDozen:
		if f.lowerIs(i, "one") && f.lowerIs(i+1, "day") && f.lowerIs(i-1, "will", "would", "could", "might", "may", "can", "should", "shall") {
			return match{s: i, e: i + 2, typ: TypeDate, val: "FUTURE_REF"}, true // "solar power will one day be"
		}
		if y, e, ok := f.spelledYear(i); ok && (f.kind(e) != twUnit) {
			return match{s: i, e: e, typ: TypeDate, val: f.itoa(y)}, true
		}
		return f.quantity(i, i, "")
	case twApprox:
		return f.quantity(i+1, i, "APPROX")
	case twMore:
		if f.kind(i+1) == twThan {
			mod := "MORE_THAN"
			if t.wv < 0 {
				mod = "LESS_THAN"
			}
			return f.quantity(i+2, i, mod)
		}
	case twAt:
		if f.kind(i+1) == twLeast {
			mod := "EQUAL_OR_MORE"
			if f.toks[i+1].wv < 0 {
				mod = "EQUAL_OR_LESS"
			}
			return f.quantity(i+2, i, mod)
		}
	case twNoon:
		if f.lowerIs(i-1, "high") {
			return match{}, false
		}
		return f.clockWordExpr(i)
	}
	return match{}, false
}

// lower returns word i in lower case (ASCII), without periods.
func (f *finder) lower(i int) string {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != tkWord {
		return ""
	}
	w := f.word(i)
	for k := 0; k < len(w); k++ {
		if c := w[k]; (c >= 'A' && c <= 'Z') || c == '.' {
			var buf [24]byte
			if b, ok := lowerKey(w, &buf); ok {
				return string(b)
			}
			return w
		}
	}
	return w
}

func (f *finder) lowerIs(i int, ws ...string) bool {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != tkWord {
		return false
	}
	word := f.word(i)
	for _, w := range ws {
		if keyEqual(word, w) {
			return true
		}
	}
	return false
}

// keyEqual reports whether word, lower-cased without periods and
// apostrophes, equals key.
func keyEqual(word, key string) bool {
	k := 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c == '.' || c == '\'' {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if k >= len(key) || key[k] != c {
			return false
		}
		k++
	}
	return k == len(key)
}

// ---- numbers ----

// numberExpr reads what starts with a number: dates, years, clocks,
// quantities.
func (f *finder) numberExpr(i int) (match, bool) {
	t := f.toks[i]
	if f.isPunct(i-1, '$') || f.isPunct(i-1, '#') || f.isPunct(i-1, '£') || f.isPunct(i-1, '€') {
		return match{}, false
	}
	if f.isPunct(i-1, '.') && f.adjacent(i-1) || f.isPunct(i-1, ',') && f.adjacent(i-1) && f.isNum(i-2) {
		return match{}, false // "1.1990", "1,990"
	}
	// Numeric dates: 2017-02-13, 02/13/2017, 13.02.2017.
	if f.adjacent(i) && f.adjacent(i+1) && f.adjacent(i+2) && f.adjacent(i+3) && f.isNum(i+2) && f.isNum(i+4) {
		sep := f.toks[i+1]
		if sep.kind == tkPunct && (sep.val == '-' || sep.val == '/' || sep.val == '.') && f.isPunct(i+3, sep.val) {
			if m, ok := f.numericDate(i); ok {
				return m, true
			}
			return match{}, false
		}
	}
	// Clock times.
	if m, ok := f.clockExpr(i); ok {
		return m, true
	}
	if t.nd == 4 {
		return f.yearExpr(i)
	}
	// "the 70s", "mid-80s"
	if t.nd == 2 && t.val%10 == 0 && f.adjacent(i) && f.lowerIs(i+1, "s") && (f.kind(i-1) == twThe || f.kind(i-1) == twPart || f.isPunct(i-1, '-') || f.isPunct(i-1, '\'') || f.isPunct(i-1, '’') || f.kind(i-1) == twIn || f.kind(i-1) == twAnd && f.lowerIs(i-2, "s")) {
		return match{s: i, e: i + 2, typ: TypeDate, val: f.itoa(f.century(int(t.val))*10 + int(t.val)/10)}, true
	}
	if t.nd <= 2 {
		// Day before month: "30 September 2015", "13th of February".
		j := i + 1
		if f.ordinalSuffix(j) {
			j++
		}
		if f.kind(j) == twOf {
			j++
		}
		if k := f.kind(j); (k == twMonth || k == twMonthAbbr) && f.capitalized(j) && t.val >= 1 && t.val <= 31 {
			return f.dayMonth(i, j)
		}
		// "13-15 February 2017"
		if (f.isPunct(i+1, '-') || f.isPunct(i+1, '–')) && f.isNum(i+2) && f.toks[i+2].nd <= 2 && f.toks[i+2].val > t.val {
			if k := f.kind(i + 3); (k == twMonth || k == twMonthAbbr) && f.capitalized(i+3) && t.val >= 1 {
				if m, ok := f.dayMonth(i+2, i+3); ok && !m.day.IsZero() {
					first := date(m.day.Year(), int(m.day.Month()), int(t.val))
					m.s, m.endVal, m.val = i, m.val, f.ymd(first)
					return m, true
				}
			}
		}
		if f.ordinalSuffix(i + 1) {
			if m, ok := f.ordinalUnit(i, i+2, int(t.val)); ok {
				return m, true
			}
		}
	}
	return f.quantity(i, i, "")
}

// ordinalSuffix reports "st", "nd", "rd" or "th" at i, joined to the
// token before it ("13th").
func (f *finder) ordinalSuffix(i int) bool {
	return i >= 1 && f.adjacent(i-1) && f.lowerIs(i, "st", "nd", "rd", "th")
}

// yearExpr reads a four-digit year, a decade ("1990s"), or a year range.
func (f *finder) yearExpr(i int) (match, bool) {
	y := int(f.toks[i].val)
	if y < 1000 || y > 2199 {
		return match{}, false
	}
	// "1990s"
	if f.adjacent(i) && f.lowerIs(i+1, "s") {
		if y%10 == 0 {
			return match{s: i, e: i + 2, typ: TypeDate, val: f.itoa(y / 10)}, true
		}
		return match{}, false
	}
	if !f.yearContext(i) {
		return match{}, false
	}
	m := match{s: i, e: i + 1, typ: TypeDate, val: f.itoa(y)}
	// "1990-91", "2011-2015"
	if (f.isPunct(i+1, '-') || f.isPunct(i+1, '–') || f.isPunct(i+1, '/')) && f.adjacent(i) && f.adjacent(i+1) && f.isNum(i+2) {
		e := f.toks[i+2]
		ey := -1
		if e.nd == 4 && int(e.val) > y && int(e.val) < y+100 {
			ey = int(e.val)
		} else if e.nd == 2 && int(e.val) > y%100 {
			ey = y/100*100 + int(e.val)
		}
		if ey > 0 {
			m.e = i + 3
			m.endVal = itoa(ey)
		}
	}
	return m, true
}

// yearContext decides whether a four-digit number is a year.
func (f *finder) yearContext(i int) bool {
	y := int(f.toks[i].val)
	if f.isPunct(i+1, '%') || f.isPunct(i-1, '-') && f.adjacent(i-1) && f.isNum(i-2) {
		return false
	}
	if f.isPunct(i+1, ',') && f.adjacent(i) && f.isNum(i+2) && f.toks[i+2].nd == 3 {
		return false // "1990,000"
	}
	if f.isPunct(i+1, '.') && f.adjacent(i) && f.isNum(i+2) && f.adjacent(i+1) {
		return false // "1990.5"
	}
	prep := f.lowerIs(i-1, "in", "since", "of", "by", "from", "until", "till", "before", "after", "around",
		"circa", "during", "through", "between", "and", "to", "year", "fiscal", "early", "late", "mid", "spring",
		"summer", "autumn", "fall", "winter", "the", "end", "beginning", "for", "as", "than", "at")
	if y < 1800 || y > 2100 {
		return prep && y >= 1000
	}
	// A following plural noun is counted, not dated: "1990 troops".
	if k := i + 1; k < len(f.toks) && f.toks[k].kind == tkWord && !f.capitalized(k) && f.toks[k].wk == twNone {
		w := f.lower(k)
		if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !prep {
			return false
		}
		switch w {
		case "people", "men", "women", "children", "persons", "feet", "meters", "metres", "miles", "km",
			"kilometers", "kilometres", "tons", "tonnes", "votes", "seats", "units", "shares", "cars":
			return false
		}
	}
	return true
}

// shortYear reads "'82" or "'80s".
func (f *finder) shortYear(i int) (match, bool) {
	yy := int(f.toks[i+1].val)
	if f.adjacent(i+1) && f.lowerIs(i+2, "s") {
		if yy%10 != 0 {
			return match{}, false
		}
		return match{s: i, e: i + 3, typ: TypeDate, val: f.itoa(f.century(yy)*10 + yy/10)}, true
	}
	if f.isNum(i+2) || f.toks[i+1].nd != 2 {
		return match{}, false
	}
	// Only after a month or a preposition: "the class of '82".
	if !(f.lowerIs(i-1, "in", "since", "of", "from", "until", "by") || f.kind(i-1) == twMonth || f.kind(i-1) == twMonthAbbr || f.kind(i-1) == twSeason) {
		return match{}, false
	}
	return match{s: i, e: i + 2, typ: TypeDate, val: f.itoa(f.century(yy)*100 + yy)}, true
}

// century returns the century (19 for 1900s) for a two-digit year.
func (f *finder) century(yy int) int {
	if f.hasRef {
		return expandYear(yy, f.ref) / 100
	}
	if yy < 30 {
		return 20
	}
	return 19
}

func (f *finder) numericDate(i int) (match, bool) {
	a, b, c := f.toks[i], f.toks[i+2], f.toks[i+4]
	sep := f.toks[i+1].val
	var y, m, d int
	switch {
	case a.nd == 4 && b.nd <= 2 && c.nd <= 2:
		y, m, d = int(a.val), int(b.val), int(c.val)
	case a.nd <= 2 && b.nd <= 2 && (c.nd == 4 || c.nd == 2):
		x, z := int(a.val), int(b.val)
		dayFirst := false
		switch {
		case x > 12:
			dayFirst = true
		case z > 12:
		case f.opt.DateOrder == OrderDayFirst:
			dayFirst = true
		case f.opt.DateOrder == OrderMonthFirst:
		case sep == '.':
			dayFirst = true
		case len(f.opt.Country) == 2:
			dayFirst = !hasCountry("US PH FM MH PW", f.opt.Country)
		}
		if dayFirst {
			d, m = x, z
		} else {
			m, d = x, z
		}
		y = int(c.val)
		if c.nd == 2 {
			y = f.century(y)*100 + y
		}
	default:
		return match{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(time.Month(m), y) {
		return match{}, false
	}
	t := date(y, m, d)
	return match{s: i, e: i + 5, typ: TypeDate, val: f.ymd(t), day: t}, true
}

// ---- clocks ----

func (f *finder) clockExpr(i int) (match, bool) {
	t := f.toks[i]
	h, mi, j := int(t.val), 0, i+1
	hasMin := false
	if f.isPunct(j, ':') && f.adjacent(i) && f.isNum(j+1) && f.toks[j+1].nd == 2 && t.nd <= 2 {
		mi = int(f.toks[j+1].val)
		j += 2
		hasMin = true
		if f.isPunct(j, ':') && f.isNum(j+1) && f.toks[j+1].nd == 2 {
			j += 2
		}
	} else if t.nd == 4 && f.kind(j) == twZoneWord {
		h, mi = h/100, h%100
		hasMin = true
	} else if t.nd > 2 {
		return match{}, false
	}
	h, j, zone, marked, ok := f.clockSuffix(h, j)
	if !ok || !marked && (!hasMin || !f.lowerIs(i-1, "at", "by", "until", "till", "from", "before", "after", "around", "about", "since")) {
		return match{}, false
	}
	if h > 23 || mi > 59 {
		return match{}, false
	}
	return f.clockDay(i, j, pad(h, 2)+":"+pad(mi, 2)+zone)
}

// clockExprNoDay reads a clock time at i that needs no preposition before
// it ("7:53pm EST", "18:00"); val is "19:53".
func (f *finder) clockExprNoDay(i int) (match, bool) {
	t := f.toks[i]
	if t.nd > 2 || !f.isPunct(i+1, ':') || !f.adjacent(i) || !f.isNum(i+2) || f.toks[i+2].nd != 2 {
		return match{}, false
	}
	h, mi, j := int(t.val), int(f.toks[i+2].val), i+3
	if f.isPunct(j, ':') && f.isNum(j+1) && f.toks[j+1].nd == 2 {
		j += 2
	}
	h, j, zone, _, ok := f.clockSuffix(h, j)
	if !ok || h > 23 || mi > 59 {
		return match{}, false
	}
	return match{s: i, e: j, typ: TypeTime, val: pad(h, 2) + ":" + pad(mi, 2) + zone}, true
}

// clockSuffix reads what may follow the digits of a clock time at j: "pm"
// and a zone ("GMT", "EST"). It returns the hour h on a 24-hour clock, the
// token after, the zone of the value ("Z" for UTC and GMT; a named zone
// leaves the value local), and marked, whether an am/pm or a zone was
// there. ok is false for an am/pm hour outside 1..12.
func (f *finder) clockSuffix(h, j int) (hour, next int, zone string, marked, ok bool) {
	if f.kind(j) == twAMPM {
		if h, ok = hour24(h, f.toks[j].wv == 1); !ok {
			return h, j, "", true, false
		}
		j++
		marked = true
	}
	if f.kind(j) == twZoneWord {
		return h, j + 1, "Z", true, true
	}
	if j < len(f.toks) && f.toks[j].kind == tkWord && f.allCaps(j) && lookupWord(f.text, &f.toks[j]).kind == wkZone {
		return h, j + 1, "", true, true // "5 p.m. EST"
	}
	return h, j, "", marked, true
}

// clockDay completes a clock time with a following day ("10 p.m.
// Wednesday", "noon today") or the reference date.
func (f *finder) clockDay(i, j int, clock string) (match, bool) {
	k := j
	if f.lowerIs(k, "on") && f.kind(k+1) == twWeekday {
		k++
	}
	if f.kind(k) == twWeekday && f.capitalized(k) {
		// "10 p.m. Wednesday, Nov. 20, 2019"
		if m, ok := f.weekdayExpr(k); ok && !m.day.IsZero() && m.e > k+1 {
			return match{s: i, e: m.e, typ: TypeTime, val: f.ymd(m.day) + "T" + clock, day: m.day}, true
		}
		if d, ok := f.resolveWeekday(int(f.toks[k].wv), i, k+1, 0); ok {
			return match{s: i, e: k + 1, typ: TypeTime, val: f.ymd(d) + "T" + clock, day: d}, true
		}
	}
	k = j
	if f.isPunct(k, ',') {
		k++
	}
	if f.kind(k) == twWeekday && f.capitalized(k) && k > j {
		if m, ok := f.weekdayExpr(k); ok && !m.day.IsZero() && m.e > k+1 {
			return match{s: i, e: m.e, typ: TypeTime, val: f.ymd(m.day) + "T" + clock, day: m.day}, true
		}
	}
	if kk := f.kind(k); (kk == twMonth || kk == twMonthAbbr) && f.capitalized(k) {
		if m, ok := f.monthExpr(k); ok && !m.day.IsZero() {
			return match{s: i, e: m.e, typ: TypeTime, val: f.ymd(m.day) + "T" + clock, day: m.day}, true
		}
	}
	if f.kind(j) == twRelDay && f.hasRef {
		d := f.ref.AddDate(0, 0, int(f.toks[j].wv))
		return match{s: i, e: j + 1, typ: TypeTime, val: f.ymd(d) + "T" + clock, day: d}, true
	}
	if !f.hasRef {
		return match{}, false
	}
	// A bare clock time belongs to the day last named, else the reference.
	return match{s: i, e: j, typ: TypeTime, val: f.ymd(f.anchor) + "T" + clock}, true
}

func (f *finder) clockWordExpr(i int) (match, bool) {
	h := int(f.toks[i].wv)
	return f.clockDay(i, i+1, pad(h, 2)+":00")
}

// ---- months and days ----

// monthExpr reads "Feb. 13, 2017", "February 15-16", "March 2011", "March".
func (f *finder) monthExpr(i int) (match, bool) {
	if !f.capitalized(i) {
		return match{}, false
	}
	abbr := f.toks[i].wk == twMonthAbbr
	mo := int(f.toks[i].wv)
	caps := f.allCaps(i)
	j := i + 1
	if f.isPunct(j, '.') && abbr {
		j++
	}
	// Day.
	if f.isNum(j) && f.toks[j].nd <= 2 && f.toks[j].val >= 1 && f.toks[j].val <= 31 && !(f.isPunct(j+1, ':') && f.adjacent(j+1) && f.isNum(j+2)) && !(f.isPunct(j+1, '.') && f.adjacent(j) && f.isNum(j+2)) {
		d := int(f.toks[j].val)
		e := j + 1
		if f.ordinalSuffix(e) {
			e++
		}
		endDay := 0
		second := 0 // "March 11 and 12": the token of the second day, a date of its own
		if f.lowerIs(e, "and") && f.depth == 0 && f.isNum(e+1) && f.toks[e+1].nd <= 2 && int(f.toks[e+1].val) > d && f.toks[e+1].val <= 31 &&
			!(f.isPunct(e+2, ':') || f.isPunct(e+2, '.') && f.isNum(e+3) || f.isPunct(e+2, '%')) {
			second = e + 1
		}
		// "15-16", "23- 24", "15 to 16"
		if second == 0 && (f.isPunct(e, '-') || f.isPunct(e, '–') || f.kind(e) == twTo) && f.isNum(e+1) && f.toks[e+1].nd <= 2 {
			if ed := int(f.toks[e+1].val); ed > d && ed <= 31 {
				endDay = ed
				e += 2
				if f.ordinalSuffix(e) {
					e++
				}
			}
		}
		ye2 := 0
		y, ye := f.yearAfter(e)
		if y > 0 {
			e = ye
		} else if second > 0 {
			k := second + 1
			if f.ordinalSuffix(k) {
				k++
			}
			if y, ye = f.yearAfter(k); y > 0 {
				ye2 = ye // the year stated after the second day
			} else {
				ye2 = k
			}
		}
		if y == 0 {
			if !f.hasRef {
				return match{}, false
			}
			y = f.resolveMonthDayYear(mo, d, i, e)
		}
		if d > daysIn(time.Month(mo), y) {
			return match{}, false
		}
		if second > 0 && ye2 > 0 && int(f.toks[second].val) <= daysIn(time.Month(mo), y) {
			f.pend = pendingDay{tok: second, e: ye2, day: date(y, mo, int(f.toks[second].val))}
		}
		t := date(y, mo, d)
		m := match{s: i, e: e, typ: TypeDate, val: f.ymd(t), day: t}
		if endDay > 0 && endDay <= daysIn(time.Month(mo), y) {
			m.endVal = f.ymd(date(y, mo, endDay))
		} else {
			m = f.withClock(m)
		}
		return m, true
	}
	// Month and year: "March 2011", "March of 2011", "Nov., 2006".
	if y, ye := f.yearAfterMonth(j); y > 0 {
		return match{s: i, e: ye, typ: TypeDate, val: f.ym(y, mo)}, true
	}
	if abbr || caps || !f.hasRef {
		return match{}, false
	}
	timePrep := f.lowerIs(i-1, "in", "since", "until", "by", "from", "through", "early", "late", "mid", "of", "last", "next", "this", "during", "before", "after", "till")
	if mo == 5 && !timePrep && (f.sentenceStart(i) || f.kind(i+1) == twNone && !f.capitalized(i+1) && i+1 < len(f.toks) && f.toks[i+1].kind == tkWord && !f.lowerIs(i+1, "and", "or", "to", "through", "when", "as", "after", "before", "last", "next", "this")) {
		return match{}, false // "May" the verb
	}
	if f.capitalized(i+1) && f.kind(i+1) == twNone && !timePrep {
		return match{}, false // "April Glaspie"
	}
	if f.sentenceStart(i) && mo == 3 {
		return match{}, false
	}
	if !timePrep && f.nameOf(i+1) {
		return match{}, false // "the March for Life"
	}
	y := f.resolveMonthYear(mo, i, i+1)
	return match{s: i, e: i + 1, typ: TypeDate, val: f.ym(y, mo)}, true
}

// thousands reports a number followed by a group of three digits
// ("2019,000"), which makes it part of a larger number.
func (f *finder) thousands(k int) bool {
	return f.isPunct(k+1, ',') && f.adjacent(k) && f.adjacent(k+1) && f.isNum(k+2) && f.toks[k+2].nd == 3
}

// yearAt reads a year in digits at k, "2017" or "'17"; it returns 0, k
// when there is none.
func (f *finder) yearAt(k int) (int, int) {
	if f.isNum(k) && f.toks[k].nd == 4 && f.toks[k].val >= 1000 && f.toks[k].val <= 2199 && !f.isPunct(k+1, ':') && !f.thousands(k) {
		return int(f.toks[k].val), k + 1
	}
	if (f.isPunct(k, '\'') || f.isPunct(k, '’')) && f.isNum(k+1) && f.toks[k+1].nd == 2 && f.adjacent(k) {
		yy := int(f.toks[k+1].val)
		return f.century(yy)*100 + yy, k + 2
	}
	return 0, k
}

// yearAfter reads ", 2017" or " 2017" after a day.
func (f *finder) yearAfter(j int) (int, int) {
	k := j
	if f.isPunct(k, ',') {
		k++
	}
	if y, e := f.yearAt(k); y > 0 {
		return y, e
	}
	return 0, j
}

// yearAfterMonth reads "2011", "of 2011", ", 2011" after a month name.
func (f *finder) yearAfterMonth(j int) (int, int) {
	k := j
	if f.kind(k) == twOf || f.isPunct(k, ',') {
		k++
	}
	if y, e := f.yearAt(k); y > 0 {
		return y, e
	}
	if y, e, ok := f.spelledYear(k); ok {
		return y, e
	}
	if f.kind(j) == twOf {
		j++ // "October of next year"
	}
	// "June last year", "March this year"
	if f.kind(j) == twLast || f.kind(j) == twThis || f.kind(j) == twNext {
		if f.kind(j+1) == twUnit && f.toks[j+1].wv == unitYear && f.hasRef {
			return f.ref.Year() + f.relDir(j), j + 2
		}
	}
	return 0, j
}

// withClock extends a day-level date with a clock time that follows it:
// "Nov 19, 2019, 7:53pm EST", "13 February 2017 at 18:00".
func (f *finder) withClock(m match) match {
	k := m.e
	if f.isPunct(k, ',') || f.isPunct(k, '|') || f.isPunct(k, '-') || f.isPunct(k, '–') || f.isPunct(k, '—') {
		k++
	}
	if f.lowerIs(k, "at") {
		k++
	}
	if !f.isNum(k) {
		return m
	}
	c, ok := f.clockExprNoDay(k)
	if !ok {
		return m
	}
	return match{s: m.s, e: c.e, typ: TypeTime, val: m.val + "T" + c.val, day: m.day}
}

// dayMonth reads "30 September 2015" with the day at i and month at j.
func (f *finder) dayMonth(i, j int) (match, bool) {
	d := int(f.toks[i].val)
	mo := int(f.toks[j].wv)
	e := j + 1
	if f.isPunct(e, '.') && f.toks[j].wk == twMonthAbbr {
		e++
	}
	y, ye := f.yearAfter(e)
	if y > 0 {
		e = ye
	} else {
		if !f.hasRef {
			return match{}, false
		}
		y = f.resolveMonthDayYear(mo, d, i, e)
	}
	if d > daysIn(time.Month(mo), y) {
		return match{}, false
	}
	t := date(y, mo, d)
	return f.withClock(match{s: i, e: e, typ: TypeDate, val: f.ymd(t), day: t}), true
}

// weekdayExpr reads "Tuesday", "Friday night", "Saturday, April 25".
func (f *finder) weekdayExpr(i int) (match, bool) {
	if !f.capitalized(i) || f.allCaps(i) && len(f.word(i)) < 6 {
		return match{}, false
	}
	wd := int(f.toks[i].wv)
	j := i + 1
	if f.isPunct(j, ',') {
		j++
	}
	if k := f.kind(j); k == twMonth || k == twMonthAbbr || f.isNum(j) {
		var m match
		var ok bool
		if f.isNum(j) {
			k := j + 1
			if f.ordinalSuffix(k) {
				k++
			}
			if f.kind(k) == twOf {
				k++
			}
			if kk := f.kind(k); (kk == twMonth || kk == twMonthAbbr) && f.capitalized(k) {
				m, ok = f.dayMonth(j, k)
			}
		} else {
			m, ok = f.monthExpr(j)
		}
		if ok && !m.day.IsZero() {
			m.s = i
			return m, true
		}
	}
	// "on Friday nights", "Wednesday and Friday nights": every such night.
	if p := f.pluralDayPart(i + 1); p != "" {
		return match{s: i, e: i + 2, typ: TypeSet, val: "XXXX-WXX-" + itoa((wd+6)%7+1) + "T" + p}, true
	}
	if f.lowerIs(i+1, "and", "or") && f.kind(i+2) == twWeekday && f.capitalized(i+2) {
		if p := f.pluralDayPart(i + 3); p != "" {
			return match{s: i, e: i + 1, typ: TypeSet, val: "XXXX-WXX-" + itoa((wd+6)%7+1) + "T" + p}, true
		}
	}
	if !f.hasRef {
		return match{}, false
	}
	e := i + 1
	part := ""
	if f.kind(e) == twDayPart {
		part = dayPartCode(int(f.toks[e].wv))
		e++
	}
	dir := 0
	if possessiveLen(f.word(i)) > 0 && !f.lowerIs(i-1, "before", "until", "till", "upcoming") && !(f.lowerIs(i-1, "of") && f.lowerIs(i-2, "ahead")) {
		dir = -2 // "Wednesday's ruling": a day that has come
	}
	d, ok := f.resolveWeekday(wd, i, e, dir)
	if !ok {
		return match{}, false
	}
	if part == "EV" {
		return match{s: i, e: e, typ: TypeTime, val: f.ymd(d) + "TEV", day: d}, true
	}
	return match{s: i, e: e, typ: TypeDate, val: f.ymd(d), day: d}, true
}

// pluralDayPart returns the TIMEX3 code of "mornings", "afternoons",
// "evenings" or "nights" at k, or "".
func (f *finder) pluralDayPart(k int) string {
	if possessiveLen(f.word(k)) > 0 { // "Sunday night's panel"
		return ""
	}
	switch {
	case f.lowerIs(k, "mornings"):
		return "MO"
	case f.lowerIs(k, "afternoons"):
		return "AF"
	case f.lowerIs(k, "evenings"):
		return "EV"
	case f.lowerIs(k, "nights"):
		return "NI"
	}
	return ""
}

func dayPartCode(v int) string {
	switch v {
	case 1:
		return "MO"
	case 2:
		return "AF"
	case 3:
		return "EV"
	}
	return "NI"
}

// relDayExpr reads "today", "yesterday morning", "tomorrow".
func (f *finder) relDayExpr(i int) (match, bool) {
	if !f.hasRef {
		return match{}, false
	}
	// "Metro Today", "Harbor Radio Today": a title, not a day.
	if f.capitalized(i) && !f.allCaps(i) && !f.sentenceStart(i) && f.capitalized(i-1) &&
		f.toks[i-1].end+1 == f.toks[i].start && f.toks[i-1].wk == twNone {
		return match{}, false
	}
	// "today's world", "the leaders of tomorrow": the present or the
	// future in general, not one day.
	if possessiveLen(f.word(i)) > 0 && f.toks[i].wv == 0 && f.lowerIs(i+1, "world", "youth", "society", "economy", "generation",
		"children", "kids", "teenagers", "families", "computers", "technology", "standards", "terms", "dollars", "culture",
		"consumers", "people", "women", "men", "students", "workers", "young", "modern", "global", "political", "media") {
		return match{s: i, e: i + 1, typ: TypeDate, val: "PRESENT_REF"}, true
	}
	if f.lowerIs(i-1, "of") && f.toks[i].wv != 0 && possessiveLen(f.word(i)) == 0 && (f.clauseEnd(i+1) || f.isPunct(i+1, ',')) {
		if f.toks[i].wv > 0 {
			return match{s: i, e: i + 1, typ: TypeDate, val: "FUTURE_REF"}, true
		}
		return match{s: i, e: i + 1, typ: TypeDate, val: "PAST_REF"}, true
	}
	d := f.ref.AddDate(0, 0, int(f.toks[i].wv))
	if f.kind(i+1) == twDayPart {
		p := dayPartCode(int(f.toks[i+1].wv))
		return match{s: i, e: i + 2, typ: TypeTime, val: f.ymd(d) + "T" + p, day: d}, true
	}
	return match{s: i, e: i + 1, typ: TypeDate, val: f.ymd(d), day: d}, true
}

// ---- resolution against the reference ----

// tense looks around tokens [i, e) for the tense of the clause: 1 future,
// -1 past, 0 unknown. The nearest marker wins, the one before on a tie.
func (f *finder) tense(i, e int) int {
	// "X said Monday": a reporting verb right before a date puts it in
	// the past.
	r := i - 1
	if f.lowerIs(r, "on") {
		r--
	}
	if f.lowerIs(r, "said", "announced", "reported", "told", "confirmed", "disclosed") {
		return -1
	}
	// "Ostrova and Kell meet privately Friday", "the regatta starts
	// Sunday": a scheduling verb in the present tense looks ahead.
	if w := f.word(r); len(w) > 4 && w[len(w)-2:] == "ly" && f.toks[r].wk == twNone {
		r--
	}
	if f.lowerIs(r, "meet", "meets", "begin", "begins", "start", "starts", "open", "opens", "resume", "resumes",
		"arrive", "arrives", "leave", "leaves", "return", "returns", "visit", "visits", "vote", "votes", "expire", "expires") &&
		!f.lowerIs(r-1, "to", "did", "didn't", "could", "might", "must", "can", "would", "should", "may") {
		return 1
	}
	// "postponed until Tuesday", "extended the loans through January": a
	// deferral points ahead whatever the verb's tense.
	if f.lowerIs(i-1, "until", "till", "through") {
		for k := i - 2; k >= 0 && i-k <= 12 && !f.clauseEnd(k); k-- {
			if f.lowerIs(k, "postponed", "delayed", "deferred", "adjourned", "extended", "rescheduled", "suspended") {
				return 1
			}
		}
	}
	best, bestDist := 0, 1<<30
	for k := i - 1; k >= 0 && i-k <= 20; k-- {
		if f.clauseEnd(k) {
			break
		}
		if v := f.tenseWord(k); v != 0 {
			best, bestDist = v, i-k
			break
		}
	}
	ahead := 8
	if best == 0 && (f.sentenceStart(i) || f.lowerIs(i-1, "on") && f.sentenceStart(i-1)) {
		ahead = 16 // "On Wednesday, a federation with a long name plans to ..."
	}
	for k := e; k < len(f.toks) && k-e < ahead; k++ {
		if f.clauseEnd(k) {
			break
		}
		if v := f.tenseWord(k); v != 0 {
			if 2*(k-e+1) < bestDist { // the verb before a date governs it more often
				best = v
			}
			break
		}
	}
	if best == 0 && f.lowerIs(i-1, "by", "until", "till", "through") {
		return 1 // "by August": a deadline ahead
	}
	return best
}

func (f *finder) clauseEnd(k int) bool {
	if k < 0 || k >= len(f.toks) {
		return true
	}
	t := f.toks[k]
	return t.kind == tkPunct && (t.val == '.' || t.val == '!' || t.val == '?' || t.val == ';' || t.val == '"' || t.val == '“' || t.val == '”')
}

// tenseWord gives the tense a word marks: 1 future, -1 past, 0 none.
func (f *finder) tenseWord(k int) int {
	if k < 0 || k >= len(f.toks) {
		return 0
	}
	t := f.toks[k]
	if t.kind != tkWord {
		return 0
	}
	var buf [24]byte
	wb, ok := lowerKey(f.word(k), &buf)
	if !ok || len(wb) < 2 {
		return 0
	}
	switch string(wb) {
	case "will", "ll", "shall", "wo", "upcoming", "scheduled", "slated", "due", "expects", "plans", "planning",
		"intends", "hopes", "going", "tomorrow", "next", "expected", "set", "effective", "ahead", "soon",
		"would", "plan", "planned", "to", "should":
		switch {
		case (string(wb) == "should" || string(wb) == "would") && f.lowerIs(k+1, "have"):
			return -1 // "should have been done by Monday"
		case string(wb) == "set" && !f.lowerIs(k+1, "to", "for"):
			return -1
		case string(wb) == "next" && f.lowerIs(k+1, "to"):
			return 0
		case string(wb) == "to" && !f.lowerIs(k-1, "is", "are", "am"):
			return 0
		case string(wb) == "soon" && !f.lowerIs(k-1, "as"):
			return 0
		}
		if string(wb) == "ahead" && !f.lowerIs(k+1, "of") {
			return 0
		}
		// "had been scheduled", "was expected": a past plan; "were
		// planning to" still looks ahead.
		for b := k - 1; b >= 0 && b >= k-2 && string(wb) != "planning"; b-- {
			if f.lowerIs(b, "had", "was", "were", "previously", "originally") {
				return -1
			}
		}
		if string(wb) == "expected" && !f.lowerIs(k+1, "to", "for") {
			return -1
		}
		return 1
	case "was", "were", "had", "did", "ago", "last", "yesterday", "came", "went", "took", "began", "met", "made",
		"held", "saw", "won", "lost", "rose", "fell", "got", "gave", "left", "sent", "told", "found", "became",
		"hit", "put", "cut", "broke", "brought", "bought", "sold", "paid", "spent", "spoke", "wrote", "ran",
		"led", "fled", "fought", "struck", "shot", "thought", "knew", "grew", "drew", "threw", "flew", "chose",
		"stood", "sat", "felt", "kept", "meant", "heard", "earlier":
		// "were planning to": the next word decides.
		if (string(wb) == "was" || string(wb) == "were") && f.lowerIs(k+1, "planning", "going") {
			return 0
		}
		// "will be held", "to be made": a passive or infinitive, not the past.
		for b := k - 1; b >= 0 && b >= k-2; b-- {
			if f.lowerIs(b, "be", "being") {
				return 0
			}
		}
		return -1
	case "early":
		if f.lowerIs(k-1, "as") {
			return 1 // "as early as Tuesday"
		}
	}
	if n := len(wb); n > 4 && wb[n-2] == 'e' && wb[n-1] == 'd' && wb[n-3] != 'e' {
		switch string(wb) {
		case "needed", "proposed", "based", "called", "named", "united", "related", "limited", "detailed",
			"advanced", "concerned", "interested", "used", "supposed", "required":
			return 0
		}
		// "a still unspecified date": an adjective.
		if f.kind(k-1) == twThe || f.kind(k-1) == twA || f.lowerIs(k-1, "still", "very", "its", "his", "her", "their", "more", "most", "newly", "so") {
			return 0
		}
		// "will be closed", "to be completed": passive or infinitive.
		for b := k - 1; b >= 0 && b >= k-2; b-- {
			if f.lowerIs(b, "be", "being", "to", "will", "would", "shall") {
				return 0
			}
		}
		return -1
	}
	return 0
}

// resolveMonthDayYear picks the year of a year-less month and day.
func (f *finder) resolveMonthDayYear(mo, d, i, e int) int {
	ry := f.ref.Year()
	tense := f.tense(i, e)
	best, bestDist := ry, 1<<30
	for _, y := range [3]int{ry - 1, ry, ry + 1} {
		if d > daysIn(time.Month(mo), y) {
			continue
		}
		diff := int(date(y, mo, d).Sub(f.ref).Hours() / 24)
		switch {
		case tense > 0 && diff < 0 || tense < 0 && diff > 0:
			diff *= 4 // the tense's side is preferred, not forced
		case tense == 0 && diff > 0:
			diff = diff * 4 / 3 // news reports the past more than the future
		}
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDist {
			best, bestDist = y, diff
		}
	}
	return best
}

// resolveMonthYear picks the year of a bare month name.
func (f *finder) resolveMonthYear(mo, i, e int) int {
	ry, rm := f.ref.Year(), int(f.ref.Month())
	tense := f.tense(i, e)
	best, bestDist := ry, 1<<30
	for _, y := range [3]int{ry - 1, ry, ry + 1} {
		diff := (y*12 + mo) - (ry*12 + rm)
		switch {
		case tense > 0 && diff < 0 || tense < 0 && diff > 0:
			diff *= 4
		case tense == 0 && diff > 0:
			diff = diff*3/2 + 1
		}
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDist {
			best, bestDist = y, diff
		}
	}
	return best
}

// resolveWeekday picks the date of a weekday: dir -1 strictly before the
// reference, -2 on or before it, +1 strictly after, 0 by tense (on or
// before, or on or after when the clause is in the future).
func (f *finder) resolveWeekday(wd, i, e, dir int) (time.Time, bool) {
	if !f.hasRef {
		return time.Time{}, false
	}
	rw := int(f.ref.Weekday())
	back := (rw - wd + 7) % 7
	fwd := (wd - rw + 7) % 7
	switch dir {
	case -2:
		return f.ref.AddDate(0, 0, -back), true
	case -1:
		if back == 0 {
			back = 7
		}
		return f.ref.AddDate(0, 0, -back), true
	case 1:
		if fwd == 0 {
			fwd = 7
		}
		return f.ref.AddDate(0, 0, fwd), true
	}
	if f.tense(i, e) > 0 {
		return f.ref.AddDate(0, 0, fwd), true
	}
	return f.ref.AddDate(0, 0, -back), true
}

// nameOf reports whether the tokens at k continue a capitalized word into
// a name, "for Life", "of the Combatant Mothers": the word before is then
// part of a title, not a time.
func (f *finder) nameOf(k int) bool {
	if !f.lowerIs(k, "for", "of", "against") {
		return false
	}
	k++
	if f.kind(k) == twThe {
		k++
	}
	if k >= len(f.toks) || f.toks[k].kind != tkWord || !f.capitalized(k) {
		return false
	}
	switch f.kind(k) {
	case twNone, twHoliday:
		return true
	}
	return false
}
