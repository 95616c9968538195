package article

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/dateline"
)

// MaxTextInput is the largest input FromText and FromBody accept, in bytes.
const MaxTextInput = 64 << 20

// FromBody makes an Article whose Text is exactly src, byte for byte, with
// paragraphs at blank lines. Nothing is removed or detected.
func FromBody(src []byte) (*Article, error) {
	if len(src) > MaxTextInput {
		return nil, &LimitError{Limit: "size", Max: MaxTextInput, Got: len(src)}
	}
	a := &Article{Text: string(src)}
	a.Paragraphs = paragraphSpans(a.Text)
	return a, nil
}

// paragraphSpans returns the spans of the runs of non-blank lines in s,
// trimmed of surrounding white space.
func paragraphSpans(s string) []Span {
	var out []Span
	start := -1 // start of the current paragraph
	end := 0    // end of its last non-blank line
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			j = len(s)
		} else {
			j += i
		}
		line := s[i:j]
		if strings.TrimSpace(line) == "" {
			if start >= 0 {
				out = append(out, Span{start, end})
				start = -1
			}
		} else {
			lead := len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
			if start < 0 {
				start = i + lead
			}
			end = i + len(strings.TrimRightFunc(line, unicode.IsSpace))
		}
		i = j + 1
	}
	if start >= 0 {
		out = append(out, Span{start, end})
	}
	return out
}

// unit is one line (or joined wrapped lines) of a text page.
type unit struct {
	text  string
	role  role
	block int // index of the blank-line separated block
}

type role uint8

const (
	roleBody role = iota
	roleDrop
	roleHeadline
	roleTimestamp
	roleByline
	roleBanner
)

// FromText extracts an Article from a scraped plain-text page: headline,
// outlet, authors, publication time, and body paragraphs without the page's
// boilerplate. pageURL may be empty.
func FromText(src []byte, pageURL string) (*Article, error) {
	if len(src) > MaxTextInput {
		return nil, &LimitError{Limit: "size", Max: MaxTextInput, Got: len(src)}
	}
	s := normalizeText(src)
	if strings.TrimSpace(s) == "" {
		return &Article{}, nil
	}
	units := splitUnits(s)
	a := &Article{}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		a.URL = pageURL
	}
	x := textExtractor{a: a, units: units}
	x.run()
	return a, nil
}

// normalizeText makes src valid UTF-8 with "\n" line ends and no BOM.
func normalizeText(src []byte) string {
	s := string(src)
	s = strings.TrimPrefix(s, "\uFEFF")
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// splitUnits splits the page into lines, joining the lines of one
// paragraph where the page is hard-wrapped, or where a line that does not
// end a sentence is followed by one that starts in lower case.
func splitUnits(s string) []unit {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = cleanSpaces(lines[i])
	}
	width := wrapWidth(lines)
	var units []unit
	var parts []string // lines of the unit being built
	flush := func(block int) {
		if len(parts) > 0 {
			units = append(units, unit{text: strings.Join(parts, " "), block: block})
			parts = parts[:0]
		}
	}
	block := 0
	for _, line := range lines {
		if line == "" {
			if len(parts) > 0 {
				flush(block)
				block++
			}
			continue
		}
		if len(parts) > 0 {
			prev := parts[len(parts)-1]
			if !(width > 0 && utf8.RuneCountInString(prev) >= width-25 || continuesLine(prev, line)) {
				flush(block)
			}
		}
		parts = append(parts, line)
	}
	flush(block)
	return units
}

// wrapWidth returns the column at which the page was hard-wrapped, or 0 when
// it was not: most lines followed by another line are nearly as long as the
// longest line, and that is at most 120 characters.
func wrapWidth(lines []string) int {
	maxLen, n := 0, 0
	for i, l := range lines {
		c := utf8.RuneCountInString(l)
		maxLen = max(maxLen, c)
		if c > 0 && i+1 < len(lines) && lines[i+1] != "" {
			n++
		}
	}
	if maxLen > 120 || maxLen < 40 || n < 5 {
		return 0
	}
	full := 0
	for i, l := range lines {
		if l != "" && i+1 < len(lines) && lines[i+1] != "" && utf8.RuneCountInString(l) >= maxLen-25 {
			full++
		}
	}
	if full*10 < n*6 {
		return 0
	}
	return maxLen
}

// cleanSpaces trims a line and turns tabs and no-break spaces into spaces.
func cleanSpaces(line string) string {
	line = strings.TrimSpace(line)
	if strings.ContainsAny(line, "\t\u00a0") {
		line = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\u00a0' {
				return ' '
			}
			return r
		}, line)
	}
	return line
}

func continuesLine(prev, next string) bool {
	if len(prev) < 40 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:\"”’)", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(first)
}

type textExtractor struct {
	a     *Article
	units []unit
}

// headerScan is how many leading units may hold the page header.
const headerScan = 15

func (x *textExtractor) run() {
	units := x.units
	// Pass 1: boilerplate and typed lines anywhere.
	for i := range units {
		u := &units[i]
		if isBoilerplate(u.text) {
			u.role = roleDrop
		}
	}
	hdrEnd := x.headerEnd()
	headline := x.findHeadline(hdrEnd)
	x.findTimes(hdrEnd, headline)
	x.findBylines(hdrEnd)
	x.findBio()
	x.findOutlet(hdrEnd)
	// Units in the header region that are not article text are dropped.
	for i := 0; i < hdrEnd && i < len(units); i++ {
		u := &units[i]
		if u.role == roleBody && !isProse(u.text) { // a standfirst is kept
			u.role = roleDrop
		}
	}
	// A repeated headline anywhere is dropped.
	if headline >= 0 {
		for i := range units {
			if i != headline && units[i].text == units[headline].text {
				units[i].role = roleDrop
			}
		}
	}
	x.dropTrailer()
	var b strings.Builder
	for _, u := range units {
		if u.role != roleBody {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(u.text)
		x.a.Paragraphs = append(x.a.Paragraphs, Span{start, b.Len()})
	}
	x.a.Text = b.String()
	if x.a.Language == "" {
		x.a.Language = DetectLanguage(x.a.Text)
	}
}

// headerEnd returns the index of the first unit that reads as article text;
// units before it form the page header.
func (x *textExtractor) headerEnd() int {
	for i, u := range x.units {
		if i >= headerScan {
			return i
		}
		if u.role == roleBody && isProse(u.text) {
			return i
		}
	}
	return min(len(x.units), headerScan)
}

// isProse reports whether a line reads as running text: a long sentence.
func isProse(s string) bool {
	words := strings.Count(s, " ") + 1
	if words < 12 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return words >= 25 || strings.ContainsRune(".!?\"”’:)", last)
}

func (x *textExtractor) findHeadline(hdrEnd int) int {
	units := x.units
	best := -1
	// A line that appears twice in the header is the headline.
	for i := 0; i < hdrEnd; i++ {
		if units[i].role != roleBody || !isTitleLike(units[i].text) {
			continue
		}
		for j := i + 1; j < hdrEnd+2 && j < len(units); j++ {
			if units[j].text == units[i].text {
				best = i
				break
			}
		}
		if best >= 0 {
			break
		}
	}
	if best < 0 {
		// Otherwise the first title-like line of at least four words.
		for i := 0; i < hdrEnd; i++ {
			u := units[i]
			if u.role == roleBody && isTitleLike(u.text) && len(strings.Fields(u.text)) >= 4 && !isTimestampLine(u.text) {
				best = i
				break
			}
		}
	}
	if best >= 0 {
		units[best].role = roleHeadline
		x.a.Headline = units[best].text
	}
	return best
}

// isTitleLike reports whether a line can be a headline.
func isTitleLike(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 10 || n > 250 {
		return false
	}
	if _, ok := cutBylinePrefix(s); ok {
		return false
	}
	if looksLikeSiteName(s) {
		return false
	}
	return true
}

var siteNameRe = regexp.MustCompile(`^(?i)(www\.)?[\p{L}\d-]+(\.[\p{L}]{2,}){1,2}$`)

func looksLikeSiteName(s string) bool { return siteNameRe.MatchString(s) }

// isTimestampLine reports whether the whole line is a timestamp.
func isTimestampLine(s string) bool {
	if len(s) > 120 {
		return false
	}
	_, err := dateline.ParseTimestamp(s, dateline.Options{})
	return err == nil
}

var updatedRe = regexp.MustCompile(`(?i)^(last\s+)?(updated|modified|edited)\b`)

// findTimes reads publication and modification times from the header.
// A date line before the headline without a clock is the page's banner
// ("today is ..."), not the article's date.
func (x *textExtractor) findTimes(hdrEnd, headline int) {
	type cand struct {
		i     int
		ts    dateline.Timestamp
		score int
	}
	var pub *cand
	for i := 0; i < hdrEnd+3 && i < len(x.units); i++ {
		u := &x.units[i]
		if u.role != roleBody && u.role != roleDrop {
			continue
		}
		for _, seg := range segments(u.text) {
			if len(seg) > 120 {
				continue
			}
			ts, err := dateline.ParseTimestamp(seg, dateline.Options{})
			if err != nil {
				continue
			}
			if u.role == roleBody && i < hdrEnd {
				u.role = roleTimestamp
			}
			if updatedRe.MatchString(seg) {
				if x.a.Modified.IsZero() {
					x.a.Modified = toTime(ts)
				}
				continue
			}
			c := cand{i: i, ts: ts}
			if ts.HasClock {
				c.score += 2
			}
			if ts.Zone != dateline.ZoneNone {
				c.score += 2
			}
			if headline >= 0 && i > headline {
				c.score++
			}
			if headline >= 0 && i < headline && !ts.HasClock {
				if u.role == roleTimestamp {
					u.role = roleBanner
				}
				continue // the page's banner date
			}
			if pub == nil || c.score > pub.score {
				cc := c
				pub = &cc
			}
		}
	}
	if pub != nil {
		x.a.Published = toTime(pub.ts)
	} else if !x.a.Modified.IsZero() {
		x.a.Published = x.a.Modified
	}
}

// segments splits a header line at the separators pages put between a
// byline and a date: "By A | Feb 13, 2017".
func segments(s string) []string {
	if !strings.ContainsAny(s, "|•·") {
		return []string{s}
	}
	parts := splitAny(s, "|•·")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func toTime(ts dateline.Timestamp) Time {
	t := Time{T: ts.Time}
	switch ts.Zone {
	case dateline.ZoneOffset:
		t.Zone = ZoneOffset
	case dateline.ZoneAbbreviation:
		t.Zone = ZoneAbbreviation
	case dateline.ZoneHint:
		t.Zone = ZoneOutlet
	default:
		t.Zone = ZoneNone
	}
	return t
}

func (x *textExtractor) findBylines(hdrEnd int) {
	for i := 0; i < hdrEnd+3 && i < len(x.units); i++ {
		u := &x.units[i]
		if u.role != roleBody && u.role != roleTimestamp {
			continue
		}
		for _, seg := range segments(u.text) {
			if _, ok := cutBylinePrefix(seg); !ok || len(seg) > 200 {
				continue
			}
			as := ParseByline(seg)
			if len(as) == 0 {
				continue
			}
			if i < hdrEnd || u.role == roleBody && !isProse(u.text) {
				u.role = roleByline
			}
			if len(x.a.Authors) == 0 {
				x.a.Authors = as
			}
		}
	}
}

var handleRe = regexp.MustCompile(`@[A-Za-z0-9_]{2,30}`)

// findBio reads an author's bio line ("X is Outlet's staff journalist,
// follow her on Twitter: @handle") for the role and handle, and drops it.
func (x *textExtractor) findBio() {
	if len(x.a.Authors) == 0 {
		return
	}
	for i := range x.units {
		u := &x.units[i]
		if u.role != roleBody || len(u.text) > 400 {
			continue
		}
		for k := range x.a.Authors {
			au := &x.a.Authors[k]
			rest, ok := strings.CutPrefix(u.text, au.Name+" is ")
			if !ok {
				continue
			}
			u.role = roleDrop
			if au.Handle == "" {
				au.Handle = handleRe.FindString(rest)
			}
			if au.Role == "" {
				au.Role = bioRole(rest)
			}
			if x.a.Outlet == "" {
				x.a.Outlet = bioOutlet(rest)
			}
		}
	}
}

// bioRole takes the role from "AzerNews’ staff journalist, follow ..." or
// "a reporter for Outlet.".
func bioRole(rest string) string {
	phrase := rest
	if i := strings.IndexAny(phrase, ",.;"); i >= 0 {
		phrase = phrase[:i]
	}
	for _, pos := range []string{"’s ", "'s ", "’ ", "' "} {
		if i := strings.Index(phrase, pos); i >= 0 {
			phrase = phrase[i+len(pos):]
			break
		}
	}
	for _, art := range []string{"a ", "an ", "the "} {
		phrase = strings.TrimPrefix(phrase, art)
	}
	if i := strings.Index(phrase, " for "); i >= 0 {
		phrase = phrase[:i]
	}
	if i := strings.Index(phrase, " at "); i >= 0 {
		phrase = phrase[:i]
	}
	phrase = strings.TrimSpace(phrase)
	if !isRoleText(phrase) {
		return ""
	}
	return phrase
}

// bioOutlet takes "AzerNews" from "AzerNews’ staff journalist".
func bioOutlet(rest string) string {
	for _, pos := range []string{"’s ", "'s ", "’ ", "' "} {
		if i := strings.Index(rest, pos); i > 0 && i < 40 {
			name := rest[:i]
			if r, _ := utf8.DecodeRuneInString(name); unicode.IsUpper(r) && !strings.ContainsAny(name, ",.") {
				return name
			}
		}
	}
	return ""
}

// findOutlet names the outlet from a site banner in the header
// ("Azernews.Az"), using the spelling the page uses elsewhere.
func (x *textExtractor) findOutlet(hdrEnd int) {
	var stem string
	for i := 0; i < hdrEnd && i < len(x.units); i++ {
		u := &x.units[i]
		if (u.role == roleBody || u.role == roleDrop) && looksLikeSiteName(u.text) {
			u.role = roleBanner
			if stem == "" {
				stem = siteStem(u.text)
			}
		}
	}
	if stem == "" && x.a.URL != "" {
		if u, err := url.Parse(x.a.URL); err == nil {
			stem = siteStem(u.Hostname())
		}
	}
	if x.a.Outlet != "" || stem == "" {
		return
	}
	// Find the spelling used on the page: "AzerNews’", "@AzerNewsAz".
	for _, u := range x.units {
		if name := findSpelling(u.text, stem); name != "" {
			x.a.Outlet = name
			return
		}
	}
	r, n := utf8.DecodeRuneInString(stem)
	x.a.Outlet = string(unicode.ToUpper(r)) + stem[n:]
}

// siteStem returns "azernews" for "www.Azernews.Az".
func siteStem(host string) string {
	h := strings.ToLower(strings.TrimPrefix(strings.ToLower(host), "www."))
	if i := strings.IndexByte(h, '.'); i > 0 {
		h = h[:i]
	}
	return h
}

// findSpelling finds a word in s equal to stem ignoring case, with at least
// one capital letter, and returns it as written.
func findSpelling(s, stem string) string {
	low := strings.ToLower(s)
	for off := 0; off < len(low); {
		i := strings.Index(low[off:], stem)
		if i < 0 {
			return ""
		}
		i += off
		j := i + len(stem)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		if (i == 0 || !unicode.IsLetter(before) && before != '@') && (j == len(s) || !unicode.IsLetter(after) && after != '.') {
			w := s[i:j]
			if w != strings.ToLower(w) {
				return w
			}
		}
		off = j
	}
	return ""
}

// dropTrailer drops short non-sentence lines after the last paragraph of
// running text: link lists, tags, "Latest" boxes.
func (x *textExtractor) dropTrailer() {
	last := -1
	for i, u := range x.units {
		if u.role == roleBody && isProse(u.text) {
			last = i
		}
	}
	if last < 0 {
		return
	}
	for i := last + 1; i < len(x.units); i++ {
		u := &x.units[i]
		if u.role == roleBody && !endsSentence(u.text) && !creditRe.MatchString(u.text) {
			u.role = roleDrop
		}
	}
}

// creditRe matches a wire story's closing credit line, which is article text.
var creditRe = regexp.MustCompile(`(?i)^(additional )?(reporting|writing|editing|compiled) by `)

func endsSentence(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"”’)", last) && strings.Count(s, " ") >= 4
}

// boilerplateRe matches whole lines of page chrome.
var boilerplateRe = regexp.MustCompile(`(?i)^(` +
	`-{3,}|_{3,}|\*{3,}|={3,}|` +
	`loading\.*|` +
	`(latest|related|trending|popular|most read|top stories|more stories|recommended|you may also like)( \w+){0,3}|` +
	`(follow|like) us( on .*)?|` +
	`(share|tweet|email|print|comments?)( (this|on|article|story|via) .*)?|` +
	`(share|tweet|email|print|facebook|twitter|whatsapp|linkedin|telegram|reddit)( (share|tweet|email|print|facebook|twitter|whatsapp|linkedin|telegram|reddit))+|` +
	`advertisements?|sponsored( content)?|` +
	`(read|see) (more|also)\b.*|also read\b.*|related( articles?| stories)?:.*|` +
	`(photo|image|picture|video|credit|source)s?( credit)?:.*|` +
	`\(?(photo|image)( by)? .{0,80}\)?|` +
	`(subscribe|sign up|newsletter|click here|tap here|download (our|the) app)\b.*|` +
	`(tags?|topics?|categories|filed under|keywords):.*|` +
	`(©|\(c\)|copyright) .*|all rights reserved.*|` +
	`(skip to|jump to|back to) (main )?(content|top|navigation)|` +
	`home|menu|search|log ?in|sign in|register|close|next|previous|` +
	`\d+ (min|minute)s? read` +
	`)$`)

// isBoilerplate reports whether a whole line is page chrome.
func isBoilerplate(s string) bool {
	if len(s) > 200 {
		return false
	}
	return boilerplateRe.MatchString(s)
}
