package dateline

import "time"

// ---- quantities and durations ----

// numPhrase reads a count at j: "3", "three", "twenty-four", "a", "a few",
// "several", "a couple of", "dozens of". fuzzy is set for vague counts.
func (f *finder) numPhrase(j int) (n int, fuzzy bool, next int, ok bool) {
	switch {
	case f.isNum(j):
		t := f.toks[j]
		if t.nd > 4 || f.isPunct(j+1, ',') && f.adjacent(j) && f.isNum(j+2) || f.isPunct(j+1, '.') && f.adjacent(j) && f.isNum(j+2) {
			return 0, false, j, false
		}
		if f.isPunct(j-1, '.') && f.adjacent(j-1) {
			return 0, false, j, false
		}
		return int(t.val), false, j + 1, true
	case f.kind(j) == twNum:
		n := int(f.toks[j].wv)
		k := j + 1
		if n >= 20 && n%10 == 0 {
			if f.isPunct(k, '-') && f.adjacent(j) && f.kind(k+1) == twNum && f.toks[k+1].wv < 10 {
				n += int(f.toks[k+1].wv)
				k += 2
			} else if f.kind(k) == twNum && f.toks[k].wv < 10 && f.toks[k].wv > 0 {
				n += int(f.toks[k].wv)
				k++
			}
		}
		if f.kind(k) == twHundred {
			n *= 100
			k++
		}
		return n, false, k, true
	case f.kind(j) == twA:
		switch f.kind(j + 1) {
		case twFew:
			if f.lowerIs(j+1, "couple") {
				k := j + 2
				if f.kind(k) == twOf {
					k++
				}
				return 2, false, k, true
			}
			return 0, true, j + 2, true
		case twDozen:
			return 12, false, j + 2, true
		case twHundred:
			return 100, false, j + 2, true
		}
		return 1, false, j + 1, true
	case f.kind(j) == twFew:
		if f.lowerIs(j, "couple") {
			return 0, false, j, false
		}
		return 0, true, j + 1, true
	case f.kind(j) == twDozen:
		k := j + 1
		if f.kind(k) == twOf {
			k++
		}
		if f.lowerIs(j, "dozens") {
			return 0, true, k, true
		}
		return 12, false, k, true
	}
	return 0, false, j, false
}

// unitAt reads a unit word at j and whether it is plural.
func (f *finder) unitAt(j int) (unit int, plural bool, ok bool) {
	if f.kind(j) != twUnit {
		return 0, false, false
	}
	v := int(f.toks[j].wv)
	if v > 100 {
		return v - 100, true, true
	}
	return v, false, true
}

// durUnits spells a duration of each unit: prefix, designator, and how
// many designated units one unit makes (a decade is ten years).
var durUnits = [...]struct {
	pre, des string
	mul      int
}{
	unitSecond:    {"PT", "S", 1},
	unitMinute:    {"PT", "M", 1},
	unitHour:      {"PT", "H", 1},
	unitDay:       {"P", "D", 1},
	unitWeek:      {"P", "W", 1},
	unitFortnight: {"P", "W", 2},
	unitMonth:     {"P", "M", 1},
	unitQuarter:   {"P", "Q", 1},
	unitYear:      {"P", "Y", 1},
	unitDecade:    {"P", "Y", 10},
	unitCentury:   {"P", "Y", 100},
	unitWeekend:   {"P", "WE", 1},
}

// durValue writes a TIMEX3 duration of n units; a fuzzy count is "X".
func durValue(n int, unit int, fuzzy bool) string {
	d := durUnits[unitYear]
	if unit > 0 && unit < len(durUnits) {
		d = durUnits[unit]
	}
	num := "X"
	if !fuzzy {
		num = itoa(d.mul * n)
	}
	return d.pre + num + d.des
}

// quantity reads "three years", "a year ago", "two days later", "10-year",
// "a few weeks" starting at j; the match starts at s (a modifier before j).
func (f *finder) quantity(j, s int, mod string) (match, bool) {
	n, fuzzy, k, ok := f.numPhrase(j)
	if !ok {
		return match{}, false
	}
	// "two to three weeks", "12 to 18 months": the range is read from its
	// first number.
	if (f.kind(k) == twTo || f.lowerIs(k, "or")) && (f.isNum(k+1) || f.kind(k+1) == twNum) && !fuzzy {
		if _, _, k2, ok := f.numPhrase(k + 1); ok && f.kind(k2) == twUnit {
			k = k2
		}
	}
	hyphen := false
	if f.isPunct(k, '-') && f.adjacent(k-1) && f.adjacent(k) {
		hyphen = true
		k++
	} else if f.lowerIs(k, "straight", "consecutive", "full", "more", "additional", "trading", "business",
		"working", "calendar", "long", "whole", "successive", "extra", "further") && f.kind(k+1) == twUnit {
		k++ // "six straight days"
	}
	unit, plural, ok := f.unitAt(k)
	if !ok {
		return match{}, false
	}
	if !fuzzy && n == 0 {
		return match{}, false
	}
	if f.kind(j) == twA && plural && !fuzzy && n == 1 || f.isNum(j) && n == 1 && plural && !hyphen {
		return match{}, false
	}
	if f.isNum(j) && n > 1 && !plural && !hyphen {
		return match{}, false // "3 year" outside "3-year"
	}
	e := k + 1
	if hyphen {
		if f.isPunct(e, '-') && f.lowerIs(e+1, "old") { // "10-year-old": an age
			return match{}, false
		}
		return match{s: s, e: e, typ: TypeDuration, val: durValue(n, unit, fuzzy), mod: mod}, true
	}
	if n == 1 && !fuzzy && unit == int(unitYear) && f.kind(j) == twA && f.isPunct(e, '-') && f.adjacent(k) && f.lowerIs(e+1, "earlier", "ago") {
		// "a year-earlier loss": the same period a year before
		return f.shifted(1, unit, false, -1, f.ref, k, e+2)
	}
	if f.lowerIs(e, "or") && f.lowerIs(e+1, "so") && f.kind(e+2) == twAgo {
		m, ok := f.shifted(n, unit, fuzzy, -1, f.ref, s, e+3) // "a week or so ago"
		m.mod = "APPROX"
		return m, ok
	}
	if f.kind(e) == twAgo {
		m, ok := f.shifted(n, unit, fuzzy, -1, f.ref, s, e+1)
		m.mod = mod
		return m, ok
	}
	if f.kind(e) == twRelDir && (f.lowerIs(e, "earlier", "later")) {
		anchor := f.anchor
		if anchor.IsZero() {
			return match{}, false
		}
		m, ok := f.shifted(n, unit, fuzzy, int(f.toks[e].wv), anchor, s, e+1)
		m.mod = mod
		return m, ok
	}
	// "a year" after an amount is a rate: "$5 a year".
	if f.kind(j) == twA && n == 1 && s == j && (f.isNum(j-1) || f.lowerIs(j-1, "times", "once", "twice", "dollars", "cents", "million", "billion", "percent")) {
		return match{s: s, e: e, typ: TypeSet, val: durValue(1, unit, false)}, true
	}
	if unit == int(unitWeekend) || unit == int(unitQuarter) && !f.lowerIs(j-1, "past", "last", "next", "first", "coming", "previous") {
		return match{}, false
	}
	if f.lowerIs(s-1, "in") && s == j && mod == "" && f.hasRef && (unit == int(unitYear) || unit == int(unitMonth) || unit == int(unitWeek) || unit == int(unitDecade)) &&
		f.tense(s, e) > 0 && !f.lowerIs(e, "or", "to", "and", "of", "from", "after", "before", "since", "than") {
		// "the bonds would mature in seven years": the time that far ahead
		return f.shifted(n, unit, fuzzy, 1, f.ref, s, e)
	}
	return match{s: s, e: e, typ: TypeDuration, val: durValue(n, unit, fuzzy), mod: mod}, true
}

// shifted resolves "N units ago/later" from base in direction dir.
func (f *finder) shifted(n, unit int, fuzzy bool, dir int, base time.Time, s, e int) (match, bool) {
	if base.IsZero() {
		return match{}, false
	}
	if fuzzy {
		v := "PAST_REF"
		if dir > 0 {
			v = "FUTURE_REF"
		}
		return match{s: s, e: e, typ: TypeDate, val: v}, true
	}
	k := n * dir
	switch unit {
	case int(unitYear):
		if n == 1 && dir < 0 && f.periodEndBefore(s) {
			// "for the 16 weeks ended Sept. 6, ... a year earlier": the
			// period that ended a year before that day
			d := f.anchor.AddDate(-1, 0, 0)
			return match{s: s, e: e, typ: TypeDate, val: f.ymd(d)}, true
		}
		if n == 1 && (f.lastQ != 0 || f.quarterContext(s)) && !f.multiQuarterContext(s) {
			q := f.lastQ
			if q == 0 {
				q = f.lastQuarter()
			}
			return match{s: s, e: e, typ: TypeDate, val: f.yq(q/10+k, q%10)}, true
		}
		return match{s: s, e: e, typ: TypeDate, val: f.itoa(base.Year() + k)}, true
	case int(unitDecade):
		return match{s: s, e: e, typ: TypeDate, val: f.itoa((base.Year() + 10*k) / 10)}, true
	case int(unitCentury):
		return match{s: s, e: e, typ: TypeDate, val: f.itoa((base.Year() + 100*k) / 100)}, true
	case int(unitMonth):
		t := time.Date(base.Year(), base.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
		return match{s: s, e: e, typ: TypeDate, val: f.ym(t.Year(), int(t.Month()))}, true
	case int(unitWeek):
		return match{s: s, e: e, typ: TypeDate, val: f.isoWeek(base.AddDate(0, 0, 7*k))}, true
	case int(unitFortnight):
		return match{s: s, e: e, typ: TypeDate, val: f.isoWeek(base.AddDate(0, 0, 14*k))}, true
	case int(unitDay):
		d := base.AddDate(0, 0, k)
		return match{s: s, e: e, typ: TypeDate, val: f.ymd(d), day: d}, true
	case int(unitQuarter):
		q := base.Year()*4 + (int(base.Month())-1)/3 + k
		return match{s: s, e: e, typ: TypeDate, val: f.yq(q/4, q%4+1)}, true
	case int(unitHour), int(unitMinute), int(unitSecond):
		return match{s: s, e: e, typ: TypeDate, val: f.ymd(base)}, true
	}
	return match{}, false
}

// quarterContext reports whether the sentence around s talks of quarters.
func (f *finder) quarterContext(s int) bool {
	for k := s - 1; k >= 0 && s-k < 25; k-- {
		if f.clauseEnd(k) && f.toks[k].val != '"' {
			break
		}
		if f.kind(k) == twUnit && f.toks[k].wv == unitQuarter {
			return true
		}
	}
	for k := s; k < len(f.toks) && k-s < 25; k++ {
		if f.clauseEnd(k) && f.toks[k].val != '"' {
			break
		}
		if f.kind(k) == twUnit && f.toks[k].wv == unitQuarter {
			return true
		}
	}
	return false
}

// periodNamed reports whether the sentence around token s names the
// reporting period a comparison refers to: "the latest period", "the same
// period", "the year-earlier period", "the period ended June 30".
func (f *finder) periodNamed(s int) bool {
	return f.sentenceHas(s, 40, f.periodAt)
}

// sentenceHas reports whether at holds for a token of the sentence around
// token s, less than reach tokens from it.
func (f *finder) sentenceHas(s, reach int, at func(k int) bool) bool {
	for k := s - 1; k >= 0 && s-k < reach && !f.sentenceBreak(k); k-- {
		if at(k) {
			return true
		}
	}
	for k := s; k < len(f.toks) && k-s < reach && !f.sentenceBreak(k); k++ {
		if at(k) {
			return true
		}
	}
	return false
}

// periodAt reports "period" at k qualified as a reporting period.
func (f *finder) periodAt(k int) bool {
	if !f.lowerIs(k, "period", "periods") {
		return false
	}
	if f.lowerIs(k+1, "ended", "ending", "ends") {
		return true
	}
	if f.lowerIs(k-1, "earlier", "ago") && f.isPunct(k-2, '-') && f.lowerIs(k-3, "year") {
		return true // "the year-earlier period"
	}
	return f.lowerIs(k-1, "latest", "same", "comparable", "corresponding", "current", "reporting") &&
		f.lowerIs(k-2, "the", "that", "this")
}

// periodEndBefore reports whether the sentence before token s names the
// day a period ended ("the quarter ended Sept. 30"), the anchor.
func (f *finder) periodEndBefore(s int) bool {
	a := f.anchorTok
	if !f.named || f.anchorChunk != f.chunks || a >= s || s-a > 40 || !f.lowerIs(a-1, "ended", "ending") {
		return false
	}
	for k := a; k < s; k++ {
		if f.sentenceBreak(k) {
			return false
		}
	}
	return true
}

// multiQuarterContext reports whether the sentence around s compares a
// period longer than a quarter ("for the nine months ... a year earlier",
// "in the first half"): the period a year back then lies in that year, not
// in one quarter of it.
func (f *finder) multiQuarterContext(s int) bool {
	return f.sentenceHas(s, 40, f.multiQuarterAt)
}

// sentenceBreak reports a clause end at k other than a closing quote or
// the point of a decimal number ("$41.2").
func (f *finder) sentenceBreak(k int) bool {
	if f.wordStop(k) {
		return true
	}
	if !f.clauseEnd(k) || f.toks[k].val == '"' {
		return false
	}
	return f.toks[k].val != '.' || !f.isNum(k-1) || !f.isNum(k+1) || !f.adjacent(k-1) || !f.adjacent(k)
}

// wordStop reports a short lower-case word that keeps the full stop after
// it ("it said. Sales rose"): no abbreviation, a capital follows.
func (f *finder) wordStop(k int) bool {
	if k < 0 || k+1 >= len(f.toks) || f.toks[k].kind != tkWord || !f.capitalized(k+1) {
		return false
	}
	w := f.word(k)
	if len(w) < 3 || w[len(w)-1] != '.' || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] == '.' {
			return false // "a.m."
		}
	}
	return !f.lowerIs(k, "vs", "etc", "no", "est", "approx", "inc", "corp", "co", "ltd", "jr", "sr", "st")
}

// multiQuarterAt reports "nine months", "six months", "first half" at k.
func (f *finder) multiQuarterAt(k int) bool {
	if f.lowerIs(k, "months") {
		return f.lowerIs(k-1, "six", "nine", "6", "9")
	}
	return f.kind(k) == twHalf && f.kind(k-1) == twOrd
}

// lastQuarter is the last complete quarter before the reference, as
// year*10+quarter.
func (f *finder) lastQuarter() int {
	q := f.ref.Year()*4 + (int(f.ref.Month())-1)/3 - 1
	return q/4*10 + q%4 + 1
}

func (f *finder) quarterVal(yq int) string { return f.yq(yq/10, yq%10) }

// ---- "the ..." ----

func (f *finder) theExpr(i int) (match, bool) {
	j := i + 1
	switch f.kind(j) {
	case twFuture:
		if f.lowerIs(j, "future") {
			return match{s: i, e: j + 1, typ: TypeDate, val: "FUTURE_REF"}, true
		}
	case twNone:
		if f.lowerIs(j, "full", "entire", "whole") && f.lowerIs(j+1, "year") && f.hasRef {
			return match{s: i, e: j + 2, typ: TypeDate, val: f.itoa(f.ref.Year())}, true
		}
		if f.lowerIs(j, "final") && f.kind(j+1) == twUnit && f.toks[j+1].wv == unitQuarter {
			return f.ordinalUnit(i, j+1, 4)
		}
		if f.lowerIs(j, "near", "short") && f.lowerIs(j+1, "term") {
			return match{s: i, e: j + 2, typ: TypeDate, val: "FUTURE_REF"}, true
		}
		if f.lowerIs(j, "near", "foreseeable", "distant", "immediate") && f.kind(j+1) == twFuture {
			return match{s: i, e: j + 2, typ: TypeDate, val: "FUTURE_REF"}, true
		}
		if f.lowerIs(j, "latest", "most") {
			k := j + 1
			if f.lowerIs(j, "most") && f.lowerIs(k, "recent") {
				k++
			}
			if (f.kind(k) == twUnit && f.toks[k].wv == unitQuarter || f.lowerIs(k, "period")) && f.hasRef {
				return match{s: i, e: k + 1, typ: TypeDate, val: f.quarterVal(f.lastQuarter())}, true
			}
			if f.kind(k) == twFiscal && f.lowerIs(k+1, "year") && f.hasRef {
				return match{s: i, e: k + 2, typ: TypeDate, val: f.itoa(f.ref.Year() - 1)}, true
			}
		}
		if f.lowerIs(j, "same") && f.lowerIs(j+1, "period", "quarter", "month", "time", "day", "week") && f.kind(j+2) == twLast && f.lowerIs(j+3, "year") && f.hasRef {
			// "the same period last year": the last date named, a year back
			if v := yearBack(f.lastVal); v != "" && !f.lowerIs(j+1, "quarter") {
				return match{s: i, e: j + 4, typ: TypeDate, val: v}, true
			}
			q := f.lastQ
			if q == 0 {
				q = f.lastQuarter()
			}
			return match{s: i, e: j + 4, typ: TypeDate, val: f.quarterVal(q - 10)}, true
		}
		if f.lowerIs(j, "comparable", "corresponding") {
			if m, ok := f.yearAgoQuarter(j+1, i); ok {
				return m, true
			}
		}
	case twPresent:
		if f.lowerIs(j, "present") && f.kind(j+1) != twUnit {
			return match{s: i, e: j + 1, typ: TypeDate, val: "PRESENT_REF"}, true
		}
	case twLast, twNext, twThis:
		if f.lowerIs(j, "past") && !f.isNum(j+1) && f.kind(j+1) != twNum && f.kind(j+1) != twUnit && f.kind(j+1) != twFew && f.kind(j+1) != twDecadeWord && f.kind(j+1) != twSeason {
			return match{s: i, e: j + 1, typ: TypeDate, val: "PAST_REF"}, true
		}
		return f.relExpr(j, i)
	case twOrd:
		return f.ordinalExpr(j, i)
	case twPart:
		return f.partExpr(j, i)
	case twDecadeWord:
		return match{s: i, e: j + 1, typ: TypeDate, val: "19" + itoa(int(f.toks[j].wv))}, true
	case twSeason:
		return f.seasonExpr(j, i)
	case twFiscal:
		if f.lowerIs(j+1, "year") && f.lowerIs(j+2, "ended", "ending") {
			return match{s: i, e: j + 2, typ: TypeDuration, val: "P1Y"}, true
		}
		if f.lowerIs(j+1, "year") && !f.isNum(j+2) && f.hasRef {
			return match{s: i, e: j + 2, typ: TypeDate, val: f.itoa(f.ref.Year())}, true
		}
		if f.kind(j+1) == twOrd {
			return f.ordinalExpr(j+1, i)
		}
		return f.fiscalExpr(j, i)
	case twBeginning:
		if f.kind(j+1) == twOf && f.kind(j+2) == twThe && f.kind(j+3) == twUnit && f.hasRef {
			// "the end of the year": the current one
			mod := [...]string{"", "START", "MID", "END"}[f.toks[j].wv]
			switch f.toks[j+3].wv {
			case unitYear:
				return match{s: i, e: j + 4, typ: TypeDate, val: f.itoa(f.ref.Year()), mod: mod}, true
			case unitMonth:
				return match{s: i, e: j + 4, typ: TypeDate, val: f.ym(f.ref.Year(), int(f.ref.Month())), mod: mod}, true
			case unitWeek:
				return match{s: i, e: j + 4, typ: TypeDate, val: f.isoWeek(f.ref), mod: mod}, true
			}
		}
		if f.kind(j+1) == twOf {
			m, ok := f.inner(j + 2)
			if ok && m.typ == TypeDate && m.val != "" && m.val[0] >= '0' && m.val[0] <= '9' && len(m.val) < 10 {
				m.s = i
				m.mod = [...]string{"", "START", "MID", "END"}[f.toks[j].wv]
				return m, true
			}
		}
	case twUnit:
		unit, plural, _ := f.unitAt(j)
		switch {
		case unit == int(unitQuarter) && !plural && f.hasRef && !(f.isPunct(j+1, '-') && f.lowerIs(j+2, "to")):
			q := f.lastQ
			if q == 0 {
				q = f.lastQuarter()
			}
			if f.lastQ == 0 && f.lowerIs(j+1, "ended", "ending") {
				// "the quarter ended Aug. 31", no quarter named before: the
				// calendar quarter that holds most of the three months
				if m, ok := f.inner(j + 2); ok && !m.day.IsZero() && m.s == j+2 {
					d := m.day.AddDate(0, 0, -45)
					return match{s: i, e: j + 1, typ: TypeDate, val: f.yq(d.Year(), (int(d.Month())+2)/3)}, true
				}
			}
			if f.kind(j+1) == twA && f.lowerIs(j+2, "year") && f.lowerIs(j+3, "ago", "earlier") {
				// "the quarter a year ago": the same quarter, a year back
				return match{s: i, e: j + 4, typ: TypeDate, val: f.quarterVal(q - 10)}, true
			}
			return match{s: i, e: j + 1, typ: TypeDate, val: f.quarterVal(q)}, true
		case unit == int(unitWeek) && !plural && f.kind(j+1) == twOf:
			if m, ok := f.inner(j + 2); ok && !m.day.IsZero() && m.s == j+2 {
				return match{s: i, e: m.e, typ: TypeDate, val: f.isoWeek(m.day)}, true
			}
		case unit == int(unitWeek) && !plural && f.hasRef && f.kind(j+1) != twRelDir && f.kind(j+1) != twAgo &&
			!f.lowerIs(j+1, "ahead", "that", "when", "in", "ended", "ending", "to", "through", "after", "before", "long", "or", "and"):
			// "For the week, bond yields gained 0.4 point": a week of the
			// reference year that the text does not pin down
			return match{s: i, e: j + 1, typ: TypeDate, val: f.itoa(f.ref.Year()) + "-WXX"}, true
		case unit == int(unitDay) && !plural && f.lowerIs(j+1, "before", "after"):
			dir := 1
			if f.lowerIs(j+1, "before") {
				dir = -1
			}
			if m, ok := f.inner(j + 2); ok && m.s == j+2 && !m.day.IsZero() && m.typ == TypeDate {
				// "the day before last Monday's vote": one day from that date
				d := m.day.AddDate(0, 0, dir)
				return match{s: i, e: m.e, typ: TypeDate, val: f.ymd(d), day: d}, true
			}
			if n := len(f.out); n > 0 && f.isPunct(i-1, ',') && f.out[n-1].End == int(f.toks[i-1].start) && len(f.out[n-1].Value) == 10 && !f.anchor.IsZero() {
				// "Sept. 4, the day before the strike": the day just named
				return match{s: i, e: j + 1, typ: TypeDate, val: f.ymd(f.anchor), day: f.anchor}, true
			}
		case unit == int(unitDay) && !plural && f.hasRef && !f.anchor.IsZero() && f.dayContext(i) &&
			!f.lowerIs(j+1, "before", "after", "of", "when", "that") && (f.lowerIs(i-1, "in") || !f.lowerIs(j+1, "he", "she", "they", "it", "we", "i", "in", "on")):
			// "later in the day", "to end the day": the day last named
			return match{s: i, e: j + 1, typ: TypeDate, val: f.ymd(f.anchor), day: f.anchor}, true
		case unit == int(unitWeekend) && !plural && f.hasRef:
			return match{s: i, e: j + 1, typ: TypeDate, val: f.weekend(i, j+1, 0)}, true
		case plural && f.lowerIs(i-1, "over", "through", "across", "during") && (unit == int(unitYear) || unit == int(unitMonth) || unit == int(unitWeek) || unit == int(unitDecade)):
			return match{s: i, e: j + 1, typ: TypeDuration, val: durValue(0, unit, true)}, true
		case unit == int(unitYear) && !plural && f.isPunct(j+1, '-') && f.adjacent(j):
			return f.yearAgoQuarter(j, i)
		case unit == int(unitYear) && !plural && f.lowerIs(j+1, "before", "previous", "earlier") && f.anchorYear != 0 &&
			(f.clauseEnd(j+2) || f.isPunct(j+2, ',')):
			// "$19.8 billion less than the year previous": the year before the last named
			return match{s: i, e: j + 2, typ: TypeDate, val: f.itoa(f.anchorYear - 1)}, true
		case unit == int(unitYear) && !plural && f.lowerIs(j+1, "ended", "ending", "to"):
			return match{s: i, e: j + 1, typ: TypeDuration, val: "P1Y"}, true // "the year ended Sept. 30"
		case unit == int(unitYear) && !plural:
			if y, e, ok := f.spelledYear(j + 1); ok {
				return match{s: i, e: e, typ: TypeDate, val: f.itoa(y)}, true
			}
			if f.isNum(j+1) && f.toks[j+1].nd == 4 {
				return match{s: i, e: j + 2, typ: TypeDate, val: f.itoa(int(f.toks[j+1].val))}, true
			}
			// "results for the year", "nine months of the year": the
			// current one; "the year before" needs an anchor.
			if f.hasRef && !f.isNum(j+1) && (f.kind(j+1) == twNone || f.kind(j+1) == twOf && !f.isNum(j+2)) && !f.lowerIs(j+1, "before", "after", "previous", "prior", "when", "that", "in", "which", "round", "ahead", "since") &&
				(f.lowerIs(i-1, "for") && !f.lowerIs(i-2, "man", "woman", "person", "player", "coach", "team", "book", "album", "song", "car", "company") ||
					f.lowerIs(i-1, "of") && (f.kind(i-2) == twUnit || f.lowerIs(i-2, "rest", "remainder", "balance", "part", "half"))) {
				return match{s: i, e: j + 1, typ: TypeDate, val: f.itoa(f.ref.Year())}, true
			}
		}
	}
	if f.isNum(j) {
		if f.toks[j].nd == 4 && f.kind(j+1) == twOrd && f.kind(j+2) == twUnit && f.toks[j+2].wv == unitQuarter && f.toks[j+1].wv <= 4 {
			return match{s: i, e: j + 3, typ: TypeDate, val: f.yq(int(f.toks[j].val), int(f.toks[j+1].wv))}, true
		}
		if f.toks[j].nd == 4 && f.lowerIs(j+1, "period", "quarter") && f.toks[j].val >= 1900 && f.toks[j].val <= 2199 && f.hasRef {
			q := f.lastQ
			if q == 0 {
				q = f.lastQuarter()
			}
			return match{s: i, e: j + 2, typ: TypeDate, val: f.yq(int(f.toks[j].val), q%10)}, true
		}
		if f.toks[j].nd == 4 && f.adjacent(j) && f.lowerIs(j+1, "s") {
			m, ok := f.yearExpr(j)
			m.s = i
			return m, ok
		}
		if m, ok := f.numberExpr(j); ok && m.typ == TypeDate && (len(m.val) == 3 || len(m.val) == 2 || len(m.val) == 7 && m.val[5] == 'Q') {
			m.s = i
			return m, true
		}
	}
	if (f.isPunct(j, '\'') || f.isPunct(j, '’')) && f.isNum(j+1) {
		if m, ok := f.shortYear(j); ok && len(m.val) == 3 {
			m.s = i
			return m, true
		}
	}
	// "the nine months": a counted duration.
	if f.isNum(j) || f.kind(j) == twNum {
		if m, ok := f.quantity(j, i, ""); ok && m.typ == TypeDuration && m.val[len(m.val)-1] != 'X' && !f.isPunct(m.e-2, '-') {
			return m, true
		}
	}
	return match{}, false
}

// yearAgoQuarter reads "year-earlier quarter", "year-ago period" at j.
func (f *finder) yearAgoQuarter(j, s int) (match, bool) {
	if !f.hasRef || !f.lowerIs(j, "year") || !f.isPunct(j+1, '-') || !f.lowerIs(j+2, "earlier", "ago") {
		return match{}, false
	}
	k := j + 3
	if f.kind(k) == twOrd && f.kind(k+1) == twUnit && f.toks[k+1].wv == unitQuarter {
		q := int(f.toks[k].wv)
		if q >= 1 && q <= 4 {
			y := f.quarterYear(q, s, k+2) - 1
			return match{s: s, e: k + 2, typ: TypeDate, val: f.yq(y, q)}, true
		}
	}
	if f.lowerIs(k, "quarter", "period") {
		return match{s: s, e: k + 1, typ: TypeDate, val: f.quarterVal(f.lastQuarter() - 10)}, true
	}
	return match{}, false
}

// quarterYear picks the year of a year-less quarter: the reference year,
// or the one before when the quarter has not begun (reports come after).
func (f *finder) quarterYear(q, i, e int) int {
	y := f.ref.Year()
	cur := (int(f.ref.Month())-1)/3 + 1
	if q > cur && f.tense(i, e) <= 0 {
		return y - 1
	}
	return y
}

// weekend returns the TIMEX3 value of the weekend near the reference.
func (f *finder) weekend(i, e, dir int) string {
	if dir == 0 {
		dir = -1
		if f.tense(i, e) > 0 {
			dir = 1
		}
	}
	sat, _ := f.resolveWeekday(int(time.Saturday), i, e, dir)
	if w := f.ref.Weekday(); w == time.Saturday || w == time.Sunday {
		if dir == -1 || dir == 0 {
			sat = f.ref.AddDate(0, 0, -((int(w) + 1) % 7))
		}
	}
	return f.isoWeek(sat) + "-WE"
}

// ---- last / this / next ----

// relDir is the direction of the relative word at j: -1 for "last", 1 for
// "next", 0 for "this" (and any other word).
func (f *finder) relDir(j int) int {
	switch f.kind(j) {
	case twLast:
		return -1
	case twNext:
		return 1
	}
	return 0
}

// relExpr reads "last week", "next Friday", "this fall", "past three
// months" with the relative word at j; the match starts at s.
func (f *finder) relExpr(j, s int) (match, bool) {
	dir := f.relDir(j)
	w := f.lower(j)
	k := j + 1
	if f.capitalized(j) && f.capitalized(k) && !f.sentenceStart(j) && !f.allCaps(j) {
		return match{}, false // a title: "This Week", "Next Year's Model"
	}
	if w == "this" && f.lowerIs(k, "past") {
		dir, k = -1, k+1
	} else if w == "this" && f.lowerIs(k, "coming") {
		dir, k = 1, k+1
	}
	// "the past three months", "next two weeks": durations.
	if f.isNum(k) || f.kind(k) == twNum || f.kind(k) == twFew || f.kind(k) == twA {
		if m, ok := f.quantity(k, s, ""); ok && m.typ == TypeDuration {
			return m, true
		}
		return match{}, false
	}
	if !f.hasRef {
		return match{}, false
	}
	switch f.kind(k) {
	case twUnit:
		unit, plural, _ := f.unitAt(k)
		if plural {
			if dir < 0 && w != "last" {
				return match{s: s, e: k + 1, typ: TypeDuration, val: durValue(0, unit, true)}, true
			}
			if dir > 0 && (w == "coming" || w == "next") {
				return match{s: s, e: k + 1, typ: TypeDuration, val: durValue(0, unit, true)}, true
			}
			return match{}, false
		}
		if s < j && (w == "past" || w == "last") && unit == int(unitYear) {
			return match{s: s, e: k + 1, typ: TypeDate, val: f.itoa(f.ref.Year() - 1)}, true
		}
		if (w == "following" || w == "previous" || w == "preceding") && unit == int(unitMonth) && f.anchorMonth != 0 {
			am := f.anchorMonth + dir
			return match{s: s, e: k + 1, typ: TypeDate, val: f.ym(am/12, am%12+1)}, true
		}
		if s < j && (w == "following" || w == "previous" || w == "preceding") && unit == int(unitYear) && f.anchorYear != 0 {
			return match{s: s, e: k + 1, typ: TypeDate, val: f.itoa(f.anchorYear + dir)}, true
		}
		if s < j && dir != 0 && w != "last" && w != "previous" && w != "preceding" && unit != int(unitDay) {
			// "the past month", "the next month": a span up to or from now.
			if w == "past" || w == "next" || w == "coming" {
				return match{s: s, e: k + 1, typ: TypeDuration, val: durValue(1, unit, false)}, true
			}
		}
		base := f.ref
		if unit == int(unitDay) {
			if s < j || w == "previous" || w == "following" {
				base = f.anchor
			}
			if dir == 0 {
				return match{}, false
			}
			d := base.AddDate(0, 0, dir)
			return match{s: s, e: k + 1, typ: TypeDate, val: f.ymd(d), day: d}, true
		}
		if unit == int(unitWeekend) {
			return match{s: s, e: k + 1, typ: TypeDate, val: f.weekend(s, k+1, dir)}, true
		}
		if unit == int(unitYear) && possessiveLen(f.word(k)) > 0 {
			// "this year's third quarter", "last year's quarter"
			y := f.ref.Year() + dir
			if f.kind(k+1) == twOrd && f.kind(k+2) == twUnit && f.toks[k+2].wv == unitQuarter && f.toks[k+1].wv <= 4 {
				return match{s: s, e: k + 3, typ: TypeDate, val: f.yq(y, int(f.toks[k+1].wv))}, true
			}
			if f.lowerIs(k+1, "quarter", "period") {
				q := f.lastQ
				if q == 0 {
					q = f.lastQuarter()
				}
				return match{s: s, e: k + 2, typ: TypeDate, val: f.yq(y, q%10)}, true
			}
		}
		if unit == int(unitQuarter) && w == "this" && f.lastQ != 0 && possessiveLen(f.word(k)) > 0 &&
			f.lowerIs(k+1, "loss", "losses", "profit", "profits", "earnings", "results", "net", "sales", "revenue", "income") {
			// "This quarter's loss" in a report on the quarter just named
			return match{s: s, e: k + 1, typ: TypeDate, val: f.quarterVal(f.lastQ)}, true
		}
		m, ok := f.shifted(1, unit, false, dir, base, s, k+1)
		if ok && dir == 0 {
			m, ok = f.shifted(0, unit, false, 1, base, s, k+1)
		}
		if ok && unit == int(unitYear) {
			m.val = f.itoa(base.Year() + dir)
			if w == "last" && f.lastQ != 0 && (f.quarterContext(s) || f.periodNamed(s)) {
				m.val = f.yq(f.lastQ/10-1, f.lastQ%10) // "compared with $3 million last year"
			}
		}
		return m, ok
	case twWeekday:
		if !f.capitalized(k) {
			return match{}, false
		}
		wd := int(f.toks[k].wv)
		var d time.Time
		if (w == "previous" || w == "preceding" || w == "following") && !f.anchor.IsZero() {
			aw := int(f.anchor.Weekday())
			if dir < 0 {
				back := (aw - wd + 7) % 7
				if back == 0 {
					back = 7
				}
				d = f.anchor.AddDate(0, 0, -back)
			} else {
				fwd := (wd - aw + 7) % 7
				if fwd == 0 {
					fwd = 7
				}
				d = f.anchor.AddDate(0, 0, fwd)
			}
		} else if dir == 0 {
			mon := f.ref.AddDate(0, 0, -((int(f.ref.Weekday()) + 6) % 7))
			d = mon.AddDate(0, 0, (wd+6)%7)
		} else {
			d, _ = f.resolveWeekday(wd, s, k+1, dir)
		}
		e := k + 1
		if f.kind(e) == twDayPart {
			e++
		}
		return match{s: s, e: e, typ: TypeDate, val: f.ymd(d), day: d}, true
	case twMonth, twMonthAbbr:
		if !f.capitalized(k) {
			return match{}, false
		}
		mo := int(f.toks[k].wv)
		ry, rm := f.ref.Year(), int(f.ref.Month())
		// "last Oct. 23": the latest such day before the reference.
		if f.isNum(k+1) && f.toks[k+1].nd <= 2 && f.toks[k+1].val >= 1 && f.toks[k+1].val <= 31 && dir != 0 {
			d := int(f.toks[k+1].val)
			y := ry
			if t := date(y, mo, d); dir < 0 && !t.Before(f.ref) {
				y--
			} else if dir > 0 && !t.After(f.ref) {
				y++
			}
			if d <= daysIn(time.Month(mo), y) {
				t := date(y, mo, d)
				e := k + 2
				if f.ordinalSuffix(e) {
					e++
				}
				return match{s: s, e: e, typ: TypeDate, val: f.ymd(t), day: t}, true
			}
		}
		y := ry
		switch {
		case dir < 0 && mo >= rm:
			y--
		case dir > 0 && mo <= rm:
			y++
		}
		return match{s: s, e: k + 1, typ: TypeDate, val: f.ym(y, mo)}, true
	case twSeason:
		return f.seasonRel(int(f.toks[k].wv), dir, s, k+1)
	case twDayPart:
		p := dayPartCode(int(f.toks[k].wv))
		switch {
		case w == "last" && p == "NI":
			d := f.ref.AddDate(0, 0, -1)
			return match{s: s, e: k + 1, typ: TypeTime, val: f.ymd(d) + "TNI", day: d}, true
		case w == "this":
			return match{s: s, e: k + 1, typ: TypeTime, val: f.ymd(f.ref) + "T" + p, day: f.ref}, true
		case s < j && (w == "next" || w == "following" || w == "previous" || w == "preceding") && !f.anchor.IsZero():
			// "the next morning": the day after the last date named
			d := f.anchor.AddDate(0, 0, dir)
			return match{s: s, e: k + 1, typ: TypeDate, val: f.ymd(d), day: d}, true
		}
	case twOrd:
		if w == "this" || w == "last" || w == "next" {
			return f.ordinalExpr(k, s)
		}
	case twHalf:
		if w == "last" && s < j {
			return f.ordinalUnit(s, k, 2) // "the last half of 2011"
		}
	case twNone:
		if w == "last" && s < j && f.lowerIs(k, "quarter") && f.kind(k+1) == twOf {
			return f.ordinalUnit(s, k, 4) // "the last quarter of 2009"
		}
	case twFiscal:
		if f.lowerIs(k+1, "year") {
			return match{s: s, e: k + 2, typ: TypeDate, val: f.itoa(f.ref.Year() + dir)}, true
		}
	}
	if w == "current" {
		return match{s: j, e: j + 1, typ: TypeDate, val: "PRESENT_REF"}, true
	}
	return match{}, false
}

// seasonRel resolves "last fall", "this spring", "next winter". A winter
// is named by the year it starts in.
func (f *finder) seasonRel(season, dir, s, e int) (match, bool) {
	cy, cs := f.ref.Year(), seasonOf(f.ref.Month())
	if f.ref.Month() <= time.February {
		cy--
	}
	y := cy
	switch {
	case dir < 0 && season >= cs:
		y--
	case dir > 0 && season <= cs:
		y++
	case dir == 0 && season < cs && f.tense(s, e) >= 0 && f.ref.Month() <= time.February:
		y++
	}
	return match{s: s, e: e, typ: TypeDate, val: f.itoa(y) + "-" + seasonCode(season)}, true
}

func seasonOf(m time.Month) int {
	switch m {
	case time.March, time.April, time.May:
		return 1
	case time.June, time.July, time.August:
		return 2
	case time.September, time.October, time.November:
		return 3
	}
	return 4
}

func seasonCode(s int) string {
	return [...]string{"", "SP", "SU", "FA", "WI"}[s]
}

// seasonExpr reads "spring", "the summer of 2008", "fall 1999" at j.
func (f *finder) seasonExpr(j, s int) (match, bool) {
	season := int(f.toks[j].wv)
	k := j + 1
	if f.kind(k) == twOf {
		k++
	}
	if f.isNum(k) && f.toks[k].nd == 4 && f.toks[k].val >= 1000 && f.toks[k].val <= 2199 {
		return match{s: s, e: k + 1, typ: TypeDate, val: f.itoa(int(f.toks[k].val)) + "-" + seasonCode(season)}, true
	}
	if y, e, ok := f.spelledYear(k); ok {
		return match{s: s, e: e, typ: TypeDate, val: f.itoa(y) + "-" + seasonCode(season)}, true
	}
	if !f.hasRef {
		return match{}, false
	}
	// A bare season needs a hint it is a time: "in the spring", "Autumn".
	if s == j && !f.capitalized(j) && !f.lowerIs(j-1, "in", "this", "during", "since", "until", "by", "early", "late", "mid") {
		return match{}, false
	}
	if s < j && !f.lowerIs(s-1, "in", "during", "since", "until", "by", "over", "through", "for", "this", "that", "into", "last", "next") {
		return match{}, false
	}
	if f.lowerIs(j, "fall") && f.kind(j+1) == twOf || f.capitalized(j) && f.nameOf(j+1) {
		return match{}, false // "the fall of Rome", "Spring of Life"
	}
	return f.seasonRel(season, 0, s, j+1)
}

// ---- parts, ordinals, fiscal years ----

// partExpr reads "early 1990", "mid-1990s", "late November", "late last
// year" with the part word at j.
func (f *finder) partExpr(j, s int) (match, bool) {
	part := int(f.toks[j].wv)
	k := j + 1
	if f.isPunct(k, '-') && f.adjacent(j) {
		k++
	}
	var m match
	ok := false
	switch {
	case f.isNum(k) && f.toks[k].nd == 4:
		if f.toks[k].val < 1000 || f.toks[k].val > 2199 {
			return match{}, false
		}
		m, ok = f.yearExpr(k)
		if !ok {
			m, ok = match{s: k, e: k + 1, typ: TypeDate, val: f.itoa(int(f.toks[k].val))}, true
		}
	case f.kind(k) == twThe && f.isNum(k+1):
		m, ok = f.yearExpr(k + 1)
	default:
		m, ok = f.inner(k)
	}
	if !ok || m.typ != TypeDate || m.s != k && !(f.kind(k) == twThe && m.s == k+1) {
		return match{}, false
	}
	if m.val == "" || m.val[0] < '0' || m.val[0] > '9' {
		return match{}, false
	}
	m.s = s
	if len(m.val) < 10 {
		m.mod = [...]string{"", "START", "MID", "END"}[part]
	}
	return m, true
}

// earlierExpr reads "earlier this year", "later this month".
func (f *finder) earlierExpr(i int) (match, bool) {
	if !f.lowerIs(i, "earlier", "later") {
		return match{}, false
	}
	if f.lowerIs(i+1, "that") {
		if m, ok := f.thatExpr(i+1, i); ok {
			return m, true
		}
	}
	if f.kind(i+1) == twIn && f.kind(i+2) == twThe && f.kind(i+3) == twUnit && f.toks[i+3].wv == unitYear && f.hasRef {
		return match{s: i, e: i + 4, typ: TypeDate, val: f.itoa(f.ref.Year())}, true // "earlier in the year"
	}
	k := f.kind(i + 1)
	if k == twThis || k == twLast || k == twNext || k == twRelDay || k == twWeekday {
		m, ok := f.inner(i + 1)
		if ok && m.typ == TypeDate || ok && m.typ == TypeTime {
			m.s = i
			return m, true
		}
	}
	return match{}, false
}

// ordinalExpr reads "third quarter", "third-quarter", "first half of 1990",
// "first nine months", "20th century" with the ordinal at j.
func (f *finder) ordinalExpr(j, s int) (match, bool) {
	n := int(f.toks[j].wv)
	if f.kind(j+1) == twUnit && f.toks[j+1].wv == unitDay && f.kind(j+2) == twOf && f.hasRef && s == j-1 &&
		(f.lowerIs(s-1, "is") && f.lowerIs(s-2, "it", "today", "this") || f.lowerIs(s-1, "its", "it’s")) {
		// "today is the fifth day of the blockade": the reference day
		return match{s: s, e: j + 2, typ: TypeDate, val: f.ymd(f.ref), day: f.ref}, true
	}
	return f.ordinalUnit(s, j+1, n)
}

// ordinalUnit reads what follows an ordinal n; k is the next token.
func (f *finder) ordinalUnit(s, k, n int) (match, bool) {
	if f.isPunct(k, '-') && f.adjacent(k-1) {
		k++
	}
	if f.kind(k) == twFiscal {
		k++ // "third fiscal quarter"
	}
	switch {
	case f.kind(k) == twUnit && f.toks[k].wv == unitQuarter && n >= 1 && n <= 4:
		e := k + 1
		y := 0
		if f.kind(e) == twOf || f.isPunct(e, ',') {
			if yy, ye := f.yearAfterMonth(e); yy > 0 {
				y, e = yy, ye
			}
		} else if f.isNum(e) && f.toks[e].nd == 4 {
			if yy, ye := f.yearAfterMonth(e); yy > 0 {
				y, e = yy, ye
			}
		}
		if y == 0 {
			if !f.hasRef {
				return match{}, false
			}
			y = f.quarterYear(n, s, e)
		}
		return match{s: s, e: e, typ: TypeDate, val: f.yq(y, n)}, true
	case f.kind(k) == twHalf && (n == 1 || n == 2):
		e := k + 1
		if f.kind(e) == twOf {
			// "the first half of the '70s": part of a decade
			if m, ok := f.inner(e + 1); ok && m.typ == TypeDate && len(m.val) == 3 && m.s == e+1 {
				m.s = s
				m.mod = [...]string{"", "START", "END"}[n]
				return m, true
			}
		}
		y := 0
		if yy, ye := f.yearAfterMonth(e); yy > 0 {
			y, e = yy, ye
		}
		if y == 0 {
			if !f.hasRef {
				return match{}, false
			}
			y = f.ref.Year()
			if n == 2 && f.ref.Month() <= 6 && f.tense(s, e) <= 0 {
				y--
			}
		}
		return match{s: s, e: e, typ: TypeDate, val: f.itoa(y) + "-H" + itoa(n)}, true
	case f.kind(k) == twUnit && f.toks[k].wv == unitCentury && n >= 1 && n <= 22:
		return match{s: s, e: k + 1, typ: TypeDate, val: pad(n-1, 2)}, true
	case f.isNum(k) || f.kind(k) == twNum || f.kind(k) == twFew:
		// "the first nine months"
		if m, ok := f.quantity(k, s, ""); ok && m.typ == TypeDuration {
			if m.val == "P2Q" && (n == 1 || n == 2) && f.kind(m.e) == twOf {
				// "the first two quarters of 2011": a half year
				if y, ye := f.yearAfterMonth(m.e); y > 0 {
					return match{s: s, e: ye, typ: TypeDate, val: f.itoa(y) + "-H" + itoa(n)}, true
				}
			}
			return m, true
		}
	}
	return match{}, false
}

// qNotation reads "Q3", "Q3 2017".
func (f *finder) qNotation(i int) (match, bool) {
	q := int(f.toks[i+1].val)
	e := i + 2
	y := 0
	if f.isNum(e) && f.toks[e].nd == 4 {
		y, e = int(f.toks[e].val), e+1
	} else {
		if !f.hasRef {
			return match{}, false
		}
		y = f.quarterYear(q, i, e)
	}
	return match{s: i, e: e, typ: TypeDate, val: f.yq(y, q)}, true
}

// fiscalExpr reads "fiscal 1989", "fiscal year 1990" with "fiscal" at j.
func (f *finder) fiscalExpr(j, s int) (match, bool) {
	k := j + 1
	if f.lowerIs(k, "year") {
		k++
	}
	if f.isNum(k) && f.toks[k].nd == 4 && f.toks[k].val >= 1900 && f.toks[k].val <= 2199 {
		return match{s: s, e: k + 1, typ: TypeDate, val: f.itoa(int(f.toks[k].val))}, true
	}
	return match{}, false
}

// ---- sets ----

func (f *finder) setWord(i int) (match, bool) {
	unit := int(f.toks[i].wv)
	return match{s: i, e: i + 1, typ: TypeSet, val: durValue(1, unit, false)}, true
}

// everyExpr reads "every day", "each year", "every two weeks", "every
// Monday".
func (f *finder) everyExpr(i int) (match, bool) {
	if f.lowerIs(i, "per") {
		return match{}, false
	}
	k := i + 1
	n, fuzzy := 1, false
	if f.isNum(k) || f.kind(k) == twNum {
		var ok bool
		n, fuzzy, k, ok = f.numPhrase(k)
		if !ok {
			return match{}, false
		}
	}
	if unit, plural, ok := f.unitAt(k); ok && (plural == (n > 1)) && !fuzzy {
		return match{s: i, e: k + 1, typ: TypeSet, val: durValue(n, unit, false)}, true
	}
	if f.kind(k) == twWeekday && f.capitalized(k) {
		return match{s: i, e: k + 1, typ: TypeSet, val: "XXXX-WXX-" + itoa((int(f.toks[k].wv)+6)%7+1)}, true
	}
	if f.kind(k) == twMonth && f.capitalized(k) {
		return match{s: i, e: k + 1, typ: TypeSet, val: "XXXX-" + pad(int(f.toks[k].wv), 2)}, true
	}
	return match{}, false
}

// ---- holidays ----

func (f *finder) holidayExpr(i int) (match, bool) {
	if !f.capitalized(i) {
		return match{}, false
	}
	h := holidays[f.toks[i].wv]
	best := -1
	for _, name := range h.names {
		k, ok := i, true
		for rest := name; rest != ""; {
			var w string
			w, rest = cutSpace(rest)
			if !f.lowerIs(k, w) {
				ok = false
				break
			}
			k++
		}
		if ok && k > best {
			best = k
		}
	}
	if best < 0 {
		return match{}, false
	}
	e := best
	y, ye := f.yearAfter(e)
	if y > 0 {
		e = ye
	} else if f.hasRef {
		y = f.ref.Year()
		if d := holidayDate(h.md, h.rule, y); d.Sub(f.ref) > 183*24*time.Hour {
			y--
		} else if f.ref.Sub(d) > 183*24*time.Hour {
			y++
		}
	} else {
		return match{}, false
	}
	d := holidayDate(h.md, h.rule, y)
	if d.IsZero() {
		return match{}, false
	}
	if e == best && f.lowerIs(e, "week") {
		// "Easter week", "Thanksgiving week": the week that holds the day
		return match{s: i, e: e + 1, typ: TypeDate, val: f.isoWeek(d)}, true
	}
	return match{s: i, e: e, typ: TypeDate, val: f.ymd(d), day: d}, true
}

func cutSpace(s string) (string, string) {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}

// holidayDate is the date of a holiday in year y.
func holidayDate(md, rule, y int) time.Time {
	if md > 0 {
		return date(y, md/100, md%100)
	}
	switch rule {
	case 1:
		return nthWeekday(y, time.November, time.Thursday, 4)
	case 2:
		return nthWeekday(y, time.September, time.Monday, 1)
	case 3:
		t := date(y, 5, 31)
		return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	case 4:
		return nthWeekday(y, time.November, time.Monday, 1).AddDate(0, 0, 1)
	case 5:
		// Anonymous Gregorian algorithm.
		a, b, c := y%19, y/100, y%100
		d, e := b/4, b%4
		g := (8*b + 13) / 25
		h := (19*a + b - d - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - h - k) % 7
		m := (a + 11*h + 19*l) / 433
		month := (h + l - 7*m + 90) / 25
		day := (h + l - 7*m + 33*month + 19) % 32
		return date(y, month, day)
	}
	return time.Time{}
}

// spelledYear reads a year in words at k: "nineteen ninety-four",
// "two thousand", "two thousand and one".
func (f *finder) spelledYear(k int) (int, int, bool) {
	if f.kind(k) != twNum {
		return 0, k, false
	}
	v := int(f.toks[k].wv)
	if v == 2 && f.kind(k+1) == twThousand {
		e := k + 2
		y := 2000
		j := e
		if f.kind(j) == twAnd {
			j++
		}
		if f.kind(j) == twNum && f.toks[j].wv > 0 && f.toks[j].wv < 20 {
			return y + int(f.toks[j].wv), j + 1, true
		}
		return y, e, true
	}
	if v < 10 || v > 20 || f.kind(k+1) != twNum {
		return 0, k, false
	}
	n, _, e, ok := f.numPhrase(k + 1)
	if !ok || n < 10 || n > 99 {
		return 0, k, false
	}
	return v*100 + n, e, true
}

// thatExpr reads "that year", "that day", "that quarter", "later that
// year": a time named before, taken from the anchors.
func (f *finder) thatExpr(i, s int) (match, bool) {
	u := i + 1
	if f.lowerIs(u, "same") {
		u++ // "that same day"
	}
	if f.kind(u) != twUnit {
		return match{}, false
	}
	switch f.toks[u].wv {
	case unitYear:
		if f.anchorYear != 0 {
			return match{s: s, e: u + 1, typ: TypeDate, val: f.itoa(f.anchorYear)}, true
		}
	case unitDay:
		// "withdrawals seen that day" with no day named before: any such day
		if !f.anchor.IsZero() && f.named && !f.lowerIs(u+1, "of", "when") {
			return match{s: s, e: u + 1, typ: TypeDate, val: f.ymd(f.anchor), day: f.anchor}, true
		}
	case unitMonth:
		if f.anchorMonth != 0 {
			return match{s: s, e: u + 1, typ: TypeDate, val: f.ym(f.anchorMonth/12, f.anchorMonth%12+1)}, true
		}
	case unitQuarter:
		if f.lastQ != 0 {
			return match{s: s, e: u + 1, typ: TypeDate, val: f.quarterVal(f.lastQ)}, true
		}
	}
	return match{}, false
}

// yearEnd reads "year-end", "year end", "year's end".
func (f *finder) yearEnd(i int) (match, bool) {
	if !f.hasRef || !f.lowerIs(i, "year") && !(f.lowerIs(i, "years") && possessiveLen(f.word(i)) > 0) {
		return match{}, false
	}
	e := i + 1
	hyphen := f.isPunct(e, '-') && f.adjacent(i)
	if hyphen {
		e++
	}
	if !f.lowerIs(e, "end") || f.isPunct(e+1, '-') {
		return match{}, false
	}
	y := f.ref.Year()
	if f.lowerIs(i-1, "since") || f.ref.Month() == time.January && f.tense(i, e+1) < 0 {
		y--
	}
	if !hyphen {
		// "by year end", "by year's end": the end of the year, as
		// "the end of the year" reads.
		return match{s: i, e: e + 1, typ: TypeDate, val: f.itoa(y), mod: "END"}, true
	}
	return match{s: i, e: e + 1, typ: TypeDate, val: f.itoa(y) + "-12-31"}, true
}

// yearBack moves a calendar value ("2010-02", "2010-Q1", "2010-02-13")
// one year back; it returns "" for other values.
func yearBack(v string) string {
	if len(v) < 7 || v[4] != '-' {
		return ""
	}
	y, ok := atoiN(v[:4])
	if !ok {
		return ""
	}
	if len(v) == 10 && v[5:] == "02-29" {
		return pad(y-1, 4) + "-02-28"
	}
	return pad(y-1, 4) + v[4:]
}

// dayContext reports whether the words before "the day" at i make it a
// particular day: "later in the day", "to end the day", "for the day".
func (f *finder) dayContext(i int) bool {
	switch {
	case f.lowerIs(i-1, "in"):
		return f.lowerIs(i-2, "later", "earlier", "late", "early")
	case f.lowerIs(i-1, "of"):
		return f.lowerIs(i-2, "rest", "end", "start", "beginning", "most", "close", "remainder")
	}
	return f.lowerIs(i-1, "for", "end", "ended", "ending", "close", "closed", "closing", "finish", "finished", "start", "started", "open", "opened")
}
