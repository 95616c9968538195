package article

import (
	"strings"
	"sync"
)

// selector is a compiled list of alternatives; each is a chain of compound
// selectors joined by the descendant combinator.
type selector struct {
	alts [][]compound
}

type compound struct {
	tag     string
	id      string
	classes []string
	attrs   []attrTest
}

type attrTest struct {
	key akey
	op  byte // 0 present, '=' equal, '*' contains, '~' has token, '^' prefix
	val string
}

var selectorCache sync.Map // string -> *selector

// compileSelector parses s; parts it cannot read match nothing.
func compileSelector(s string) *selector {
	if v, ok := selectorCache.Load(s); ok {
		return v.(*selector)
	}
	sel := &selector{}
	for _, alt := range strings.Split(s, ",") {
		var chain []compound
		ok := true
		for part := range strings.FieldsSeq(alt) {
			c, good := parseCompound(part)
			if !good {
				ok = false
				break
			}
			chain = append(chain, c)
		}
		if ok && len(chain) > 0 {
			sel.alts = append(sel.alts, chain)
		}
	}
	selectorCache.Store(s, sel)
	return sel
}

func parseCompound(s string) (compound, bool) {
	var c compound
	i := 0
	readName := func() string {
		j := i
		for j < len(s) && s[j] != '.' && s[j] != '#' && s[j] != '[' {
			j++
		}
		n := s[i:j]
		i = j
		return n
	}
	if i < len(s) && s[i] != '.' && s[i] != '#' && s[i] != '[' {
		c.tag = strings.ToLower(readName())
		if c.tag == "*" {
			c.tag = ""
		}
	}
	for i < len(s) {
		switch s[i] {
		case '.':
			i++
			n := readName()
			if n == "" {
				return c, false
			}
			c.classes = append(c.classes, n)
		case '#':
			i++
			n := readName()
			if n == "" {
				return c, false
			}
			c.id = n
		case '[':
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				return c, false
			}
			body := s[i+1 : i+j]
			i += j + 1
			var t attrTest
			k := strings.IndexAny(body, "=*~^")
			name := body
			if k >= 0 {
				name = body[:k]
				t.op = body[k]
				rest := body[k+1:]
				if t.op != '=' {
					if !strings.HasPrefix(rest, "=") {
						return c, false
					}
					rest = rest[1:]
				}
				t.val = strings.Trim(rest, `"'`)
			}
			t.key = attrAtom(name)
			if t.key == 0 {
				return c, false
			}
			c.attrs = append(c.attrs, t)
		default:
			return c, false
		}
	}
	return c, true
}

func attrAtom(name string) akey {
	return attrKey([]byte(strings.ToLower(strings.TrimSpace(name))))
}

func (c *compound) match(d *document, n int32) bool {
	nd := &d.nodes[n]
	if nd.isText || n == 0 {
		return false
	}
	if c.tag != "" && c.tag != d.tagName(n) {
		return false
	}
	if c.id != "" && d.attr(n, aID) != c.id {
		return false
	}
	if len(c.classes) > 0 {
		cl := d.attr(n, aClass)
		for _, want := range c.classes {
			if !hasTokenExact(cl, want) {
				return false
			}
		}
	}
	for _, t := range c.attrs {
		if !d.hasAttr(n, t.key) {
			return false
		}
		v := d.attr(n, t.key)
		switch t.op {
		case '=':
			if v != t.val {
				return false
			}
		case '*':
			if !strings.Contains(v, t.val) {
				return false
			}
		case '^':
			if !strings.HasPrefix(v, t.val) {
				return false
			}
		case '~':
			if !hasTokenExact(v, t.val) {
				return false
			}
		}
	}
	return true
}

// match reports whether element n matches the selector.
func (s *selector) match(d *document, n int32) bool {
	for _, chain := range s.alts {
		if !chain[len(chain)-1].match(d, n) {
			continue
		}
		k := len(chain) - 2
		for a := d.nodes[n].parent; a > 0 && k >= 0; a = d.nodes[a].parent {
			if chain[k].match(d, a) {
				k--
			}
		}
		if k < 0 {
			return true
		}
	}
	return false
}

func (s *selector) empty() bool { return s == nil || len(s.alts) == 0 }

func hasTokenExact(list, tok string) bool {
	for len(list) > 0 {
		i := strings.IndexAny(list, " \t\n\r\f")
		var f string
		if i < 0 {
			f, list = list, ""
		} else {
			f, list = list[:i], list[i+1:]
		}
		if f == tok {
			return true
		}
	}
	return false
}
