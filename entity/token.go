package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one token of the text: a word or a single punctuation rune.
type tok struct {
	s, e   int
	text   string
	low    string // lower case, words only
	word   bool   // starts with a letter or digit
	letter bool   // holds a letter
	digit  bool   // holds a digit
	cap    bool   // first letter upper case
	upper  bool   // letters all upper case
	nl     bool   // a line break precedes it
	start  bool   // first word of a sentence
}

// abbrevs keep their final period: "Mr.", "Inc.".
var abbrevs = wordSet(`mr mrs ms dr st jr sr gen col lt sgt capt maj adm gov sen rep rev prof inc corp ltd
co bros mt ft vs no jan feb aug sept sep oct nov dec messrs mme mlle cmdr insp supt`)

// stateAbbrevs keep their period only when capitalised: "Calif.", not "ill.".
var stateAbbrevs = wordSet(`calif fla mass tex ariz colo conn ill mich minn wis okla ore tenn penn nev ala kan neb`)

// lowerInto returns s in lower case. An ASCII word with capitals is
// folded into b, which holds many words, so that most words cost no
// allocation of their own; b only grows by appending, so the strings it
// returned stay valid.
func lowerInto(b *strings.Builder, s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return s
	}
	if b.Cap()-b.Len() < len(s) {
		*b = strings.Builder{} // words already returned keep the old buffer
		b.Grow(max(len(s), lowChunk))
	}
	n := b.Len()
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()[n:]
}

// lowChunk is the size of the buffers lowerInto folds words into.
const lowChunk = 1024

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// tokenize splits text into words and punctuation. Possessive "'s" is
// split off; hyphenated words, inner apostrophes, initials ("U.S.") and
// known abbreviations ("Mr.") stay whole. Handles and URLs are skipped.
func tokenize(text string, from, to int, dst []tok) []tok {
	nl := true
	n := to
	first := len(dst)
	var lows strings.Builder // the lower-case forms of this call's words
	for i := from; i < n; {
		r, w := runeAt(text, i)
		switch {
		case r == '\n':
			nl = true
			i += w
			continue
		case r == ' ' || r == '\t' || r == '\r' || r == 0xA0 || unicode.IsSpace(r):
			i += w
			continue
		case (r == '@' || r == '#') && i+1 < n:
			if r2, _ := runeAt(text, i+1); isWordRune(r2) || r2 == '_' {
				j := i + 1
				for j < n {
					r3, w3 := runeAt(text, j)
					if !isWordRune(r3) && r3 != '_' && r3 != '.' {
						break
					}
					j += w3
				}
				i = j
				continue
			}
		}
		if !isWordRune(r) {
			dst = append(dst, tok{s: i, e: i + w, text: text[i : i+w], nl: nl})
			nl = false
			i += w
			continue
		}
		j := i + w
		seg := 1 // letters in the current dot-separated segment
		initials := unicode.IsLetter(r)
		for j < n {
			if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
				j++ // the common case: an ASCII letter or digit
				seg++
				continue
			}
			r2, w2 := runeAt(text, j)
			if isWordRune(r2) {
				j += w2
				seg++
				continue
			}
			if r2 == '\'' || r2 == '’' {
				r3, w3 := runeAt(text, j+w2)
				if !unicode.IsLetter(r3) {
					break
				}
				if r3 == 's' || r3 == 'S' {
					if r4, _ := runeAt(text, j+w2+w3); !isWordRune(r4) {
						break
					}
				}
				j += w2
				initials = false
				continue
			}
			if r2 == '-' {
				r3, w3 := runeAt(text, j+w2)
				if !isWordRune(r3) {
					break
				}
				if unicode.IsLower(r3) && unicode.IsUpper(r) && !shortInfix(text, j+w2+w3, n) {
					break // "Moscow-based", "Russian-born": the name ends here
				}
				j += w2
				initials = false
				continue
			}
			if r2 == '.' {
				if initials && seg == 1 {
					j += w2
					r3, w3 := runeAt(text, j)
					if unicode.IsLetter(r3) {
						r4, _ := runeAt(text, j+w3)
						if r4 == '.' {
							seg = 0
							continue
						}
						if unicode.IsUpper(r3) && !isWordRune(r4) {
							j += w3 // "U.S" written without its last period
						}
					}
					break
				}
				if low := strings.ToLower(text[i:j]); abbrevs[low] || stateAbbrevs[low] && unicode.IsUpper(r) {
					j += w2
				}
				break
			}
			break
		}
		if strings.HasPrefix(text[i:j], "http") || strings.HasPrefix(text[i:j], "www.") {
			// a URL: skip to the next space
			k := j
			for k < n && text[k] != ' ' && text[k] != '\n' && text[k] != '\t' {
				k++
			}
			if r2, _ := runeAt(text, j); r2 == ':' || strings.HasPrefix(text[i:j], "www.") {
				i = k
				continue
			}
		}
		t := tok{s: i, e: j, text: text[i:j], word: true, nl: nl}
		nl = false
		first := true
		hasLower := false
		for k := 0; k < len(t.text); k++ {
			if b := t.text[k]; b < utf8.RuneSelf {
				switch {
				case b >= 'a' && b <= 'z':
					hasLower, t.letter = true, true
					first = false
				case b >= 'A' && b <= 'Z':
					if first {
						t.cap, first = true, false
					}
					t.letter = true
				case b >= '0' && b <= '9':
					t.digit = true
				}
				continue
			}
			c, w := utf8.DecodeRuneInString(t.text[k:])
			k += w - 1
			if unicode.IsLetter(c) {
				if first {
					t.cap = unicode.IsUpper(c) || unicode.IsTitle(c)
					first = false
				}
				t.letter = true
				if unicode.IsLower(c) {
					hasLower = true
				}
			} else if unicode.IsDigit(c) {
				t.digit = true
			}
		}
		t.upper = t.letter && !hasLower
		if t.letter {
			t.low = lowerInto(&lows, t.text)
		}
		dst = append(dst, t)
		i = j
	}
	// sentence starts
	prevEnd := true
	for k := first; k < len(dst); k++ {
		t := &dst[k]
		if t.nl {
			prevEnd = true
		}
		if t.word {
			t.start = prevEnd
			prevEnd = false
			continue
		}
		switch t.text {
		case ".", "!", "?", "…", ":":
			prevEnd = true
		case "\"", "“", "”", "'", "‘", "(", "[", "-", "–", "—", "*", "•":
			// keep the state: a quote or dash after a sentence end is still a start
		default:
			prevEnd = false
		}
	}
	return dst
}

// shortInfix reports whether the lower-case part of a hyphenated name
// starting one rune before i is short and followed by another hyphen, as
// "ul" in "Inzamam-ul-Haq".
func shortInfix(text string, i, n int) bool {
	for k := 0; k < 3 && i < n; k++ {
		if text[i] == '-' {
			return true
		}
		if text[i] < 'a' || text[i] > 'z' {
			return false
		}
		i++
	}
	return i < n && text[i] == '-'
}
