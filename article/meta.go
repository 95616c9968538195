package article

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// pageMeta is what a page's metadata says, source by source, before
// reconciliation.
type pageMeta struct {
	ld ldInfo // JSON-LD

	// From <meta> tags, in document order of the first occurrence.
	ogTitle, twTitle, metaTitle string
	siteName                    string
	metaAuthors                 []string // author, parsely-author, sailthru.author, dc.creator, ...
	published                   []timeCand
	modified                    []timeCand
	lang                        string

	// Microdata (itemprop on elements other than meta).
	mdHeadline string
	mdAuthors  []string
}

// timeCand is a timestamp string with the rank of its source (lower wins).
type timeCand struct {
	s       string
	rank    int
	generic bool // from a generic meta key ("date", "dc.date") that may hold another time
}

// Meta keys naming the publication time, with their rank (lower wins; equal
// ranks keep document order). The common keys (article:published_time,
// datePublished, pubdate, publishdate, published_time) come first: they
// are the page's own statement in its own zone.
var publishedKeys = map[string]int{
	"article:published_time": 1, "og:article:published_time": 3, "article:published": 3,
	"datepublished": 1, "pubdate": 1, "publishdate": 1, "publish-date": 4, "publish_date": 4,
	"og:published_time": 1, "published_time": 1, "article.published": 6, "article_date_original": 6,
	"original-publish-date": 6, "sailthru.date": 7, "parsely-pub-date": 7, "dc.date.issued": 8,
	"dcterms.issued": 8, "dc:date": 9, "dcterms:created": 8, "dcterms:issued": 8, "dc:created": 9, "schema:datecreated": 9, "schema:datepublished": 3, "dc.date.created": 8, "dcterms.created": 8, "dc.date": 9, "dcterms.date": 9,
	"date": 10, "citation_publication_date": 10, "citation_date": 10, "cxenseparse:recs:publishtime": 10,
	"article.created": 10, "displaydate": 11, "og:pubdate": 6, "publication_date": 6,
	"datecreated": 11, "release_date": 11, "timestamp": 12, "bt:pubdate": 10, "parsely-pub-date ": 7,
	"article:post_date": 6, "dc.created": 9, "eomportal-lastupdate": 20, "weibo:article:create_at": 12,
}

var modifiedKeys = map[string]int{
	"article:modified_time": 1, "og:article:modified_time": 1, "datemodified": 2, "og:updated_time": 3,
	"article:modified": 3, "last-modified": 5, "dcterms.modified": 4, "dc.date.modified": 4,
	"article.updated": 4, "lastmod": 5, "updated_time": 4,
}

var authorKeys = map[string]int{
	"author": 1, "article:author": 2, "og:article:author": 2, "parsely-author": 3,
	"sailthru.author": 3, "dc.creator": 4, "dc:creator": 4, "dcterms:creator": 4, "dcterms.creator": 4, "byl": 5, "citation_author": 5,
	"book:author": 6, "article.author": 3, "authors": 3, "dc.contributor": 7, "cxenseparse:author": 4,
}

// collectMeta reads the <meta> tags, JSON-LD and microdata of d.
func collectMeta(d *document) *pageMeta {
	m := &pageMeta{}
	m.ld = parseJSONLD(d.jsonld)
	for _, t := range d.metas {
		v := strings.TrimSpace(t.value)
		if v == "" {
			continue
		}
		k := t.key
		if strings.HasPrefix(k, "twitter:data") && authorLabel(d, k) {
			m.metaAuthors = append(m.metaAuthors, v)
		}
		switch k {
		case "og:title":
			setFirst(&m.ogTitle, v)
		case "twitter:title":
			setFirst(&m.twTitle, v)
		case "dc.title", "dcterms.title", "dc:title", "dcterms:title", "headline", "parsely-title", "sailthru.title", "title":
			setFirst(&m.metaTitle, v)
		case "og:site_name", "application-name", "al:ios:app_name", "dc.publisher", "publisher", "cxenseparse:sitename":
			setFirst(&m.siteName, v)
		case "og:locale", "content-language", "dc.language", "language", "inlanguage":
			setFirst(&m.lang, v)
		case "parsely-page":
			parseParselyPage(m, v)
		}
		if r, ok := publishedKeys[k]; ok {
			m.published = append(m.published, timeCand{v, r, r >= weakRank})
		} else if k == "uploaddate" || strings.HasSuffix(k, ":uploaded") || strings.HasSuffix(k, ":upload_date") {
			// A media page's upload time (schema.org uploadDate, or a
			// site's own namespace): its publication, the weakest source.
			m.published = append(m.published, timeCand{v, 13, true})
		}
		if r, ok := modifiedKeys[k]; ok {
			m.modified = append(m.modified, timeCand{v, r, false})
		}
		if r, ok := authorKeys[k]; ok && r > 0 {
			if !isURLish(v) {
				m.metaAuthors = append(m.metaAuthors, v)
			}
		}
	}
	// Microdata on elements: itemprop headline, author, datePublished.
	for i := 1; i < len(d.nodes); i++ {
		n := int32(i)
		nd := &d.nodes[i]
		if nd.isText || nd.tag == atom.Meta || nd.attrStart == nd.attrEnd {
			continue
		}
		// RDFa: property and content on any element.
		if prop := d.attr(n, aProperty); prop != "" {
			if v := strings.TrimSpace(d.attr(n, aContent)); v != "" {
				for k := range strings.FieldsSeq(strings.ToLower(prop)) {
					if r, ok := publishedKeys[k]; ok {
						m.published = append(m.published, timeCand{v, r, r >= weakRank})
					}
				}
			}
		}
		ip := d.attr(n, aItemprop)
		if ip == "" {
			continue
		}
		for p := range strings.FieldsSeq(ip) {
			switch strings.ToLower(p) {
			case "headline":
				if m.mdHeadline == "" {
					m.mdHeadline = d.innerText(n)
				}
			case "author", "creator":
				if len(m.mdAuthors) < 8 {
					m.mdAuthors = append(m.mdAuthors, microdataName(d, n))
				}
			case "datepublished":
				if v := firstNonEmpty(d.attr(n, aDatetime), d.attr(n, aContent), d.innerText(n)); v != "" {
					m.published = append(m.published, timeCand{v, 17, false})
				}
			case "datemodified":
				if v := firstNonEmpty(d.attr(n, aDatetime), d.attr(n, aContent), d.innerText(n)); v != "" {
					m.modified = append(m.modified, timeCand{v, 2, false})
				}
			}
		}
	}
	return m
}

// authorLabel reports whether the twitter:labelN paired with the
// twitter:dataN key names an author ("Written by", "Verfasst von").
func authorLabel(d *document, dataKey string) bool {
	labelKey := "twitter:label" + strings.TrimPrefix(dataKey, "twitter:data")
	for _, t := range d.metas {
		if t.key != labelKey {
			continue
		}
		l := strings.ToLower(strings.TrimSpace(t.value))
		for _, w := range []string{"written by", "verfasst von", "geschrieben von", "author", "autor", "auteur", "écrit par", "escrito por", "scritto da"} {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// microdataName is the name of an itemprop=author element: its itemprop=name
// descendant, else its content attribute, else its text.
func microdataName(d *document, n int32) string {
	if v := d.attr(n, aContent); v != "" {
		return v
	}
	var found int32 = -1
	walk(d, n, func(c int32) bool {
		if found >= 0 {
			return false
		}
		if c != n && !d.nodes[c].isText && hasTokenFold(d.attr(c, aItemprop), "name") {
			found = c
			return false
		}
		return true
	})
	if found >= 0 {
		if v := d.attr(found, aContent); v != "" {
			return v
		}
		return d.innerText(found)
	}
	t := d.innerText(n)
	if len(t) > 120 {
		return ""
	}
	return t
}

// walk calls f for n and its descendants in document order; f returning
// false skips the node's children.
func walk(d *document, n int32, f func(int32) bool) {
	if !f(n) {
		return
	}
	for c := d.nodes[n].first; c >= 0; c = d.nodes[c].next {
		walk(d, c, f)
	}
}

// hasTokenFold reports whether the space-separated list holds tok, ignoring case.
func hasTokenFold(list, tok string) bool {
	for f := range strings.FieldsSeq(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func setFirst(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func isURLish(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//") || strings.HasPrefix(s, "/")
}
