package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParseByline reads a visible byline such as "By Kamila Aliyeva",
// "By Jane Doe and John Roe" or "By Jane Doe, Reuters" and returns the people
// it names. It returns nil when the line is not a byline or names no person.
func ParseByline(line string) []Author {
	s := strings.TrimSpace(line)
	rest, ok := cutBylinePrefix(s)
	if !ok {
		return nil
	}
	return SplitAuthors(rest)
}

// bylinePrefixes open a byline; matched case-insensitively.
var bylinePrefixes = []string{"written by", "reported by", "posted by", "words by", "story by", "author:", "authors:", "by:", "by", "von", "par", "por"}

func cutBylinePrefix(s string) (string, bool) {
	for _, p := range bylinePrefixes {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			rest := s[len(p):]
			r, _ := utf8.DecodeRuneInString(rest)
			if strings.HasSuffix(p, ":") || unicode.IsSpace(r) {
				return strings.TrimSpace(rest), true
			}
		}
	}
	return "", false
}

// SplitAuthors splits a list of names from metadata or a byline
// ("A, B and C", "A; B", "A | Outlet") into people. Outlets, agencies,
// "Staff" and similar non-person credits are dropped; a role that follows a
// name after a comma ("Jane Doe, Staff Writer") becomes the author's Role.
func SplitAuthors(s string) []Author {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 300 {
		return nil
	}
	if r, ok := cutBylinePrefix(s); ok {
		s = r
	}
	// Cut trailing material that is not names: "— Updated 3 hours ago", "| Reuters".
	var parts []string
	s = dashSeparators.Replace(s)
	for _, seg := range splitAny(s, "|•·;/\n") {
		for _, p := range splitAny(seg, ",") {
			for _, q := range splitWord(p, []string{" and ", " & ", " und ", " et ", " y ", " e "}) {
				parts = append(parts, q)
			}
		}
	}
	var out []Author
	for _, p := range parts {
		p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), ".:-–—"))
		if p == "" {
			continue
		}
		if r, ok := cutBylinePrefix(p); ok {
			p = r
		}
		if IsPersonName(p) {
			if !hasAuthor(out, p) {
				out = append(out, Author{Name: p})
			}
			continue
		}
		// A role directly after a person: "Jane Doe, Staff Writer".
		if len(out) > 0 && out[len(out)-1].Role == "" && isRoleText(p) {
			out[len(out)-1].Role = p
		}
	}
	return out
}

func hasAuthor(as []Author, name string) bool {
	for _, a := range as {
		if strings.EqualFold(a.Name, name) {
			return true
		}
	}
	return false
}

func splitAny(s, seps string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
}

// splitWord splits s at any of the separators, compared case-insensitively.
func splitWord(s string, seps []string) []string {
	var out []string
	low := strings.ToLower(s)
	start := 0
	for i := 0; i < len(low); i++ {
		for _, sep := range seps {
			if strings.HasPrefix(low[i:], sep) {
				out = append(out, s[start:i])
				start = i + len(sep)
				i = start - 1
				break
			}
		}
	}
	return append(out, s[start:])
}

// nonPersonWords mark a credit as an organisation or a role, not a person.
var nonPersonWords = map[string]bool{
	"staff": true, "news": true, "newsroom": true, "desk": true, "team": true, "editor": true,
	"editors": true, "editorial": true, "reporter": true, "reporters": true, "correspondent": true,
	"writer": true, "agency": true, "agencies": true, "press": true, "associated": true,
	"reuters": true, "afp": true, "ap": true, "xinhua": true, "tass": true, "bloomberg": true,
	"times": true, "post": true, "journal": true, "herald": true, "tribune": true, "daily": true,
	"online": true, "media": true, "service": true, "services": true, "contributor": true,
	"contributors": true, "admin": true, "administrator": true, "guest": true, "anonymous": true,
	"unknown": true, "report": true, "reports": true, "wire": true, "wires": true, "bureau": true,
	"group": true, "network": true, "digital": true, "web": true, "magazine": true, "the": true,
	"associate": true, "senior": true, "photo": true, "photos": true, "video": true, "updated": true,
	"published": true, "posted": true, "share": true, "comments": true, "comment": true, "read": true,
	"min": true, "minutes": true, "ago": true, "hours": true, "more": true, "follow": true, "email": true,
	"twitter": true, "facebook": true, "opinion": true, "analysis": true, "columnist": true,
	"sports": true, "business": true, "politics": true, "world": true, "local": true, "pm": true, "am": true,
	"gmt": true, "utc": true, "est": true, "edt": true, "inc": true, "ltd": true, "llc": true,
	// Date labels that follow a credit: "Von Jane Doe Publiziert 3. Mai".
	"publiziert": true, "veröffentlicht": true, "aktualisiert": true, "aktualisierung": true,
	"publié": true, "publiée": true, "publicado": true, "actualizado": true, "pubblicato": true,
	"aggiornato": true, "stand": true, "update": true, "last": true,
	// Other credits: "Übersetzung Jane Doe", "Fotos Jane Doe".
	"übersetzung": true, "translation": true, "translated": true, "illustration": true, "illustrations": true,
	"foto": true, "fotos": true, "bilder": true, "grafik": true, "text": true, "texte": true,
}

// namePartLower are lower-case words allowed inside a person's name.
var namePartLower = map[string]bool{
	"de": true, "da": true, "di": true, "del": true, "della": true, "der": true, "den": true,
	"van": true, "von": true, "le": true, "la": true, "du": true, "dos": true, "das": true,
	"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "ben": true, "y": true, "zu": true,
	"ter": true, "ten": true, "st.": true,
}

// IsPersonName reports whether s looks like a person's name: two to five
// words, capitalised (name particles such as "de" and "van" allowed), no
// digits, and no word that marks an organisation or a role.
func IsPersonName(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 3 || len(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	caps := 0
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if nonPersonWords[lw] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case namePartLower[lw] || strings.HasPrefix(lw, "al-") || strings.HasPrefix(lw, "el-"):
			if i == len(words)-1 {
				return false
			}
		default:
			return false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’') {
				return false
			}
		}
		if isAllUpperWord(w) && utf8.RuneCountInString(strings.Trim(w, ".")) > 3 && i == 0 {
			// "REUTERS STAFF" style credits are handled by the word list; an
			// all-caps name such as "JOHN SMITH" is still a name.
			continue
		}
	}
	if caps >= 2 && mixesAcronym(words) {
		return false
	}
	return caps >= 2
}

// mixesAcronym reports an acronym beside a capitalised word ("ACLU Speech",
// "NASA Goddard"): an organisation; "JOHN SMITH" in capitals is a name.
func mixesAcronym(words []string) bool {
	acronym, lower := false, false
	for _, w := range words {
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		switch {
		case isAllUpperWord(w) && letters >= 3:
			acronym = true
		case !isAllUpperWord(w):
			lower = true
		}
	}
	return acronym && lower
}

func isAllUpperWord(w string) bool {
	for _, c := range w {
		if unicode.IsLetter(c) && !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// roleWords are words that mark a phrase as a job title.
var roleWords = []string{"writer", "reporter", "correspondent", "editor", "journalist", "columnist",
	"contributor", "producer", "analyst", "staff", "chief", "bureau", "photographer", "critic"}

func isRoleText(s string) bool {
	l := strings.ToLower(s)
	if len(l) > 60 {
		return false
	}
	for _, w := range roleWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// dashSeparators turns spaced dashes, which part a byline's names from
// what follows, into '|'.
var dashSeparators = strings.NewReplacer(" - ", "|", " – ", "|", " — ", "|")
