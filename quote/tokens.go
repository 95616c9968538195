package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token kinds
const (
	kWord uint8 = iota + 1
	kPunct
	kMark
)

// token flags
const (
	fCap        uint16 = 1 << iota // first letter upper case
	fPara                          // first token of a paragraph (a line break before it)
	fSpace                         // white space before it
	fIn                            // inside a marked quote (marks excluded)
	fOpen                          // an opening mark of a paired quote
	fClose                         // a closing mark of a paired quote
	fSentEnd                       // last token of a sentence
	fDigit                         // starts with a digit
	fUsed                          // cue already used by an attribution
	fSpaceAfter                    // white space after it
	fLower                         // first letter lower case
)

// mark types
const (
	mStraight  uint8 = iota + 1 // "
	mLeftD                      // “
	mRightD                     // ”
	mLowD                       // „
	mLowS                       // ‚
	mLeftS                      // ‘
	mRightS                     // ’
	mStraightS                  // '
	mGuilL                      // «
	mGuilR                      // »
	mGuilSL                     // ‹
	mGuilSR                     // ›
	mCJKL                       // 「
	mCJKR                       // 」
	mCJK2L                      // 『
	mCJK2R                      // 』
	mTicks                      // ``
	mTwoApos                    // ''
)

type token struct {
	s, e  int    // byte span in the text
	class uint32 // lexicon classes of the lower-cased word
	flags uint16
	kind  uint8
	mark  uint8 // mark type for kMark; the rune for one-byte kPunct
}

func markOf(r rune) uint8 {
	switch r {
	case '"':
		return mStraight
	case '\u201c':
		return mLeftD
	case '\u201d':
		return mRightD
	case '\u201e':
		return mLowD
	case '\u201a':
		return mLowS
	case '\u2018':
		return mLeftS
	case '\u2019':
		return mRightS
	case '\'':
		return mStraightS
	case '\u00ab':
		return mGuilL
	case '\u00bb':
		return mGuilR
	case '\u2039':
		return mGuilSL
	case '\u203a':
		return mGuilSR
	case '\u300c':
		return mCJKL
	case '\u300d':
		return mCJKR
	case '\u300e':
		return mCJK2L
	case '\u300f':
		return mCJK2R
	}
	return 0
}

func isSingle(m uint8) bool {
	return m == mLowS || m == mLeftS || m == mRightS || m == mStraightS || m == mGuilSL || m == mGuilSR
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// mojibakeTail: r follows prev inside a UTF-8 letter decoded as Latin-1
// ("JesÃºs" read as "JesÃƒÂºs"): Ã or Â (also as A with a combining tilde
// or circumflex), then a C1 control or a Latin-1 sign other than a guillemet.
func mojibakeTail(prev, r rune) bool {
	if r < 0x80 || r > 0xbf || r == 0xab || r == 0xbb || r == 0xa0 {
		return false
	}
	return prev == 0xc2 || prev == 0xc3 || prev >= 0x80 && prev <= 0xbf || prev == 0x302 || prev == 0x303
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\n', '\f', '\v', '\u00a0', '\u2009', '\u202f', '\u200b', '\u3000', '\u2002', '\u2003':
		return true
	}
	return false
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// abbreviations whose period belongs to the word
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "gen": true,
	"lt": true, "col": true, "sgt": true, "capt": true, "adm": true, "rev": true, "hon": true, "pres": true,
	"st": true, "jr": true, "sr": true, "prof": true, "vs": true, "inc": true, "corp": true, "co": true,
	"ltd": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "mt": true, "ft": true,
	"atty": true, "supt": true, "cmdr": true, "gens": true, "reps": true, "sens": true, "msgr": true,
	"nr": true, "bzw": true, "ca": true, "vgl": true, "etc": true, "al": true, "approx": true, "dept": true,
	"univ": true, "ave": true, "blvd": true, "fr": true, "ph": true, "hr": true, "del": true, "messrs": true,
	"amb": true, "maj": true, "cpl": true, "pvt": true, "lt.gov": true, "rev.": true, "sgt.maj": true, "ald": true,
}

// tokenize appends the tokens of text[lo:hi] to buf; offsets are absolute.
func (f *finder) tokenize(lo, hi int) {
	text := f.text
	toks := f.toks[:0]
	if cap(toks) < (hi-lo)/5 {
		toks = make([]token, 0, (hi-lo)/5+16)
	}
	para := true
	space := true
	i := lo
	for i < hi {
		r, n := decode(text, i)
		if isSpace(r) {
			if r == '\n' {
				para = true
			}
			space = true
			if len(toks) > 0 {
				toks[len(toks)-1].flags |= fSpaceAfter
			}
			i += n
			continue
		}
		var t token
		t.s = i
		switch {
		case isWordRune(r):
			j := i + n
			prev := r
			for j < hi {
				r2, n2 := decode(text, j)
				if isWordRune(r2) || mojibakeTail(prev, r2) {
					j += n2
					prev = r2
					continue
				}
				// internal apostrophe, hyphen, period (U.S., a.m., 3.5, not "Struck.Gleichzeitig"),
				// ampersand between word runes; a comma between digits; a slash after one or two digits (9/11)
				if r2 == '.' && !shortPart(text, i, j) && !domainEnd(text, j+1) {
					break
				}
				if r2 == '\'' || r2 == '\u2019' || r2 == '-' || r2 == '.' || r2 == '&' || (r2 == ',' || r2 == '/' && j-i <= 2) && isDigitAt(text, j-1) {
					if j+n2 < hi {
						r3, _ := decode(text, j+n2)
						if isWordRune(r3) && (r2 != ',' && r2 != '/' || r3 >= '0' && r3 <= '9') {
							j += n2
							continue
						}
					}
				}
				break
			}
			// a period that belongs to an abbreviation or an initial
			if j < hi && text[j] == '.' {
				w := text[i:j]
				if abbrevWord(w) {
					j++
				}
			}
			t.e = j
			t.kind = kWord
			if unicode.IsUpper(r) {
				t.flags |= fCap
			} else if unicode.IsLower(r) {
				t.flags |= fLower
			} else if r >= '0' && r <= '9' {
				t.flags |= fDigit
			}
			t.class = f.classOf(text[i:j])
			i = j
		default:
			m := markOf(r)
			// an apostrophe before digits or in 'n' is part of a word: '90s
			if (m == mStraightS || m == mRightS || m == mLeftS) && i+n < hi && isDigitAt(text, i+n) && space {
				j := i + n
				for j < hi && isWordRune(rune(text[j])) {
					j++
				}
				t.e, t.kind = j, kWord
				i = j
				break
			}
			if m == mStraightS && i+1 < hi && text[i+1] == '\'' {
				m, n = mTwoApos, 2
			} else if r == '`' && i+1 < hi && text[i+1] == '`' {
				m, n = mTicks, 2
			}
			t.e = i + n
			if m != 0 {
				t.kind, t.mark = kMark, m
			} else {
				t.kind = kPunct
				if r < utf8.RuneSelf {
					t.mark = uint8(r)
				} else if r == '\u2026' {
					t.mark = '.'
				} else if r == '\u2014' || r == '\u2013' || r == '\u2015' {
					t.mark = '-'
				}
			}
			i += n
		}
		if para {
			t.flags |= fPara
		}
		if space {
			t.flags |= fSpace
		}
		para, space = false, false
		toks = append(toks, t)
	}
	f.toks = toks
}

func isDigitAt(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

func abbrevWord(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	if len(w) > 6 {
		return false
	}
	// U.S, D.C: internal periods
	for k := 0; k < len(w); k++ {
		if w[k] == '.' {
			return true
		}
	}
	var b [8]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return abbrev[string(b[:len(w)])]
}

// classOf looks a word up in the lexicon of the finder's language.
func (f *finder) classOf(w string) uint32 {
	if f.lex == nil || len(w) > 24 {
		return 0
	}
	// lower-case into the scratch buffer without allocating; one lookup
	b := f.scratch[:0]
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return f.classOfSlow(w)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	f.scratch = b
	if c, ok := f.lex[string(b)]; ok {
		return c
	}
	// a contraction: "he'll", "I'd" take the class of the pronoun
	for k := 1; k < len(b)-1; k++ {
		if b[k] == '\'' {
			if c := f.lex[string(b[:k])]; c&wPron != 0 {
				return c
			}
			return 0
		}
	}
	return 0
}

func (f *finder) classOfSlow(w string) uint32 {
	b := f.scratch[:0]
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	f.scratch = b
	if c, ok := f.lex[string(b)]; ok {
		return c
	}
	// a contraction with a curly apostrophe: "he’ll"
	if k := strings.Index(string(b), "\u2019"); k > 0 {
		if c := f.lex[string(b[:k])]; c&wPron != 0 {
			return c
		}
	}
	return 0
}

func (f *finder) word(i int) string { return f.text[f.toks[i].s:f.toks[i].e] }

func (f *finder) isPunct(i int, c byte) bool {
	return i >= 0 && i < len(f.toks) && f.toks[i].kind == kPunct && f.toks[i].mark == c
}

// lowerIs reports whether token i is the word w (w lower case, ASCII).
func (f *finder) lowerIs(i int, w string) bool {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != kWord {
		return false
	}
	s := f.word(i)
	if len(s) != len(w) {
		return false
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// sentences marks fSentEnd on the last token of every sentence.
func (f *finder) sentences() {
	toks := f.toks
	last := 0
	for i := range toks {
		t := &toks[i]
		if t.flags&fSentEnd != 0 {
			last = i
		}
		if i+1 == len(toks) || toks[i+1].flags&fPara != 0 || i-last >= 400 {
			t.flags |= fSentEnd
			last = i
			continue
		}
		if t.kind != kPunct || !(t.mark == '.' || t.mark == '!' || t.mark == '?') || t.flags&fIn != 0 && !f.closesAfter(i) {
			continue
		}
		// closing marks and brackets after the stop belong to the sentence
		j := i + 1
		for j < len(toks) && (toks[j].kind == kMark && toks[j].flags&fSpace == 0 || toks[j].kind == kPunct && toks[j].mark == ')') && toks[j].flags&fPara == 0 {
			j++
		}
		if j >= len(toks) {
			continue
		}
		if toks[j].flags&fPara != 0 {
			continue // handled by the paragraph rule
		}
		n := &toks[j]
		if n.flags&fSpace == 0 && n.kind == kWord {
			continue
		}
		if toks[j-1].flags&fIn != 0 {
			continue
		}
		if toks[j-1].flags&fClose != 0 && (f.attributionFollows(j) || f.signatureFollows(j)) {
			continue // "...ready!” Lowe said.", "...” ― Rosa Ibarra": the attribution belongs to the quote
		}
		if n.flags&(fCap|fDigit) != 0 || n.kind == kMark || n.kind == kPunct && (n.mark == '(' || n.mark == '-') {
			toks[j-1].flags |= fSentEnd
			last = j - 1
		}
	}
}

// closesAfter reports whether the stop at token i is followed by the
// closing mark of its quote.
func (f *finder) closesAfter(i int) bool {
	for j := i + 1; j < len(f.toks) && j < i+3; j++ {
		if f.toks[j].flags&fClose != 0 {
			return true
		}
		if f.toks[j].kind != kPunct {
			return false
		}
	}
	return false
}

// lowerWord returns token i in lower case; it allocates only once per
// distinct word with upper-case letters.
func (f *finder) lowerWord(i int) string {
	w := f.word(i)
	if f.toks[i].flags&fCap == 0 {
		for k := 0; k < len(w); k++ {
			if c := w[k]; c >= 'A' && c <= 'Z' {
				return f.lowerCached(w)
			}
		}
		return w
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return f.lowerCached(w)
		}
	}
	return w
}

// lowerCached returns strings.ToLower(w), remembered for the rest of the
// call: capitalised German nouns are looked up many times.
func (f *finder) lowerCached(w string) string {
	if l, ok := f.lower[w]; ok {
		return l
	}
	l := strings.ToLower(w)
	if f.lower == nil {
		f.lower = map[string]string{}
	}
	f.lower[w] = l
	return l
}

// attributionFollows: a speech verb follows token j within a few words,
// before any punctuation: "Lowe said", "said Lowe".
func (f *finder) attributionFollows(j int) bool {
	comma := false
	for k := j; k < len(f.toks) && k < j+40; k++ {
		t := f.toks[k]
		if t.kind == kPunct && t.mark == ',' && k > j && !f.de {
			// "...,” Ira Bloom, director of the Harbor Policy Project, said"
			comma = true
			continue
		}
		if t.kind != kWord || t.flags&fPara != 0 && k > j || !comma && k >= j+6 {
			return false
		}
		if comma && !(f.toks[k-1].kind == kPunct && f.toks[k-1].mark == ',') {
			continue
		}
		if t.class&(wVerb|wTell) != 0 && t.class&(wWeak|wAmbig) == 0 && (t.flags&fLower != 0 || k == j) {
			return f.attributionTailAt(k + 1)
		}
		if t.class&wVerb != 0 && t.class&wAmbig == 0 && t.flags&fLower != 0 && k > j && f.toks[k-1].flags&fCap != 0 && f.attributionTailAt(k+1) {
			return true // "...!!!” Pruitt wrote in an email."
		}
		if t.class&wVerb != 0 && t.flags&fLower != 0 && k > j {
			n := k + 1 + f.phrasalLen(k) // "...?” Trump went on."
			if n < len(f.toks) && f.toks[n].kind == kPunct && (f.toks[n].mark == '.' || f.toks[n].mark == ',') {
				return true // "...?” Whitfield continued."
			}
		}
	}
	return false
}

// attributionTailAt: the words from k close a short attribution ("Bush
// said." / "said Bush, a former governor.") rather than start a clause of
// their own ("said Park's health is ...").
func (f *finder) attributionTailAt(k int) bool {
	for n := k; n < len(f.toks) && n < k+12; n++ {
		t := f.toks[n]
		if t.flags&fPara != 0 {
			return true
		}
		if t.kind == kPunct {
			switch t.mark {
			case '.', '!', '?', ',', ';', ':', '-', '(':
				return true
			}
			continue
		}
		if t.kind == kMark || t.flags&fLower != 0 && (t.class&(wAux|wVerb|wThat) != 0 && t.class&wTime == 0) {
			return false
		}
	}
	return false
}

// signatureFollows: a dash and a short name closing the line: "― Carla Sanchez".
func (f *finder) signatureFollows(j int) bool {
	toks := f.toks
	if j >= len(toks) || toks[j].kind != kPunct || toks[j].mark != '-' {
		return false
	}
	k := j + 1
	for k < len(toks) && k < j+6 && toks[k].kind == kWord && toks[k].flags&fCap != 0 && toks[k].flags&fPara == 0 {
		k++
	}
	return k > j+1 && (k >= len(toks) || toks[k].flags&fPara != 0 || toks[k].kind == kPunct && toks[k].mark == '.')
}

// domainEnd: text at j is a web domain ending ("com" in "fivethirtyeight.com")
// that closes the word.
func domainEnd(text string, j int) bool {
	for _, d := range [...]string{"com", "org", "net", "gov", "edu"} {
		if strings.HasPrefix(text[j:], d) && (j+len(d) == len(text) || !isWordRune(rune(text[j+len(d)]))) {
			return true
		}
	}
	return false
}

// shortPart: the part of text[i:j] after its last period is at most three
// bytes long or a number, so a period at j may join it to the next part.
func shortPart(text string, i, j int) bool {
	k := strings.LastIndexByte(text[i:j], '.')
	part := text[i+k+1 : j]
	if len(part) <= 3 {
		return true
	}
	for p := 0; p < len(part); p++ {
		if part[p] < '0' || part[p] > '9' {
			return false
		}
	}
	return true
}

// lowerIn reports whether token i is one of the words ws (lower case, ASCII).
func (f *finder) lowerIn(i int, ws ...string) bool {
	for _, w := range ws {
		if f.lowerIs(i, w) {
			return true
		}
	}
	return false
}
