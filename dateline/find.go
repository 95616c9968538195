package dateline

import (
	"strconv"
	"time"
)

// TIMEX3 types of an Expr.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Expr is a temporal expression found in text, with its TimeML TIMEX3
// type and value resolved against the reference time.
type Expr struct {
	Start int    `json:"start"` // span in the text given
	End   int    `json:"end"`
	Text  string `json:"text"` // text[Start:End]
	Type  string `json:"type"` // TypeDate, TypeTime, TypeDuration or TypeSet
	// Value is the TIMEX3 value: "2017-02-13", "2017-02", "2017", "2017-W07",
	// "2017-WXX" (a week the text leaves open), "2017-Q1", "201" (a decade),
	// "2017-02-13T18:00", "P6Y", "XXXX-WXX-1TNI" (Monday nights), "PRESENT_REF".
	Value    string `json:"value"`
	EndValue string `json:"end_value,omitempty"` // last value of a range ("February 15-16": "2017-02-16")
	Mod      string `json:"mod,omitempty"`       // TIMEX3 mod: APPROX, START, MID, END, MORE_THAN, ...
	// Begin and Finish bound the calendar interval [Begin, Finish) that
	// Value (through EndValue) names, at midnight UTC; zero when Value is
	// not a calendar value (durations, PAST_REF).
	Begin  time.Time `json:"begin,omitzero"`
	Finish time.Time `json:"finish,omitzero"`
}

// rethrow makes scan re-raise a matcher failure; tests set it.
var rethrow bool

// maxChunk bounds the text scanned at once (a line, or a piece of one).
const maxChunk = 1 << 16

// Find returns the temporal expressions in text, in order. Relative ones
// ("yesterday", "last week", "Tuesday", "February 6") are resolved against
// opt.Reference; with a zero Reference they are left out. Expressions tied
// to another date ("two days later", "the next morning", "the year
// before", "the quarter a year ago") follow the last date named before them.
func Find(text string, opt Options) []Expr {
	return AppendFind(nil, text, opt)
}

// AppendFind is Find appending to dst.
func AppendFind(dst []Expr, text string, opt Options) []Expr {
	f := finder{text: text, opt: opt, out: dst}
	if !opt.Reference.IsZero() {
		y, m, d := opt.Reference.Date()
		f.ref = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		f.hasRef = true
		f.anchor = f.ref
	}
	for start := 0; start < len(text); {
		// A chunk is a paragraph: it ends at a blank line, so that a
		// hard-wrapped sentence stays whole.
		end := start
		for end < len(text) && end-start < maxChunk {
			if text[end] == '\n' && blankLineAt(text, end+1) {
				break
			}
			end++
		}
		if end-start >= maxChunk { // cut a long line at a space
			k := end
			for k > start+maxChunk/2 && text[k-1] != ' ' {
				k--
			}
			if text[k-1] == ' ' {
				end = k
			}
		}
		f.chunk(start, end)
		for end < len(text) && text[end] == '\n' {
			end++
		}
		start = end
	}
	return f.out
}

// blankLineAt reports whether the line starting at i holds only white
// space (or i is the end of text).
func blankLineAt(text string, i int) bool {
	for ; i < len(text); i++ {
		switch text[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// finder holds the state of one Find call.
type finder struct {
	text   string
	opt    Options
	out    []Expr
	toks   []token
	ref    time.Time // reference date at midnight UTC
	hasRef bool
	anchor time.Time // last day-level date mentioned, for "two days later"
	named  bool      // anchor was named in the text, not taken from the reference
	// anchorTok is the first token of the anchor's expression, in chunk
	// anchorChunk.
	anchorTok, anchorChunk int
	// anchorYear is the year of the last absolute date mentioned, for "the
	// following year"; lastQ the last quarter mentioned (year*10+q).
	anchorYear  int
	anchorMonth int // year*12 + month-1
	lastQ       int
	lastVal     string     // value of the last calendar date named below the year
	lastQChunk  int        // f.chunks when lastQ was set
	chunks      int        // lines scanned so far
	vals        [64]string // recent value strings, so a date named again costs nothing
	depth       int        // nesting of inner matches
	pend        pendingDay // the second day of "March 11 and 12"
}

// pendingDay is a bare day number that a month before it dated: tokens
// [tok, e) name day.
type pendingDay struct {
	tok, e int
	day    time.Time
}

// inner matches an expression nested in another one ("the end of March").
// Nesting is bounded, so "the end of the end of ..." costs linear time.
func (f *finder) inner(i int) (match, bool) {
	if f.depth >= 2 {
		return match{}, false
	}
	f.depth++
	m, ok := f.match(i)
	f.depth--
	return m, ok
}

// Word kinds in token.wk for the finder: the textWord kind.

func (f *finder) chunk(start, end int) {
	f.chunks++
	if f.chunks-f.lastQChunk > 4 {
		f.lastQ = 0 // a quarter named paragraphs ago no longer anchors
	}
	f.toks = f.toks[:0]
	f.pend = pendingDay{}
	s := f.text[:end]
	for i := start; ; {
		t, next, ok := nextToken(s, i)
		if !ok {
			break
		}
		if t.kind == tkWord {
			tw := lookupText(s, &t)
			t.wk, t.wv = tw.kind, tw.val
		}
		f.toks = append(f.toks, t)
		i = next
	}
	// "second quarter": the ordinal, not the unit.
	for k := range f.toks {
		if f.toks[k].wk == twUnit && f.toks[k].wv == unitSecond {
			n := k + 1
			if f.isPunct(n, '-') || f.kind(n) == twFiscal {
				n++
			}
			if f.kind(n) == twHalf || f.kind(n) == twUnit && (f.toks[n].wv == unitQuarter || f.toks[n].wv == unitCentury ||
				f.toks[n].wv == unitDay && f.kind(k-1) == twThe) {
				f.toks[k].wk, f.toks[k].wv = twOrd, 2
			}
		}
	}
	f.scan()
}

// scan matches expressions over the tokens of one chunk. A failure inside
// the matcher (a bug) ends the chunk instead of the caller's program.
func (f *finder) scan() {
	defer func() {
		if r := recover(); r != nil && rethrow {
			panic(r)
		}
	}()
	done := 0 // tokens before done belong to an emitted expression
	for i := 0; i < len(f.toks); {
		if m, ok := f.match(i); ok && m.e > i {
			// "around Nov. 1", "approximately 1990": an approximate date.
			if m.s > done && (m.typ == TypeDate || m.typ == TypeTime) && m.val != "" && m.val[0] >= '0' && m.val[0] <= '9' &&
				f.lowerIs(m.s-1, "around", "approximately", "roughly", "circa") &&
				!f.lowerIs(m.s-2, "get", "gets", "got", "getting", "go", "goes", "went", "come", "came", "turn", "turned", "way", "ways", "walk", "walked", "look", "looked", "move", "moved", "work", "worked") {
				m.s--
				if m.mod == "" {
					m.mod = "APPROX"
				}
			}
			f.emit(m)
			i, done = m.e, m.e
			continue
		}
		i++
	}
}

// match is a candidate expression over tokens [s, e).
type match struct {
	s, e   int
	typ    string
	val    string
	endVal string
	mod    string
	day    time.Time // the day it names, when it names one
}

func (f *finder) emit(m match) {
	start, end := int(f.toks[m.s].start), int(f.toks[m.e-1].end)
	// A word token may carry a sentence period ("2017."): keep month
	// abbreviations' periods, drop others.
	if end > start && f.text[end-1] == '.' && !f.keepPeriod(m.e-1) {
		end--
	}
	if f.toks[m.e-1].kind == tkWord {
		end -= possessiveLen(f.text[start:end])
	}
	x := Expr{Start: start, End: end, Text: f.text[start:end], Type: m.typ, Value: m.val, EndValue: m.endVal, Mod: m.mod}
	x.Begin, x.Finish = bounds(m.val, m.endVal)
	if !m.day.IsZero() {
		f.anchor = m.day
		f.named = true
		f.anchorTok, f.anchorChunk = m.s, f.chunks
	}
	if m.typ == TypeDate && len(m.val) >= 7 && m.val[4] == '-' && m.val[0] >= '0' && m.val[0] <= '9' {
		f.lastVal = m.val
	}
	if m.typ == TypeDate && len(m.val) >= 4 {
		if y, ok := atoiN(m.val[:4]); ok {
			f.anchorYear = y
			if len(m.val) >= 7 && m.val[4] == '-' {
				if mo, ok := atoiN(m.val[5:7]); ok && mo >= 1 && mo <= 12 {
					f.anchorMonth = y*12 + mo - 1
				}
			}
			if len(m.val) == 7 && m.val[5] == 'Q' && (containsFold(x.Text, "quarter") || x.Text[0] == 'Q') &&
				!containsFold(x.Text, "ago") && !containsFold(x.Text, "earlier") && !containsFold(x.Text, "last") {
				f.lastQ = y*10 + int(m.val[6]-'0')
				f.lastQChunk = f.chunks
			}
		}
	}
	f.out = append(f.out, x)
}

func (f *finder) keepPeriod(i int) bool {
	t := f.toks[i]
	if t.kind != tkWord {
		return false
	}
	w := f.text[t.start:t.end]
	// "p.m.", "a.m.", "Sept.", "Jan."
	if len(w) >= 3 && w[len(w)-3] == '.' {
		return true
	}
	return t.wk == twMonthAbbr
}

// Token helpers.

func (f *finder) kind(i int) uint8 {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != tkWord {
		return twNone
	}
	return f.toks[i].wk
}

func (f *finder) isNum(i int) bool {
	return i >= 0 && i < len(f.toks) && f.toks[i].kind == tkNum
}

func (f *finder) isPunct(i int, c rune) bool {
	return i >= 0 && i < len(f.toks) && f.toks[i].kind == tkPunct && f.toks[i].val == int32(c)
}

// adjacent reports that token i+1 follows token i with no space.
func (f *finder) adjacent(i int) bool {
	return i+1 < len(f.toks) && f.toks[i+1].start == f.toks[i].end
}

func (f *finder) word(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.text[f.toks[i].start:f.toks[i].end]
}

// capitalized reports a word token that starts with an upper-case ASCII letter.
func (f *finder) capitalized(i int) bool {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != tkWord {
		return false
	}
	c := f.text[f.toks[i].start]
	return c >= 'A' && c <= 'Z'
}

// allCaps reports a word of two or more letters in capitals.
func (f *finder) allCaps(i int) bool {
	w := f.word(i)
	n := 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// sentenceStart reports whether token i opens a sentence or a line.
func (f *finder) sentenceStart(i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := f.toks[k]
		if t.kind == tkPunct {
			switch t.val {
			case '"', '“', '‘', '\'', '(', '[', '—', '–', '-':
				continue
			case '.', '!', '?', ':', ';':
				return true
			}
		}
		return false
	}
	return true
}

// ---- values ----

func itoa(n int) string { return strconv.Itoa(n) }

func pad(n, w int) string {
	var buf [20]byte
	return string(appendPad(buf[:0], n, w))
}

// appendPad appends n in decimal, zero-padded to w digits.
func appendPad(b []byte, n, w int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for n >= 10 || i == len(d) {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if n > 0 {
		i--
		d[i] = byte('0' + n)
	}
	for len(d)-i < w {
		i--
		d[i] = '0'
	}
	return append(b, d[i:]...)
}

// str returns b as a string, reusing a string built before for the same
// bytes when one is still in the cache.
func (f *finder) str(b []byte) string {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	slot := &f.vals[h%uint32(len(f.vals))]
	if *slot != string(b) {
		*slot = string(b)
	}
	return *slot
}

// itoa is strconv.Itoa through the value cache.
func (f *finder) itoa(n int) string {
	var buf [24]byte
	return f.str(strconv.AppendInt(buf[:0], int64(n), 10))
}

func (f *finder) ymd(t time.Time) string {
	y, m, d := t.Date()
	var buf [16]byte
	b := appendPad(buf[:0], y, 4)
	b = append(b, '-')
	b = appendPad(b, int(m), 2)
	b = append(b, '-')
	b = appendPad(b, d, 2)
	return f.str(b)
}

func (f *finder) ym(y, m int) string {
	var buf [16]byte
	b := appendPad(buf[:0], y, 4)
	b = append(b, '-')
	b = appendPad(b, m, 2)
	return f.str(b)
}

func (f *finder) isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	var buf [16]byte
	b := appendPad(buf[:0], y, 4)
	b = append(b, '-', 'W')
	b = appendPad(b, w, 2)
	return f.str(b)
}

// yq is the value of quarter q of year y, "2017-Q3".
func (f *finder) yq(y, q int) string {
	var buf [16]byte
	b := appendPad(buf[:0], y, 4)
	b = append(b, '-', 'Q')
	b = strconv.AppendInt(b, int64(q), 10)
	return f.str(b)
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// bounds turns calendar values into [begin, end) at midnight UTC.
func bounds(v, endV string) (time.Time, time.Time) {
	b, e, ok := valueBounds(v)
	if !ok {
		return time.Time{}, time.Time{}
	}
	if endV != "" {
		if _, e2, ok := valueBounds(endV); ok {
			e = e2
		}
	}
	return b, e
}

func atoiN(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func valueBounds(v string) (time.Time, time.Time, bool) {
	switch {
	case len(v) == 2: // century "19"
		if c, ok := atoiN(v); ok {
			return date(c*100, 1, 1), date(c*100+100, 1, 1), true
		}
	case len(v) == 3: // decade "199"
		if d, ok := atoiN(v); ok {
			return date(d*10, 1, 1), date(d*10+10, 1, 1), true
		}
	case len(v) == 4:
		if y, ok := atoiN(v); ok {
			return date(y, 1, 1), date(y+1, 1, 1), true
		}
	case len(v) == 7 && v[4] == '-' && v[5] == 'Q':
		y, ok1 := atoiN(v[:4])
		q, ok2 := atoiN(v[6:])
		if ok1 && ok2 && q >= 1 && q <= 4 {
			return date(y, 3*q-2, 1), date(y, 3*q+1, 1), true
		}
	case len(v) == 7 && v[4] == '-' && v[5] == 'H':
		y, ok1 := atoiN(v[:4])
		h, ok2 := atoiN(v[6:])
		if ok1 && ok2 && h >= 1 && h <= 2 {
			return date(y, 6*h-5, 1), date(y, 6*h+1, 1), true
		}
	case len(v) == 7 && v[4] == '-':
		y, ok1 := atoiN(v[:4])
		m, ok2 := atoiN(v[5:])
		if ok1 && ok2 && m >= 1 && m <= 12 {
			return date(y, m, 1), date(y, m+1, 1), true
		}
	case len(v) == 8 && v[4] == '-' && v[5] == 'W':
		y, ok1 := atoiN(v[:4])
		w, ok2 := atoiN(v[6:])
		if ok1 && ok2 && w >= 1 && w <= 53 {
			jan4 := date(y, 1, 4)
			mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
			return mon, mon.AddDate(0, 0, 7), true
		}
	case len(v) >= 10 && v[4] == '-' && v[7] == '-':
		y, ok1 := atoiN(v[:4])
		m, ok2 := atoiN(v[5:7])
		d, ok3 := atoiN(v[8:10])
		if ok1 && ok2 && ok3 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(time.Month(m), y) {
			return date(y, m, d), date(y, m, d+1), true
		}
	}
	return time.Time{}, time.Time{}, false
}

// containsFold reports whether s contains the lower-case ASCII word sub,
// ignoring case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		k := 0
		for k < len(sub) && (s[i+k]|0x20) == sub[k] {
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}
