package dateline

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tkNum   uint8 = iota + 1 // a run of ASCII digits
	tkWord                   // a run of letters, with inner or trailing periods
	tkPunct                  // any other single rune
)

// token is one lexical unit of a string: [start, end) byte offsets.
type token struct {
	start, end int32
	val        int32 // number value (capped), or the rune of a punct token
	kind       uint8
	nd         uint8 // digit count of a number (capped at 255)
	sp         bool  // preceded by white space (or the start of the string)
	wk         uint8 // word class (wordInfo.kind) once looked up
	wv         int16 // word value once looked up
}

// isSpaceRune reports white space, including no-break spaces (which
// unicode.IsSpace covers) and the zero-width space (which it does not).
func isSpaceRune(r rune) bool {
	return r == 0x200B || unicode.IsSpace(r)
}

func isLetterRune(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

// nextToken reads one token of s at i. It returns the token and the offset
// after it; ok is false at the end of s.
func nextToken(s string, i int) (t token, next int, ok bool) {
	sp := i == 0
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				i++
				sp = true
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isSpaceRune(r) {
			break
		}
		i += n
		sp = true
	}
	if i >= len(s) {
		return token{}, i, false
	}
	t.start = int32(i)
	t.sp = sp
	c := s[i]
	switch {
	case c >= '0' && c <= '9':
		v, j := int32(0), i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			if v < 100000000 {
				v = v*10 + int32(s[j]-'0')
			} else {
				v = 1 << 30
			}
			j++
		}
		t.kind, t.val, t.end = tkNum, v, int32(j)
		if d := j - i; d < 255 {
			t.nd = uint8(d)
		} else {
			t.nd = 255
		}
		return t, j, true
	case c < 0x80 && !isLetterRune(rune(c)):
		t.kind, t.val, t.end = tkPunct, int32(c), int32(i+1)
		return t, i + 1, true
	}
	r, n := rune(c), 1
	if c >= 0x80 {
		r, n = utf8.DecodeRuneInString(s[i:])
	}
	if !isLetterRune(r) {
		t.kind, t.val, t.end = tkPunct, r, int32(i+n)
		return t, i + n, true
	}
	j := i + n
	for j < len(s) {
		c := s[j]
		if c < 0x80 {
			if isLetterRune(rune(c)) {
				j++
				continue
			}
			// "p.m." and "Feb.": a period after letters belongs to the word
			// when a letter follows it or when it ends a short word.
			if c == '.' && j+1 < len(s) && isLetterRune(rune(s[j+1])) && j-i <= 2 {
				j += 2
				continue
			}
			if c == '.' && j-i <= 4 {
				j++
			}
			if c == '\'' && j+1 < len(s) && isLetterRune(rune(s[j+1])) {
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if r == '’' && j+n < len(s) && isLetterRune(rune(s[j+n])) {
			j += n
			continue
		}
		if !isLetterRune(r) {
			break
		}
		j += n
	}
	t.kind, t.end = tkWord, int32(j)
	return t, j, true
}

// lowerKey writes the lower-case form of word w, periods and apostrophes
// dropped, into buf. It returns false when w does not fit.
func lowerKey(w string, buf *[24]byte) ([]byte, bool) {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == '.' || c == '\'' {
			continue
		}
		if n == len(buf) {
			return nil, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return buf[:n], true
}
