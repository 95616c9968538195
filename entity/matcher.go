package entity

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// WatchEntity is one entry of a watch-list: an entity and the names it
// goes by. Name is matched as an alias too.
type WatchEntity struct {
	ID      string
	Kind    Kind
	Name    string
	Aliases []string
}

// WatchList is a caller's list of entities with the matching options. The
// zero options match names exactly as written.
type WatchList struct {
	Entities         []WatchEntity
	IgnoreCase       bool // "NATO" also matches "Nato"
	IgnoreDiacritics bool // "Jose" also matches "José"
}

// Hit is one watch-list name found in a text.
type Hit struct {
	Start int    `json:"start"` // byte span of the name in the text
	End   int    `json:"end"`
	Text  string `json:"text"` // text[Start:End]
	ID    string `json:"id"`   // ID of the matched entity
	Kind  Kind   `json:"kind,omitempty"`
	Index int    `json:"index"` // index of the entity in WatchList.Entities
	// Ambiguous lists the indices of all entities sharing this name when
	// there is more than one (Index is the first). It must not be modified.
	Ambiguous []int `json:"ambiguous,omitempty"`
}

// Errors wrapped by a ListError.
var (
	ErrEmptyAlias  = errors.New("empty alias")
	ErrDuplicateID = errors.New("duplicate ID")
	ErrEmptyID     = errors.New("empty ID")
)

// ListError reports a bad watch-list entry.
type ListError struct {
	Index int    // index of the entry in WatchList.Entities
	ID    string // its ID
	Alias string // the alias at fault, if any
	Err   error  // ErrEmptyAlias, ErrDuplicateID or ErrEmptyID
}

func (e *ListError) Error() string {
	s := fmt.Sprintf("entity: watch-list entry %d (ID %q): %v", e.Index, e.ID, e.Err)
	if e.Alias != "" {
		s += fmt.Sprintf(": %q", e.Alias)
	}
	return s
}

func (e *ListError) Unwrap() error { return e.Err }

// maxSep is the longest separator between two words of one name.
const maxSep = 4

// maxWordsPerName bounds the words of one alias, so that matching stays
// linear in the text.
const maxWordsPerName = 32

// Matcher finds the names of a watch-list in texts. It is built once by
// NewMatcher and is safe for concurrent use.
type Matcher struct {
	lower, strip bool
	keys         []uint64 // open-addressed edge table: key -> child node
	vals         []uint32
	mask         uint64
	term         []int32 // per node: first entity index + 1, or 0
	amb          map[uint32][]int
	tails        map[uint32][]tail // names ending in punctuation: "U.S."
	ids          []string
	kinds        []Kind
	maxDepth     int
}

type tail struct {
	punct string
	ent   int32
	amb   []int
}

// NewMatcher compiles a watch-list. It fails with a *ListError for an
// entry with an empty ID, a repeated ID, or an empty name or alias (one
// with no letter or digit).
func NewMatcher(list WatchList) (*Matcher, error) {
	m := &Matcher{lower: list.IgnoreCase, strip: list.IgnoreDiacritics, term: []int32{0},
		amb: map[uint32][]int{}, tails: map[uint32][]tail{}}
	type edge struct {
		key   uint64
		child uint32
	}
	var edges []edge
	edgeOf := map[uint64]uint32{}
	seen := map[string]bool{}
	for i, e := range list.Entities {
		if e.ID == "" {
			return nil, &ListError{Index: i, Err: ErrEmptyID}
		}
		if seen[e.ID] {
			return nil, &ListError{Index: i, ID: e.ID, Err: ErrDuplicateID}
		}
		seen[e.ID] = true
		m.ids = append(m.ids, e.ID)
		m.kinds = append(m.kinds, e.Kind)
		names := append([]string{e.Name}, e.Aliases...)
		for k, alias := range names {
			if k == 0 && alias == "" && len(e.Aliases) > 0 {
				continue // an entity may be given by aliases alone
			}
			words, seps, punct := m.split(alias)
			if len(words) == 0 {
				return nil, &ListError{Index: i, ID: e.ID, Alias: alias, Err: ErrEmptyAlias}
			}
			if len(words) > maxWordsPerName {
				words, seps, punct = words[:maxWordsPerName], seps[:maxWordsPerName], ""
			}
			node := uint32(0)
			for w := range words {
				key := edgeKey(node, seps[w], words[w])
				child, ok := edgeOf[key]
				if !ok {
					child = uint32(len(m.term))
					m.term = append(m.term, 0)
					edgeOf[key] = child
					edges = append(edges, edge{key, child})
				}
				node = child
			}
			if len(words) > m.maxDepth {
				m.maxDepth = len(words)
			}
			if punct != "" {
				m.addTail(node, punct, i)
				continue
			}
			switch {
			case m.term[node] == 0:
				m.term[node] = int32(i + 1)
			case int(m.term[node]-1) != i:
				a := m.amb[node]
				if a == nil {
					a = []int{int(m.term[node] - 1)}
				}
				if !containsInt(a, i) {
					m.amb[node] = append(a, i)
				}
			}
		}
	}
	size := 16
	for size < 2*len(edges) {
		size <<= 1
	}
	m.keys = make([]uint64, size)
	m.vals = make([]uint32, size)
	m.mask = uint64(size - 1)
	for _, e := range edges {
		h := e.key & m.mask
		for m.keys[h] != 0 {
			h = (h + 1) & m.mask
		}
		m.keys[h], m.vals[h] = e.key, e.child
	}
	return m, nil
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (m *Matcher) addTail(node uint32, punct string, ent int) {
	ts := m.tails[node]
	for k := range ts {
		if ts[k].punct == punct {
			if int(ts[k].ent) != ent && !containsInt(ts[k].amb, ent) {
				if ts[k].amb == nil {
					ts[k].amb = []int{int(ts[k].ent)}
				}
				ts[k].amb = append(ts[k].amb, ent)
			}
			return
		}
	}
	m.tails[node] = append(ts, tail{punct: punct, ent: int32(ent)})
}

// split cuts an alias into word hashes and separator hashes (seps[0] is
// 0), and returns the punctuation after its last word.
func (m *Matcher) split(alias string) (words, seps []uint64, punct string) {
	i := 0
	for i < len(alias) {
		ws := skipNonWord(alias, i, len(alias))
		if ws >= len(alias) {
			if len(words) > 0 {
				punct = normPunct(alias[i:])
			}
			break
		}
		sep := uint64(0)
		if len(words) > 0 {
			sep = sepHash(alias[i:ws])
		}
		h, we := m.hashWord(alias, ws)
		words = append(words, h)
		seps = append(seps, sep)
		i = we
	}
	return words, seps, strings.TrimSpace(punct)
}

// normPunct maps typographic apostrophes to ASCII and drops spaces.
func normPunct(s string) string {
	s = strings.ReplaceAll(s, "’", "'")
	return strings.Join(strings.Fields(s), "")
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// sepHash hashes a separator with white space collapsed to one space and
// typographic apostrophes made plain. It returns 1 for a separator that
// may not join two words of one name.
func sepHash(s string) uint64 {
	if len(s) > maxSep*3 {
		return 1
	}
	h := uint64(fnvOffset)
	n := 0
	space := false
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		i += w
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0 {
			space = true
			continue
		}
		if space {
			h = (h ^ ' ') * fnvPrime
			n++
			space = false
		}
		if r == '’' || r == '‘' {
			r = '\''
		}
		if r >= utf8.RuneSelf {
			h = (h ^ uint64(r)) * fnvPrime
		} else {
			h = (h ^ uint64(r)) * fnvPrime
		}
		n++
	}
	if space {
		h = (h ^ ' ') * fnvPrime
		n++
	}
	if n > maxSep {
		return 1
	}
	return h | 2
}

// asciiWord marks ASCII letters and digits.
var asciiWord = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return
}()

var asciiLower = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return
}()

// skipNonWord returns the first offset at or after i, before end, that
// starts a word.
func skipNonWord(s string, i, end int) int {
	for i < end {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				return i
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i
		}
		i += w
	}
	return end
}

// hashWord hashes the folded word starting at i and returns its end.
func (m *Matcher) hashWord(s string, i int) (uint64, int) {
	h := uint64(fnvOffset)
	fold := &asciiLower
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			if m.lower {
				c = fold[c]
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
			break
		}
		i += w
		b, n := foldRune(r, m.lower, m.strip)
		for k := 0; k < n; k++ {
			h = (h ^ uint64(b[k])) * fnvPrime
		}
	}
	return h, i
}

func edgeKey(node uint32, sep, word uint64) uint64 {
	k := word ^ sep*0x9E3779B97F4A7C15 ^ uint64(node)*0xC2B2AE3D27D4EB4F
	k ^= k >> 29
	k *= 0xBF58476D1CE4E5B9
	k ^= k >> 32
	if k == 0 {
		k = 1
	}
	return k
}

func (m *Matcher) child(node uint32, sep, word uint64) (uint32, bool) {
	k := edgeKey(node, sep, word)
	h := k & m.mask
	for {
		x := m.keys[h]
		if x == k {
			return m.vals[h], true
		}
		if x == 0 {
			return 0, false
		}
		h = (h + 1) & m.mask
	}
}

// Match returns every watch-list name in text, leftmost-longest and on
// word boundaries, in text order. A name followed by a possessive or
// joined by hyphens to others ("Moscow-Tehran-Ankara") is found alone.
func (m *Matcher) Match(text string) []Hit {
	return m.AppendMatches(nil, text)
}

// AppendMatches appends the hits of Match to dst and returns it.
func (m *Matcher) AppendMatches(dst []Hit, text string) []Hit {
	if m == nil || len(m.keys) == 0 {
		return dst
	}
	n := len(text)
	pos := 0
	for pos < n {
		ws := skipNonWord(text, pos, n)
		if ws >= n {
			break
		}
		h, we := m.hashWord(text, ws)
		node, ok := m.child(0, 0, h)
		if !ok {
			pos = we
			continue
		}
		bestEnd, bestEnt := -1, int32(0)
		var bestAmb []int
		cur := we
		for depth := 1; ; depth++ {
			if t := m.term[node]; t != 0 {
				bestEnd, bestEnt, bestAmb = cur, t-1, m.amb[node]
			}
			if ts, ok := m.tails[node]; ok {
				for k := range ts {
					if e, ok := matchPunct(text, cur, ts[k].punct); ok && e > bestEnd {
						bestEnd, bestEnt, bestAmb = e, ts[k].ent, ts[k].amb
					}
				}
			}
			if depth >= m.maxDepth || cur >= n {
				break
			}
			nws := skipNonWord(text, cur, min(n, cur+maxSep*3+1))
			if nws >= n || nws == cur || nws > cur+maxSep*3 {
				break
			}
			sep := sepHash(text[cur:nws])
			if sep == 1 {
				break
			}
			nh, nwe := m.hashWord(text, nws)
			c, ok := m.child(node, sep, nh)
			if !ok {
				break
			}
			node, cur = c, nwe
		}
		if bestEnd < 0 {
			pos = we
			continue
		}
		dst = append(dst, Hit{Start: ws, End: bestEnd, Text: text[ws:bestEnd], ID: m.ids[bestEnt],
			Kind: m.kinds[bestEnt], Index: int(bestEnt), Ambiguous: bestAmb})
		pos = bestEnd
	}
	return dst
}

// matchPunct reports whether text at i continues with punct (spaces
// ignored, typographic apostrophes plain) and no word right after it.
func matchPunct(text string, i int, punct string) (int, bool) {
	k := 0
	for k < len(punct) {
		if i >= len(text) {
			return 0, false
		}
		r, w := runeAt(text, i)
		if r == '’' || r == '‘' {
			r = '\''
		}
		if r == ' ' {
			return 0, false
		}
		pr, pw := runeAt(punct, k)
		if r != pr {
			return 0, false
		}
		i += w
		k += pw
	}
	if i < len(text) {
		if r, _ := runeAt(text, i); isWordRune(r) {
			return 0, false
		}
	}
	return i, true
}
