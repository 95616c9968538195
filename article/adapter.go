package article

import (
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

// Adapter extracts articles from the pages of one news outlet. Most adapters
// are a *Site; one needing code of its own implements Extract, usually by
// calling p.Extract with its hints and then correcting the result.
type Adapter interface {
	// Hosts lists the domains served: "azernews.az" also matches
	// "www.azernews.az" and any other subdomain.
	Hosts() []string
	// Extract returns the article on the page.
	Extract(p *Page) (*Article, error)
}

// Hints tell the generic extractor about an outlet's markup. Every field is
// optional; selectors use a small CSS subset: tag, .class, #id, [attr],
// [attr=value], [attr*=value], descendant combinator (space) and lists
// (comma).
type Hints struct {
	Outlet   string         // the outlet's name, "AzerNews"
	Location *time.Location // home zone, assumed for page times without an offset
	Body     string         // the element(s) holding the body; empty: found by scoring
	Drop     string         // elements left out of the body
	Headline string         // the element holding the headline
	Byline   string         // the element(s) naming the authors
	Date     string         // the element holding the publication time
}

// Site is a declarative adapter: hosts plus hints, and an optional final
// correction.
type Site struct {
	Domains []string
	Hints
	Fix func(p *Page, a *Article) // optional; runs after extraction
}

// Hosts returns s.Domains.
func (s *Site) Hosts() []string { return s.Domains }

// Extract runs the generic extractor with s.Hints, then s.Fix.
func (s *Site) Extract(p *Page) (*Article, error) {
	a, err := p.Extract(s.Hints)
	if err != nil {
		return nil, err
	}
	if s.Fix != nil {
		s.Fix(p, a)
	}
	return a, nil
}

// Generic is the adapter used for hosts without one of their own.
var Generic Adapter = &Site{}

// Registry maps hosts to adapters. The zero value is empty and ready to use;
// it is safe for concurrent use.
type Registry struct {
	mu sync.RWMutex
	m  map[string]Adapter
}

// DefaultRegistry is used by FromHTML. Outlet packages register themselves
// in it when imported (import article/outlet/all for every outlet).
var DefaultRegistry = &Registry{}

// Register adds a to DefaultRegistry.
func Register(a Adapter) { DefaultRegistry.Register(a) }

// Register adds a for each of its hosts, replacing an earlier adapter of
// the same host.
func (r *Registry) Register(a Adapter) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.m == nil {
		r.m = make(map[string]Adapter)
	}
	for _, h := range a.Hosts() {
		h = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(h)), ".")
		if h != "" {
			r.m[h] = a
		}
	}
}

// Lookup returns the adapter of the longest registered domain suffix of
// host ("news.example.com" matches "example.com" but not "ample.com"), or
// Generic when none matches. host may also be a URL.
func (r *Registry) Lookup(host string) Adapter {
	if strings.Contains(host, "/") {
		host = hostOf(host)
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	r.mu.RLock()
	defer r.mu.RUnlock()
	for h := host; h != ""; {
		if a, ok := r.m[h]; ok {
			return a
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	return Generic
}

// Hosts lists the registered hosts, sorted.
func (r *Registry) Hosts() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	hs := make([]string, 0, len(r.m))
	for h := range r.m {
		hs = append(hs, h)
	}
	sort.Strings(hs)
	return hs
}

// hostOf returns the lower-case host of a URL, or "".
func hostOf(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	if strings.HasPrefix(raw, "//") {
		raw = "http:" + raw
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// Page is a parsed HTML page handed to an Adapter.
type Page struct {
	doc *document
	url string
}

// URL returns the page's URL: the one given by the caller, else the
// canonical or og:url the page states.
func (p *Page) URL() string {
	if p.url != "" {
		return p.url
	}
	return p.pageURL()
}

// Meta returns the content of the first <meta> whose name, property or
// itemprop is key (case-insensitive), or "".
func (p *Page) Meta(key string) string {
	key = strings.ToLower(key)
	for _, m := range p.doc.metas {
		if m.key == key {
			return strings.TrimSpace(m.value)
		}
	}
	return ""
}

// Text returns the text of the first element matching selector, white
// space collapsed, or "".
func (p *Page) Text(selector string) string {
	s := compileSelector(selector)
	for i := range p.doc.nodes {
		if s.match(p.doc, int32(i)) {
			return p.doc.innerText(int32(i))
		}
	}
	return ""
}

// Texts returns the texts of all elements matching selector.
func (p *Page) Texts(selector string) []string {
	s := compileSelector(selector)
	var out []string
	for i := range p.doc.nodes {
		if s.match(p.doc, int32(i)) {
			if t := p.doc.innerText(int32(i)); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

// Attr returns attribute name of the first element matching selector, or "".
// Only the attributes the extractor keeps are available: class, id,
// itemprop, itemtype, itemscope, role, property, name, content, datetime,
// rel, lang, type, hidden, aria-hidden, and href of <link> and <base>
// (other elements keep only whether they have an href).
func (p *Page) Attr(selector, name string) string {
	s := compileSelector(selector)
	k := attrAtom(name)
	if k == 0 {
		return ""
	}
	for i := range p.doc.nodes {
		if s.match(p.doc, int32(i)) {
			return p.doc.attr(int32(i), k)
		}
	}
	return ""
}

// pageURL is the canonical URL or og:url stated by the page.
func (p *Page) pageURL() string {
	for _, l := range p.doc.links {
		if hasTokenFold(l.rel, "canonical") && strings.HasPrefix(strings.TrimSpace(l.href), "http") {
			return strings.TrimSpace(l.href)
		}
	}
	for _, k := range []string{"og:url", "twitter:url"} {
		if v := p.Meta(k); strings.HasPrefix(v, "http") {
			return v
		}
	}
	return ""
}

// feedHost is the host of the page's own feed (<link rel="alternate"
// type="application/rss+xml">), the last clue to its site when it states
// no URL.
func (p *Page) feedHost() string {
	for _, l := range p.doc.links {
		if hasTokenFold(l.rel, "alternate") && strings.HasPrefix(strings.TrimSpace(l.href), "http") {
			if h := hostOf(l.href); h != "" && !strings.Contains(h, "feedburner") {
				return h
			}
		}
	}
	return ""
}
