package article

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// node is one element or text node of a parsed page. Nodes live in
// document.nodes and refer to each other by index; -1 is none.
type node struct {
	tag       atom.Atom // 0 for a text node
	name      int32     // element without an atom (custom elements): index into document.names
	parent    int32
	first     int32 // first child
	last      int32 // last child
	next      int32 // next sibling
	textStart int32 // text node: offset into document.text
	textEnd   int32
	attrStart int32 // element: range into document.attrs
	attrEnd   int32
	isText    bool
	dropped   bool // boilerplate, left out of the body
}

type attr struct {
	key akey
	val string
}

// document is a page parsed into a compact tree.
type document struct {
	nodes  []node
	attrs  []attr
	text   string // all text nodes, back to back
	lang   string
	title  string
	jsonld []string // bodies of <script type="application/ld+json">
	// noscripts are the raw contents (first 4 KB) of a few <noscript>
	// elements that name a byline or an author (a page may show its byline
	// only there).
	noscripts []string
	metas     []metaTag
	links     []linkTag
	names     []string // names of elements without an atom; names[0] is ""

	cls        []uint8                 // classify cache: 0 unknown, else verdict+1
	clsByValue map[string]classVerdict // classify cache by class value, for elements without an id
	tokCache   map[string]uint8        // tokenVerdict cache
}

type metaTag struct {
	key   string // lower-cased name, property, itemprop or http-equiv
	value string
	node  int32
}

type linkTag struct {
	rel, href string
}

// akey names an attribute the extractor reads; others are skipped.
type akey uint8

const (
	aNone akey = iota
	aClass
	aID
	aItemprop
	aItemtype
	aItemscope
	aRole
	aProperty
	aName
	aContent
	aDatetime
	aRel
	aHref
	aLang
	aType
	aHidden
	aStyle
	aCharset
	aHTTPEquiv
	aSrc
	aAriaHidden
	aPubdate
	aTestID // data-testid, which some sites' generated markup uses instead of classes
)

// attrKey returns the key of an attribute name, aNone for others.
func attrKey(k []byte) akey {
	switch string(k) {
	case "class":
		return aClass
	case "id":
		return aID
	case "itemprop":
		return aItemprop
	case "itemtype":
		return aItemtype
	case "itemscope":
		return aItemscope
	case "role":
		return aRole
	case "property":
		return aProperty
	case "name":
		return aName
	case "content":
		return aContent
	case "datetime":
		return aDatetime
	case "rel":
		return aRel
	case "href":
		return aHref
	case "lang":
		return aLang
	case "type":
		return aType
	case "hidden":
		return aHidden
	case "style":
		return aStyle
	case "charset":
		return aCharset
	case "http-equiv":
		return aHTTPEquiv
	case "src":
		return aSrc
	case "aria-hidden":
		return aAriaHidden
	case "pubdate":
		return aPubdate
	case "data-testid":
		return aTestID
	}
	return aNone
}

var voidElems = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Keygen: true,
}

// headElems may stay inside <head>; any other element closes it.
var headElems = map[atom.Atom]bool{
	atom.Meta: true, atom.Link: true, atom.Style: true, atom.Script: true, atom.Title: true,
	atom.Base: true, atom.Noscript: true, atom.Template: true, atom.Head: true, atom.Html: true,
}

// closesP are start tags that end an open <p>.
var closesP = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Details: true, atom.Div: true, atom.Dl: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Main: true, atom.Menu: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true,
	atom.Ul: true, atom.Li: true, atom.Dd: true, atom.Dt: true,
}

// skipText are elements whose text is never page content.
var skipText = map[atom.Atom]bool{
	atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Textarea: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Xmp: true,
	atom.Select: true, atom.Option: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Object: true, atom.Plaintext: true,
	atom.Rt: true, atom.Rp: true, // ruby readings and their fallback parentheses
}

// parseDocument builds the tree. It fails only when the nesting is deeper
// than maxDepth.
func parseDocument(src []byte, maxDepth int) (*document, error) {
	d := &document{names: []string{""}}
	// Capacities from real pages: a node per ~170 bytes, text ~6% of the
	// source; denser pages grow the slices.
	d.nodes = make([]node, 1, len(src)/128+16)
	d.nodes[0] = node{tag: atom.Html, parent: -1, first: -1, last: -1, next: -1}
	d.attrs = make([]attr, 0, len(src)/200+16)
	textBuf := make([]byte, 0, len(src)/12+64)
	stack := make([]int32, 1, 64)
	stack[0] = 0
	z := html.NewTokenizer(bytes.NewReader(src))
	var inScript bool       // inside a script we keep (JSON-LD)
	var skipDepth int       // >0 inside svg/math or similar
	var titleOpen bool      // inside <title>
	var titleBuf []byte     // text of the first title
	var seenTitle bool      // a title was seen
	var titleExtra bool     // inside a second title
	var scriptBuf []byte    // JSON-LD text
	var scriptSkip bool     // inside a script we ignore
	var lastWasSpace = true // collapse runs of whitespace between text nodes
	var nameBuf [32]byte    // the current tag's name

	addChild := func(parent int32, n node) int32 {
		idx := int32(len(d.nodes))
		n.parent = parent
		n.first, n.last, n.next = -1, -1, -1
		d.nodes = append(d.nodes, n)
		p := &d.nodes[parent]
		if p.last >= 0 {
			d.nodes[p.last].next = idx
		} else {
			p.first = idx
		}
		p.last = idx
		return idx
	}
	top := func() atom.Atom { return d.nodes[stack[len(stack)-1]].tag }
	// open counts the open elements per tag, so that looking for one that
	// is not open costs nothing (deep nesting stays linear).
	open := make(map[atom.Atom]int32, 32)
	openNamed := make(map[string]int32) // elements without an atom, by name
	popTo := func(i int) {
		for _, x := range stack[i:] {
			if nd := &d.nodes[x]; nd.tag != 0 {
				open[nd.tag]--
			} else {
				openNamed[d.names[nd.name]]--
			}
		}
		stack = stack[:i]
	}
	push := func(x int32) {
		stack = append(stack, x)
		if nd := &d.nodes[x]; nd.tag != 0 {
			open[nd.tag]++
		} else {
			openNamed[d.names[nd.name]]++
		}
	}
	// findOpen returns the stack index of the nearest open element with tag a,
	// not crossing any of the stoppers; -1 if none.
	findOpen := func(a atom.Atom, stoppers ...atom.Atom) int {
		if open[a] <= 0 {
			return -1
		}
		for i := len(stack) - 1; i > 0; i-- {
			t := d.nodes[stack[i]].tag
			if t == a {
				return i
			}
			for _, s := range stoppers {
				if t == s {
					return -1
				}
			}
		}
		return -1
	}

	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			d.text = string(textBuf)
			if titleBuf != nil {
				d.title = collapseSpace(string(titleBuf))
			}
			return d, nil
		case html.TextToken:
			if skipDepth > 0 {
				continue
			}
			if inScript {
				scriptBuf = append(scriptBuf, z.Text()...)
				continue
			}
			if scriptSkip {
				continue
			}
			if titleOpen {
				if !titleExtra {
					titleBuf = append(titleBuf, z.Text()...)
				}
				continue
			}
			if skipText[top()] {
				if top() == atom.Noscript && len(d.noscripts) < 4 {
					raw := z.Text()
					if len(raw) > 4096 {
						raw = raw[:4096]
					}
					if bytes.Contains(raw, []byte("byline")) || bytes.Contains(raw, []byte("author")) {
						d.noscripts = append(d.noscripts, string(raw))
					}
				}
				continue
			}
			raw := z.Text()
			if len(raw) == 0 {
				continue
			}
			start := len(textBuf)
			textBuf = appendCollapsed(textBuf, raw, &lastWasSpace)
			if len(textBuf) == start {
				continue
			}
			parent := stack[len(stack)-1]
			if d.nodes[parent].tag == atom.Head {
				if strings.TrimSpace(string(textBuf[start:])) == "" {
					textBuf = textBuf[:start]
					continue
				}
				if i := findOpen(atom.Head); i > 0 {
					popTo(i)
					parent = stack[len(stack)-1]
				}
			}
			// Merge with a preceding text sibling.
			if p := d.nodes[parent].last; p >= 0 && d.nodes[p].isText && int(d.nodes[p].textEnd) == start {
				d.nodes[p].textEnd = int32(len(textBuf))
				continue
			}
			addChild(parent, node{isText: true, textStart: int32(start), textEnd: int32(len(textBuf))})
		case html.StartTagToken, html.SelfClosingTagToken:
			name := tagName(z, nameBuf[:0])
			hasAttr := true // TagAttr reports none on a tag without attributes
			a := atom.Lookup(name)
			if skipDepth > 0 {
				if (a == atom.Svg || a == atom.Math) && tt == html.StartTagToken {
					skipDepth++
				}
				// In SVG and MathML, <title> and <style> hold markup, not raw text.
				z.NextIsNotRawText()
				continue
			}
			if inScript || scriptSkip {
				continue
			}
			if a == atom.Svg || a == atom.Math {
				if tt == html.StartTagToken {
					skipDepth = 1
				}
				continue
			}
			// Attributes.
			aStart := int32(len(d.attrs))
			var typ, rel, href, metaKey, metaVal string
			var metaName, metaProp, metaItemprop, metaHTTP string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				ka := attrKey(k)
				if ka == aNone {
					continue
				}
				// Attribute values stay small; a huge one (inline data) is cut.
				if len(v) > 4096 && ka != aContent {
					v = v[:4096]
				}
				var vs string
				switch {
				case ka == aHref && a != atom.Link && a != atom.Base:
					// Links keep only the attribute's presence.
				case ka == aStyle:
					// Only whether the element is hidden matters.
					if bytes.Contains(v, []byte("none")) || bytes.Contains(v, []byte("hidden")) {
						vs = string(v)
					}
				case ka == aSrc:
				default:
					vs = string(v)
				}
				switch ka {
				case aType:
					typ = vs
				case aRel:
					rel = vs
				case aHref:
					href = vs
				case aName:
					metaName = vs
				case aProperty:
					metaProp = vs
				case aItemprop:
					metaItemprop = vs
				case aHTTPEquiv:
					metaHTTP = vs
				case aContent:
					metaVal = vs
				case aLang:
					if a == atom.Html && d.lang == "" {
						d.lang = vs
					}
				}
				d.attrs = append(d.attrs, attr{ka, vs})
			}
			aEnd := int32(len(d.attrs))
			switch a {
			case atom.Script:
				if tt == html.SelfClosingTagToken {
					continue
				}
				if strings.Contains(strings.ToLower(typ), "ld+json") {
					inScript = true
					scriptBuf = scriptBuf[:0]
				} else {
					scriptSkip = true
				}
				continue
			case atom.Title:
				if tt == html.StartTagToken {
					titleOpen = true
					titleExtra = seenTitle
					if !seenTitle {
						titleBuf = []byte{}
					}
					seenTitle = true
				}
				continue
			case atom.Html:
				continue
			case atom.Meta:
				switch {
				case metaProp != "":
					metaKey = metaProp
				case metaName != "":
					metaKey = metaName
				case metaItemprop != "":
					metaKey = metaItemprop
				case metaHTTP != "":
					metaKey = metaHTTP
				}
				for k := range strings.FieldsSeq(metaKey) {
					d.metas = append(d.metas, metaTag{key: strings.ToLower(k), value: metaVal, node: int32(len(d.nodes))})
				}
				if metaProp != "" && metaName != "" && !strings.EqualFold(metaProp, metaName) {
					d.metas = append(d.metas, metaTag{key: strings.ToLower(strings.TrimSpace(metaName)), value: metaVal, node: int32(len(d.nodes))})
				}
			case atom.Link:
				if rel != "" {
					d.links = append(d.links, linkTag{rel: strings.ToLower(rel), href: href})
				}
			}
			// Implied end tags.
			switch {
			case a == atom.Li:
				if i := findOpen(atom.Li, atom.Ul, atom.Ol, atom.Menu); i > 0 {
					popTo(i)
				}
			case a == atom.Dd || a == atom.Dt:
				if i := findOpen(atom.Dd, atom.Dl); i > 0 {
					popTo(i)
				} else if i := findOpen(atom.Dt, atom.Dl); i > 0 {
					popTo(i)
				}
			case a == atom.Tr:
				if i := findOpen(atom.Tr, atom.Table); i > 0 {
					popTo(i)
				}
			case a == atom.Td || a == atom.Th:
				if i := findOpen(atom.Td, atom.Tr, atom.Table); i > 0 {
					popTo(i)
				} else if i := findOpen(atom.Th, atom.Tr, atom.Table); i > 0 {
					popTo(i)
				}
			case a == atom.Body || !headElems[a]:
				// Content closes an open <head> (pages without </head><body>).
				if i := findOpen(atom.Head); i > 0 {
					popTo(i)
				}
			}
			if closesP[a] {
				if i := findOpen(atom.P, atom.Div, atom.Table, atom.Td, atom.Th, atom.Button, atom.Li, atom.Blockquote, atom.Section, atom.Article); i > 0 {
					popTo(i)
				}
			}
			n := node{tag: a, attrStart: aStart, attrEnd: aEnd}
			if a == 0 {
				n.name = int32(len(d.names))
				d.names = append(d.names, string(name))
			}
			idx := addChild(stack[len(stack)-1], n)
			if blockLike[a] || a == atom.Br {
				lastWasSpace = true
			}
			if tt == html.SelfClosingTagToken || voidElems[a] {
				continue
			}
			push(idx)
			if len(stack) > maxDepth {
				return nil, &LimitError{Limit: "depth", Max: maxDepth, Got: len(stack)}
			}
		case html.EndTagToken:
			name := tagName(z, nameBuf[:0])
			a := atom.Lookup(name)
			if skipDepth > 0 {
				if a == atom.Svg || a == atom.Math {
					skipDepth--
				}
				continue
			}
			switch a {
			case atom.Script:
				if inScript {
					d.jsonld = append(d.jsonld, string(scriptBuf))
				}
				inScript, scriptSkip = false, false
				continue
			case atom.Title:
				titleOpen = false
				continue
			case atom.Html:
				continue
			case atom.Br:
				addChild(stack[len(stack)-1], node{tag: atom.Br})
				lastWasSpace = true
				continue
			}
			if inScript || scriptSkip {
				continue
			}
			if blockLike[a] {
				lastWasSpace = true
			}
			if a != 0 && open[a] <= 0 || a == 0 && openNamed[string(name)] <= 0 {
				continue
			}
			for i := len(stack) - 1; i > 0; i-- {
				nd := &d.nodes[stack[i]]
				if nd.tag == a && (a != 0 || d.names[nd.name] == string(name)) {
					popTo(i)
					break
				}
			}
		}
	}
}

// tagName appends the lower-cased name of z's current tag token to buf,
// reading it from the token's raw text: Tokenizer.TagName would copy it.
// A name holding a NUL byte is left to TagName.
func tagName(z *html.Tokenizer, buf []byte) []byte {
	raw := z.Raw()
	i := 1
	if len(raw) > 1 && raw[1] == '/' {
		i = 2
	}
	if len(raw) <= i || raw[0] != '<' {
		name, _ := z.TagName()
		return name
	}
	for _, c := range raw[i:] {
		switch c {
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			return buf
		case 0:
			name, _ := z.TagName()
			return name
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// appendCollapsed appends raw to buf with runs of white space collapsed to
// one space.
func appendCollapsed[T string | []byte](buf []byte, raw T, lastWasSpace *bool) []byte {
	sp := *lastWasSpace
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch c {
		case ' ', '\t', '\n', '\r', '\f':
			if !sp {
				buf = append(buf, ' ')
				sp = true
			}
			continue
		case 0xC2:
			// U+00AD soft hyphen is invisible: dropped.
			if i+1 < len(raw) && raw[i+1] == 0xAD {
				i++
				continue
			}
			// U+00A0 no-break space is treated as a space.
			if i+1 < len(raw) && raw[i+1] == 0xA0 {
				i++
				if !sp {
					buf = append(buf, ' ')
					sp = true
				}
				continue
			}
		case 0:
			continue
		}
		buf = append(buf, c)
		sp = false
	}
	*lastWasSpace = sp
	return buf
}

// collapseSpace trims s and collapses its runs of white space.
func collapseSpace(s string) string {
	sp := true
	buf := appendCollapsed(make([]byte, 0, len(s)), s, &sp)
	return strings.TrimSpace(string(buf))
}

// blockLike are elements that end a paragraph of running text.
var blockLike = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Details: true, atom.Dialog: true, atom.Dd: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true,
	atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true, atom.Ul: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Tbody: true, atom.Thead: true,
	atom.Tfoot: true, atom.Caption: true, atom.Summary: true, atom.Menu: true,
	atom.Body: true, atom.Head: true, atom.Center: true, atom.Option: true,
	atom.Select: true, atom.Button: true, atom.Img: true, atom.Video: true, atom.Audio: true,
	atom.Picture: true, atom.Iframe: true, atom.Legend: true,
}

// attr returns the value of attribute k of element n, or "".
func (d *document) attr(n int32, k akey) string {
	nd := &d.nodes[n]
	for i := nd.attrStart; i < nd.attrEnd; i++ {
		if d.attrs[i].key == k {
			return d.attrs[i].val
		}
	}
	return ""
}

// hasAttr reports whether element n has attribute k.
func (d *document) hasAttr(n int32, k akey) bool {
	nd := &d.nodes[n]
	for i := nd.attrStart; i < nd.attrEnd; i++ {
		if d.attrs[i].key == k {
			return true
		}
	}
	return false
}

// textOf returns the text of text node n.
func (d *document) textOf(n int32) string {
	nd := &d.nodes[n]
	return d.text[nd.textStart:nd.textEnd]
}

// innerText returns the text of the subtree at n, white space collapsed,
// block boundaries as one space, and trimmed.
func (d *document) innerText(n int32) string {
	sp := true
	var arr [256]byte
	buf := d.appendText(arr[:0], n, &sp)
	return string(bytes.TrimSpace(buf))
}

// appendText appends the text of n's subtree to buf with white space
// collapsed, a space between blocks; sp says whether buf ends in a space.
func (d *document) appendText(buf []byte, n int32, sp *bool) []byte {
	nd := &d.nodes[n]
	if nd.isText {
		return appendCollapsed(buf, d.text[nd.textStart:nd.textEnd], sp)
	}
	if (nd.tag == atom.Br || blockLike[nd.tag]) && !*sp {
		buf = append(buf, ' ')
		*sp = true
	}
	for c := nd.first; c >= 0; c = d.nodes[c].next {
		buf = d.appendText(buf, c, sp)
	}
	if blockLike[nd.tag] && !*sp {
		buf = append(buf, ' ')
		*sp = true
	}
	return buf
}

// tagName returns the lower-case tag name of element n.
func (d *document) tagName(n int32) string {
	nd := &d.nodes[n]
	if nd.tag != 0 {
		return nd.tag.String()
	}
	return d.names[nd.name]
}
