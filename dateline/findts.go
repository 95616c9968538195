package dateline

// maxTimestampTokens bounds the tokens of one timestamp found in text.
const maxTimestampTokens = 16

// MaxFindTimestamp is how far into its input FindTimestamp looks, in bytes.
const MaxFindTimestamp = 1 << 20

// FindTimestamp returns the first timestamp inside s ("Published: 13
// February 2017 18:00 (UTC+04:00) | Politics") with its span [start, end),
// the longest reading at the earliest place. A timestamp needs a day and a
// month (a year, or a Reference for year-less ones); a bare year or time
// is not one. It looks at the first MaxFindTimestamp bytes of s and
// returns ErrNoTimestamp when there is none.
func FindTimestamp(s string, opt Options) (ts Timestamp, start, end int, err error) {
	if len(s) > MaxFindTimestamp {
		s = s[:MaxFindTimestamp]
	}
	var win [maxTimestampTokens + 1]token
	n := 0
	// Tokens are kept in a sliding window; candidates start at a number,
	// a month, a weekday or a prefix word.
	i := 0
	for {
		t, next, ok := nextToken(s, i)
		if !ok {
			break
		}
		i = next
		if t.kind == tkWord {
			wi := lookupWord(s, &t)
			t.wk, t.wv = wi.kind, wi.val
		}
		if n == len(win) {
			copy(win[:], win[1:])
			n--
		}
		win[n] = t
		n++
		if n == len(win) {
			if ts, b, e, ok := tryWindow(s, win[:n], opt); ok && b == int(win[0].start) {
				return ts, b, e, nil
			}
		}
	}
	for k := 0; k < n; k++ {
		if ts, b, e, ok := tryWindow(s, win[k:n], opt); ok && b == int(win[k].start) {
			return ts, b, e, nil
		}
	}
	return Timestamp{}, 0, 0, ErrNoTimestamp
}

// tryWindow tries the timestamps that start at the first token of w,
// longest first.
func tryWindow(s string, w []token, opt Options) (Timestamp, int, int, bool) {
	first := w[0]
	switch {
	case first.kind == tkNum:
	case first.kind == tkWord && (first.wk == wkMonth || first.wk == wkWeekday || first.wk == wkRelDay):
	default:
		return Timestamp{}, 0, 0, false
	}
	// A date needs a month name, a relative day, or numbers joined by
	// separators; a run of bare numbers is not tried.
	hasDate := false
	for k := 0; k < len(w) && !hasDate; k++ {
		t := w[k]
		switch {
		case t.kind == tkWord && (t.wk == wkMonth || t.wk == wkRelDay || t.wk == wkUnit):
			hasDate = true
		case t.kind == tkNum && k+2 < len(w) && w[k+1].kind == tkPunct && w[k+2].kind == tkNum &&
			(w[k+1].val == '-' || w[k+1].val == '/' || w[k+1].val == '.') && w[k+1].start == t.end:
			hasDate = true
		case t.kind == tkNum && (t.nd == 10 || t.nd == 13) && len(w) == 1:
			hasDate = true
		}
	}
	if !hasDate {
		return Timestamp{}, 0, 0, false
	}
	for k := len(w); k >= 2; k-- {
		last := w[k-1]
		if !(last.kind == tkNum || last.kind == tkPunct && last.val == ')' || last.kind == tkWord &&
			(last.wk == wkZone || last.wk == wkAM || last.wk == wkPM || last.wk == wkMonth || last.wk == wkRelDay)) {
			continue
		}
		b, e := int(first.start), int(last.end)
		ts, err := ParseTimestamp(s[b:e], opt)
		if err == nil {
			return ts, b, e, true
		}
	}
	return Timestamp{}, 0, 0, false
}
