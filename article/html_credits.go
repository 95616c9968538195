package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// ---- authors

var bylineSel = compileSelector(`[rel=author], [itemprop=author], .byline, .author, .byline-name, .author-name, .authors, .article-author, .story-byline, .post-author, .entry-author, .contributor, .writer, .c-byline, #byline, .byline__name, .author__name, [class*=byline], [class*=author], [class*=Author], [class*=Byline], [data-testid*=byline], [data-testid*=author]`)

// bylineNameSel finds the name inside a byline element that also holds a
// role or a date: "<a>Jane Doe</a> <div>Games Editor</div>".
var bylineNameSel = compileSelector(`a, [itemprop=name], [class*=name], [class*=Name], .fn, strong, b`)

// authors chooses the page's authors; anchor is the headline's heading.
// Sources are read in turn (h.Byline, JSON-LD, meta tags, microdata, the
// visible byline, a credit line by the headline) and a source whose
// credits are all outlets or logins gives way to the next. The visible
// byline and credit lines also correct the metadata: a first name or a
// handle given in full, a partial list given whole, a posting account
// under which the story's opening credit names its writer.
func (p *Page) authors(m *pageMeta, h Hints, anchor int32) []Author {
	return p.fullFirstName(p.authorsOf(m, h, anchor, hostOf(p.URL())))
}

// fullFirstName completes a first name given alone ("Quirin") with the one
// full name starting with it ("Quirin Doe") that an author element of the
// page (a byline, an author box or widget) shows.
func (p *Page) fullFirstName(as []Author) []Author {
	if len(as) != 1 || strings.ContainsAny(as[0].Name, " .0123456789_") || !capitalised(as[0].Name) {
		return as
	}
	d := p.doc
	prefix := as[0].Name + " "
	full, checked := "", 0
	for i := 1; i < len(d.nodes) && checked < 200; i++ {
		nd := &d.nodes[i]
		if nd.isText || nd.attrStart == nd.attrEnd {
			continue
		}
		n := int32(i)
		if !bylineSel.match(d, n) && !authorBoxSel.match(d, n) {
			continue
		}
		checked++
		end := spanEnd(d, n)
		for c := n + 1; c < end && c < n+200; c++ {
			cn := &d.nodes[c]
			if !cn.isText || cn.textEnd-cn.textStart > 80 {
				continue
			}
			t := collapseSpace(d.text[cn.textStart:cn.textEnd])
			t = cutAuthorLabel(t)
			w := strings.Fields(t)
			if !strings.HasPrefix(t, prefix) || len(w) < 2 || len(w) > 3 || !IsPersonName(t) || isOrgCredit(t) || headingLike(t) {
				continue
			}
			if full != "" && full != t {
				return as // several people of that first name
			}
			full = t
		}
	}
	if full == "" {
		return as
	}
	return []Author{{Name: full}}
}

func (p *Page) authorsOf(m *pageMeta, h Hints, anchor int32, host string) []Author {
	f := creditFilter{host: host, labels: hostLabels(host), main: mainLabel(host)}
	site := firstNonEmpty(h.Outlet, m.siteName, m.ld.publisher)

	if h.Byline != "" {
		var out []Author
		for _, t := range p.Texts(h.Byline) {
			for _, a := range bylineAuthors(t, h.Outlet) {
				if !hasAuthor(out, a.Name) {
					out = append(out, a)
				}
			}
		}
		if out = f.keep(out); len(out) > 0 {
			return out
		}
	}
	var found []Author
	outlet := false // the metadata credits the outlet itself
	for _, src := range [][]string{m.ld.authors, m.metaAuthors, m.mdAuthors} {
		as := f.keep(metaAuthors(uninverted(src), site))
		if len(as) == 0 {
			outlet = outlet || f.outletCredits(src, site)
			continue
		}
		found = as
		break
	}
	var visible []Author
	visibleDone, listed := false, false
	seen := func() []Author {
		if !visibleDone {
			visibleDone = true
			visible, listed = p.visibleByline(anchor, site)
			if len(visible) == 0 {
				visible = p.noscriptByline(site)
			}
			// Against metadata naming the outlet, only a byline element or
			// a credit line right under the headline counts.
			if visible = f.keep(visible); len(visible) == 0 {
				limit := 1000
				if outlet {
					limit = 300
				}
				visible, listed = f.keep(p.creditAfterHeadline(anchor, site, limit)), true
				if len(visible) == 0 && !outlet {
					visible = f.keep(p.datedCredit(anchor, site))
				}
			}
		}
		return visible
	}
	if found == nil {
		if vs := seen(); len(vs) > 0 || outlet {
			return vs
		}
		if as := f.keep(p.authorBox(site)); len(as) > 0 {
			return as
		}
		// A personal site named after its owner, who writes its pages.
		if n := siteOwner(site, host); n != "" {
			return []Author{{Name: n}}
		}
		if n := p.blogOwner(host, anchor); n != "" {
			return []Author{{Name: n}}
		}
		return nil
	}
	// Metadata giving only a first name or a handle ("Todd", "TD4711")
	// yields to the page's byline naming the person in full, and a partial
	// list to a byline naming all the authors.
	if vs := seen(); len(vs) > 0 && (shortCredits(found, vs) || listed && (extends(vs, found) || extendsByInitials(vs, found))) {
		return vs
	}
	// A story signed at its end by someone else than the posting account.
	if cs := f.keep(p.closingSignature()); len(cs) == 1 && writerOverAccount(found, cs) {
		return cs
	}
	// A credit line right under the headline ("Von Jane Doe") naming
	// someone else than the posting account's metadata.
	writer := func(cs []Author, line int32) bool {
		cs = f.keep(cs)
		return len(cs) > 0 && (writerOverAccount(found, cs) || teamMember(found, cs) && p.authorCredit(line, cs[0].Name))
	}
	if cs := p.creditLine(anchor, site, 400, writer); len(cs) > 0 {
		return f.keep(cs)
	}
	return found
}

// authorBoxSel marks the box presenting a story's author, after the story
// or beside it.
var authorBoxSel = compileSelector(`[class*=author-bio], [class*=author_bio], [class*=authorbio], [class*=author-box], [class*=author_box], [class*=authorbox], [class*=about-author], [class*=about_author], [class*=author-info], [class*=author_info], [class*=authorinfo]`)

// authorBoxNameSel marks the name inside an author box.
var authorBoxNameSel = compileSelector(`h2, h3, h4, h5, [itemprop=name], [class*=name], [class*=Name], [rel=author], .fn`)

// authorBox reads the name presented by the page's author boxes: one
// person, named in a heading or a name element of the box. Boxes among
// related stories or comments do not count.
func (p *Page) authorBox(site string) []Author {
	d := p.doc
	var out []Author
	for i := 1; i < len(d.nodes); i++ {
		n := int32(i)
		nd := &d.nodes[i]
		if nd.isText || nd.attrStart == nd.attrEnd || !mayBeByline(d, n) || !authorBoxSel.match(d, n) {
			continue
		}
		if p.inCreditBoiler(n) {
			continue
		}
		end := spanEnd(d, n)
		for c := n + 1; c < end && c < n+200; c++ {
			if d.nodes[c].isText || !authorBoxNameSel.match(d, c) {
				continue
			}
			t, ok := shortText(d, c, 60)
			if !ok || t == "" {
				continue
			}
			t = cutAuthorLabel(t)
			if IsPersonName(t) && !isOrgCredit(t) && !headingLike(t) && cleanAuthorName(t, site) == t {
				if !hasAuthor(out, t) {
					out = append(out, Author{Name: t})
				}
				break
			}
		}
		i = int(end) - 1 // nested boxes are read as one
		if len(out) > 1 {
			return nil // boxes of several people: a list
		}
	}
	return out
}

// uninverted turns catalogue-style credits ("Doe, Jane", "Berg, Anouk
// van", "Brink, H.") into names as written ("Jane Doe").
func uninverted(credits []string) []string {
	var out []string
	for i, c := range credits {
		family, given, ok := strings.Cut(c, ",")
		family, given = strings.TrimSpace(family), strings.TrimSpace(given)
		fw, gw := strings.Fields(family), strings.Fields(given)
		if !ok || strings.Contains(given, ",") || len(fw) != 1 || len(gw) == 0 || len(gw) > 3 ||
			!capitalised(fw[0]) || !capitalised(gw[0]) || len(splitCredit(given)) != 1 {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		for _, w := range gw {
			lw := strings.ToLower(strings.Trim(w, "."))
			if !capitalised(w) && !namePartLower[w] || nonPersonWords[lw] || degrees[lw] || isRoleText(w) {
				ok = false
			}
		}
		if !ok {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append([]string{}, credits[:i]...)
		}
		// A trailing particle goes before the family name: "Anouk van Berg".
		out = append(out, given+" "+family)
	}
	if out == nil {
		return credits
	}
	return out
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !isAllUpperWord(strings.Trim(w, ".")) || utf8.RuneCountInString(strings.Trim(w, ".")) == 1 && unicode.IsUpper(r)
}

// writerOverAccount reports whether a credit line opening the story (vs)
// names other people in full than the page's credits (as): the writer of
// a story posted by an editor's account.
func writerOverAccount(as, vs []Author) bool {
	for _, v := range vs {
		if !IsPersonName(v.Name) || hasAuthor(as, v.Name) {
			return false
		}
	}
	return len(vs) > 0
}

// teamMember reports whether vs is one person named by a first name alone
// ("Oskar") who is none of the team of several people that as names.
func teamMember(as, vs []Author) bool {
	if len(as) < 2 || len(vs) != 1 || !capitalised(vs[0].Name) || strings.ContainsAny(vs[0].Name, " .0123456789_") || hasAuthor(as, vs[0].Name) {
		return false
	}
	for _, a := range as {
		if strings.Contains(a.Name, vs[0].Name) {
			return false // a name of the team
		}
	}
	return true
}

// postMetaSel marks an element holding a post's byline or date line.
var postMetaSel = compileSelector(`[class*=byline], [class*=Byline], [class*=meta], [class*=Meta], [class*=date], [class*=Date], [class*=posted], [class*=author], [class*=Author]`)

// authorCredit reports whether the credit line element line lies in a
// byline, post-meta or date element and shows name as a link of its own
// (to the author's page) or in an author element.
func (p *Page) authorCredit(line int32, name string) bool {
	d := p.doc
	meta := false
	for x, k := line, 0; x > 0 && k < 3 && !meta; x, k = d.nodes[x].parent, k+1 {
		meta = d.nodes[x].attrStart != d.nodes[x].attrEnd && postMetaSel.match(d, x)
	}
	if !meta {
		return false
	}
	end := spanEnd(d, line)
	for c := line + 1; c < end && c < line+100; c++ {
		nd := &d.nodes[c]
		if nd.isText || nd.attrStart == nd.attrEnd {
			continue
		}
		if t, ok := shortText(d, c, len(name)+2); !ok || t != name {
			continue
		}
		// The tree keeps a link's presence, not its target: a link
		// that is the whole name stands for the author's page.
		if nd.tag == atom.A && d.hasAttr(c, aHref) || bylineSel.match(d, c) {
			return true
		}
	}
	return false
}

// extendsByInitials reports whether list names everyone in part, some by
// an initial ("E. Doe" for "Edward Doe"), and more.
func extendsByInitials(list, part []Author) bool {
	if len(list) <= len(part) {
		return false
	}
	for _, a := range part {
		found := false
		for _, l := range list {
			found = found || strings.EqualFold(a.Name, l.Name) || initialOf(l.Name, a.Name) || initialOf(a.Name, l.Name)
		}
		if !found {
			return false
		}
	}
	return true
}

// initialOf reports whether short is full with its given name cut to an
// initial: "E. Doe" of "Edward Doe".
func initialOf(short, full string) bool {
	s, f := strings.Fields(short), strings.Fields(full)
	if len(s) != 2 || len(f) != 2 || !strings.EqualFold(s[1], f[1]) {
		return false
	}
	r, size := utf8.DecodeRuneInString(s[0])
	fr, _ := utf8.DecodeRuneInString(f[0])
	return s[0][size:] == "." && unicode.ToLower(r) == unicode.ToLower(fr) && len(f[0]) > size+1
}

// extends reports whether list names everyone in part and more.
func extends(list, part []Author) bool {
	if len(list) <= len(part) {
		return false
	}
	for _, a := range part {
		if !hasAuthor(list, a.Name) {
			return false
		}
	}
	return true
}

// creditFilter drops credits naming the outlet or a bare login.
type creditFilter struct {
	host   string
	labels []string // distinctive host labels
	main   string   // the registered name's label, hyphens removed
}

func (f creditFilter) keep(as []Author) []Author {
	var out []Author
	for _, a := range as {
		// A login alone is an account; among co-authors, a signature.
		if namesHost(a.Name, f.labels) && !f.ownSite(a.Name) || len(as) == 1 && isLoginName(a.Name, f.host) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// outletCredits reports whether metadata credits name the outlet or an
// organisation, not a person ("Pellet Heat Austria", "Redaktion").
func (f creditFilter) outletCredits(credits []string, site string) bool {
	ns := normTitle(site)
	for _, c := range credits {
		n := normTitle(c)
		switch {
		case n == "":
			return false
		case ns != "" && (strings.Contains(ns, n) || strings.Contains(n, ns)):
		case namesHost(c, f.labels), isOrgCredit(c), notAuthors[strings.ToLower(strings.TrimSpace(c))]:
		default:
			return false
		}
	}
	return len(credits) > 0
}

// ownSite reports whether name is a person whose site this is: the host's
// registered label is the name, its first or its last word ("Jane Doe" on
// janedoe.com, doe.net or jane.org).
func (f creditFilter) ownSite(name string) bool {
	if f.main == "" || !IsPersonName(name) {
		return false
	}
	raw := strings.Fields(name)
	titled := len(raw) == 2 && honorifics[strings.ToLower(strings.TrimSuffix(raw[0], "."))]
	for _, w := range raw {
		if utf8.RuneCountInString(strings.Trim(w, ".")) > 1 && isAllUpperWord(w) {
			return false // "NÖ Landbote", "COOK FRESH": a brand's lettering
		}
	}
	var words []string
	for w := range strings.FieldsSeq(strings.ToLower(name)) {
		w = strings.Map(func(r rune) rune {
			if r == '.' || r == '-' || r == '\'' || r == '’' {
				return -1
			}
			return r
		}, w)
		if w != "" {
			words = append(words, w)
		}
	}
	if len(words) < 2 || determiners[words[0]] {
		return false
	}
	if f.main == strings.Join(words, "") {
		return true
	}
	// "Dr. Brandt" on brandt.example: a title and a surname name a brand.
	return !titled && (f.main == words[0] || f.main == words[len(words)-1] ||
		f.main == words[len(words)-2]+words[len(words)-1])
}

// siteOwner returns the person a site is named after when its host is
// the person's name too ("Dr. Jane Doe" or "Jane Doe's Blog" on
// janedoe.net or janedoe.wordpress.com), without a title; else "". A
// title or a blog's possessive marks the name as a person's, unlike an
// outlet's named after its host ("Harbour Lane").
func siteOwner(site, host string) string {
	name := strings.TrimSpace(site)
	person := false
	for _, suf := range []string{"'s Blog", "’s Blog", "' Blog", "’ Blog"} {
		if n, ok := strings.CutSuffix(name, suf); ok {
			name, person = n, true
			break
		}
	}
	w := strings.Fields(name)
	for len(w) > 2 && honorifics[strings.ToLower(strings.TrimSuffix(w[0], "."))] {
		w, person = w[1:], true
	}
	if !person || len(w) < 2 || len(w) > 3 || determiners[strings.ToLower(w[0])] {
		return ""
	}
	name = strings.Join(w, " ")
	if !IsPersonName(name) || isOrgCredit(name) {
		return ""
	}
	key := nameKey(name)
	labels := strings.Split(strings.ToLower(host), ".")
	if key == mainLabel(host) || len(labels) >= 3 && labels[0] == key && hostedBlog(host) {
		return name
	}
	return ""
}

// blogOwner returns the person a hosted blog's user name spells
// ("janedoe.wordpress.com"), when the page shows that name written out
// before the headline ("Jane Doe" as the blog's tagline); else "".
func (p *Page) blogOwner(host string, anchor int32) string {
	labels := strings.Split(strings.ToLower(host), ".")
	if !hostedBlog(host) || len(labels) < 3 || len(labels[0]) < 6 {
		return ""
	}
	d := p.doc
	end := int32(len(d.nodes))
	if anchor >= 0 {
		end = anchor
	}
	for i := int32(1); i < end && i < 3000; i++ {
		nd := &d.nodes[i]
		if !nd.isText || nd.textEnd-nd.textStart > 60 {
			continue
		}
		t := strings.TrimSpace(d.text[nd.textStart:nd.textEnd])
		if len(t) < 5 || !strings.Contains(t, " ") || nameKey(t) != labels[0] {
			continue
		}
		if IsPersonName(t) && len(strings.Fields(t)) <= 3 && !isOrgCredit(t) {
			return t
		}
	}
	return ""
}

// nameKey is a name's letters in lower case, without spaces, dots,
// hyphens and apostrophes ("Jane O'Doe-Smith" gives "janeodoesmith").
func nameKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '.' || r == '-' || r == '\'' || r == '’' || r == ' ' {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// hostedBlog reports a host of a blogging service, whose first label is
// the user's ("jane.wordpress.com").
func hostedBlog(host string) bool {
	h := "." + strings.ToLower(host)
	for _, hosted := range blogHosts {
		if strings.Contains(h, hosted) {
			return true
		}
	}
	return false
}

// blogHosts are the host parts of blogging services.
var blogHosts = []string{".wordpress.com", ".blogspot.", ".tumblr.com", ".medium.com", ".substack.com",
	".livejournal.com", ".over-blog.", ".jimdo"}

// honorifics stand before a name.
var honorifics = map[string]bool{"dr": true, "prof": true, "mr": true, "mrs": true, "ms": true, "herr": true,
	"frau": true, "mme": true, "m": true, "sr": true, "sra": true, "sir": true, "dame": true}

// mainLabel returns the label a host was registered under ("gazette" of
// mode.gazette.fr, "rivercast" of www.rivercast.co.uk), hyphens removed.
func mainLabel(host string) string {
	labels := strings.Split(strings.ToLower(strings.TrimSuffix(host, ".")), ".")
	if len(labels) < 2 {
		return ""
	}
	i := len(labels) - 2
	if len(labels[len(labels)-1]) == 2 && i > 0 {
		switch labels[i] {
		case "co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "gv":
			i--
		}
	}
	return strings.ReplaceAll(labels[i], "-", "")
}

// shortCredits reports whether metadata credits as are first names or
// handles that the visible byline vs names in full.
func shortCredits(as, vs []Author) bool {
	for _, a := range as {
		if strings.Contains(a.Name, " ") {
			return false
		}
	}
	for _, v := range vs {
		if !IsPersonName(v.Name) {
			return false
		}
	}
	for _, a := range as {
		handle := strings.ContainsAny(a.Name, "0123456789_")
		if handle {
			continue
		}
		found := false
		for _, v := range vs {
			for w := range strings.FieldsSeq(v.Name) {
				if strings.EqualFold(w, a.Name) {
					found = true
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// headlineAnchor returns the heading holding the headline (an <h1>, else
// an <h2> or <h3>), else the first <h1> outside boilerplate, else the first
// <h1>, else the first <h2> outside boilerplate, or -1.
func (p *Page) headlineAnchor(headline string) int32 {
	d := p.doc
	nh := normTitle(headline)
	first, firstClean, other, firstH2 := int32(-1), int32(-1), int32(-1), int32(-1)
	for i := 1; i < len(d.nodes); i++ {
		tag := d.nodes[i].tag
		if tag != atom.H1 && tag != atom.H2 && tag != atom.H3 {
			continue
		}
		n := int32(i)
		if tag == atom.H1 && first < 0 {
			first = n
		}
		if tag == atom.H2 && firstH2 < 0 && !p.inBoilerArea(n) {
			firstH2 = n
		}
		if (tag == atom.H1 || other < 0) && p.inBoilerArea(n) {
			continue
		}
		if tag == atom.H1 && firstClean < 0 {
			firstClean = n
		}
		if nh == "" || tag != atom.H1 && other >= 0 {
			continue
		}
		if t := normTitle(d.innerText(n)); t != "" && (t == nh || len(t) >= 12 && strings.Contains(nh, t) || len(nh) >= 12 && strings.Contains(t, nh)) {
			if tag == atom.H1 {
				return n
			}
			other = n
		}
	}
	switch {
	case other >= 0:
		return other
	case firstClean >= 0:
		return firstClean
	case first < 0:
		return firstH2 // a page without <h1> titles its story with <h2>
	}
	return first
}

// creditAfterHeadline finds a short credit line ("By Jane Doe", "Ein Artikel
// von Jane Doe") among the first texts after the headline h1, before limit
// bytes of text.
func (p *Page) creditAfterHeadline(h1 int32, site string, limit int) []Author {
	return p.creditLine(h1, site, limit, func([]Author, int32) bool { return true })
}

// creditLine is creditAfterHeadline returning the first credit that want
// accepts.
func (p *Page) creditLine(h1 int32, site string, limit int, want func(as []Author, line int32) bool) []Author {
	d := p.doc
	if h1 < 0 {
		return nil
	}
	seen, size := 0, 0
	// A credit line comes before the story, not inside it.
	for i := h1 + 1; i < int32(len(d.nodes)) && seen < 40 && size < limit; i++ {
		nd := &d.nodes[i]
		if !nd.isText {
			continue
		}
		t := strings.TrimSpace(d.text[nd.textStart:nd.textEnd])
		if t == "" {
			continue
		}
		seen++
		size += len(t)
		par := nd.parent
		// The credit may be split over elements: "By <a>Jane Doe</a>".
		for k := 0; k < 2 && par > 0; k++ {
			if pt, ok := shortText(d, par, len(t)+3); !ok || len(pt) >= len(t)+3 {
				break
			}
			up := d.nodes[par].parent
			if _, ok := shortText(d, up, 100); up <= 0 || !ok {
				break
			}
			par = up
		}
		line, ok := shortText(d, par, 100)
		if !ok || p.inCreditBoiler(i) {
			continue
		}
		if as := lineCredit(line, site); len(as) > 0 && want(as, par) {
			return as
		}
		// The text alone, when what its element adds ends the credit
		// badly ("3.5.2020 von Jane <span>Symbolbild</span>").
		if line != t && len(t) <= 100 {
			if as := lineCredit(t, site); len(as) > 0 && want(as, par) {
				return as
			}
		}
	}
	return nil
}

// lineCredit reads the authors of a short credit line: one opening with a
// label, or a dated line with a credit inside.
func lineCredit(line, site string) []Author {
	if !startsWithAuthorLabel(line) {
		// "Posted in News by jdoe on May 3": the credit inside.
		if line = midCredit(line); line == "" {
			return nil
		}
	}
	return bylineAuthors(line, site)
}

// midCredit returns the credit that starts inside a short dated line
// ("Posted in News by jdoe on May 3, 2019" gives "by jdoe on May 3,
// 2019"), or "". A photo's or an editor's credit is not an author's.
func midCredit(line string) string {
	low := strings.ToLower(line)
	if !dateRun.MatchString(line) {
		return "" // "von" and "by" inside a sentence; a post's credit line is dated
	}
	for _, l := range []string{" by ", " von ", " par ", " por "} {
		i := strings.Index(low, l)
		if i <= 0 {
			continue
		}
		before := strings.Fields(low[:i])
		last := strings.Trim(before[len(before)-1], ":,.")
		switch last {
		case "photo", "photos", "foto", "fotos", "image", "images", "bild", "bilder", "illustration", "video",
			"graphic", "grafik", "edited", "updated", "reviewed", "translated", "produced", "designed", "powered",
			"theme", "sponsored", "presented", "supported", "inspired", "followed", "replaced":
			continue
		}
		return strings.TrimSpace(line[i:])
	}
	return ""
}

// datedCredit finds a short line by the headline that pairs a date with a
// person's name, without a label: "11.12.2019 - Jane Doe",
// "04.02.2022 | 13:10 Uhr | Jane Doe".
func (p *Page) datedCredit(h1 int32, site string) []Author {
	d := p.doc
	if h1 < 0 {
		return nil
	}
	var texts []int32
	for i, k := h1-1, 0; i > 0 && k < 3; i-- {
		if nd := &d.nodes[i]; nd.isText && strings.TrimSpace(d.text[nd.textStart:nd.textEnd]) != "" {
			texts = append(texts, i)
			k++
		}
	}
	for i, k := h1+1, 0; i < int32(len(d.nodes)) && k < 8; i++ {
		if nd := &d.nodes[i]; nd.isText && strings.TrimSpace(d.text[nd.textStart:nd.textEnd]) != "" {
			if !isAncestor(d, h1, i) {
				texts = append(texts, i)
				k++
			}
		}
	}
	for _, i := range texts {
		line, ok := shortText(d, d.nodes[i].parent, 80)
		if !ok || p.inCreditBoiler(i) {
			continue
		}
		fields := splitAny(strings.NewReplacer(" - ", "|", " – ", "|", " — ", "|", " · ", "|", "•", "|").Replace(line), "|")
		if len(fields) < 2 || len(fields) > 4 {
			continue
		}
		dated := false
		for _, f := range fields {
			dated = dated || dateRun.MatchString(f)
		}
		if !dated {
			continue
		}
		for _, f := range []string{fields[0], fields[len(fields)-1]} {
			f = strings.TrimSpace(f)
			if IsPersonName(f) && len(strings.Fields(f)) <= 4 && !isOrgCredit(f) && cleanAuthorName(f, site) == f {
				return []Author{{Name: f}}
			}
		}
	}
	return nil
}

// visibleByline reads byline elements: the first one after the page's
// <h1> that names people, else the last one before it. Bylines of a list
// (one class repeated with different names: teasers of other stories) and
// credits of images or follow buttons are skipped.
//
// listed reports that the names were read from the element's text as a
// list of credits, not picked from the links inside it.
func (p *Page) visibleByline(h1 int32, site string) (as []Author, listed bool) {
	d := p.doc
	type cand struct {
		n    int32
		text string
	}
	var cands []cand
	type seenClass struct {
		texts    [2]string
		distinct int
	}
	byClass := map[string]*seenClass{} // texts of the candidates of one class
	for i, tried := 1, 0; i < len(d.nodes) && tried < 300; i++ {
		n := int32(i)
		nd := &d.nodes[i]
		if nd.isText || nd.attrStart == nd.attrEnd || !mayBeByline(d, n) || !bylineSel.match(d, n) {
			continue
		}
		tried++
		if p.inCreditBoiler(n) {
			continue
		}
		t, ok := shortText(d, n, 200)
		if t == "" || !ok {
			continue
		}
		cl := strings.ToLower(d.attr(n, aClass))
		if containsAnyOf(cl, bylineSkipClass) || p.creditsMedia(n) {
			continue
		}
		if cl != "" {
			sc := byClass[cl]
			if sc == nil {
				sc = &seenClass{}
				byClass[cl] = sc
			}
			if sc.distinct < 3 && t != sc.texts[0] && t != sc.texts[1] {
				if sc.distinct < 2 {
					sc.texts[sc.distinct] = t
				}
				sc.distinct++
			}
		}
		cands = append(cands, cand{n, t})
	}
	var before []Author
	beforeListed := false
	seen := 0
	for k, c := range cands {
		if h1 >= 0 && c.n > h1 {
			seen++
			if seen > 30 {
				break
			}
		}
		// Three or more different names under one class: a list.
		if sc := byClass[strings.ToLower(d.attr(c.n, aClass))]; sc != nil && sc.distinct >= 3 && !(seen == 1 && p.nearAnchor(h1, c.n)) {
			continue
		}
		as := bylineAuthors(c.text, site)
		if !startsWithAuthorLabel(c.text) {
			// "By jdoe": the label marks even a one-word credit as a name.
			as = singleWordsMarked(d, c.n, as)
		}
		listed := len(as) > 0
		// The names marked inside, when the text lost one to what follows
		// ("A, B y C Hace 13 horas").
		if names := p.bylineNames(c.n, site); len(as) == 0 {
			as = names
		} else if extends(names, as) && listedAfter(c.text, names, as) || gluedNames(as, names) {
			as = names
		}
		if len(as) == 0 {
			continue
		}
		// A byline inside this one holding the credit alone, without the
		// date or reading time that ended the list early.
		for _, in := range cands[k+1:] {
			if !isAncestor(d, c.n, in.n) {
				break
			}
			if more := bylineAuthors(in.text, site); extends(more, as) {
				as, listed = more, true
			}
		}
		if h1 < 0 || c.n > h1 {
			return as, listed
		}
		before, beforeListed = as, listed
	}
	return before, beforeListed
}

// gluedNames reports whether each credit read from a byline's text holds
// a name marked inside it with more words glued on, where inline elements
// had no space between them ("ByAlex Doe Thursday" around <a>Alex Doe</a>).
func gluedNames(as, names []Author) bool {
	if len(names) == 0 {
		return false
	}
	for _, a := range as {
		glued := false
		for _, n := range names {
			if a.Name != n.Name && strings.Contains(a.Name, n.Name) {
				glued = true
			}
		}
		if !glued {
			return false
		}
	}
	return true
}

// noscriptByline reads the byline a page shows only inside <noscript>
// (its script renders it otherwise): the first byline element there.
func (p *Page) noscriptByline(site string) []Author {
	for _, raw := range p.doc.noscripts {
		d, err := parseDocument([]byte(raw), DefaultMaxHTMLDepth)
		if err != nil {
			continue
		}
		for i := 1; i < len(d.nodes); i++ {
			n := int32(i)
			if d.nodes[i].isText || !mayBeByline(d, n) || !bylineSel.match(d, n) {
				continue
			}
			if t, ok := shortText(d, n, 200); t != "" && ok {
				if as := bylineAuthors(t, site); len(as) > 0 {
					return as
				}
			}
		}
	}
	return nil
}

// listedAfter reports whether each of names not in as follows a list
// separator in text ("A, B y C Hace 13 horas"), not a role or section.
func listedAfter(text string, names, as []Author) bool {
	for _, n := range names {
		if hasAuthor(as, n.Name) {
			continue
		}
		i := strings.Index(text, n.Name)
		if i < 0 {
			return false
		}
		head := strings.ToLower(strings.TrimRight(text[:i], " \u00a0"))
		ok := strings.HasSuffix(head, ",") || strings.HasSuffix(head, "&") || strings.HasSuffix(head, ";")
		for _, w := range []string{" and", " und", " y", " et", " e", " i", " og", " en"} {
			ok = ok || strings.HasSuffix(head, w)
		}
		if !ok {
			return false
		}
	}
	return true
}

// mayBeByline is a cheap test that n could match bylineSel: an attribute
// it reads names an author, a byline, a contributor or a writer.
func mayBeByline(d *document, n int32) bool {
	nd := &d.nodes[n]
	for i := nd.attrStart; i < nd.attrEnd; i++ {
		a := &d.attrs[i]
		switch a.key {
		case aClass, aID, aRel, aItemprop, aTestID:
			if containsFold(a.val, "author") || containsFold(a.val, "byline") || containsFold(a.val, "contributor") || containsFold(a.val, "writer") {
				return true
			}
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word sub,
// ignoring case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for ; j < len(sub); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// bylineSkipClass mark author-like elements that credit something else: an
// image, a licence, a follow button, an author's biography.
var bylineSkipClass = []string{"bio", "about", "avatar", "license", "licence", "caption", "photo", "image",
	"img", "follow", "copyright", "author_box", "author-box", "authorbox", "more"}

// creditsMedia reports whether n sits in, or wraps, the credit of an image
// or a licence ("<div class=image-credit><span class=author>").
func (p *Page) creditsMedia(n int32) bool {
	d := p.doc
	x := d.nodes[n].parent
	for k := 0; k < 3 && x > 0; k++ {
		if d.nodes[x].tag == atom.Figcaption || containsAnyOf(strings.ToLower(d.attr(x, aClass)), mediaCreditClass) {
			return true
		}
		x = d.nodes[x].parent
	}
	for c := n + 1; c < int32(len(d.nodes)) && c <= n+3; c++ {
		if !d.nodes[c].isText && containsAnyOf(strings.ToLower(d.attr(c, aClass)), mediaCreditClass) && isAncestor(d, n, c) {
			return true
		}
	}
	return false
}

// mediaCreditClass mark the credit of a picture or a licence.
var mediaCreditClass = []string{"license", "licence", "copyright", "media-credit", "photo-credit",
	"image-credit", "img-credit", "bildnachweis"}

func containsAnyOf(s string, subs []string) bool {
	for _, w := range subs {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// nearAnchor reports whether n follows the headline h1 with little text
// between them (a standfirst at most), as a story's byline does.
func (p *Page) nearAnchor(h1, n int32) bool {
	if h1 < 0 || n < h1 {
		return false
	}
	size := 0
	for i := h1 + 1; i < n; i++ {
		if nd := &p.doc.nodes[i]; nd.isText {
			if size += int(nd.textEnd - nd.textStart); size > 400 {
				return false
			}
		}
	}
	return true
}

// singleWordsMarked drops one-word names ("Datum", "Beitrag") unless the
// element marks its text as an author's name.
func singleWordsMarked(d *document, n int32, as []Author) []Author {
	marked := hasTokenFold(d.attr(n, aRel), "author") || hasTokenFold(d.attr(n, aItemprop), "author") ||
		hasTokenFold(d.attr(n, aItemprop), "name")
	if !marked {
		cl := strings.ToLower(d.attr(n, aClass))
		marked = hasTokenFold(cl, "fn") || strings.Contains(cl, "author-name") || strings.Contains(cl, "username") ||
			strings.Contains(cl, "author__name") || strings.Contains(cl, "authorname")
	}
	if marked {
		return as
	}
	out := as[:0]
	for _, a := range as {
		if strings.Contains(a.Name, " ") {
			out = append(out, a)
		}
	}
	return out
}

// bylineNames reads the names marked inside a byline element: those marked
// as names or authors when there are any, else its links and bold texts.
func (p *Page) bylineNames(n int32, site string) []Author {
	if out := p.bylineNamesBy(n, site, bylineStrongSel); len(out) > 0 {
		return out
	}
	return p.bylineNamesBy(n, site, bylineNameSel)
}

// otherRoles label a credit other than the writer's.
var otherRoles = map[string]bool{
	"übersetzung": true, "übersetzt": true, "translation": true, "translated": true, "translator": true,
	"traduction": true, "traducción": true, "traduzione": true, "foto": true, "fotos": true, "photo": true,
	"photos": true, "photography": true, "bild": true, "bilder": true, "illustration": true, "grafik": true,
	"graphic": true, "video": true, "kamera": true, "camera": true, "edited": true, "editor": true,
	"redigiert": true, "lektorat": true, "mitarbeit": true, "recherche": true, "quelle": true, "source": true,
}

// otherRoleLabel reports whether text ends with a label of another role
// than the writer's ("Übersetzung", "Photo:", "Edited by").
func otherRoleLabel(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return false
	}
	last := strings.Trim(f[len(f)-1], ":,.-–—|")
	if last == "by" || last == "von" || last == "de" || last == "par" || last == "por" {
		if len(f) < 2 {
			return false
		}
		last = strings.Trim(f[len(f)-2], ":,.-–—|")
	}
	return otherRoles[last]
}

// bylineStrongSel marks an author's name inside a byline element.
var bylineStrongSel = compileSelector(`[rel=author], [itemprop=name], [itemprop=author], [class*=name], [class*=Name], [class*=author], [class*=Author], .fn`)

func (p *Page) bylineNamesBy(n int32, site string, sel *selector) []Author {
	d := p.doc
	var out []Author
	count := 0
	prev := "" // the text before the element inside the byline
	walk(d, n, func(c int32) bool {
		if nd := &d.nodes[c]; nd.isText {
			if t := strings.TrimSpace(d.text[nd.textStart:nd.textEnd]); t != "" {
				prev = t
			}
			return true
		}
		if c == n {
			return true
		}
		if containsAnyOf(strings.ToLower(d.attr(c, aClass)), bylineSkipClass) {
			return false
		}
		if count >= 4 || !sel.match(d, c) {
			return count < 4
		}
		count++
		// "Übersetzung <a>Jane Doe</a>": a translator's or photographer's
		// credit beside the author's.
		if otherRoleLabel(prev) {
			prev = ""
			return false
		}
		prev = ""
		for _, a := range singleWordsMarked(d, c, metaAuthors([]string{d.innerText(c)}, site)) {
			if !hasAuthor(out, a.Name) {
				out = append(out, a)
			}
		}
		return false
	})
	if len(out) > 4 {
		return nil
	}
	return out
}

// signature returns the author a story signs with at its end: a person's
// name in parentheses closing the last paragraph ("... (Jane Doe) +++"),
// else a name in a block of its own after the story's prose.
func (p *Page) signature(ps []para) []Author {
	if len(ps) > 0 {
		if n := trailingParenName(ps[len(ps)-1].text); n != "" {
			return []Author{{Name: n}}
		}
	}
	return p.closingSignature()
}

// closingSignature returns the person a story signs with in a block of its
// own after its prose: "<p><em>Jane Doe</em></p>", "<p>Jane Doe<br>
// Chairwoman</p>", "<b>Von:</b> Jane Doe". A page with names set apart
// like this for several people (an interview's speakers) gives none.
func (p *Page) closingSignature() []Author {
	d := p.doc
	var found, names []Author
	blocks := 0
	for i := 1; i < len(d.nodes); i++ {
		nd := &d.nodes[i]
		if !nd.isText || nd.textEnd-nd.textStart > 120 {
			continue
		}
		t := strings.TrimSpace(d.text[nd.textStart:nd.textEnd])
		if len(t) < 5 || len(t) > 60 || strings.IndexByte(t, ' ') < 0 && !strings.Contains(t, "\u00a0") {
			continue
		}
		owned := false // "© 2019 Jane Doe" closing the story
		if rest, ok := cutCopyright(t); ok {
			blk := wholeBlock(d, int32(i), len(t))
			if blk < 0 {
				continue
			}
			if blocks++; blocks > 50 {
				return nil // a list of notices
			}
			if !afterProse(d, blk) {
				continue
			}
			t, owned = rest, true
		}
		if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
			continue
		}
		blk := int32(-1)
		if owned {
			blk = wholeBlock(d, int32(i), len(strings.TrimSpace(d.text[nd.textStart:nd.textEnd])))
		} else {
			blk = p.signatureBlock(int32(i), t)
		}
		if blk < 0 {
			continue
		}
		if !owned { // a notice is counted already
			if blocks++; blocks > 50 {
				return nil // a list of names
			}
		}
		name := collapseSpace(strings.ReplaceAll(t, "\u00a0", " "))
		if !(IsPersonName(name) || capsSurname(name)) || len(strings.Fields(name)) > 4 || isOrgCredit(name) || headingLike(name) ||
			cleanAuthorName(name, "") != name || p.inCreditBoiler(blk) || p.creditsMedia(blk) {
			continue
		}
		// Names set apart like signatures elsewhere (an interview's
		// speakers) make the page's signature unclear.
		if !hasAuthor(names, name) {
			names = append(names, Author{Name: name})
		}
		if (owned || afterProse(d, blk) && !beforeProse(d, blk)) && !hasAuthor(found, name) {
			found = append(found, Author{Name: name})
		}
	}
	if len(names) > 1 {
		return nil
	}
	return found
}

// cutCopyright returns the holder named by a copyright notice ("© 2019
// Jane Doe", "(c) Jane Doe").
func cutCopyright(t string) (string, bool) {
	rest, ok := strings.CutPrefix(t, "©")
	if !ok {
		rest, ok = strings.CutPrefix(t, "(c)")
	}
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	if len(rest) >= 4 && rest[0] >= '1' && rest[0] <= '2' && rest[1] >= '0' && rest[1] <= '9' && rest[2] >= '0' && rest[2] <= '9' && rest[3] >= '0' && rest[3] <= '9' {
		rest = strings.TrimSpace(rest[4:]) // the year
	}
	return rest, rest != ""
}

// wholeBlock returns the block element whose whole text is the text node
// n, size bytes long, or -1.
func wholeBlock(d *document, n int32, size int) int32 {
	x := d.nodes[n].parent
	for k := 0; x > 0 && k < 4; k++ {
		if textSize(d, x, size) != size {
			return -1
		}
		if blockLike[d.nodes[x].tag] {
			switch d.nodes[x].tag {
			case atom.P, atom.Div:
				return x
			}
			return -1
		}
		x = d.nodes[x].parent
	}
	return -1
}

// headingWords make a capitalised line a heading or a notice, not a name
// ("Weitere Informationen", "Related Links", "Mehr zum Thema"); those that
// are also family names count unless they end a name ("Edda Link").
var headingWords = map[string]bool{
	"weitere": true, "informationen": true, "information": true, "mehr": true, "related": true, "links": true,
	"link": true, "quelle": true, "quellen": true, "kontakt": true, "contact": true, "hinweis": true,
	"hinweise": true, "anmerkung": true, "note": true, "notes": true, "fazit": true, "conclusion": true,
	"summary": true, "zusammenfassung": true, "teilen": true, "tags": true, "kommentare": true, "thema": true,
	"themen": true, "info": true, "infos": true, "galerie": true, "gallery": true, "lesen": true, "auch": true,
	"also": true, "see": true, "siehe": true, "über": true, "about": true, "download": true, "downloads": true,
	"sources": true, "source": true, "references": true, "literatur": true, "anzeige": true, "werbung": true,
	"advertisement": true, "newsletter": true, "abonnieren": true, "subscribe": true, "zurück": true,
	"back": true, "top": true, "home": true, "startseite": true, "impressum": true, "datenschutz": true,
	"privacy": true, "termine": true, "veranstaltungen": true, "events": true, "fragen": true, "antworten": true,
	"questions": true, "answers": true, "faq": true, "voir": true, "aussi": true, "lire": true, "plus": true,
	"también": true, "leer": true, "más": true, "noticias": true, "nachrichten": true, "aktuell": true,
}

// headingLike reports whether a capitalised line holds a word of headings
// or notices.
func headingLike(s string) bool {
	ws := strings.Fields(s)
	for i, w := range ws {
		if headingWords[strings.ToLower(strings.Trim(w, ".,:!?"))] && !asSurname(ws, i) {
			return true
		}
	}
	return false
}

// capsSurname reports a name whose family name is written in capitals
// after the given names: "Jean DUPONT".
func capsSurname(name string) bool {
	w := strings.Fields(name)
	if len(w) < 2 || len(w) > 3 || utf8.RuneCountInString(w[len(w)-1]) < 3 || !isAllUpperWord(w[len(w)-1]) {
		return false
	}
	for _, g := range w[:len(w)-1] {
		if !capitalised(g) || nonPersonWords[strings.ToLower(g)] {
			return false
		}
		for _, r := range g {
			if !unicode.IsLetter(r) && r != '-' && r != '.' {
				return false
			}
		}
	}
	return true
}

// signatureBlock returns the element that holds the text node n, reading
// name, as a signature: the block whose whole text it is, in emphasis; the
// element it fills after an author label ("Von: Jane Doe"); the block it
// opens followed by a role line ("Jane Doe<br>Chairwoman"). Else -1.
func (p *Page) signatureBlock(n int32, name string) int32 {
	d := p.doc
	styled := false
	blk := int32(-1)
	x := d.nodes[n].parent
	for k := 0; x > 0 && k < 6; k++ {
		// An element of more than 64 nodes holds more than a name.
		if textSizeWithin(d, x, len(name), 64) != len(name) {
			break
		}
		switch d.nodes[x].tag {
		case atom.Em, atom.I, atom.B, atom.Strong:
			styled = true
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Dt, atom.Th, atom.Figcaption, atom.A, atom.Button:
			return -1 // a heading, an item of a list, a caption, a link
		}
		blk, x = x, d.nodes[x].parent
	}
	if x <= 0 {
		return -1
	}
	if blk >= 0 && styled && blockLike[d.nodes[blk].tag] {
		return blk
	}
	// "... the last sentence.<br><em>Jane Doe</em></p>": a signature line
	// closing the last paragraph.
	if blk >= 0 && styled && !textAfter(d, blk) {
		if br := prevSibling(d, blk); br >= 0 && d.nodes[br].tag == atom.Br {
			return blk
		}
	}
	if textSizeWithin(d, x, len(name)+60, 64) > len(name)+60 {
		return -1
	}
	t := d.innerText(x)
	// "Von: Jane Doe", "Autor: Jane Doe".
	if head, ok := strings.CutSuffix(t, name); ok {
		head = strings.TrimSpace(head)
		if head != "" && cutAuthorLabel(head+" "+name) == name {
			return x
		}
	}
	// "Jane Doe<br>Chairwoman": the name, a line break and a role only.
	if blockLike[d.nodes[x].tag] && strings.HasPrefix(t, name+" ") && d.nodes[x].first == n {
		br := d.nodes[n].next
		if br >= 0 && d.nodes[br].tag == atom.Br {
			role := strings.TrimSpace(t[len(name):])
			if c := d.nodes[br].next; c >= 0 && d.nodes[c].next < 0 && len(strings.Fields(role)) <= 4 &&
				!strings.ContainsAny(role, "0123456789@:") && !isProse(role) {
				return x
			}
		}
	}
	return -1
}

// shortText returns n's text when it is at most limit bytes long; a longer
// text is not built.
func shortText(d *document, n int32, limit int) (string, bool) {
	if n <= 0 || textSize(d, n, 4*limit+8) > 4*limit+8 {
		return "", false
	}
	t := d.innerText(n)
	return t, len(t) <= limit
}

// textSize returns the bytes of text in n's subtree, each text trimmed of
// spaces, counting no further than just past limit.
func textSize(d *document, n int32, limit int) int {
	return textSizeWithin(d, n, limit, 2000)
}

// textSizeWithin is textSize reading at most nodes nodes of the subtree;
// a larger subtree counts as past limit.
func textSizeWithin(d *document, n int32, limit int, nodes int32) int {
	size := 0
	for i, end := n, spanEnd(d, n); i < end && size <= limit; i++ {
		if i-n > nodes {
			return limit + 1 // a large subtree of empty elements
		}
		if nd := &d.nodes[i]; nd.isText {
			size += len(strings.TrimSpace(d.text[nd.textStart:nd.textEnd]))
		}
	}
	return size
}

// spanEnd returns the index after n's last descendant (nodes are stored
// in document order).
func spanEnd(d *document, n int32) int32 {
	for x := n; x >= 0; x = d.nodes[x].parent {
		if nx := d.nodes[x].next; nx >= 0 {
			return nx
		}
	}
	return int32(len(d.nodes))
}

// edgeText returns the first (or last) non-empty text in n's subtree.
func edgeText(d *document, n int32, last bool) string {
	end := spanEnd(d, n)
	for k := n; k < end && k-n < 2000; k++ {
		i := k
		if last {
			i = end - 1 - (k - n)
		}
		if nd := &d.nodes[i]; nd.isText {
			if t := strings.TrimSpace(d.text[nd.textStart:nd.textEnd]); t != "" {
				return t
			}
		}
	}
	return ""
}

// afterProse reports whether the story's prose ends right before n: the
// text before it closes a sentence and the last three elements before it
// hold 150 bytes of text or more.
func afterProse(d *document, n int32) bool {
	size, k, empty := 0, 0, 0
	for x := prevSibling(d, n); x >= 0 && k < 3 && size < 150; x = prevSibling(d, x) {
		sz := textSize(d, x, 150)
		if sz == 0 {
			if empty++; empty > 30 {
				return false // a run of empty elements, not a story's end
			}
			continue
		}
		if k == 0 && !strings.ContainsAny(lastRune(edgeText(d, x, true)), ".!?…\"“”»«)") {
			return false
		}
		size += sz
		k++
	}
	return size >= 150
}

// beforeProse reports whether text other than a footnote ("(1) ...",
// "* ...") follows n: a signature closes the story.
func beforeProse(d *document, n int32) bool {
	for x, k := d.nodes[n].next, 0; x >= 0 && k < 200; x, k = d.nodes[x].next, k+1 {
		if t := edgeText(d, x, false); t != "" {
			return !strings.HasPrefix(t, "(") && !strings.HasPrefix(t, "[") && !strings.HasPrefix(t, "*")
		}
	}
	return false
}

// textAfter reports whether a sibling after n holds text.
func textAfter(d *document, n int32) bool {
	for x, k := d.nodes[n].next, 0; x >= 0 && k < 50; x, k = d.nodes[x].next, k+1 {
		if textSize(d, x, 0) > 0 {
			return true
		}
	}
	return false
}

// prevSibling returns the element or text before n under its parent, or
// -1. Nodes are stored in document order, so the node before n is its
// previous sibling's last descendant; a deeper chain than 200 gives -1.
func prevSibling(d *document, n int32) int32 {
	par := d.nodes[n].parent
	if par < 0 {
		return -1
	}
	x := n - 1
	for k := 0; x > par && d.nodes[x].parent != par; k++ {
		if k > 200 {
			return -1
		}
		x = d.nodes[x].parent
	}
	if x <= par {
		return -1
	}
	return x
}

func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// trailingParenName returns the person's name in parentheses that closes a
// paragraph ("... bleibt spannend. (Jane Doe) +++"), or "".
func trailingParenName(s string) string {
	s = strings.TrimRightFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != ')' })
	if !strings.HasSuffix(s, ")") {
		return ""
	}
	i := strings.LastIndexByte(s, '(')
	if i < 0 || i == 0 || len(s)-i > 42 {
		return ""
	}
	n := strings.TrimSpace(s[i+1 : len(s)-1])
	if IsPersonName(n) && !isOrgCredit(n) {
		return n
	}
	return ""
}

// inBoilerArea reports whether n lies in a region of related stories,
// comments, promotions or navigation (where author names and dates of other
// articles appear).
func (p *Page) inBoilerArea(n int32) bool { return p.boilerArea(n, false) }

// inCreditBoiler is inBoilerArea for bylines, which an <article>'s own
// <footer> may hold.
func (p *Page) inCreditBoiler(n int32) bool { return p.boilerArea(n, true) }

func (p *Page) boilerArea(n int32, articleFooter bool) bool {
	d := p.doc
	footer := false
	for x := d.nodes[n].parent; x > 0; x = d.nodes[x].parent {
		nd := &d.nodes[x]
		switch nd.tag {
		case atom.Nav, atom.Aside:
			return true
		case atom.Footer:
			// An <article>'s own footer holds its byline; the page's does not.
			footer = true
		case atom.Article:
			footer = footer && !articleFooter
		}
		if nd.attrStart == nd.attrEnd || nd.tag == atom.Article || nd.tag == atom.Main || nd.tag == atom.Body {
			continue
		}
		if classify(d, x) == classStrongBoiler {
			return true
		}
	}
	return footer
}

// ---- times
