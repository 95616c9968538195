package dateline

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Dateline is the line that opens a wire story: "MOSCOW, Feb. 13 (Reuters) -".
type Dateline struct {
	Start  int    `json:"start"` // span of the dateline in the text, its separator included
	End    int    `json:"end"`
	Place  string `json:"place,omitempty"`  // the city as written ("NAIROBI"); empty in "Feb 13 (Reuters) -"
	Region string `json:"region,omitempty"` // the region or country after the city ("Kenya", "N.J."), if any
	Agency string `json:"agency,omitempty"` // the credited agency ("AP", "Reuters"), known names in their usual spelling
	// Date is the local date the dateline states, at midnight UTC; zero when
	// it states none (or a year-less date with no reference).
	Date time.Time `json:"date,omitzero"`
}

// PlaceText is the place with its region: "NAIROBI, Kenya".
func (d Dateline) PlaceText() string {
	if d.Region == "" {
		return d.Place
	}
	if d.Place == "" {
		return d.Region
	}
	return d.Place + ", " + d.Region
}

// datelineWindow is how far into the text a dateline may reach.
const datelineWindow = 200

// FindDateline reads a dateline at the start of text (after white space).
// A year-less date is resolved to the year that puts it nearest to ref; with
// a zero ref it is left out. ok is false when the text does not open with a
// dateline.
func FindDateline(text string, ref time.Time) (d Dateline, ok bool) {
	i := 0
	for i < len(text) && i < datelineWindow {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isSpaceRune(r) {
			break
		}
		i += n
	}
	d.Start = i
	// "Feb 13 (Reuters) -": no place.
	if date, end, ok := datelineDate(text, i, ref); ok {
		d.Date = date
		j := skipSpaces(text, end)
		agency, j2, hasAgency := datelineAgency(text, j)
		if !hasAgency {
			return Dateline{}, false
		}
		d.Agency = canonicalAgency(agency)
		j = j2
		if e, ok := datelineSep(text, skipSpaces(text, j)); ok {
			j = e
		}
		d.End = j
		return d, true
	}
	placeEnd, upper := datelinePlace(text, i)
	if placeEnd <= i {
		return Dateline{}, false
	}
	d.Place = text[i:placeEnd]
	j := skipSpaces(text, placeEnd)
	// ", Region" and ", Date" in either presence.
	for step := 0; step < 3 && j < len(text); step++ {
		comma := text[j] == ','
		if text[j] == ',' || text[j] == '.' {
			k := skipSpaces(text, j+1)
			if date, end, ok := datelineDate(text, k, ref); ok && d.Date.IsZero() {
				d.Date = date
				j = skipSpaces(text, end)
				if j < len(text) && text[j] == ',' {
					j = skipSpaces(text, j+1)
				}
				continue
			}
			if comma && d.Region == "" && d.Date.IsZero() {
				if end, ok := datelineRegion(text, k); ok {
					d.Region = strings.TrimSpace(text[k:end])
					j = skipSpaces(text, end)
					continue
				}
			}
			break
		}
		if date, end, ok := datelineDate(text, j, ref); ok && d.Date.IsZero() && upper {
			d.Date = date
			j = skipSpaces(text, end)
			continue
		}
		break
	}
	agency, j2, hasAgency := datelineAgency(text, j)
	if hasAgency {
		d.Agency = canonicalAgency(agency)
		j = j2
	}
	sepStart := skipSpaces(text, j)
	if e, ok := datelineSep(text, sepStart); ok {
		if text[sepStart] == ':' && (!upper || hasAgency || d.Region != "" || !d.Date.IsZero() || isLabel(d.Place)) {
			return Dateline{}, false
		}
		if k := skipSpaces(text, e); !hasAgency && k < len(text) && text[k] >= 'a' && text[k] <= 'z' {
			return Dateline{}, false // "NASA - the agency said": a story opens with a capital
		}
		j = e
	} else if !hasAgency {
		return Dateline{}, false
	}
	if !upper && !hasAgency && !(d.Region != "" && strings.HasPrefix(text[sepStart:], "—")) {
		// A title-case place needs a credit, or a region and an em dash
		// ("Kyiv, Ukraine —").
		return Dateline{}, false
	}
	d.End = j
	return d, true
}

// isLabel reports upper-case words that head a line without being places.
func isLabel(s string) bool {
	switch strings.ToUpper(s) {
	case "NOTE", "UPDATE", "UPDATED", "EDITOR", "EDITORS", "WARNING", "BREAKING", "CORRECTION",
		"WATCH", "READ", "PHOTO", "PHOTOS", "VIDEO", "LIVE", "EXCLUSIVE", "ANALYSIS", "OPINION",
		"COMMENT", "SOURCE", "SOURCES", "CLARIFICATION", "ALSO", "RELATED", "ADVERTISEMENT", "FILE",
		"BREAKING NEWS", "EDITOR'S NOTE", "EDITORS NOTE", "FACT CHECK", "Q", "A":
		return true
	}
	return false
}

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i+1 < len(s) && s[i] == 0xC2 && s[i+1] == 0xA0 {
		return skipSpaces(s, i+2)
	}
	return i
}

// datelinePlace reads the city at i: upper-case words ("DAR ES SALAAM",
// "O'SMACH", "ST. LOUIS"), or title-case words ("Washington"). upper tells
// which.
func datelinePlace(s string, i int) (end int, upper bool) {
	start := i
	words, uppers, titles := 0, 0, 0
	end = i
	for i < len(s) && i-start < 60 && words < 6 {
		w := i
		nUp, nLow, nLetters := 0, 0, 0
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsUpper(r):
				nUp++
				nLetters++
			case unicode.IsLower(r):
				nLow++
				nLetters++
			case r == '\'' || r == '’' || r == '.' || r == '-' || r == '&' || r == '/' && nLow == 0 && nUp > 0:
			default:
				goto wordEnd
			}
			i += n
		}
	wordEnd:
		if nLetters == 0 {
			i = w
			break
		}
		wordText := s[w:i]
		if nLow == 0 && nUp >= 4 && strings.IndexByte(wordText, '.') == len(wordText)-1 {
			// "SEOUL. April 11": the period ends the city.
			if titles == 0 {
				end = i - 1
				uppers++
				words++
				goto done
			}
		}
		first, _ := utf8.DecodeRuneInString(wordText)
		switch {
		case nLow == 0 && (nUp >= 2 || strings.Contains(wordText, ".")):
			uppers++
		case unicode.IsUpper(first) && nUp == 1 && uppers == 0:
			titles++
		case nLow == 0 && nUp == 1 && words > 0 && uppers > 0: // "DAR ES SALAAM", "A"
			uppers++
		case words > 0 && uppers > 0 && isPlaceParticle(wordText): // "RIO de JANEIRO"
		default:
			i = w
			goto done
		}
		words++
		// A word-final period ends the place unless an upper-case word follows.
		if strings.HasSuffix(wordText, ".") && nLow > 0 {
			end = i
			goto done
		}
		end = i
		k := i
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k == i || k >= len(s) {
			break
		}
		i = k
	}
done:
	if uppers > 0 && titles > 0 {
		return start, false
	}
	if uppers > 0 {
		// A trailing period belongs to an abbreviation ("ST."), not a city end.
		return end, true
	}
	if titles > 0 && titles <= 4 {
		return end, false
	}
	return start, false
}

func isPlaceParticle(w string) bool {
	switch w {
	case "de", "del", "da", "do", "di", "la", "le", "es", "el", "al", "of", "the", "upon", "sur", "am", "an", "im", "on", "y":
		return true
	}
	return false
}

// datelineRegion reads a region after the city's comma: "Kenya", "N.J.",
// "West Bank", "Zaire-Zambia border". It must be followed by a comma, a
// bracket, or a separator.
func datelineRegion(s string, i int) (int, bool) {
	if i >= len(s) {
		return i, false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsUpper(r) {
		return i, false
	}
	j := i
	for j < len(s) && j-i < 48 {
		c := s[j]
		if c == ',' || c == '(' || c == '\n' {
			break
		}
		if c >= '0' && c <= '9' {
			return i, false
		}
		if c == ' ' && j+1 < len(s) {
			if _, ok := datelineSep(s, j+1); ok {
				break
			}
		}
		if c == '_' || strings.HasPrefix(s[j:], "—") || strings.HasPrefix(s[j:], "–") {
			break
		}
		j++
	}
	end := j
	for end > i && s[end-1] == ' ' {
		end--
	}
	if end == i || j >= len(s) || j-i >= 48 {
		return i, false
	}
	text := s[i:end]
	if strings.Count(text, " ") > 3 {
		return i, false
	}
	// Words after the first are capitalised, abbreviations, or one lower-case
	// noun at the end ("border").
	fields := strings.Fields(text)
	for k, f := range fields {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) && !(k == len(fields)-1 && k > 0 && len(f) <= 10) && !isPlaceParticle(f) {
			return i, false
		}
	}
	return end, true
}

// datelineDate reads "Feb. 13", "April 1, 1997", "13 Feb 2017" at i.
func datelineDate(s string, i int, ref time.Time) (time.Time, int, bool) {
	t1, n1, ok := nextToken(s, i)
	if !ok || t1.start != int32(i) {
		return time.Time{}, i, false
	}
	month, day, year := 0, 0, 0
	j := n1
	switch t1.kind {
	case tkWord:
		wi := lookupWord(s, &t1)
		if wi.kind != wkMonth || wi.foreign {
			return time.Time{}, i, false
		}
		month = int(wi.val)
		t2, n2, ok := nextToken(s, j)
		if !ok || t2.kind != tkNum || t2.nd > 2 || t2.val < 1 || t2.val > 31 {
			return time.Time{}, i, false
		}
		day, j = int(t2.val), n2
	case tkNum:
		if t1.nd > 2 || t1.val < 1 || t1.val > 31 {
			return time.Time{}, i, false
		}
		t2, n2, ok := nextToken(s, j)
		if !ok || t2.kind != tkWord {
			return time.Time{}, i, false
		}
		wi := lookupWord(s, &t2)
		if wi.kind != wkMonth || wi.foreign {
			return time.Time{}, i, false
		}
		day, month, j = int(t1.val), int(wi.val), n2
	default:
		return time.Time{}, i, false
	}
	// Optional ", 1997" or " 2017".
	k := skipSpaces(s, j)
	if k < len(s) && s[k] == ',' {
		k = skipSpaces(s, k+1)
	}
	if t3, n3, ok := nextToken(s, k); ok && t3.kind == tkNum && t3.nd == 4 && t3.val >= 1000 && t3.val <= 2999 {
		year, j = int(t3.val), n3
	}
	if year == 0 {
		if ref.IsZero() {
			return time.Time{}, j, true
		}
		year = nearestYear(ref, month, day)
	}
	if day > daysIn(time.Month(month), year) {
		return time.Time{}, i, false
	}
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC), j, true
}

// datelineAgency reads "(AP)", "(Reuters)", "(Xinhua)" at i.
func datelineAgency(s string, i int) (string, int, bool) {
	if i < len(s) && s[i] == '/' {
		// "/PRNewswire/"
		j := strings.IndexByte(s[i+1:min(len(s), i+40)], '/')
		if j <= 0 {
			return "", i, false
		}
		in := s[i+1 : i+1+j]
		if strings.ContainsAny(in, " \n0123456789") {
			return "", i, false
		}
		return in, i + j + 2, true
	}
	if i >= len(s) || s[i] != '(' {
		return "", i, false
	}
	j := strings.IndexByte(s[i+1:min(len(s), i+50)], ')')
	if j < 0 {
		return "", i, false
	}
	in := strings.TrimSpace(s[i+1 : i+1+j])
	if in == "" || strings.ContainsAny(in, "0123456789\n") {
		return "", i, false
	}
	r, _ := utf8.DecodeRuneInString(in)
	if !unicode.IsUpper(r) {
		return "", i, false
	}
	if strings.Count(in, " ") > 4 {
		return "", i, false
	}
	return in, i + 1 + j + 1, true
}

// datelineSep reads the separator after a dateline: "-", "--", "—", "–",
// "_", ":". It must be followed by white space or the end.
func datelineSep(s string, i int) (int, bool) {
	if i >= len(s) {
		return i, false
	}
	j := i
	switch {
	case strings.HasPrefix(s[i:], "--"):
		j = i + 2
	case s[i] == '-' || s[i] == '_' || s[i] == ':':
		j = i + 1
	case strings.HasPrefix(s[i:], "—"), strings.HasPrefix(s[i:], "–"), strings.HasPrefix(s[i:], "−"):
		j = i + 3
	default:
		return i, false
	}
	for j < len(s) && s[j] == '-' {
		j++
	}
	if j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && !(s[i] != ':' && s[i] != '-' && isLetterRune(rune(s[j]))) {
		if !(j+1 < len(s) && s[j] == 0xC2 && s[j+1] == 0xA0) {
			return i, false
		}
	}
	return j, true
}

// agencies are the canonical spellings of news agency credits.
var agencies = []string{
	"AP", "AFP", "Reuters", "Xinhua", "UPI", "Bloomberg", "CNN", "BBC", "TASS", "ITAR-TASS",
	"RIA Novosti", "Interfax", "Kyodo", "Yonhap", "Anadolu", "PTI", "IANS", "dpa", "ANSA", "EFE",
	"ANI", "Bernama", "Antara", "KUNA", "WAM", "SPA", "MENA", "IRNA", "Trend", "APA", "Azertac",
	"Kazinform", "CNA", "NNA", "QNA", "AAP", "Jiji", "Sputnik", "Ukrinform", "UNIAN", "BTA",
	"CTK", "PAP", "MTI", "HINA", "Tanjug", "Notimex", "Prensa Latina", "AGI", "Belga", "ANP",
	"NTB", "TT", "STT", "Ritzau", "Lusa", "Xinhua News Agency", "Associated Press",
	"Agence France-Presse", "Agence France Presse", "The Associated Press", "Gulf News", "WAFA",
}

// canonicalAgency returns the canonical spelling of a credit that differs
// from a known agency name by one edit ("Xinhau", "Reutres"), else the
// credit as written.
func canonicalAgency(s string) string {
	for _, a := range agencies {
		if strings.EqualFold(a, s) {
			return a
		}
	}
	if len(s) < 5 {
		return s
	}
	for _, a := range agencies {
		if len(a) >= 5 && oneEdit(strings.ToLower(s), strings.ToLower(a)) {
			return a
		}
	}
	return s
}

// oneEdit reports whether a and b differ by one insertion, deletion,
// substitution, or transposition of adjacent bytes.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return a[i:] == b[i+1:]
}
