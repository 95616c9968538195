package article

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Body extraction. Text is cut into units at block boundaries; each unit
// credits its weight (non-link characters of a sentence-like unit) to the
// block holding it, and weights add up the tree. The body container is the
// deepest element still holding most of the page's weight; its units,
// filtered, are the paragraphs.

// unitStats counts one unit while scanning.
type unitStats struct {
	chars, links, punct int
}

// weightOf is what a unit adds to its container's score.
func weightOf(u unitStats) float64 {
	if u.chars < 30 {
		return 0
	}
	ld := float64(u.links) / float64(u.chars)
	if ld > 0.5 {
		return 0
	}
	w := float64(u.chars-u.links) * (1 + 0.1*float64(min(u.punct, 5)))
	return w
}

type bodyScanner struct {
	d       *document
	weights []float64
	cur     unitStats
	owner   int32
	inLink  int
	useDrop bool
}

func (s *bodyScanner) flush() {
	if s.cur.chars > 0 {
		s.weights[s.owner] += weightOf(s.cur)
	}
	s.cur = unitStats{}
}

func (s *bodyScanner) scan(n int32) {
	d := s.d
	nd := &d.nodes[n]
	if nd.isText {
		t := d.text[nd.textStart:nd.textEnd]
		c := len(strings.TrimSpace(t))
		s.cur.chars += c
		if s.inLink > 0 {
			s.cur.links += c
		}
		s.cur.punct += strings.Count(t, ". ") + strings.Count(t, ", ")
		return
	}
	if s.useDrop && nd.dropped {
		return
	}
	if dropTags[nd.tag] || nd.tag == atom.Br {
		if nd.tag == atom.Br {
			s.flush()
		}
		return
	}
	block := blockLike[nd.tag]
	prevOwner := s.owner
	if block {
		s.flush()
		s.owner = n
	}
	if nd.tag == atom.A {
		s.inLink++
	}
	for c := nd.first; c >= 0; c = d.nodes[c].next {
		s.scan(c)
	}
	if nd.tag == atom.A {
		s.inLink--
	}
	if block {
		s.flush()
		s.owner = prevOwner
	}
}

// weigh fills per-element subtree weights.
func weigh(d *document, useDrop bool, weights []float64) {
	for i := range weights {
		weights[i] = 0
	}
	s := &bodyScanner{d: d, weights: weights, useDrop: useDrop}
	s.scan(0)
	s.flush()
	for i := len(d.nodes) - 1; i > 0; i-- {
		if p := d.nodes[i].parent; p >= 0 {
			weights[p] += weights[i]
		}
	}
}

// markBoilerplate sets dropped on boilerplate elements, in two rounds:
// first by tag, visibility, role, microdata and strong class words
// (comments, sharing, related stories); then, with the weights left, by
// weak class words (sidebar, meta, footer), sparing an element that holds
// more than a third of the remaining weight.
func markBoilerplate(d *document, weights []float64, keep []bool) {
	total := weights[0]
	// Elements holding a marked article body are never dropped for a class.
	holdsBody := make([]bool, len(d.nodes))
	for i := len(d.nodes) - 1; i > 0; i-- {
		nd := &d.nodes[i]
		if nd.isText {
			continue
		}
		if !holdsBody[i] && nd.attrStart != nd.attrEnd {
			ip := strings.ToLower(d.attr(int32(i), aItemprop))
			holdsBody[i] = ip == "articlebody" || ip == "text" || classify(d, int32(i)) == classContent
		}
		if holdsBody[i] && nd.parent >= 0 {
			holdsBody[nd.parent] = true
		}
	}
	weak := make([]bool, len(d.nodes))
	anyWeak := false
	for i := 1; i < len(d.nodes); i++ {
		nd := &d.nodes[i]
		if nd.isText {
			continue
		}
		if p := nd.parent; p >= 0 && d.nodes[p].dropped {
			nd.dropped = true
			continue
		}
		if keep != nil && keep[i] {
			continue
		}
		n := int32(i)
		if dropTags[nd.tag] || isHidden(d, n) {
			nd.dropped = true
			continue
		}
		if nd.attrStart == nd.attrEnd {
			continue
		}
		if ip := d.attr(n, aItemprop); ip != "" && metaItemprops[strings.ToLower(ip)] && weights[i] < 0.2*total {
			nd.dropped = true
			continue
		}
		if r := d.attr(n, aRole); r != "" && dropRoles[strings.ToLower(r)] && weights[i] < 0.5*total {
			nd.dropped = true
			continue
		}
		if strings.EqualFold(d.attr(n, aAriaHidden), "true") && weights[i] < 0.2*total {
			nd.dropped = true
			continue
		}
		if nd.tag == atom.Body || nd.tag == atom.Main || nd.tag == atom.Article {
			continue
		}
		switch classify(d, n) {
		case classStrongBoiler:
			// Sharing and promotion words are also used as modifiers of a
			// story's own container ("entry share"): one holding most of
			// the page's text stays.
			if (!holdsBody[i] || weights[i] < 0.3*total) && !(weights[i] >= 0.5*total && softStrong(d, n)) {
				nd.dropped = true
			}
		case classBoiler:
			weak[i], anyWeak = true, true
		}
		if nd.tag == atom.Form {
			weak[i], anyWeak = true, true
		}
	}
	if !anyWeak {
		return
	}
	weigh(d, true, weights)
	total = weights[0]
	for i := 1; i < len(d.nodes); i++ {
		nd := &d.nodes[i]
		if p := nd.parent; p >= 0 && d.nodes[p].dropped {
			nd.dropped = true
			continue
		}
		if weak[i] && !nd.dropped && weights[i] < 0.33*total {
			nd.dropped = true
		}
	}
}

// metaItemprops are microdata properties whose elements are metadata, not
// body text.
var metaItemprops = map[string]bool{
	"author": true, "creator": true, "publisher": true, "datepublished": true, "datemodified": true,
	"datecreated": true, "keywords": true, "image": true, "url": true,
	"headline": true, "thumbnailurl": true, "logo": true, "width": true, "height": true,
	"editor": true, "copyrightholder": true, "copyrightyear": true, "articlesection": true,
	"breadcrumb": true, "comment": true, "commentcount": true, "interactionstatistic": true,
	"video": true, "associatedmedia": true, "caption": true, "contributor": true,
}

// linkStats returns, per node, the bytes of text in its subtree and the
// bytes of that inside links.
func linkStats(d *document) (text, link []int32) {
	n := len(d.nodes)
	text = make([]int32, n)
	link = make([]int32, n)
	inLink := make([]bool, n)
	for i := 1; i < n; i++ {
		nd := &d.nodes[i]
		p := nd.parent
		inLink[i] = p >= 0 && inLink[p] || nd.tag == atom.A && d.hasAttr(int32(i), aHref)
		if nd.isText {
			l := nd.textEnd - nd.textStart
			text[i] = l
			if inLink[i] {
				link[i] = l
			}
		}
	}
	for i := n - 1; i > 0; i-- {
		if p := d.nodes[i].parent; p >= 0 {
			text[p] += text[i]
			link[p] += link[i]
		}
	}
	return text, link
}

// markTeasers drops blocks that present another article: a linked heading
// with an excerpt, or a list item opening with a long link followed by text.
func markTeasers(d *document, keep []bool) {
	text, link := linkStats(d)
	for i := 1; i < len(d.nodes); i++ {
		nd := &d.nodes[i]
		if nd.dropped || nd.isText {
			continue
		}
		switch nd.tag {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if text[i] < 15 || link[i]*10 < text[i]*7 {
				continue
			}
			// The smallest ancestor holding more than the heading.
			a := nd.parent
			for k := 0; k < 4 && a > 0 && text[a] < text[i]+20; k++ {
				a = d.nodes[a].parent
			}
			if a <= 0 || (keep != nil && keep[a]) || text[a] > 1000 || text[a] < text[i]+20 {
				continue
			}
			if t := d.nodes[a].tag; t == atom.Body || t == atom.Main {
				continue
			}
			d.nodes[a].dropped = true
		case atom.Li:
			c := nd.first
			for c >= 0 && d.nodes[c].isText && strings.TrimSpace(d.textOf(c)) == "" {
				c = d.nodes[c].next
			}
			if c < 0 || d.nodes[c].tag != atom.A || !d.hasAttr(c, aHref) || text[c] < 15 {
				continue
			}
			if text[i]-text[c] > 20 && text[i] < 1000 && link[i]*10 < text[i]*9 {
				nd.dropped = true
			}
		}
	}
	// Propagate to descendants.
	for i := 1; i < len(d.nodes); i++ {
		if p := d.nodes[i].parent; p >= 0 && d.nodes[p].dropped {
			d.nodes[i].dropped = true
		}
	}
}

// para is one paragraph of body text.
type para struct {
	text  string
	owner int32
	tag   atom.Atom // tag of the block that holds it
	links int       // bytes of link text
}

type paraBuilder struct {
	d      *document
	out    []para
	buf    []byte
	links  int
	inLink int
	owner  int32
	tag    atom.Atom
	sp     bool
}

func (b *paraBuilder) flush() {
	t := strings.TrimSpace(string(b.buf))
	if strings.Contains(t, "\u00ad") || strings.Contains(t, "\u200b") {
		// Soft hyphens and zero-width spaces are hints for line breaking,
		// not text ("Wäh\u00adrend" reads "Während").
		t = invisibleBreaks.Replace(t)
	}
	if t != "" {
		b.out = append(b.out, para{text: t, owner: b.owner, tag: b.tag, links: b.links})
	}
	b.buf = b.buf[:0]
	b.links = 0
	b.sp = true
}

func (b *paraBuilder) walk(n int32) {
	d := b.d
	nd := &d.nodes[n]
	if nd.isText {
		before := len(b.buf)
		b.buf = appendCollapsed(b.buf, d.text[nd.textStart:nd.textEnd], &b.sp)
		if b.inLink > 0 {
			b.links += len(b.buf) - before
		}
		return
	}
	if nd.dropped || dropTags[nd.tag] {
		return
	}
	if nd.tag == atom.Br {
		b.flush()
		return
	}
	block := blockLike[nd.tag]
	prevOwner, prevTag := b.owner, b.tag
	if block {
		b.flush()
		b.owner, b.tag = n, nd.tag
	}
	if nd.tag == atom.A {
		b.inLink++
	}
	for c := nd.first; c >= 0; c = d.nodes[c].next {
		b.walk(c)
	}
	if nd.tag == atom.A {
		b.inLink--
	}
	if block {
		b.flush()
		b.owner, b.tag = prevOwner, prevTag
	}
}

// paragraphsOf returns the paragraphs under the given roots.
func paragraphsOf(d *document, roots []int32) []para {
	b := &paraBuilder{d: d, sp: true}
	for _, r := range roots {
		b.owner, b.tag = r, d.nodes[r].tag
		b.walk(r)
		b.flush()
	}
	return b.out
}

// chooseContainer descends from the root while one child holds at least
// frac of the page's weight.
func chooseContainer(d *document, weights []float64, frac float64) int32 {
	total := weights[0]
	cur := int32(0)
	if total <= 0 {
		return cur
	}
	for {
		best, bw := int32(-1), 0.0
		for c := d.nodes[cur].first; c >= 0; c = d.nodes[c].next {
			if d.nodes[c].isText || d.nodes[c].dropped {
				continue
			}
			if weights[c] > bw {
				best, bw = c, weights[c]
			}
		}
		if best < 0 || bw < frac*total {
			return cur
		}
		// Stay when the siblings left behind hold real text, or when the
		// child is a list (a listicle's items are part of the body).
		rest := 0.0
		for c := d.nodes[cur].first; c >= 0; c = d.nodes[c].next {
			if c == best || d.nodes[c].isText || d.nodes[c].dropped || classify(d, c) == classBoiler {
				continue
			}
			rest += weights[c]
		}
		if rest > 0.15*weights[cur] {
			return cur
		}
		switch d.nodes[best].tag {
		case atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Tbody, atom.Tr, atom.Blockquote:
			return cur
		}
		cur = best
	}
}

// filterParas drops furniture from the container's paragraphs.
func filterParas(ps []para, headline string) []para {
	out := ps[:0]
	hl := normTitle(headline)
	for _, p := range ps {
		n := len(p.text)
		if n == 0 {
			continue
		}
		heading := p.tag == atom.H1 || p.tag == atom.H2 || p.tag == atom.H3 || p.tag == atom.H4 ||
			p.tag == atom.H5 || p.tag == atom.H6
		if p.tag == atom.H1 && hl != "" && normTitle(p.text) == hl {
			continue
		}
		if isBoilerText(p.text) {
			continue
		}
		ld := float64(p.links) / float64(n)
		if ld > 0.6 || (ld > 0.35 && n < 120 && !heading) {
			continue
		}
		if heading && ld > 0.5 {
			continue
		}
		out = append(out, p)
	}
	return out
}

// trimEdges drops short furniture at the body's start and end: bylines,
// timestamps, lone words.
func trimEdges(ps []para, isMeta func(string) bool) []para {
	for len(ps) > 0 && isMeta(ps[0].text) {
		ps = ps[1:]
	}
	for len(ps) > 0 && isMeta(ps[len(ps)-1].text) {
		ps = ps[:len(ps)-1]
	}
	return ps
}

var invisibleBreaks = strings.NewReplacer("\u00ad", "", "\u200b", "")

// joinParas builds Text and its paragraph spans.
func joinParas(ps []para) (string, []Span) {
	if len(ps) == 0 {
		return "", nil
	}
	size := 0
	for _, p := range ps {
		size += len(p.text) + 2
	}
	var b strings.Builder
	b.Grow(size)
	spans := make([]Span, 0, len(ps))
	for i, p := range ps {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p.text)
		spans = append(spans, Span{Start: start, End: b.Len()})
	}
	return b.String(), spans
}

// normTitle folds a title for comparison: lower case, letters and digits only.
func normTitle(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToLower(s) {
		if r < utf8.RuneSelf {
			if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
				b.WriteRune(r)
			}
			continue
		}
		if r == '\u2019' || r == '\u2018' || r == '\u201c' || r == '\u201d' || r == '\u2013' || r == '\u2014' || r == '\u00a0' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
