package entity

import (
	"unicode"
	"unicode/utf8"
)

// latinBase maps U+00C0..U+017F to their letters without diacritics;
// a space marks a rune left as it is.
const latinBase = "AAAAAAACEEEEIIII" + "DNOOOOO OUUUUY s" + "aaaaaaaceeeeiiii" + "dnooooo ouuuuy y" +
	"AaAaAaCcCcCcCcDd" + "DdEeEeEeEeEeGgGg" + "GgGgHhHhIiIiIiIi" + "IiJjJjKkkLlLlLlL" +
	"lLlNnNnNn NnOoOo" + "OoOoRrRrRrSsSsSs" + "SsTtTtTtUuUuUuUu" + "UuUuWwYyYZzZzZzs"

// foldRune returns r without its diacritics (and in lower case when
// lower is set), as up to two bytes of ASCII where it has an ASCII base.
// n is 0 when r is a combining mark that folding drops.
func foldRune(r rune, lower, strip bool) (out [4]byte, n int) {
	if strip {
		if r >= 0xC0 && r <= 0x17F {
			switch r {
			case 'ß':
				out[0], out[1] = 's', 's'
				return out, 2
			case 'Æ', 'æ':
				out[0], out[1] = 'a', 'e'
				if r == 'Æ' && !lower {
					out[0], out[1] = 'A', 'E'
				}
				return out, 2
			case 'Œ', 'œ':
				out[0], out[1] = 'o', 'e'
				if r == 'Œ' && !lower {
					out[0], out[1] = 'O', 'E'
				}
				return out, 2
			}
			if c := latinBase[r-0xC0]; c != ' ' {
				if lower && c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				out[0] = c
				return out, 1
			}
		}
		if unicode.Is(unicode.Mn, r) {
			return out, 0
		}
	}
	if lower {
		r = unicode.ToLower(r)
	}
	n = utf8.EncodeRune(out[:], r)
	return out, n
}
