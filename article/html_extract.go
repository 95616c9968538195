package article

import (
	"html"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/dateline"
	"golang.org/x/net/html/atom"
)

// Extract runs the generic extractor, guided by h.
//
// The body is h.Body, else the element marked itemprop=articleBody, else
// the deepest element holding most of the page's sentence-like text once
// boilerplate is removed (navigation, related stories, sharing, comments,
// captions, hidden blocks), opened by the standfirst when there is one; the
// JSON-LD articleBody replaces it when the page shows much less.
//
// Precedence, first found wins:
//   - headline: h.Headline, a visible heading (<h1>, or an h2/h3 marked as a title)
//     that agrees with a metadata title, its kicker left out; else the
//     page's single visible <h1>; else JSON-LD headline, og:title,
//     microdata headline, twitter:title, other meta titles, <title>; the
//     site name is cut off;
//   - authors: h.Byline, JSON-LD author, <meta> author variants (author,
//     article:author, parsely-author, sailthru.author, dc.creator, twitter
//     "Written by" labels, ...), microdata author, the visible byline
//     element, a credit line by the headline ("By ...", "date | name"), a
//     byline paragraph at the body's edge, a name in parentheses or a
//     signature line closing the story; when none names anyone, an author
//     box naming one person, or the owner of a personal site or hosted
//     blog; outlets, organisations, desks and lone logins are dropped, and
//     a source left empty by that gives way to the next. A visible credit
//     naming in full a first name or handle of the metadata, or naming
//     all of several authors, wins; so does a credit line opening or a
//     signature closing the story that names someone other than the
//     metadata's (posting) account;
//   - published: a time with a numeric offset from the metadata
//     (article:published_time, JSON-LD datePublished, other <meta> dates,
//     microdata), else h.Date, else a zone-less or abbreviated metadata
//     time, <time datetime>, a date in the URL, a visible date; among the
//     metadata a candidate stating an offset replaces a better-ranked one
//     without when both give the same day;
//   - outlet: h.Outlet, og:site_name, JSON-LD publisher; language: <html lang>,
//     JSON-LD inLanguage, <meta> language, else detected from the text;
//     URL: canonical link, og:url, JSON-LD url, the URL given.
func (p *Page) Extract(h Hints) (*Article, error) {
	d := p.doc
	for i := range d.nodes {
		d.nodes[i].dropped = false // a Page may be extracted more than once
	}
	m := collectMeta(d)
	a := &Article{}

	// Body.
	weights := make([]float64, len(d.nodes))
	var keep []bool
	bodySel := compileSelector(h.Body)
	dropSel := compileSelector(h.Drop)
	var roots []int32
	if !bodySel.empty() {
		for i := 1; i < len(d.nodes); i++ {
			if bodySel.match(d, int32(i)) && !insideAny(d, int32(i), roots) {
				roots = append(roots, int32(i))
			}
		}
		if len(roots) > 0 {
			keep = make([]bool, len(d.nodes))
			for _, r := range roots {
				for x := r; x >= 0; x = d.nodes[x].parent {
					keep[x] = true
				}
			}
		}
	}
	if !dropSel.empty() {
		for i := 1; i < len(d.nodes); i++ {
			if dropSel.match(d, int32(i)) {
				d.nodes[i].dropped = true
			}
		}
	}
	// Elements marked as the article body are kept with their ancestors.
	if keep == nil {
		for i := 1; i < len(d.nodes); i++ {
			if d.nodes[i].isText || d.nodes[i].attrStart == d.nodes[i].attrEnd {
				continue
			}
			if hasTokenFold(d.attr(int32(i), aItemprop), "articleBody") && !hiddenAncestor(d, int32(i)) {
				if keep == nil {
					keep = make([]bool, len(d.nodes))
				}
				for x := int32(i); x >= 0 && !keep[x]; x = d.nodes[x].parent {
					keep[x] = true
				}
			}
		}
	}
	weigh(d, false, weights)
	markBoilerplate(d, weights, keep)
	markTeasers(d, keep)
	if len(roots) == 0 && keep != nil {
		// A visible element marked itemprop=articleBody holding much of the
		// page's text is the body.
		weigh(d, true, weights)
		for i := 1; i < len(d.nodes); i++ {
			if d.nodes[i].isText || d.nodes[i].dropped || !keep[i] {
				continue
			}
			if hasTokenFold(d.attr(int32(i), aItemprop), "articleBody") && weights[i] >= 0.3*weights[0] {
				roots = []int32{int32(i)}
				break
			}
		}
	}
	if len(roots) == 0 {
		weigh(d, true, weights)
		roots = []int32{chooseContainer(d, weights, 0.6)}
	}
	headline := p.headline(m, h)
	if h.Body == "" && len(roots) == 1 {
		// A standfirst inside the body container, under the headline,
		// dropped for a class such as "articleTeaser", is the story's.
		if lead := p.leadInside(roots[0]); lead >= 0 {
			undrop(d, lead)
			// Its wrappers let it through; their other children stay dropped.
			for x := d.nodes[lead].parent; x > roots[0]; x = d.nodes[x].parent {
				d.nodes[x].dropped = false
			}
		}
	}
	ps := paragraphsOf(d, roots)
	if h.Body == "" && len(roots) == 1 {
		// The standfirst between the headline and the body opens the text.
		if lead := p.leadBefore(roots[0]); lead >= 0 {
			undrop(d, lead)
			if lp := paragraphsOf(d, []int32{lead}); len(lp) > 0 && len(lp) <= 3 && !repeatsBody(lp, ps) {
				ps = append(lp, ps...)
			}
		}
	}
	ps = filterParas(ps, headline)
	// The JSON-LD articleBody when the page shows much less of the story
	// (text rendered by script, paywalls that ship the full text).
	if lb := ldBodyParas(m.ld.body); h.Body == "" && len(lb) > 0 {
		shown, stated := 0, 0
		for _, q := range ps {
			shown += len(q.text)
		}
		for _, q := range lb {
			stated += len(q.text)
		}
		if stated > 500 && shown*2 < stated {
			ps = lb
		}
	}
	var edgeByline []Author
	edgeTop := false // the credit line opens the story
	first := ""
	if len(ps) > 0 {
		first = ps[0].text
	}
	ps = trimEdges(ps, func(s string) bool {
		if !isMetaLine(s, headline) {
			return false
		}
		if edgeByline == nil {
			edgeByline = ParseByline(s)
			edgeTop = s == first
		}
		return true
	})
	// A byline line inside the body's first or last paragraphs ("Von Jane
	// Doe", "Text: Jane Doe") when nothing else names the authors.
	if edgeByline == nil {
		for i, p := range ps {
			if i >= 2 && i < len(ps)-2 {
				continue
			}
			if len(p.text) < 100 && startsWithAuthorLabel(p.text) {
				if as := bylineAuthors(p.text, ""); len(as) > 0 {
					edgeByline, edgeTop = as, i < 2
					ps = append(ps[:i:i], ps[i+1:]...)
					break
				}
			}
		}
	}

	a.Headline = headline

	// Authors; a closing bio line of an author gives role and handle.
	a.Authors = p.authors(m, h, p.headlineAnchor(headline))
	if len(a.Authors) == 0 || len(edgeByline) > 0 && (shortCredits(a.Authors, edgeByline) || edgeTop && writerOverAccount(a.Authors, edgeByline)) {
		// Also over a first name in the metadata that the credit line in
		// the story gives in full, and over the account that posted a
		// story whose opening credit names its writer.
		a.Authors = edgeByline
	}
	if len(a.Authors) == 0 {
		a.Authors = p.signature(ps)
	}
	ps = takeBio(ps, a)
	a.Text, a.Paragraphs = joinParas(ps)

	// Times.
	opt := dateline.Options{Location: h.Location}
	a.Published = p.published(m, h, opt, roots)
	a.Modified = bestTime(m.modified, opt, 2)
	if !a.Modified.IsZero() && !a.Published.IsZero() && dayStart(a.Modified).Before(dayStart(a.Published)) {
		a.Modified = Time{}
	}

	// Outlet, language, URL.
	a.Outlet = firstNonEmpty(h.Outlet, m.siteName, m.ld.publisher)
	a.Language = normLang(firstNonEmpty(d.lang, m.ld.lang, m.lang))
	if a.Language == "" {
		a.Language = DetectLanguage(a.Text)
	}
	a.URL = p.canonical(m)
	return a, nil
}

// ldBodyParas splits a JSON-LD articleBody into paragraphs at line breaks.
func ldBodyParas(body string) []para {
	if strings.IndexByte(body, '&') >= 0 {
		body = html.UnescapeString(body)
	}
	if strings.Contains(body, "<") && strings.Contains(body, ">") {
		// Markup in the string: not plain text; leave it.
		return nil
	}
	var out []para
	for _, line := range strings.Split(body, "\n") {
		if t := collapseSpace(line); t != "" {
			out = append(out, para{text: t, owner: -1, tag: atom.P})
		}
	}
	return out
}

// leadWords mark a standfirst (dek, summary) by class or id.
var leadWords = []string{"subtitle", "subheadline", "sub-headline", "standfirst", "dek", "deck",
	"lead", "lede", "intro", "summary", "abstract", "teaser", "excerpt", "strapline", "description"}

// leadBefore returns the article's standfirst: an element marked as such
// between the headline (<h1>) and the body container root, outside the
// root, or -1.
func (p *Page) leadBefore(root int32) int32 {
	d := p.doc
	found := int32(-1)
	sawH1 := false
	for i := root - 1; i > 0 && i > root-300; i-- {
		nd := &d.nodes[i]
		if nd.tag == atom.H1 {
			sawH1 = true
			break
		}
		if nd.isText || nd.attrStart == nd.attrEnd || isAncestor(d, i, root) {
			continue
		}
		cl := strings.ToLower(d.attr(i, aClass) + " " + d.attr(i, aID) + " " + d.attr(i, aItemprop))
		ok := false
		for _, w := range leadWords {
			if ok {
				break
			}
			ok = strings.Contains(cl, w)
		}
		if !ok || strings.Contains(cl, "related") || strings.Contains(cl, "image") || strings.Contains(cl, "media") ||
			strings.Contains(cl, "lead-in") || strings.Contains(cl, "leader") {
			continue
		}
		if hiddenAncestor(d, i) || p.inBoilerArea(i) {
			continue
		}
		t := d.innerText(i)
		if len(t) < 40 || len(t) > 800 {
			continue
		}
		found = i
	}
	if !sawH1 {
		return -1
	}
	return found
}

// undrop keeps element n and its visible descendants.
func undrop(d *document, n int32) {
	end := subtreeEnd(d, n)
	for i := n; i < end; i++ {
		if !d.nodes[i].isText && isHidden(d, i) {
			i = subtreeEnd(d, i) - 1 // the hidden subtree stays dropped
			continue
		}
		d.nodes[i].dropped = false
	}
}

// subtreeEnd returns the index after n's last descendant (nodes are in
// document order).
func subtreeEnd(d *document, n int32) int32 {
	for x := n; x >= 0; x = d.nodes[x].parent {
		if nx := d.nodes[x].next; nx >= 0 {
			return nx
		}
	}
	return int32(len(d.nodes))
}

// leadInside returns a dropped standfirst inside root: an element marked
// as such that follows the headline (<h1>) before any kept text, or -1.
func (p *Page) leadInside(root int32) int32 {
	d := p.doc
	h1 := int32(-1)
	for i := root + 1; i < int32(len(d.nodes)) && i < root+400 && isAncestor(d, root, i); i++ {
		nd := &d.nodes[i]
		if h1 < 0 {
			if nd.tag == atom.H1 {
				h1 = i
			}
			continue
		}
		if isAncestor(d, h1, i) {
			continue
		}
		if nd.isText {
			if !nd.dropped && len(strings.TrimSpace(d.text[nd.textStart:nd.textEnd])) > 40 &&
				!isMetaLine(d.innerText(nd.parent), "") && !startsWithAuthorLabel(d.innerText(nd.parent)) {
				return -1 // the story has begun
			}
			continue
		}
		if !nd.dropped || nd.attrStart == nd.attrEnd || (nd.parent >= 0 && d.nodes[nd.parent].dropped && isLeadMarked(d, nd.parent)) {
			continue
		}
		if !isLeadMarked(d, i) || classify(d, i) == classStrongBoiler || hiddenAncestor(d, i) {
			continue
		}
		if t := d.innerText(i); len(t) >= 40 && len(t) <= 800 {
			return i
		}
	}
	return -1
}

// isLeadMarked reports whether n's class or id marks a standfirst.
func isLeadMarked(d *document, n int32) bool {
	cl := strings.ToLower(d.attr(n, aClass) + " " + d.attr(n, aID))
	if strings.Contains(cl, "related") || strings.Contains(cl, "image") || strings.Contains(cl, "media") ||
		strings.Contains(cl, "lead-in") || strings.Contains(cl, "leader") {
		return false
	}
	for _, w := range leadWords {
		if strings.Contains(cl, w) {
			return true
		}
	}
	return false
}

// repeatsBody reports whether the lead's opening words also open one of the
// first paragraphs of the body (a teaser of the story itself).
func repeatsBody(lead, body []para) bool {
	start := normTitle(lead[0].text)
	if len(start) > 40 {
		start = start[:40]
	}
	for i, p := range body {
		if i >= 3 {
			break
		}
		if strings.Contains(normTitle(p.text), start) {
			return true
		}
	}
	return false
}

// isAncestor reports whether a is an ancestor of n.
func isAncestor(d *document, a, n int32) bool {
	for x := d.nodes[n].parent; x >= 0; x = d.nodes[x].parent {
		if x == a {
			return true
		}
	}
	return false
}

func hiddenAncestor(d *document, n int32) bool {
	for x := n; x > 0; x = d.nodes[x].parent {
		if isHidden(d, x) {
			return true
		}
	}
	return false
}

// takeBio reads and drops an author's bio line among the last paragraphs:
// "Jane Doe is Outlet's staff journalist, follow her on Twitter: @jdoe".
func takeBio(ps []para, a *Article) []para {
	if len(a.Authors) == 0 {
		return ps
	}
	for i := len(ps) - 1; i >= 0 && i >= len(ps)-4; i-- {
		t := ps[i].text
		if len(t) > 300 {
			continue
		}
		for k := range a.Authors {
			au := &a.Authors[k]
			rest, ok := strings.CutPrefix(t, au.Name+" is ")
			if !ok {
				continue
			}
			if au.Handle == "" {
				au.Handle = handleRe.FindString(rest)
			}
			if au.Role == "" {
				au.Role = bioRole(rest)
			}
			if a.Outlet == "" {
				a.Outlet = bioOutlet(rest)
			}
			ps = append(ps[:i:i], ps[i+1:]...)
			break
		}
	}
	return ps
}

func insideAny(d *document, n int32, roots []int32) bool {
	for x := d.nodes[n].parent; x >= 0; x = d.nodes[x].parent {
		for _, r := range roots {
			if r == x {
				return true
			}
		}
	}
	return false
}

// canonical returns the page's canonical URL, absolute.
func (p *Page) canonical(m *pageMeta) string {
	base, _ := url.Parse(p.url)
	for _, l := range p.doc.links {
		if hasTokenFold(l.rel, "canonical") && strings.TrimSpace(l.href) != "" {
			return resolveURL(base, l.href)
		}
	}
	if v := p.Meta("og:url"); v != "" {
		return resolveURL(base, v)
	}
	if m.ld.url != "" && isURLish(m.ld.url) {
		return resolveURL(base, m.ld.url)
	}
	return p.url
}

func resolveURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil && !u.IsAbs() {
		return base.ResolveReference(u).String()
	}
	if !u.IsAbs() {
		return ""
	}
	return u.String()
}

// normLang returns the primary language subtag of a tag or locale, lower case.
func normLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "-_ ,;"); i >= 0 {
		s = s[:i]
	}
	s = strings.ToLower(s)
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return s
}

// ---- headline

var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " • ", " / ", ": "}

// headline reconciles the title sources.
func (p *Page) headline(m *pageMeta, h Hints) string {
	d := p.doc
	if h.Headline != "" {
		if t := p.Text(h.Headline); t != "" {
			return t
		}
	}
	site := firstNonEmpty(m.siteName, m.ld.publisher, h.Outlet)
	nsite := normTitle(site)
	var metaTitles []string
	for _, t := range []string{m.ld.headline, m.ogTitle, m.mdHeadline, m.twTitle, m.metaTitle} {
		t = collapseSpace(t)
		if t != "" && (nsite == "" || normTitle(t) != nsite) {
			metaTitles = append(metaTitles, t)
		}
	}
	// Visible headings: <h1>, and h2/h3 marked as a title.
	var heads, exact []string
	for i := 1; i < len(d.nodes) && len(heads) < 8 && len(exact) < 60; i++ {
		nd := &d.nodes[i]
		switch nd.tag {
		case atom.H1:
		case atom.H2, atom.H3:
			cl := strings.ToLower(d.attr(int32(i), aClass) + " " + d.attr(int32(i), aItemprop))
			if strings.Contains(cl, "widget") || strings.Contains(cl, "sidebar") {
				continue
			}
			if !strings.Contains(cl, "title") && !strings.Contains(cl, "headline") {
				// Other headings count only when equal to a title piece.
				if t := d.innerText(int32(i)); len(t) < 300 && !p.inBoilerArea(int32(i)) {
					exact = append(exact, t)
				}
				continue
			}
		default:
			continue
		}
		if classify(d, int32(i)) == classStrongBoiler || isHidden(d, int32(i)) {
			continue
		}
		if t := headingText(d, int32(i)); t != "" && len(t) < 400 && !p.inBoilerArea(int32(i)) {
			heads = append(heads, t)
		}
	}
	// Pieces of the titles, split at separators.
	var pieces []string
	for _, t := range append(append([]string{}, metaTitles...), d.title) {
		pieces = append(pieces, normTitle(t))
		for _, sep := range titleSeps {
			if sep == ": " {
				continue // a colon is part of many headlines
			}
			for _, part := range strings.Split(t, sep) {
				if np := normTitle(part); len(np) >= 8 {
					pieces = append(pieces, np)
				}
			}
		}
	}
	// A heading that is a kicker plus a metadata title: the title.
	for _, t := range heads {
		nt := normTitle(t)
		for _, mt := range metaTitles {
			nm := normTitle(mt)
			if len(nm) >= 12 && nm != nt && strings.HasSuffix(nt, nm) && len(nm)*2 >= len(nt) {
				return mt
			}
		}
	}
	for _, t := range heads {
		nt := normTitle(t)
		if len(nt) < 6 || nt == nsite || siteSegment(d.title, t) {
			continue
		}
		for _, nm := range pieces {
			if nm == "" {
				continue
			}
			if nm == nt || (strings.HasPrefix(nm, nt) || strings.HasSuffix(nm, nt)) && len(nt)*2 >= len(nm) && len(nt) >= 12 {
				return t
			}
		}
	}
	for _, t := range exact {
		nt := normTitle(t)
		if len(nt) < 10 || nt == nsite {
			continue
		}
		for _, nm := range pieces {
			if nm == nt {
				return t
			}
		}
	}
	// The page's one visible <h1>, when it is not the site's name: the
	// headline as readers see it, over a metadata title written for search.
	if h1s := p.h1Texts(); len(h1s) == 1 {
		t := h1s[0]
		nt := normTitle(t)
		if len(nt) >= 10 && nt != nsite && !siteSegment(d.title, t) && len(strings.Fields(t)) >= 2 {
			return t
		}
	}
	for _, t := range metaTitles {
		return stripSite(t, site)
	}
	if d.title != "" {
		if t := stripSite(d.title, site); normTitle(t) != nsite || len(heads) == 0 {
			return t
		}
	}
	if len(heads) > 0 {
		return heads[0]
	}
	return ""
}

// h1Texts returns the texts of the <h1> elements outside boilerplate.
func (p *Page) h1Texts() []string {
	d := p.doc
	var out []string
	for i := 1; i < len(d.nodes) && len(out) < 4; i++ {
		if d.nodes[i].tag != atom.H1 || p.inBoilerArea(int32(i)) || hiddenAncestor(d, int32(i)) {
			continue
		}
		if t := headingText(d, int32(i)); t != "" && len(t) < 300 {
			out = append(out, t)
		}
	}
	return out
}

// siteSegment reports whether t is the shorter end segment of a page
// title "Site: Longer headline" or "Longer headline | Site".
func siteSegment(title, t string) bool {
	nt := normTitle(t)
	for _, sep := range titleSeps {
		i := strings.Index(title, sep)
		j := strings.LastIndex(title, sep)
		if i < 0 {
			continue
		}
		first, rest := normTitle(title[:i]), normTitle(title[i+len(sep):])
		if (sep == ": " || sep == " » ") && first == nt && len(rest) > len(nt) {
			return true
		}
		head, last := normTitle(title[:j]), normTitle(title[j+len(sep):])
		if sep != ": " && sep != " » " && last == nt && len(head) > len(nt) {
			return true
		}
	}
	return false
}

// isSiteSegment reports whether t is the site-name part of a page title
// "Headline | Site" (the last or first segment, with a longer other part).
func isSiteSegment(title, t string) bool {
	nt := normTitle(t)
	for _, sep := range titleSeps {
		parts := strings.Split(title, sep)
		if len(parts) < 2 {
			continue
		}
		first, last := normTitle(parts[0]), normTitle(parts[len(parts)-1])
		if nt == last || nt == first {
			return true
		}
	}
	return false
}

// kickerWords mark the label above a headline inside the heading element.
var kickerWords = []string{"kicker", "topline", "overline", "eyebrow", "dachzeile", "roofline", "flytitle",
	"supertitle", "superheadline", "pretitle", "pre-title", "rubric", "label", "category", "section"}

// headingText is a heading's text without a kicker element inside it.
func headingText(d *document, n int32) string {
	var b strings.Builder
	var rec func(x int32)
	rec = func(x int32) {
		nd := &d.nodes[x]
		if nd.isText {
			b.WriteString(d.text[nd.textStart:nd.textEnd])
			return
		}
		if x != n && nd.attrStart != nd.attrEnd {
			cl := strings.ToLower(d.attr(x, aClass))
			for _, w := range kickerWords {
				if strings.Contains(cl, w) {
					b.WriteByte(' ')
					return
				}
			}
		}
		if nd.tag == atom.Br || blockLike[nd.tag] {
			b.WriteByte(' ')
		}
		for c := nd.first; c >= 0; c = d.nodes[c].next {
			rec(c)
		}
	}
	rec(n)
	t := strings.TrimLeft(collapseSpace(b.String()), ":|-–—·•» ")
	if t == "" {
		return d.innerText(n)
	}
	return t
}

// stripSite removes the site's name from a title: "Headline | Site".
func stripSite(t, site string) string {
	t = stripSiteSpaced(t, site)
	// Chinese and Japanese titles join the site without spaces:
	// "标题_科技_腾讯网", "标题-新华网".
	for k := 0; k < 3 && hasCJK(t); k++ {
		i := strings.LastIndexAny(t, "_-|｜")
		if i <= 0 {
			break
		}
		tail := strings.TrimSpace(t[i+1:])
		if n := utf8.RuneCountInString(tail); n == 0 || n > 8 || utf8.RuneCountInString(t[:i]) < 4 {
			break
		}
		t = strings.TrimSpace(t[:i])
	}
	return t
}

// hasCJK reports whether s holds Han, Hiragana or Katakana letters.
func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) {
			return true
		}
	}
	return false
}

func stripSiteSpaced(t, site string) string {
	t = collapseSpace(t)
	ns := normTitle(site)
	for _, sep := range titleSeps {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if ns != "" && (normTitle(tail) == ns || strings.Contains(normTitle(tail), ns) || strings.Contains(ns, normTitle(tail))) && normTitle(tail) != "" {
			return head
		}
		// Site first: "Site | Headline".
		j := strings.Index(t, sep)
		h2, t2 := strings.TrimSpace(t[:j]), strings.TrimSpace(t[j+len(sep):])
		if ns != "" && normTitle(h2) != "" && (normTitle(h2) == ns || strings.Contains(ns, normTitle(h2))) {
			return t2
		}
		// Without a known site: breadcrumbs end with the headline
		// ("Site » Section » Headline"); otherwise a short tail is the site.
		if sep == " » " || sep == " :: " {
			parts := strings.Split(t, sep)
			if last := strings.TrimSpace(parts[len(parts)-1]); len(last) > len(strings.TrimSpace(parts[0])) {
				return last
			}
		}
		if sep != ": " && len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
			return head
		}
	}
	return t
}
