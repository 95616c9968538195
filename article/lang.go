package article

import (
	"strings"
	"unicode"
)

// stopwords are frequent function words of the languages DetectLanguage knows.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auch", "ein"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que", "qui", "du"},
	"es": {"el", "los", "las", "y", "del", "que", "una", "por", "con", "para", "se", "es"},
	"it": {"il", "che", "di", "della", "per", "una", "sono", "con", "non", "gli", "anche", "è"},
	"pt": {"o", "os", "que", "não", "uma", "com", "para", "do", "da", "em", "foi", "são"},
	"nl": {"de", "het", "een", "en", "van", "is", "niet", "dat", "op", "met", "zijn", "voor"},
}

var stopwordLang = func() map[string][]string {
	m := map[string][]string{}
	for lang, ws := range stopwords {
		for _, w := range ws {
			m[w] = append(m[w], lang)
		}
	}
	return m
}()

// DetectLanguage guesses the language of text from its function words and
// returns a two-letter code, or "" when the text is too short to tell.
// It reads at most the first 20,000 bytes.
func DetectLanguage(text string) string {
	if len(text) > 20000 {
		text = text[:20000]
	}
	counts := map[string]int{}
	total := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) > 8 {
			continue
		}
		total++
		for _, l := range stopwordLang[strings.ToLower(w)] {
			counts[l]++
		}
	}
	best, bestN := "", 0
	for _, l := range []string{"en", "de", "fr", "es", "it", "pt", "nl"} {
		if counts[l] > bestN {
			best, bestN = l, counts[l]
		}
	}
	if total < 8 || bestN*10 < total {
		return ""
	}
	return best
}
