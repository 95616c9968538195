package article

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// ---- authors

var bylineSel = compileSelector(`[rel=author], [itemprop=author], .byline, .author, .byline-name, .author-name, .authors, .article-author, .story-byline, .post-author, .entry-author, .contributor, .writer, .c-byline, #byline, .byline__name, .author__name, [class*=byline], [class*=author], [class*=Author], [class*=Byline]`)

// bylineNameSel finds the name inside a byline element that also holds a
// role or a date: "<a>Jane Doe</a> <div>Games Editor</div>".
var bylineNameSel = compileSelector(`a, [itemprop=name], [class*=name], [class*=Name], strong, b`)

func (p *Page) authors(m *pageMeta, h Hints, roots []int32) []Author {
	as := p.authorsFrom(m, h, roots)
	host := hostOf(p.URL())
	labels := hostLabels(host)
	out := as[:0]
	for _, a := range as {
		if namesHost(a.Name, labels) || isLoginName(a.Name, host) {
			continue
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func (p *Page) authorsFrom(m *pageMeta, h Hints, roots []int32) []Author {
	site := firstNonEmpty(h.Outlet, m.siteName, m.ld.publisher)
	clean := func(names []string) []Author { return metaAuthors(names, site) }
	if h.Byline != "" {
		var out []Author
		for _, t := range p.Texts(h.Byline) {
			for _, a := range bylineAuthors(t, h.Outlet) {
				if !hasAuthor(out, a.Name) {
					out = append(out, a)
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	if as := clean(m.ld.authors); len(as) > 0 {
		return as
	}
	if as := clean(m.metaAuthors); len(as) > 0 {
		return as
	}
	if as := clean(m.mdAuthors); len(as) > 0 {
		return as
	}
	if as := p.visibleByline(roots, site); len(as) > 0 {
		return as
	}
	return p.creditAfterHeadline(site)
}

// creditAfterHeadline finds a short credit line ("By Jane Doe", "Ein Artikel
// von Jane Doe") among the first texts after the page's <h1>.
func (p *Page) creditAfterHeadline(site string) []Author {
	d := p.doc
	h1 := firstTag(d, atom.H1)
	if h1 < 0 {
		return nil
	}
	seen := 0
	for i := h1 + 1; i < int32(len(d.nodes)) && seen < 40; i++ {
		nd := &d.nodes[i]
		if !nd.isText {
			continue
		}
		t := strings.TrimSpace(d.text[nd.textStart:nd.textEnd])
		if t == "" {
			continue
		}
		seen++
		par := nd.parent
		// The credit may be split over elements: "By <a>Jane Doe</a>".
		for k := 0; k < 2 && par > 0 && len(d.innerText(par)) < len(t)+3; k++ {
			par = d.nodes[par].parent
		}
		line := d.innerText(par)
		if len(line) > 100 || !startsWithAuthorLabel(line) || p.inBoilerArea(i) {
			continue
		}
		if as := bylineAuthors(line, site); len(as) > 0 {
			return as
		}
	}
	return nil
}

// visibleByline reads byline elements: the first one after the page's
// <h1> that names people, else the last one before it.
func (p *Page) visibleByline(roots []int32, site string) []Author {
	d := p.doc
	h1 := firstTag(d, atom.H1)
	var before []Author
	seen, tried := 0, 0
	for i := 1; i < len(d.nodes) && seen < 30 && tried < 300; i++ {
		n := int32(i)
		nd := &d.nodes[i]
		if nd.isText || nd.attrStart == nd.attrEnd {
			continue
		}
		if !bylineSel.match(d, n) {
			continue
		}
		tried++
		if p.inBoilerArea(n) {
			continue
		}
		if h1 >= 0 && n > h1 {
			seen++
		}
		t := d.innerText(n)
		if t == "" || len(t) > 200 {
			continue
		}
		cl := strings.ToLower(d.attr(n, aClass))
		if strings.Contains(cl, "bio") || strings.Contains(cl, "about") || strings.Contains(cl, "avatar") {
			continue
		}
		as := singleWordsMarked(d, n, bylineAuthors(t, site))
		if len(as) == 0 {
			as = p.bylineNames(n, site)
		}
		if len(as) == 0 {
			continue
		}
		if h1 < 0 || n > h1 {
			return as
		}
		before = as
	}
	return before
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

// bylineNames reads the names marked inside a byline element.
func (p *Page) bylineNames(n int32, site string) []Author {
	d := p.doc
	var out []Author
	count := 0
	walk(d, n, func(c int32) bool {
		if c == n || d.nodes[c].isText {
			return true
		}
		if count >= 4 || !bylineNameSel.match(d, c) {
			return count < 4
		}
		count++
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

// inBoilerArea reports whether n lies in a region of related stories,
// comments, promotions or navigation (where author names and dates of other
// articles appear).
func (p *Page) inBoilerArea(n int32) bool {
	d := p.doc
	for x := d.nodes[n].parent; x > 0; x = d.nodes[x].parent {
		nd := &d.nodes[x]
		switch nd.tag {
		case atom.Nav, atom.Aside, atom.Footer:
			return true
		}
		if nd.attrStart == nd.attrEnd || nd.tag == atom.Article || nd.tag == atom.Main || nd.tag == atom.Body {
			continue
		}
		if classify(d, x) == classStrongBoiler {
			return true
		}
	}
	return false
}

// ---- times
