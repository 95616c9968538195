package dateline

// maxTimestampTokens bounds the tokens of one timestamp found in text.
const maxTimestampTokens = 16

// FindTimestamp returns the first timestamp inside s ("Published: 13
// February 2017 18:00 (UTC+04:00) | Politics") with its span [start, end),
// the longest reading at the earliest place. A timestamp needs a day and a
// month (a year, or a Reference for year-less ones); a bare year or time
// is not one. It returns ErrNoTimestamp when there is none.
func FindTimestamp(s string, opt Options) (ts Timestamp, start, end int, err error) {
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
