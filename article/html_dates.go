package article

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/dateline"
	"golang.org/x/net/html/atom"
)

// htmlTime converts a parsed timestamp.
func htmlTime(ts dateline.Timestamp) Time {
	switch {
	case !ts.HasClock:
		y, mo, dd := ts.Time.Date()
		return Time{T: time.Date(y, mo, dd, 0, 0, 0, 0, time.UTC), Zone: ZoneNone}
	case ts.Zone == dateline.ZoneNone:
		// The wall clock is kept (as if UTC); only the date is claimed.
		w := ts.Time
		return Time{T: time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, time.UTC), Zone: ZoneNone}
	case ts.Zone == dateline.ZoneOffset:
		return Time{T: ts.Time, Zone: ZoneOffset}
	case ts.Zone == dateline.ZoneAbbreviation:
		return Time{T: ts.Time, Zone: ZoneAbbreviation}
	default:
		return Time{T: ts.Time, Zone: ZoneOutlet}
	}
}

// dayStart is t, or the start of its day when it claims only a date.
func dayStart(t Time) time.Time {
	if t.Zone == ZoneNone || t.Zone == "" {
		y, mo, d := t.T.Date()
		return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	}
	return t.T
}

// parseTime reads one timestamp string; zero on failure or an implausible year.
func parseTime(s string, opt dateline.Options) Time {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return Time{}
	}
	ts, err := dateline.ParseTimestamp(s, opt)
	if err != nil {
		// Unix seconds or milliseconds.
		if u, ok := unixTime(s); ok {
			return Time{T: u, Zone: ZoneOffset}
		}
		// CJK dates and month names of other languages.
		t, ok := translateDate(s)
		if !ok {
			return Time{}
		}
		if ts, err = dateline.ParseTimestamp(t, opt); err != nil {
			return Time{}
		}
	}
	if y := ts.Time.Year(); y < 1995 || y > 2100 {
		return Time{}
	}
	return htmlTime(ts)
}

// cjkDate matches a year, month and day written with CJK unit signs.
var cjkDate = regexp.MustCompile(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?`)

// spacedDate matches a day-first numeric date with spaced bars or dots:
// "14 | 03 | 2022".
var spacedDate = regexp.MustCompile(`^(\d{1,2})\s*[|.]\s*(\d{1,2})\s*[|.]\s*((?:19|20)\d\d)\b`)

// foreignMonths names months in languages the timestamp parser does not
// read (genitive forms where dates use them).
var foreignMonths = map[string]string{
	// Russian
	"января": "January", "февраля": "February", "марта": "March", "апреля": "April", "мая": "May", "июня": "June",
	"июля": "July", "августа": "August", "сентября": "September", "октября": "October", "ноября": "November", "декабря": "December",
	// Ukrainian
	"січня": "January", "лютого": "February", "березня": "March", "квітня": "April", "травня": "May", "червня": "June",
	"липня": "July", "серпня": "August", "вересня": "September", "жовтня": "October", "листопада": "November", "грудня": "December",
	// Polish
	"stycznia": "January", "lutego": "February", "marca": "March", "kwietnia": "April", "maja": "May", "czerwca": "June",
	"lipca": "July", "sierpnia": "August", "września": "September", "października": "October", "listopada": "November", "grudnia": "December",
	// Dutch
	"januari": "January", "februari": "February", "maart": "March", "mei": "May", "juni": "June", "juli": "July",
	"augustus": "August", "oktober": "October",
	// Turkish
	"ocak": "January", "şubat": "February", "mart": "March", "nisan": "April", "mayıs": "May", "haziran": "June",
	"temmuz": "July", "ağustos": "August", "eylül": "September", "ekim": "October", "kasım": "November", "aralık": "December",
	// Czech
	"ledna": "January", "února": "February", "března": "March", "dubna": "April", "května": "May", "června": "June",
	"července": "July", "srpna": "August", "září": "September", "října": "October", "prosince": "December",
}

// translateDate rewrites a CJK date as ISO and month names of other
// languages in English; ok is false when nothing was rewritten.
func translateDate(s string) (string, bool) {
	if m := cjkDate.FindStringSubmatchIndex(s); m != nil {
		mo, dd := s[m[4]:m[5]], s[m[6]:m[7]]
		if len(mo) == 1 {
			mo = "0" + mo
		}
		if len(dd) == 1 {
			dd = "0" + dd
		}
		out := s[m[2]:m[3]] + "-" + mo + "-" + dd
		// A clock may follow: "2020年07月12日 22:00".
		if rest := strings.TrimSpace(s[m[1]:]); len(rest) >= 4 && len(rest) <= 8 && rest[0] >= '0' && rest[0] <= '9' {
			out += " " + rest
		}
		return out, true
	}
	if m := spacedDate.FindStringSubmatch(s); m != nil {
		return m[1] + "." + m[2] + "." + m[3], true
	}
	changed := false
	fields := strings.Fields(s)
	for i, f := range fields {
		w := strings.ToLower(strings.Trim(f, ".,"))
		if e, ok := foreignMonths[w]; ok {
			fields[i] = e
			changed = true
		}
	}
	if !changed {
		return "", false
	}
	return strings.Join(fields, " "), true
}

func unixTime(s string) (time.Time, bool) {
	if len(s) != 10 && len(s) != 13 {
		return time.Time{}, false
	}
	var v int64
	for _, c := range s {
		if c < '0' || c > '9' {
			return time.Time{}, false
		}
		v = v*10 + int64(c-'0')
	}
	if len(s) == 13 {
		v /= 1000
	}
	t := time.Unix(v, 0).UTC()
	if t.Year() < 2000 || t.Year() > 2100 {
		return time.Time{}, false
	}
	return t, true
}

// hasZone reports whether t states a zone with a clock time.
func hasZone(t Time) bool { return !t.IsZero() && t.Zone != ZoneNone && t.Zone != "" }

// sameDay reports whether a and b fall on the same day, each in its own zone.
func sameDay(a, b Time) bool {
	y1, m1, d1 := a.T.Date()
	y2, m2, d2 := b.T.Date()
	return y1 == y2 && m1 == m2 && d1 == d2
}

// bestTime picks the best-ranked candidate; one with a zone replaces it
// when it gives the same day.
func bestTime(cands []timeCand, opt dateline.Options, ldRank int) Time {
	t, _ := bestTimeRank(cands, opt)
	return t
}

// bestTimeRank is bestTime that also reports whether the source chosen is
// a generic key.
func bestTimeRank(cands []timeCand, opt dateline.Options) (Time, bool) {
	if len(cands) == 0 {
		return Time{}, false
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].rank < cands[j].rank })
	var top Time
	generic := false
	for _, c := range cands {
		if t := parseTime(c.s, opt); !t.IsZero() {
			top, generic = t, c.generic
			break
		}
	}
	if top.IsZero() || hasZone(top) {
		return top, generic
	}
	for _, c := range cands {
		if t := parseTime(c.s, opt); hasZone(t) && sameDay(t, top) {
			return t, generic && c.generic
		}
	}
	// A full timestamp from a source as strong as the top one's beats a
	// date alone.
	for _, c := range cands {
		if c.rank > strongRank {
			break
		}
		if t := parseTime(c.s, opt); hasZone(t) {
			return t, c.generic
		}
	}
	return top, generic
}

// urlDate matches a date in a URL path: /2017/02/13/, /2017/2/13/,
// /2017-02-13, /20170213/ and a /13-02-2017 segment.
var urlDate = regexp.MustCompile(`/((?:19|20)\d\d)(?:[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])|/([1-9])/([1-9]|[12]\d|3[01]))(?:/|[-_.]|$)|/(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-((?:19|20)\d\d)(?:/|$)`)

// urlDay is the date stated in the path of u, if any.
func urlDay(u string, opt dateline.Options) Time {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	m := urlDate.FindStringSubmatch(u)
	if m == nil {
		return Time{}
	}
	y, mo, dd := m[1], m[2], m[3]
	switch {
	case m[4] != "":
		mo, dd = "0"+m[4], m[5]
		if len(dd) == 1 {
			dd = "0" + dd
		}
	case m[6] != "":
		y, mo, dd = m[8], m[7], m[6]
	}
	return parseTime(y+"-"+mo+"-"+dd, opt)
}

// published reconciles the publication time.
func (p *Page) published(m *pageMeta, h Hints, opt dateline.Options, roots []int32) Time {
	d := p.doc
	cands := m.published
	cands = append(cands, m.ld.others...)
	cands = dropModified(cands, m, opt)
	meta, generic := bestTimeRank(cands, opt)
	// The article object's JSON-LD datePublished, when more than half a day
	// earlier than the meta tags' time, is the original publication and the
	// later one a republication (smaller gaps are zone slips and edits).
	if m.ld.found && hasZone(meta) {
		if ld := parseTime(m.ld.published, opt); hasZone(ld) && meta.T.Sub(ld.T) > 12*time.Hour {
			meta = ld
		}
	}
	// A time stated in UTC is shown in the page's local offset when the
	// page states the same instant as a local clock elsewhere.
	if meta.Zone == ZoneOffset {
		if _, off := meta.T.Zone(); off == 0 {
			meta = p.localized(meta, cands, opt)
		}
	}
	// A date in the URL a month or more before the metadata's is the
	// original publication of a page republished (or moved) later.
	if !meta.IsZero() {
		if u := urlDay(p.URL(), opt); !u.IsZero() && meta.T.Sub(u.T) > 31*24*time.Hour {
			return u
		}
	}
	// A date shown beside the headline beats a generic metadata key (often
	// the time the page was generated or last edited) giving another day.
	h1 := firstTag(d, atom.H1)
	anchor := dateAnchor(d, roots, h1)
	if hd := titleHeading(d, m); hd >= 0 {
		anchor = hd
	}
	if !meta.IsZero() {
		if t := p.nearHeadDate(anchor, opt); !t.IsZero() && !sameDay(t, meta) {
			if generic {
				return t
			}
			// Two sources, a generic metadata key and the visible date,
			// agree against the article's own statement.
			for _, c := range cands {
				if g := parseTime(c.s, opt); c.generic && hasZone(g) && sameDay(g, t) {
					return g
				}
			}
			// Metadata whose publication time is its modification time
			// may state the last revision: a date line with a clock before
			// it in every zone is the first publication.
			if updatedAfter(meta, t) && p.revisionTime(meta, m, opt) {
				return t
			}
		}
	}
	// A numeric offset stated in the metadata wins over the adapter's
	// visible date; otherwise the adapter's date comes first.
	if hasZone(meta) && meta.Zone == ZoneOffset {
		return meta
	}
	if t := p.hintDate(h, opt); !t.IsZero() {
		return t
	}
	if !meta.IsZero() {
		return meta
	}
	// <time datetime> outside page furniture: one marked as the publication
	// time, else the one nearest the headline; marked ones in furniture
	// last.
	var marked, near, markedBoiler Time
	nearDist := int32(-1)
	for i := 1; i < len(d.nodes); i++ {
		if d.nodes[i].tag != atom.Time {
			continue
		}
		n := int32(i)
		v := d.attr(n, aDatetime)
		if v == "" {
			continue
		}
		t := parseTime(v, opt)
		if t.IsZero() {
			continue
		}
		cl := strings.ToLower(d.attr(n, aClass) + " " + d.attr(n, aItemprop))
		isMarked := strings.Contains(cl, "publish") || strings.Contains(cl, "posted") || strings.Contains(cl, "created") || d.hasAttr(n, aPubdate)
		if p.dateBoiler(n) {
			if isMarked && markedBoiler.IsZero() {
				markedBoiler = t
			}
			continue
		}
		if isMarked {
			marked = t
			break
		}
		dist := n - anchor
		if dist < 0 {
			dist = -dist
		}
		if nearDist < 0 || dist < nearDist {
			near, nearDist = t, dist
		}
	}
	for _, t := range []Time{marked, near, markedBoiler} {
		if !t.IsZero() {
			return t
		}
	}
	// A date in the URL.
	if t := urlDay(p.URL(), opt); !t.IsZero() {
		return t
	}
	// A visible date near the start of the article: from the headline
	// before the body (else the body's start) onwards, else the nearest
	// one before it.
	if t := p.nearHeadDate(anchor, opt); !t.IsZero() {
		return t
	}
	if t, _ := p.textDate(anchor, int32(len(d.nodes)), 120, opt); !t.IsZero() {
		return t
	}
	if t, _ := p.textDateBack(anchor, 60, opt); !t.IsZero() {
		return t
	}
	if t := p.classedDate(anchor, opt); !t.IsZero() {
		return t
	}
	return Time{}
}

// updatedAfter reports whether the visible local clock t (no zone) is
// earlier than the metadata's time meta by more than any UTC offset can
// explain: "January 19, 2020 / 12:25 PM" against 2020-01-20T09:49Z.
func updatedAfter(meta, t Time) bool {
	if !hasZone(meta) || t.Zone != ZoneNone || t.T.Hour() == 0 && t.T.Minute() == 0 {
		return false
	}
	return meta.T.Sub(t.T) > 14*time.Hour
}

// revisionTime reports whether the metadata states meta also as the
// page's modification time.
func (p *Page) revisionTime(meta Time, m *pageMeta, opt dateline.Options) bool {
	mods := m.modified
	if m.ld.modified != "" {
		mods = append(mods[:len(mods):len(mods)], timeCand{m.ld.modified, 2, false})
	}
	for _, c := range mods {
		if t := parseTime(c.s, opt); hasZone(t) && t.T.Equal(meta.T) {
			return true
		}
	}
	return false
}

// localized re-expresses the UTC time t in the page's local offset: the
// offset of another statement of the same instant (a timestamp with a
// non-zero offset, or a clock without a zone whose distance from t is a
// whole number of quarter hours within a day) in a <time datetime> shown
// to readers; or the same instant with an offset in the metadata.
func (p *Page) localized(t Time, cands []timeCand, opt dateline.Options) Time {
	// try returns the local statement of t in s, if any, and whether
	// its offset is explicit.
	try := func(s string) (Time, bool) {
		s = strings.TrimSpace(s)
		if s == "" || len(s) > 100 {
			return Time{}, false
		}
		ts, err := dateline.ParseTimestamp(s, opt)
		if err != nil || !ts.HasClock {
			return Time{}, false
		}
		switch ts.Zone {
		case dateline.ZoneOffset:
			if _, off := ts.Time.Zone(); off != 0 && ts.Time.Equal(t.T) {
				return Time{T: ts.Time, Zone: ZoneOffset}, true
			}
			return Time{}, false
		case dateline.ZoneNone:
			w := ts.Time
			wall := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, time.UTC)
			diff := wall.Sub(t.T.Truncate(time.Second))
			if diff != 0 && diff%(15*time.Minute) == 0 && diff >= -12*time.Hour && diff <= 14*time.Hour {
				return Time{T: t.T.In(time.FixedZone("", int(diff/time.Second))), Zone: ZoneOffset}, false
			}
		}
		return Time{}, false
	}
	for _, c := range cands {
		if lt, explicit := try(c.s); explicit {
			return pick(t, lt)
		}
	}
	d := p.doc
	for i := 1; i < len(d.nodes); i++ {
		if d.nodes[i].tag == atom.Time {
			if lt, _ := try(d.attr(int32(i), aDatetime)); !lt.IsZero() {
				return pick(t, lt)
			}
		}
	}
	return t
}

// pick keeps the metadata's UTC statement unless the local clock puts the
// article on another day than the one the page shows its readers.
func pick(t, lt Time) Time {
	if sameDay(t, lt) {
		return t
	}
	return lt
}

// weakRank is the rank from which a published candidate comes from a
// generic key ("date", "dc.date") that some pages fill with the time of the
// last edit.
const weakRank = 8

// strongRank is the highest rank of the article's own publication-time
// statements (article:published_time, datePublished, pubdate).
const strongRank = 2

// dropModified removes the weak candidates that state the page's
// modification time, when another candidate remains.
func dropModified(cands []timeCand, m *pageMeta, opt dateline.Options) []timeCand {
	var mods []time.Time
	for _, c := range append(m.modified, timeCand{m.ld.modified, 0, false}) {
		if t := parseTime(c.s, opt); hasZone(t) && len(mods) < 8 {
			mods = append(mods, t.T)
		}
	}
	if len(mods) == 0 {
		return cands
	}
	out := make([]timeCand, 0, len(cands))
	strong := false
	for _, c := range cands {
		if c.rank >= weakRank {
			if t := parseTime(c.s, opt); hasZone(t) && slices.ContainsFunc(mods, func(x time.Time) bool { return x.Equal(t.T) }) {
				continue
			}
		} else {
			strong = true
		}
		out = append(out, c)
	}
	if !strong {
		return cands
	}
	return out
}

// dateAnchor is where the article starts for date searches: the heading
// before the body (else the body's start), else the first h1.
func dateAnchor(d *document, roots []int32, h1 int32) int32 {
	anchor := int32(1)
	if len(roots) > 0 && roots[0] > 0 {
		anchor = roots[0]
		for i := anchor - 1; i > 0 && i > anchor-400; i-- {
			if t := d.nodes[i].tag; t == atom.H1 || t == atom.H2 && h1 < 0 {
				anchor = i
				break
			}
		}
	} else if h1 >= 0 {
		anchor = h1
	}
	return anchor
}

// titleHeading is the first h1 or h2 whose text is the metadata's title
// (or opens it, before a site name), or -1.
func titleHeading(d *document, m *pageMeta) int32 {
	var titles []string
	for _, t := range []string{m.ld.headline, m.ogTitle, m.twTitle, m.metaTitle} {
		if n := normTitle(t); len(n) >= 8 {
			titles = append(titles, n)
		}
	}
	if len(titles) == 0 {
		return -1
	}
	for i := 1; i < len(d.nodes); i++ {
		if t := d.nodes[i].tag; t != atom.H1 && t != atom.H2 {
			continue
		}
		h := d.innerText(int32(i))
		if len(h) > 400 {
			continue
		}
		nh := normTitle(h)
		if len(nh) < 8 {
			continue
		}
		for _, t := range titles {
			if t == nh || strings.HasPrefix(t, nh) {
				return int32(i)
			}
		}
	}
	return -1
}

// classedDate is the date in the text of a small element whose class or id
// names a date ("date", "datum", "posted"), the one nearest the anchor. It
// reads dates split over several elements: <span>Feb</span> <span>18</span>.
func (p *Page) classedDate(anchor int32, opt dateline.Options) Time {
	d := p.doc
	var best Time
	bestDist := int32(-1)
	for i := int32(1); i < int32(len(d.nodes)); i++ {
		nd := &d.nodes[i]
		if nd.isText || nd.attrStart == nd.attrEnd || nd.first < 0 {
			continue
		}
		cl := strings.ToLower(d.attr(i, aClass) + " " + d.attr(i, aID))
		if !strings.Contains(cl, "date") && !strings.Contains(cl, "datum") && !strings.Contains(cl, "posted") && !strings.Contains(cl, "fecha") {
			continue
		}
		end := i
		for end < int32(len(d.nodes)) && d.nodes[end].last >= 0 {
			end = d.nodes[end].last
		}
		if end-i > 40 || p.dateBoiler(i) {
			continue
		}
		// Texts joined with spaces: "<span>18</span><span>2009</span>".
		var parts []string
		for j := i + 1; j <= end; j++ {
			if t := &d.nodes[j]; t.isText {
				parts = append(parts, d.text[t.textStart:t.textEnd])
			}
		}
		txt := collapseSpace(strings.Join(parts, " "))
		if len(txt) < 6 || len(txt) > 80 || !hasDigitRun(txt) {
			continue
		}
		t := p.dateInText(txt, opt)
		if t.IsZero() {
			continue
		}
		dist := i - anchor
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = t, dist
		}
	}
	return best
}

// nearHeadDate is the date nearest to the anchor among the few short
// texts after it and before it.
func (p *Page) nearHeadDate(anchor int32, opt dateline.Options) Time {
	after, na := p.textDate(anchor, int32(len(p.doc.nodes)), 12, opt)
	before, nb := p.textDateBack(anchor, 6, opt)
	if !before.IsZero() && (after.IsZero() || nb < na) {
		return before
	}
	return after
}

// textDateBack is textDate searching backwards from before.
func (p *Page) textDateBack(before int32, limit int, opt dateline.Options) (_ Time, seen int) {
	d := p.doc
	for i := before - 1; i > 0 && seen < limit; i-- {
		nd := &d.nodes[i]
		if !nd.isText {
			continue
		}
		t := strings.TrimSpace(d.text[nd.textStart:nd.textEnd])
		if len(t) < 6 {
			continue
		}
		seen++
		// A sentence naming a date ("as reported on Friday, March 3rd,
		// 2023 by a weekly paper") is not a date line.
		if len(t) > 100 || !hasDigitRun(t) || sentenceLike(t) || p.joinedDate(i, t) || p.dateBoiler(i) {
			continue
		}
		if ts := p.dateLine(i, t, opt); !ts.IsZero() {
			return ts, seen
		}
	}
	return Time{}, seen
}

// dateWords mark elements holding a story's date line; boilerplate class
// words on them (meta, date, byline) do not hide the date.
var dateWords = []string{"date", "time", "meta", "byline", "posted", "publish", "info"}

// dateBoiler reports whether text node n lies in page furniture for date
// searches: navigation, a related-stories or similar block, or an aside or
// footer that is not the article's own.
func (p *Page) dateBoiler(n int32) bool {
	d := p.doc
	outside := false
	for x := d.nodes[n].parent; x > 0; x = d.nodes[x].parent {
		nd := &d.nodes[x]
		if nd.attrStart != nd.attrEnd && nd.tag != atom.Main && nd.tag != atom.Body && classify(d, x) == classStrongBoiler {
			cl := strings.ToLower(d.attr(x, aClass) + " " + d.attr(x, aID))
			if !containsAnyOf(cl, dateWords) {
				return true
			}
		}
		if nd.attrStart != nd.attrEnd && (navNamed(d, x) || strings.HasPrefix(d.attr(x, aID), "wm-ipp")) {
			return true // a navigation bar, or the web archive's toolbar over an archived page
		}
		switch nd.tag {
		case atom.Nav:
			return true
		case atom.Aside, atom.Footer:
			outside = true
		case atom.Article:
			return false
		}
	}
	return outside
}

// navNamed reports whether element n's class or id names a navigation
// bar ("nav", "navbar", "navtop", "nav-wrap"), where pages show today's date.
func navNamed(d *document, n int32) bool {
	cl := strings.ToLower(d.attr(n, aClass) + " " + d.attr(n, aID))
	if containsAnyOf(cl, dateWords) {
		return false // a story's meta line styled as a nav list
	}
	for _, v := range []string{d.attr(n, aClass), d.attr(n, aID)} {
		for tok := range strings.FieldsSeq(strings.ToLower(v)) {
			if navTokens[noSeparators.Replace(tok)] {
				return true
			}
		}
	}
	return false
}

var noSeparators = strings.NewReplacer("-", "", "_", "")

// navTokens are class and id values of navigation bars, separators removed.
var navTokens = map[string]bool{"nav": true, "navbar": true, "navtop": true, "navwrap": true, "navwrapper": true,
	"navigation": true, "topnav": true, "mainnav": true, "sitenav": true, "topbar": true}

// hintDate reads the publication time from the adapter's Date element.
func (p *Page) hintDate(h Hints, opt dateline.Options) Time {
	d := p.doc
	if h.Date == "" {
		return Time{}
	}
	s := compileSelector(h.Date)
	for i := 1; i < len(d.nodes); i++ {
		if !s.match(d, int32(i)) {
			continue
		}
		for _, v := range []string{d.attr(int32(i), aDatetime), d.attr(int32(i), aContent), d.innerText(int32(i))} {
			if t := parseTime(v, opt); !t.IsZero() {
				return t
			}
			if t := p.dateInText(v, opt); !t.IsZero() {
				return t
			}
		}
	}
	return Time{}
}

// firstTag returns the first element with tag a, or -1.
func firstTag(d *document, a atom.Atom) int32 {
	for i := 1; i < len(d.nodes); i++ {
		if d.nodes[i].tag == a {
			return int32(i)
		}
	}
	return -1
}

// textDate returns the first timestamp that is the whole of a short text
// node in [from, to), looking at most at limit text nodes.
func (p *Page) textDate(from, to int32, limit int, opt dateline.Options) (_ Time, seen int) {
	d := p.doc
	for i := from; i < to && seen < limit; i++ {
		nd := &d.nodes[i]
		if !nd.isText {
			continue
		}
		t := strings.TrimSpace(d.text[nd.textStart:nd.textEnd])
		if len(t) < 6 {
			continue
		}
		seen++
		if len(t) > 100 {
			// A paragraph opening with its date: "01.02.2022 – The ...";
			// a date inside a sentence is not the publication date.
			cut := 40
			for cut > 0 && !utf8.RuneStart(t[cut]) {
				cut--
			}
			t = t[:cut]
			if loc := dateRun.FindStringIndex(t); loc == nil || loc[0] != 0 {
				continue
			}
		}
		if !hasDigitRun(t) || p.joinedDate(i, t) || p.dateBoiler(i) {
			continue
		}
		if ts := p.dateLine(i, t, opt); !ts.IsZero() {
			return ts, seen
		}
	}
	return Time{}, seen
}

// dateLine reads the date of element i's text t, or returns zero; a
// heading that merely names a date ("Races of 2020/7/11-12") is not a date
// line.
func (p *Page) dateLine(i int32, t string, opt dateline.Options) Time {
	ts := p.dateInText(t, opt)
	if ts.IsZero() || inHeading(p.doc, i) && parseTime(t, opt).IsZero() {
		return Time{}
	}
	return ts
}

// inHeading reports whether node n lies in a heading (h1 to h6).
func inHeading(d *document, n int32) bool {
	for x, k := d.nodes[n].parent, 0; x > 0 && k < 4; x, k = d.nodes[x].parent, k+1 {
		switch d.nodes[x].tag {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
	}
	return false
}

// joinedWords label the date a forum member signed up, not a post's.
var joinedWords = []string{"registriert", "registered", "joined", "member since", "mitglied seit", "dabei seit", "inscrit", "inscription"}

// joinedDate reports whether text node n (text s) is a member's sign-up
// date ("<strong>Registriert:</strong> 18.09.2008", "Joined: Sep 2008").
func (p *Page) joinedDate(n int32, s string) bool {
	if len(s) > 80 {
		return false
	}
	line := s
	if pa := p.doc.nodes[n].parent; pa > 0 {
		line = p.doc.innerText(pa)
	}
	if len(line) > 80 {
		line = s
	}
	low := strings.ToLower(line)
	return containsAnyOf(low, joinedWords)
}

// sentenceLike reports whether s reads as a sentence rather than a date
// line: five or more words in lower case.
func sentenceLike(s string) bool {
	n := 0
	for f := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
			n++
		}
	}
	return n >= 5
}

// hasDigitRun reports whether s holds two digits in a row.
func hasDigitRun(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' && s[i-1] >= '0' && s[i-1] <= '9' {
			return true
		}
	}
	return false
}

// dateInText reads a timestamp from a short text: the whole text, else a
// piece between separators, else the first date-shaped run inside it.
func (p *Page) dateInText(s string, opt dateline.Options) Time {
	s = strings.TrimSpace(s)
	if t := parseTime(s, opt); !t.IsZero() {
		return t
	}
	if i := strings.Index(s, " by "); i > 0 {
		if t := parseTime(s[:i], opt); !t.IsZero() {
			return t
		}
	}
	for _, sep := range []string{"|", "•", "·", "\n", " - ", " — ", " / "} {
		if !strings.Contains(s, sep) {
			continue
		}
		parts := strings.Split(s, sep)
		for i, part := range parts {
			if t := parseTime(part, opt); !t.IsZero() {
				// A date then its clock: "January 19, 2020 / 12:25 PM".
				if i+1 < len(parts) {
					if tc := parseTime(part+" "+parts[i+1], opt); !tc.IsZero() {
						return tc
					}
				}
				return t
			}
		}
	}
	for _, loc := range dateRun.FindAllStringIndex(s, 3) {
		if t := parseTime(s[loc[0]:loc[1]], opt); !t.IsZero() {
			return t
		}
	}
	return Time{}
}

// dateRun matches date-shaped runs: numeric dates, and a day, a month word
// and a year in either order.
var dateRun = regexp.MustCompile(`\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}|\b(?:\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}\.?\s+(?:de\s+)?\pL{3,10}\.?,?\s+(?:de\s+)?\d{4}|\pL{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`)

// isMetaLine reports whether a short paragraph at the body's edge is a
// byline, a timestamp or similar furniture.
func isMetaLine(s, headline string) bool {
	if len(s) > 160 {
		return false
	}
	if isBoilerText(s) {
		return true
	}
	if headline != "" && normTitle(s) == normTitle(headline) {
		return true
	}
	if ParseByline(s) != nil && len(s) < 100 {
		return true
	}
	if len(s) < 80 {
		if _, err := dateline.ParseTimestamp(s, dateline.Options{}); err == nil {
			return true
		}
	}
	return false
}
