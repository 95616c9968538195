package article

import (
	"encoding/json"
	"html"
	"sort"
	"strings"
)

// unescapeEntities decodes HTML character references left in metadata text.
func unescapeEntities(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return collapseSpace(html.UnescapeString(s))
}

// ldInfo is what the page's JSON-LD says about the article.
type ldInfo struct {
	found     bool // an article object was found
	headline  string
	authors   []string
	published string
	modified  string
	others    []timeCand // datePublished of the other objects
	publisher string     // publisher name, or a WebSite/Organization name
	lang      string
	url       string
	body      string // articleBody
}

// articleTypes are the schema.org types read as the article.
var articleTypes = map[string]int{
	"newsarticle": 1, "reportagenewsarticle": 1, "analysisnewsarticle": 1, "opinionnewsarticle": 1,
	"backgroundnewsarticle": 1, "reviewnewsarticle": 1, "askpublicnewsarticle": 1,
	"article": 2, "blogposting": 2, "liveblogposting": 2, "scholarlyarticle": 3, "techarticle": 3,
	"report": 3, "socialmediaposting": 4, "discussionforumposting": 4, "posting": 4, "claimreview": 4, "review": 4, "recipe": 4, "webpage": 5, "itempage": 5,
}

const maxJSONLD = 1 << 20

// parseJSONLD reads the article object of the JSON-LD scripts.
func parseJSONLD(scripts []string) ldInfo {
	var info ldInfo
	bestRank := 100
	var best map[string]any
	var pubName string
	var others []timeCand
	ids := map[string]map[string]any{}
	for _, s := range scripts {
		s = strings.TrimSpace(s)
		if s == "" || len(s) > maxJSONLD {
			continue
		}
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			c := cleanJSON(s)
			if err := json.Unmarshal([]byte(c), &v); err != nil {
				continue
			}
		}
		var visit func(v any, depth int)
		visit = func(v any, depth int) {
			if depth > 6 {
				return
			}
			switch t := v.(type) {
			case []any:
				for _, e := range t {
					visit(e, depth+1)
				}
			case map[string]any:
				if id, ok := t["@id"].(string); ok && id != "" && len(ids) < 200 {
					if _, seen := ids[id]; !seen || t["name"] != nil {
						ids[id] = t
					}
				}
				r := 100
				for _, typ := range ldTypes(t["@type"]) {
					if rr, ok := articleTypes[typ]; ok && rr < r {
						r = rr
					}
					if pubName == "" && (typ == "newsmediaorganization" || typ == "organization") && depth <= 1 {
						pubName = ldString(t["name"])
					}
				}
				if r < bestRank {
					bestRank, best = r, t
				}
				if v := ldString(t["datePublished"]); v != "" && len(others) < 16 {
					rank := 2
					if r >= 5 {
						rank = 6 + min(r, 10)
					}
					others = append(others, timeCand{v, rank, false})
				}
				// Nested objects: @graph, mainEntity, hasPart, itemListElement...
				keys := make([]string, 0, len(t))
				for k, v := range t {
					switch v.(type) {
					case map[string]any, []any:
						if k != "author" && k != "publisher" && k != "image" && k != "creator" {
							keys = append(keys, k)
						}
					}
				}
				sort.Strings(keys)
				for _, k := range keys {
					visit(t[k], depth+1)
				}
			}
		}
		visit(v, 0)
	}
	info.others = others
	if best == nil {
		return info
	}
	info.found = bestRank < 5
	info.headline = unescapeEntities(ldString(best["headline"]))
	if info.headline == "" && bestRank < 5 {
		info.headline = unescapeEntities(ldString(best["name"]))
	}
	info.authors = ldPeople(resolveIDs(best["author"], ids))
	if len(info.authors) == 0 {
		info.authors = ldPeople(resolveIDs(best["creator"], ids))
	}
	info.published = ldString(best["datePublished"])
	if info.published == "" {
		info.published = ldString(best["dateCreated"])
	}
	info.modified = ldString(best["dateModified"])
	if p := ldNames(best["publisher"]); len(p) > 0 {
		info.publisher = p[0]
	} else {
		info.publisher = pubName
	}
	info.lang = ldString(best["inLanguage"])
	if b, ok := best["articleBody"].(string); ok && len(b) < 1<<20 {
		info.body = b
	}
	info.url = ldString(best["url"])
	if info.url == "" {
		if me, ok := best["mainEntityOfPage"].(map[string]any); ok {
			info.url = ldString(me["@id"])
		} else {
			info.url = ldString(best["mainEntityOfPage"])
		}
	}
	return info
}

// resolveIDs replaces references ({"@id": "..."} without a name) by the
// objects they name elsewhere in the JSON-LD.
func resolveIDs(v any, ids map[string]map[string]any) any {
	switch t := v.(type) {
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = resolveIDs(e, ids)
		}
		return out
	case map[string]any:
		if _, named := t["name"]; !named {
			if id, ok := t["@id"].(string); ok {
				if o, ok := ids[id]; ok {
					return o
				}
			}
		}
	}
	return v
}

func ldTypes(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{strings.ToLower(strings.TrimPrefix(t, "schema:"))}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, strings.ToLower(strings.TrimPrefix(s, "schema:")))
			}
		}
		return out
	}
	return nil
}

// ldString returns a string value, the first of an array, or "".
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := ldString(t["@value"]); s != "" {
			return s
		}
	}
	return ""
}

// ldNames returns the names of a person or organisation value: a string,
// an object with "name", or an array of them.
func ldNames(v any) []string { return ldNamesOf(v, true) }

// ldPeople is ldNames without organisations.
func ldPeople(v any) []string { return ldNamesOf(v, false) }

// isLDOrg reports whether a JSON-LD object is typed as an organisation.
func isLDOrg(t map[string]any) bool {
	if _, person := t["givenName"]; person {
		return false
	}
	for _, typ := range ldTypes(t["@type"]) {
		if typ == "person" {
			return false
		}
	}
	for _, typ := range ldTypes(t["@type"]) {
		switch typ {
		case "organization", "newsmediaorganization", "corporation", "website", "brand", "governmentorganization", "localbusiness":
			return true
		}
	}
	return false
}

func ldNamesOf(v any, orgs bool) []string {
	switch t := v.(type) {
	case string:
		t = strings.TrimSpace(t)
		if t == "" || isURLish(t) {
			return nil
		}
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldNamesOf(e, orgs)...)
			if len(out) > 20 {
				break
			}
		}
		return out
	case map[string]any:
		if !orgs && isLDOrg(t) {
			return nil
		}
		n := unescapeEntities(ldString(t["name"]))
		if n == "" {
			g, f := ldString(t["givenName"]), ldString(t["familyName"])
			n = strings.TrimSpace(g + " " + f)
		}
		if n == "" || isURLish(n) {
			return nil
		}
		if !orgs {
			n = fullNameFrom(n, ldString(t["description"]))
		}
		return []string{n}
	}
	return nil
}

// fullNameFrom returns the full name a person's description opens with
// when the name given is its first word alone ("Stefanus" described as
// "Jane Doe - engineer and ..."); else name.
func fullNameFrom(name, desc string) string {
	if strings.Contains(name, " ") || !strings.HasPrefix(desc, name+" ") {
		return name
	}
	head := desc
	if i := strings.IndexAny(head, ",.;:(|–—"); i >= 0 {
		head = head[:i]
	}
	if i := strings.Index(head, " - "); i >= 0 {
		head = head[:i]
	}
	head = strings.TrimSpace(head)
	if w := len(strings.Fields(head)); w >= 2 && w <= 3 && IsPersonName(head) {
		return head
	}
	return name
}

// cleanJSON repairs common JSON-LD faults: raw control characters inside
// strings, trailing commas, HTML comment and CDATA wrappers.
func cleanJSON(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimPrefix(strings.TrimSpace(s), "//")
	s = strings.TrimPrefix(strings.TrimSpace(s), "<![CDATA[")
	s = strings.TrimSuffix(strings.TrimSpace(s), "]]>")
	s = strings.TrimSuffix(strings.TrimSpace(s), "//")
	b := make([]byte, 0, len(s))
	inStr, esc := false, false
	last := len(strings.TrimRight(s, " \t\r\n")) - 1 // the last non-space byte
	depth := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			case c < 0x20:
				c = ' '
			}
			b = append(b, c)
			continue
		}
		switch c {
		case '"':
			inStr = true
		case '/':
			// A line comment outside strings.
			if i+1 < len(s) && s[i+1] == '/' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '\t' || s[i-1] == ',') {
				for i < len(s) && s[i] != '\n' {
					i++
				}
				continue
			}
		case '{', '[':
			depth++
		case '}', ']':
			// A closer with nothing open, or one closing the outermost
			// value while more text follows, is a stray.
			if depth == 0 || depth == 1 && i < last {
				continue
			}
			depth--
			// Drop a trailing comma before the closer.
			j := len(b) - 1
			for j >= 0 && (b[j] == ' ' || b[j] == '\n' || b[j] == '\t' || b[j] == '\r') {
				j--
			}
			if j >= 0 && b[j] == ',' {
				b = append(b[:j], b[j+1:]...)
			}
		}
		b = append(b, c)
	}
	return string(b)
}

// parseParselyPage reads the JSON of <meta name="parsely-page">.
func parseParselyPage(m *pageMeta, v string) {
	var p struct {
		Title   string `json:"title"`
		Author  any    `json:"author"`
		PubDate string `json:"pub_date"`
	}
	if json.Unmarshal([]byte(v), &p) != nil {
		return
	}
	setFirst(&m.metaTitle, p.Title)
	m.metaAuthors = append(m.metaAuthors, ldNames(p.Author)...)
	if p.PubDate != "" {
		m.published = append(m.published, timeCand{p.PubDate, 7, false})
	}
}
