package entity

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Kind is the kind of an entity or mention.
type Kind string

// Kinds, as written in the JSON form of an article.
const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Location     Kind = "location"
	Other        Kind = "other" // a demonym ("Russian") or another name
)

// Mention is one occurrence of an entity: the half-open byte span
// [Start, End) of the name in the text, and the kind of this mention
// where it differs from its entity's (a demonym is Other).
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  Kind   `json:"kind,omitempty"`
}

// Entity is one person, organisation or place with all its mentions in a
// text, under one canonical name.
type Entity struct {
	ID       string    `json:"id,omitempty"` // gazetteer identifier, if known
	Name     string    `json:"name"`         // the gazetteer's name or the fullest form in the text
	Kind     Kind      `json:"kind"`
	Titles   []string  `json:"titles,omitempty"` // titles and roles of a person ("Foreign Minister")
	Mentions []Mention `json:"mentions"`
}

// cand is a candidate mention found by discovery.
type cand struct {
	s, e    int // byte span
	n       int // tokens
	first   string
	last    string // text of the last token
	lastLo  string // its lower case
	kind    Kind   // "" while unknown
	conf    int    // 0 guess, 1 context, 2 strong
	gaz     *gazEntry
	demo    bool     // a demonym
	title   string   // a title in the name's chunk: "Foreign Minister"
	titles  []string // roles written before the name
	initial bool     // starts at a sentence start
	// dateNext marks a name followed by an ISO date, as in a dateline
	dateNext bool
	// afterAt marks a name right after "at" or "in": a venue, "BOSTON AT CHICAGO"
	afterAt bool
	entity  int // index into entities after linking
}

// finder holds the state of one Find call.
type finder struct {
	text  string
	toks  []tok
	g     *gazetteer
	lower map[string]bool // words seen in lower case
	cands []cand
	teams map[string]bool // lower-case names of sports teams
	buf   []byte
	// lastName holds the last names of people named in full
	lastName map[string]bool
	// commonAcr holds acronyms of common nouns: "BSE"
	commonAcr map[string]bool
}

// Find returns the people, organisations and places named in text, each
// once, with all its mentions in text order. Entities are ordered by
// their first mention. Find never fails; text that is not prose yields
// few or no entities. At most MaxMentions mentions are reported.
func Find(text string) []Entity {
	f := &finder{text: text, g: loadGazetteer()}
	blocks := splitBlocks(text, blockSize)
	f.lower = make(map[string]bool)
	f.toks = make([]tok, 0, min(len(text), blockSize)/5+16)
	if len(blocks) > 1 {
		// words seen in lower case anywhere decide sentence starts
		for _, bl := range blocks {
			f.toks = tokenize(text, bl[0], bl[1], f.toks[:0])
			f.collectLower()
		}
	}
	var shouted [][2]int // byte ranges
	for _, bl := range blocks {
		if len(f.cands) >= MaxMentions {
			break
		}
		f.toks = tokenize(text, bl[0], bl[1], f.toks[:0])
		if len(blocks) == 1 {
			f.collectLower()
		}
		for a := 0; a < len(f.toks); {
			b := a + 1
			for b < len(f.toks) && !f.toks[b].start {
				b++
			}
			if len(f.cands) >= MaxMentions {
				break
			}
			if f.shouting(a, b) {
				shouted = append(shouted, [2]int{f.toks[a].s, f.toks[b-1].e})
			} else {
				c0 := len(f.cands)
				f.sentence(a, b)
				f.markTeams(c0, a, b)
				f.roles(c0, a)
			}
			a = b
		}
	}
	f.resolve()
	var known map[string]int
	if len(shouted) > 0 {
		known = f.knownFolded()
	}
	for _, r := range shouted {
		if len(f.cands) >= MaxMentions {
			break
		}
		f.toks = tokenize(text, r[0], r[1], f.toks[:0])
		c0 := len(f.cands)
		f.shouted(0, len(f.toks), known)
		f.markTeams(c0, 0, len(f.toks))
	}
	f.toks = nil
	f.applyTeams()
	sort.SliceStable(f.cands, func(i, j int) bool { return f.cands[i].s < f.cands[j].s })
	return f.link()
}

// MaxMentions is the most mentions Find reports for one text; names past
// that point of a very long text are not looked for.
const MaxMentions = 1 << 18

// blockSize is the size of the pieces a long text is read in, so that
// memory stays bounded by it and by the names found.
const blockSize = 1 << 18

// splitBlocks cuts text into pieces of about size bytes, at line breaks
// where there are any, else at spaces, else at rune boundaries.
func splitBlocks(text string, size int) [][2]int {
	var out [][2]int
	for s := 0; s < len(text); {
		e := s + size
		if e >= len(text) {
			out = append(out, [2]int{s, len(text)})
			break
		}
		cut := -1
		if k := strings.IndexByte(text[e:min(len(text), e+size)], '\n'); k >= 0 {
			cut = e + k + 1
		} else if k := strings.IndexByte(text[e:min(len(text), e+size)], ' '); k >= 0 {
			cut = e + k + 1
		} else {
			cut = e
			for cut < len(text) && !utf8.RuneStart(text[cut]) {
				cut++
			}
		}
		out = append(out, [2]int{s, cut})
		s = cut
	}
	return out
}

// collectLower records the words of f.toks written in lower case.
func (f *finder) collectLower() {
	for i := range f.toks {
		t := &f.toks[i]
		if t.word && t.letter && !t.cap && !t.upper && len(f.lower) < maxVocabulary {
			f.lower[t.low] = true
		}
	}
}

// maxChunk is the most words a name may have.
const maxChunk = 16

// maxVocabulary bounds the lower-case vocabulary kept for one text.
const maxVocabulary = 1 << 20

// shouting reports whether tokens [a, b) are an all-caps or title-case
// line, where capitals say nothing about names.
func (f *finder) shouting(a, b int) bool {
	words, upper, caps, common, lowerContent := 0, 0, 0, 0, 0
	for i := a; i < b; i++ {
		t := &f.toks[i]
		if !t.word || !t.letter {
			continue
		}
		words++
		if t.upper && len(t.text) > 1 {
			upper++
		}
		if t.cap {
			caps++
			if i > a && len(t.low) > 3 && (commonWords[t.low] || f.lower[t.low]) && f.g.exact[t.text].e == nil &&
				!roleWords[t.low] && !titleModifiers[t.low] {
				common++
			}
		} else if !stopWords[t.low] {
			lowerContent++
		}
	}
	if words == 0 {
		return false
	}
	if upper*10 >= words*6 && upper >= 1 && (words > 1 || len(f.toks[a].text) > 1) {
		return true
	}
	return words >= 4 && caps*10 >= words*7 && common >= 2 && lowerContent <= 1
}

func (f *finder) isNameWord(t *tok) bool {
	if !t.word || !t.letter {
		return false
	}
	if t.cap || t.upper {
		if t.digit {
			return false // "KC-45", "F16"
		}
		if len(t.text) == 1 {
			return false // a lone letter: "C", "W L"
		}
		if honorifics[strings.TrimSuffix(t.low, ".")] || pluralAcronym(t.text) || monthRange(t.low) {
			return false // "MPs", "January-June"
		}
		low := t.low
		if len(low) > 2 {
			low = strings.TrimSuffix(low, ".") // "Oct."
		}
		return !stopWords[low] && !nonNames[low]
	}
	// brands written in camel case: "iPod", "eBay"
	if len(t.text) > 2 && t.text[0] >= 'a' && t.text[0] <= 'z' && t.text[1] >= 'A' && t.text[1] <= 'Z' {
		return true
	}
	// "al-Assad", "bin Laden" style prefixes inside a hyphenated word
	if k := strings.IndexByte(t.text, '-'); k > 0 && particles[t.low[:k]] && k+1 < len(t.text) {
		c := t.text[k+1]
		return c >= 'A' && c <= 'Z'
	}
	return false
}

// gazAt returns the longest gazetteer entry written exactly (or, with
// folded, in lower case) at token i within [i, b), and the number of
// tokens it spans.
func (f *finder) gazAt(i, b int, folded bool) (gazRef, int) {
	var best gazRef
	n := 0
	table, pre := f.g.exact, f.g.exactPre
	if folded {
		table, pre = f.g.folded, f.g.foldedPre
	}
	buf := f.buf[:0]
	for k := i; k < b; k++ {
		t := &f.toks[k]
		if k > i && t.s > f.toks[k-1].e {
			buf = append(buf, ' ')
		}
		if !t.word && t.text != "-" && t.text != "&" && t.text != "'" && t.text != "." {
			break
		}
		if folded && t.letter {
			buf = append(buf, t.low...)
		} else {
			buf = append(buf, t.text...)
		}
		if r := table[string(buf)]; r.e != nil && t.word {
			best, n = r, k-i+1
		}
		if !pre[string(buf)] {
			break
		}
	}
	f.buf = buf
	return best, n
}

// sentence finds names in the ordinary sentence [a, b).
func (f *finder) sentence(a, b int) {
	for i := a; i < b; {
		t := &f.toks[i]
		ref, gn := f.gazAt(i, b, false)
		amp := f.compactAmp(i, b)
		if t.text == "First" && f.firstOrg(i, b) {
			amp = 1 // "First Union", "First Albany Corp."
		} else if t.text == "All" && !t.start && i+1 < b && f.isNameWord(&f.toks[i+1]) && f.toks[i+1].cap {
			amp = 1 // "the All Blacks", "All Nippon Airways"
		}
		if !f.isNameWord(t) && gn == 0 && amp == 0 {
			// a capitalised demonym or place inside "intra-Syrian"
			if t.word && !t.cap && strings.IndexByte(t.text, '-') > 0 {
				f.hyphenParts(t)
			}
			i++
			continue
		}
		j := i + 1
		if gn > 1 {
			j = i + gn
		} else if amp > 0 {
			j = i + amp // "S&P", "AT&T"
		}
		conn := -1 // the last connector taken in: "Bank of England"
		for j < b {
			u := &f.toks[j]
			if f.isNameWord(u) {
				j++
				continue
			}
			if f.possAt(j) && (possNames[f.toks[j-1].low] ||
				possJoin[f.toks[j-1].low] && j+2 < b && f.isNameWord(&f.toks[j+2])) {
				j += 2 // "Moody's Investors Service", "People's Daily"
				continue
			}
			if legalForms[u.low] && (u.upper || u.cap && !stopWords[u.low]) && u.word && f.toks[j-1].word {
				j++ // "Swebus AB"
				continue
			}
			if u.cap && !u.start && len(u.text) > 2 && firstNames[f.toks[j-1].low] && f.toks[j-1].e < u.s {
				j++ // "Theresa May"
				continue
			}
			if u.low == "and" && j > i && (gn == 0 || ref.e.cls == "country" || ref.demonym) &&
				j-max(i+gn, conn+1) <= 2 && f.andInOrg(j, b) {
				j++ // "Securities and Exchange Commission"
				continue
			}
			if j+1 < b && u.word && !u.cap && f.isNameWord(&f.toks[j+1]) {
				last := f.toks[j-1].low
				if particles[u.low] && !orgHeads[last] {
					j += 2
					continue
				}
				if (u.low == "of" || u.low == "for" || u.low == "on") && (orgHeads[last] || orgStarts[last]) ||
					u.low == "of" && (placeStarts[last] || placeHeads[last]) {
					conn = j
					j += 2
					continue
				}
			}
			if j+2 < b && (u.low == "of" || u.low == "for" || u.low == "on") && f.toks[j+1].low == "the" &&
				f.isNameWord(&f.toks[j+2]) && (orgHeads[f.toks[j-1].low] || orgStarts[f.toks[j-1].low]) {
				conn = j
				j += 3
				continue
			}
			if u.text == "&" && j+1 < b && (f.isNameWord(&f.toks[j+1]) && len(f.toks[j+1].text) > 1 ||
				u.s == f.toks[j-1].e && f.toks[j+1].upper && f.toks[j+1].s == u.e) {
				j += 2
				continue
			}
			break
		}
		if j-i > maxChunk {
			i = j // a run of capitalised words too long to be a name
			continue
		}
		if conn > i && j-conn > 3 && !orgHeads[f.toks[j-1].low] && gn < j-i {
			// more than a short name after "of": "Secretary of the Navy for Logistics Mara Quill"
			j = conn
		}
		// a capitalised "The" inside a sentence belongs to the name: "at The Oval"
		if i > a && f.toks[i-1].text == "The" && !f.toks[i-1].start && gn == 0 {
			i--
		}
		// sentence-initial common words are not names, unless a company
		// form ends the name: "News Corp", "First Union Corp"
		k := i
		for k < j && (f.toks[k].start || k > i && f.toks[k-1].start) && f.isCommonStart(k, b) && !f.titleStart(k, j) &&
			!f.compassName(k, j) && !(j-k > 1 && j-k <= 3 && legalForms[f.toks[j-1].low]) &&
			!(k == i && f.toks[k].text == "First" && f.firstOrg(k, b)) {
			k++
		}
		if k < j {
			f.analyze(k, j, b)
		}
		i = j
	}
}

// titleStart reports whether the word at k opens a title before a name
// that ends the chunk at j: "King Birendra", "Prime Minister Hariri".
func (f *finder) titleStart(k, j int) bool {
	r := k
	if titleModifiers[f.toks[r].low] && !roleWords[f.toks[r].low] {
		r++
	}
	return r+1 < j && roleWords[f.toks[r].low] && !f.toks[r].upper && !orgHeads[f.toks[j-1].low] &&
		!roleWords[f.toks[j-1].low] && f.toks[r+1].cap
}

// compassName reports whether the compass word at k opens the name ending
// at j ("North Melbourne", "West Ham"), rather than qualifying a known
// place ("Northern Iraq").
func (f *finder) compassName(k, j int) bool {
	t := &f.toks[k]
	if !compassWords[t.low] || k+1 >= j || !f.toks[k+1].cap {
		return false
	}
	if strings.HasSuffix(t.low, "ern") {
		if _, n := f.gazAt(k+1, j, false); n > 0 {
			return false
		}
	}
	return true
}

// firstOrg reports whether "First" at i opens an organisation's name:
// capitalised words follow it, the last an organisation word or a
// company form.
func (f *finder) firstOrg(i, b int) bool {
	k := i + 1
	for k < b && k-i <= 5 && (f.isNameWord(&f.toks[k]) || f.toks[k].low == "of" && k > i+1) {
		k++
	}
	if k == i+1 {
		return false
	}
	last := f.toks[k-1].low
	if k < b && legalForms[f.toks[k].low] && f.toks[k].cap {
		last = f.toks[k].low
	}
	return orgHeads[last] || legalForms[last]
}

// compactAmp returns the number of tokens of a name written as capitals
// joined by "&" without spaces at i ("S&P", "AT&T"), or 0.
func (f *finder) compactAmp(i, b int) int {
	if i+2 >= b {
		return 0
	}
	x, a, y := &f.toks[i], &f.toks[i+1], &f.toks[i+2]
	if a.text != "&" || !x.upper || !y.upper || a.s != x.e || y.s != a.e || len(x.text) > 3 || len(y.text) > 3 {
		return 0
	}
	if ampWords[x.low+"&"+y.low] {
		return 0
	}
	return 3
}

// ampWords are the "&" abbreviations of common nouns.
var ampWords = wordSet(`r&d m&a q&a b&b p&l s&l c&w`)

// isCommonStart reports whether the capitalised word at k is an ordinary
// word that begins a sentence.
func (f *finder) isCommonStart(k, b int) bool {
	t := &f.toks[k]
	if _, n := f.gazAt(k, b, false); n > 0 {
		return false
	}
	if firstNames[t.low] && k+1 < b && f.toks[k+1].cap {
		return false
	}
	if k+2 < b && firstNames[f.toks[k+1].low] && f.toks[k+1].cap && f.toks[k+2].cap {
		return true // "Employee Steve Castro said"
	}
	return commonWords[t.low] || stopWords[t.low] || f.lower[t.low] || roleWords[t.low] && !t.upper
}

// hyphenParts adds the capitalised known parts of a hyphenated word.
func (f *finder) hyphenParts(t *tok) {
	off := t.s
	for p := range strings.SplitSeq(t.text, "-") {
		if r := f.g.exact[p]; r.e != nil && p != "" && p[0] >= 'A' && p[0] <= 'Z' {
			f.addGaz(off, off+len(p), nil, r)
		}
		off += len(p) + 1
	}
}

// orgConnector reports whether tokens [i, j) join an organisation word to
// more words: "Department of Labor", "Bank of England".
func (f *finder) orgConnector(i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if connectors[f.toks[k].low] && f.toks[k].low != "&" && (orgHeads[f.toks[k-1].low] || orgStarts[f.toks[k-1].low]) {
			return true
		}
	}
	return false
}

func (f *finder) addGaz(s, e int, ts []tok, r gazRef) {
	if e < len(f.text) && f.text[e] == '$' {
		return // "US$55 billion" is money
	}
	c := newCand(s, e, ts)
	c.kind, c.conf, c.gaz, c.demo = r.e.kind(), 2, r.e, r.demonym
	if r.demonym {
		c.kind = Other
	}
	f.cands = append(f.cands, c)
}

// addSure adds a candidate over the tokens ts, sure to be of kind k.
func (f *finder) addSure(ts []tok, k Kind) {
	c := newCand(ts[0].s, ts[len(ts)-1].e, ts)
	c.kind, c.conf = k, 2
	f.cands = append(f.cands, c)
}

// analyze classifies the name chunk [i, j) of a sentence ending at b.
func (f *finder) analyze(i, j, b int) {
	if i >= j {
		return
	}
	ts := f.toks[i:j]
	// a chunk made of one hyphenated word of known places
	if j-i == 1 && strings.IndexByte(ts[0].text, '-') > 0 {
		all := true
		for p := range strings.SplitSeq(ts[0].text, "-") {
			if r := f.g.exact[p]; r.e == nil || r.demonym {
				all = false
				break
			}
		}
		if all {
			f.hyphenParts(&ts[0])
			return
		}
	}
	lastLow := ts[len(ts)-1].low
	ref, gn := f.gazAt(i, j, false)
	if gn == 0 && ts[0].upper && (len(ts[0].text) > 3 || j-i > 1 && allUpper(ts)) {
		ref, gn = f.gazAt(i, j, true) // "BRUSSELS, March 3", "NEW YORK 2"
	}
	if gn == 0 && j-i == 1 && ts[0].cap && !ts[0].upper && len(ts[0].text) >= 3 && len(ts[0].text) <= 6 {
		// an acronym written as a word: "Nato", "Tass"
		buf := append(f.buf[:0], ts[0].text...)
		for k, ch := range buf {
			if ch >= 'a' && ch <= 'z' {
				buf[k] = ch - 'a' + 'A'
			}
		}
		f.buf = buf
		if r := f.g.exact[string(buf)]; r.e != nil && !r.demonym && r.e.kind() == Organization {
			ref, gn = r, 1
		}
	}
	if gn == j-i {
		f.addGaz(ts[0].s, ts[len(ts)-1].e, ts, ref)
		return
	}
	if j-i > 1 && lastLow == "flight" {
		f.analyze(i, j-1, b) // "Northwind Air Flight 212": the airline
		return
	}
	orgEnd := j-i > 1 && (orgHeads[lastLow] || f.orgConnector(i, j))
	if eventHeads[lastLow] && j-i > 1 {
		f.addSure(ts, Other)
		return
	}
	if roleWords[strings.TrimSuffix(lastLow, ".")] && !orgEnd {
		f.titleMentions(i, j) // a title alone: "UN Special Envoy"
		return
	}
	// a title before the name: "Russian Foreign Minister Sergei Lavrov"
	if !orgEnd {
		r := -1
		for k := j - 2; k >= i; k-- {
			if roleWords[strings.TrimSuffix(f.toks[k].low, ".")] {
				r = k
				break
			}
		}
		if r >= 0 {
			f.titleMentions(i, r+1)
			title := f.text[f.toks[i].s:f.toks[r].e]
			n := len(f.cands)
			f.analyzeName(r+1, j, b, true)
			for k := n; k < len(f.cands); k++ {
				if f.cands[k].kind == Person {
					f.cands[k].title = title
				}
			}
			return
		}
	}
	// an organisation or title run into a person's name: "Air Force
	// Communications Bill Bodie"
	for k := i + 1; k < j-1; k++ {
		if firstNames[f.toks[k].low] && !placeHeads[f.toks[k].low] && f.toks[k].cap && !f.toks[k].upper && j-k <= 3 && f.toks[k-1].word &&
			(orgHeads[f.toks[k-1].low] || k-1 > i && connectors[f.toks[k-2].low] || f.g.exact[f.toks[k-1].text].e != nil) {
			f.analyze(i, k, b)
			n := len(f.cands)
			f.analyzeName(k, j, b, true)
			if roleWords[f.toks[k-1].low] {
				for x := n; x < len(f.cands); x++ {
					if f.cands[x].kind == Person {
						f.cands[x].title = f.text[f.toks[i].s:f.toks[k-1].e]
					}
				}
			}
			return
		}
	}
	if gn == 1 && j-i > 1 && j-i <= 3 && ref.e.cls == "city" && firstNames[ts[0].low] && !orgHeads[lastLow] {
		gn = 0 // "Vladimir Putin", not the city of Vladimir
	}
	if gn > 0 && j-i > gn && (ref.e.cls == "country" || ref.demonym) {
		// "U.S. Federal Reserve", "Russian Foreign Ministry": one organisation
		if rref, rn := f.gazAt(i+gn, j, false); rn == j-i-gn && rref.e.kind() == Organization && !rref.demonym || orgEnd {
			if ref.demonym && gn == 1 && (j-i == 3 && titleModifiers[ts[1].low] && ts[2].low == "ministry" ||
				j-i == 2 && legislatures[ts[1].low]) {
				// "Russian Foreign Ministry", "Russian Duma": the demonym, then the body
				f.addGaz(ts[0].s, ts[0].e, ts[:1], ref)
				f.addSure(ts[1:], Organization)
				return
			}
			f.addSure(ts, Organization)
			return
		}
	}
	if gn > 0 && j-i > gn && j-i-gn <= 2 && ref.e.kind() == Location && ref.e.cls != "country" && !ref.demonym &&
		(len(lastLow) > 3 && strings.HasSuffix(lastLow, "s") || lastLow == "sox") && !placeHeads[lastLow] && !adjectiveLike(lastLow) {
		// a team named after its home: "Seattle Mariners", "Texas Rangers"
		f.addSure(ts, Organization)
		return
	}
	if gn > 0 && j-i == gn+1 && lastLow == "city" && ref.e.kind() == Location && ref.e.cls != "city" && !ref.demonym {
		f.addSure(ts, Location) // "Atlantic City"; "Leicester City" is a team
		return
	}
	if gn > 0 && j-i > gn && placeHeads[lastLow] {
		gn = 0 // "Emirates Stadium", "Beijing Airport": one place
	}
	if gn > 0 && !orgEnd && ref.e.kind() == Organization && !ref.demonym {
		f.addSure(ts, Organization) // "Apple Computer"
		return
	}
	if gn > 0 && !orgEnd {
		f.addGaz(ts[0].s, f.toks[i+gn-1].e, ts[:gn], ref)
		f.analyze(i+gn, j, b)
		return
	}
	f.analyzeName(i, j, b, false)
}

// titleMentions adds the known names inside a title ("UN", "Russian").
func (f *finder) titleMentions(i, j int) {
	for k := i; k < j; {
		if ref, n := f.gazAt(k, j, false); n > 0 {
			f.addGaz(f.toks[k].s, f.toks[k+n-1].e, f.toks[k:k+n], ref)
			k += n
			continue
		}
		k++
	}
}

// analyzeName classifies a chunk with no title inside.
func (f *finder) analyzeName(i, j, b int, personCue bool) {
	if i >= j {
		return
	}
	for i < j && !capLike(&f.toks[i]) {
		i++
	}
	poss := false // a name holding a possessive: "Lloyd's", "People's Daily"
	for k := i + 1; k+1 < j; k++ {
		if f.possAt(k) {
			poss = true
		}
	}
	for j > i && !capLike(&f.toks[j-1]) && !(j-2 > i && f.possAt(j-2)) {
		j--
	}
	if i >= j {
		return
	}
	allTitle := roleWords[strings.TrimSuffix(f.toks[j-1].low, ".")] && !orgHeads[f.toks[j-1].low]
	if allTitle {
		return
	}
	ts := f.toks[i:j]
	n := j - i
	first, last := ts[0].low, strings.TrimSuffix(ts[n-1].low, ".")
	c := newCand(ts[0].s, ts[n-1].e, ts)
	c.initial = ts[0].start
	var prev, prev2, next *tok
	if i > 0 {
		prev = &f.toks[i-1]
		if i > 1 {
			prev2 = &f.toks[i-2]
		}
	}
	if j < len(f.toks) {
		next = &f.toks[j]
	}
	if prev != nil && prev.text == "." && prev2 != nil && honorifics[prev2.low] {
		prev = prev2
	}
	prevLow := ""
	if prev != nil {
		prevLow = strings.TrimSuffix(prev.low, ".")
	}
	hasConn := false
	for k := 1; k < n-1; k++ {
		if connectors[ts[k].low] {
			hasConn = true
		}
	}
	orgCue := !personCue && !honorifics[prevLow] && !firstNames[first] &&
		!(n == 1 && (adjectiveLike(first) || f.g.exact[ts[0].text].demonym || ts[0].start && f.lower[first])) &&
		(prev != nil && !prev.cap && orgNounsBefore[prev.low] && (prev2 == nil || prev2.low != "aircraft") ||
			next != nil && !next.cap && orgNounsAfter[next.low] || f.businessAfter(j) ||
			prev != nil && (prevLow == "in" || prevLow == "of") && prev2 != nil && stakeNouns[prev2.low])
	switch {
	case next != nil && !next.cap && otherNounsAfter[next.low] && !firstNames[first] && !orgHeads[last]:
		c.kind, c.conf = Other, 2 // "the DAX index", "Wimbledon champion"
	case poss:
		c.kind, c.conf = Organization, 2
	case prev != nil && (prev.text == "b" || prev.text == "c" || prev.text == "st") && !ts[0].upper ||
		next != nil && (bowlingFigures(next.text) || j+2 < len(f.toks) && isScore(next.text) &&
			f.toks[j+1].text == "." && f.toks[j+1].s == next.e && bowlingFigures(f.toks[j+2].text)):
		c.kind, c.conf = Person, 2 // a cricket scorecard: "c Hale b Ormond", "Ormond 19-3-58-2"
	case orgCue && !(n == 1 && (commonWords[first] || orgHeads[first] || roleWords[first])):
		c.kind, c.conf = Organization, 2 // "maker Kekkila", "Yedioth Ahronoth newspaper"
	case next != nil && !next.cap && placeNounsAfter[next.low] && !orgHeads[last] && !legalForms[last] &&
		!(n == 1 && (commonWords[first] || orgHeads[first] || roleWords[first] || adjectiveLike(first))):
		c.kind, c.conf = Location, 2 // "Stansted airport", "the Salang tunnel"
	case n == 1 && f.productNumber(j):
		c.kind, c.conf = Other, 2 // a product and its model number: "Windows 95 computers"
	case n == 1 && ts[0].upper && f.commonAcronym(i, j):
		if f.commonAcr == nil {
			f.commonAcr = map[string]bool{}
		}
		f.commonAcr[ts[0].text] = true
		return // "bovine spongiform encephalopathy (BSE)"
	case n == 1 && (orgHeads[first] || placeHeads[first] || roleWords[first] || titleModifiers[first]):
		if ts[0].start {
			return // "Government", "Ministry" alone
		}
		c.kind, c.conf = Organization, -1 // "the Commission": kept if a longer name ends so
	case n == 1 && eventHeads[first]:
		return
	case n == 1 && innerLowerPart(ts[0].text):
		c.kind, c.conf = Person, 1 // "Inzamam-ul-Haq"
	case n == 1 && prev != nil && prev.text == "," && usStates[strings.TrimSuffix(first, ".")] && ts[0].cap && !ts[0].upper:
		c.kind, c.conf = Location, 2 // "Pontiac, Mich."
	case f.placeContext(i, j) && !firstNames[first]:
		c.kind, c.conf = Location, 1
	case ts[0].start && allUpper(ts) && j < len(f.toks) && f.toks[j].text == "," && f.datelineAt(ts[n-1].e, len(f.toks)):
		c.kind, c.conf = Location, 2 // a dateline: "HEBRON, West Bank 2003-05-12"
	case n == 1 && ts[0].upper && len(ts[0].text) > 5:
		return // a shouted word, not an acronym: "DIGEST"
	case n == 1 && commonWords[first] && !personCue && !honorifics[prevLow]:
		return // "Yellow", "South"
	case n == 1 && firstNames[first] && !ts[0].upper && !ts[0].start && !adjectiveLike(first):
		c.kind, c.conf = Person, 1 // a given name alone: "Greg", "Nancy"
	case n == 1 && surnames[first]:
		c.kind, c.conf = Person, 1
	case n > 1 && allUpper(ts):
		// a shouted phrase inside a sentence: "PRESS DIGEST"
		return
	case n == 1 && (f.placeAdjective(ts[0].text) || f.demonymCompound(ts[0].text)):
		c.kind, c.conf = Other, 1 // "Tibetan", "Israeli-PLO"
	case n == 1 && adjectiveLike(first):
		c.kind, c.conf = Other, 1
	case n > 1 && (orgHeads[last] || legalForms[last] || first == "air" || hasAmp(ts)) || hasConn && (orgStarts[first] || f.orgConnector(i, j)):
		c.kind, c.conf = Organization, 2
	case n > 1 && (placeHeads[last] && !(n == 2 && firstNames[first]) || placeStarts[first] && (first == "lake" || first == "mount" || first == "gulf" || first == "cape" || first == "mt.")):
		c.kind, c.conf = Location, 2
	case f.personAfter(j):
		c.kind, c.conf = Person, 1 // "Fox, 45,", "Smith's wife"
	case personCue || honorifics[prevLow] || prev != nil && roleWords[prevLow] && !prev.cap:
		c.kind, c.conf = Person, 2
	case n > 1 && (firstNames[first] || isInitial(ts[0].text) && !ts[n-1].upper):
		c.kind, c.conf = Person, 2
	case n == 1 && ts[0].upper && len(ts[0].text) >= 2 && len(ts[0].text) <= 5:
		c.kind, c.conf = Organization, 1
	case prevLow == "at" && prev2 != nil && prev2.text != "," && !roleWords[prev2.low] && !atWorkers[prev2.low] &&
		!orgHeads[last] && !legalForms[last] && !f.possAt(j):
		c.kind, c.conf = Location, 0 // "the match at Headingley"; not "an analyst at Nomura"
	case prev != nil && placePreps[prevLow] && (n == 1 || prevLow == "in"):
		c.kind, c.conf = Location, 1
	case prevLow == "the":
		c.kind, c.conf = Organization, 1
		if n == 1 && next != nil && next.word && next.letter && !next.cap && !next.upper && !stopWords[next.low] &&
			!speechVerbs[next.low] {
			c.conf = 0 // a modifier, "the Dayton agreement": any kind
		}
	case next != nil && speechVerbs[next.low] && n > 1 && !f.holdsPlace(i, j):
		c.kind, c.conf = Person, 1
	case n > 1 && (adjectiveLike(last) || f.g.exact[ts[n-1].text].demonym):
		c.kind, c.conf = Other, 1 // "Roman Catholic", "Latin American"
	case n > 1 && ts[0].text == "The":
		c.kind, c.conf = Organization, 0 // "The Times"
	case n > 1 && placeStarts[first] && first != "new":
		c.kind, c.conf = Location, 0 // "St Pauli", "Port Vale"
	case n > 1:
		c.kind, c.conf = Person, 0
		if r := f.g.exact[ts[n-1].text]; r.e != nil && !r.demonym && r.e.kind() == Location && !ts[0].upper &&
			(n > 2 || placeStarts[first] || compassWords[first] || !isGivenLike(&ts[0])) {
			c.kind = Location // "East Jerusalem", not "Hal Sutton"
			break
		}
		if !(n == 2 && firstNames[first]) && f.holdsPlace(i, j) {
			c.kind = Organization // "Bayern Munich", "PSV Eindhoven", "Radio New Zealand"
		}
		if c.kind == Person && !firstNames[first] && (f.lower[first] || commonWords[first]) && !kinNouns[first] &&
			!roleWords[first] && !honorifics[first] && !particles[first] && !titleModifiers[first] {
			c.kind = Organization // a word also written in lower case: "Advanced Medical", "Brush Wellman"
		}
	}
	f.cands = append(f.cands, c)
}

// resolve settles the kind of unknown candidates from the rest of the text.
func (f *finder) resolve() {
	lastName := map[string]bool{}
	f.lastName = lastName
	votes := map[string][3]int{}
	nonInitial := map[string]bool{}
	orgLast := map[string]bool{}
	for k := range f.cands {
		c := &f.cands[k]
		surface := f.text[c.s:c.e]
		if !c.initial {
			nonInitial[surface] = true
		}
		if c.kind == Person && c.n > 1 {
			if c.conf > 0 {
				lastName[personKey(c.last)] = true
			} else if _, ok := lastName[personKey(c.last)]; !ok {
				lastName[personKey(c.last)] = false
			}
		}
		if c.kind == Organization && c.n > 1 {
			orgLast[c.lastLo] = true
		}
		if c.kind != "" && c.kind != Other && c.conf > 0 {
			v := votes[surface]
			v[kindIndex(c.kind)] += c.conf
			votes[surface] = v
		}
	}
	// "Lockheed Martin" ... "Lockheed": a pair whose first word stands
	// alone elsewhere, and whose last word does not, names an organisation
	alone := map[string]bool{}
	for k := range f.cands {
		if c := &f.cands[k]; c.n == 1 && !c.initial && c.gaz == nil {
			alone[c.first] = true
		}
	}
	for k := range f.cands {
		c := &f.cands[k]
		if c.kind == Person && c.conf == 0 && c.n > 1 && alone[c.first] && !alone[c.last] {
			c.kind = Organization
			if lastName[personKey(c.last)] == false {
				delete(lastName, personKey(c.last))
			}
		}
	}
	// given names of people named in full with a given name of no list:
	// "Jansher" after "Jansher Khan"
	givenOf := map[string]bool{}
	for k := range f.cands {
		if c := &f.cands[k]; c.kind == Person && c.n == 2 && c.conf > 0 && c.gaz == nil && len(c.first) > 2 &&
			strings.ToUpper(c.first) != c.first {
			givenOf[c.first] = true
		}
	}
	out := f.cands[:0]
	for _, c := range f.cands {
		if c.n == 1 && !c.demo && c.kind != Person && lastName[personKey(f.text[c.s:c.e])] && (c.gaz == nil || c.gaz.cls != "country") {
			c.kind, c.conf, c.gaz = Person, 1, nil // "Washington" after "Denzel Washington"
			out = append(out, c)
			continue
		}
		if c.n == 1 && c.gaz == nil && f.commonAcr[f.text[c.s:c.e]] {
			continue // "BSE" after "bovine spongiform encephalopathy (BSE)"
		}
		if c.n == 1 && !c.demo && c.kind != Person && c.gaz == nil && c.conf < 2 && givenOf[f.text[c.s:c.e]] {
			c.kind, c.conf = Person, 1
			out = append(out, c)
			continue
		}
		if c.gaz != nil || c.conf >= 2 || c.kind == Other {
			out = append(out, c)
			continue
		}
		surface := f.text[c.s:c.e]
		if c.conf < 0 {
			if orgLast[f.lowerText(&c)] {
				c.kind, c.conf = Organization, 1
				out = append(out, c)
			}
			continue
		}
		if _, ok := lastName[personKey(surface)]; ok && c.n == 1 {
			c.kind, c.conf = Person, 1
			out = append(out, c)
			continue
		}
		if v, ok := votes[surface]; ok {
			best, bi := 0, -1
			for x, n := range v {
				if n > best {
					best, bi = n, x
				}
			}
			if bi >= 0 {
				c.kind = kinds[bi]
				out = append(out, c)
				continue
			}
		}
		if c.kind == "" {
			if c.initial && !nonInitial[surface] {
				continue // a capitalised word opening a sentence, seen nowhere else
			}
			c.kind = defaultKind
		}
		out = append(out, c)
	}
	f.cands = out
}

// tabular reports whether the sentence [a, b) is a line of a results table:
// more numbers than ordinary words.
func (f *finder) tabular(a, b int) bool {
	nums, words := 0, 0
	for i := a; i < b; i++ {
		t := &f.toks[i]
		if t.word && t.digit && !t.letter {
			nums++
		} else if t.word && t.letter && !t.cap && !t.upper {
			words++
		}
	}
	return nums >= 2 && nums >= words
}

// markTeams turns the places and unknown names directly followed by a
// number in a results line into organisations (sports teams): from
// candidate c0 on, in the sentence [a, b).
func (f *finder) markTeams(c0, a, b int) {
	for k := c0; k < len(f.cands); k++ {
		c := &f.cands[k]
		c.dateNext = f.datelineAt(c.e, b)
		pt := f.prevTok(c.s)
		c.afterAt = pt != nil && (pt.low == "at" || pt.low == "in")
		if c.n == 1 && c.gaz != nil && c.gaz.cls == "city" && pt != nil && (pt.text == "b" || pt.text == "c" || pt.text == "st") {
			c.kind, c.conf, c.gaz = Person, 2, nil // a fielder named like a town: "c Derby b Ormond"
			continue
		}
		// "Lyon 2 (Marek 61st)": a scorer and the minute of the goal
		if c.gaz != nil || c.conf > 1 || c.kind == Other {
			continue
		}
		if nt := f.nextTok(c.e); nt != nil && isOrdinal(nt.text) {
			c.kind, c.conf = Person, 1
		}
	}
	tab := f.tabular(a, b)
	// "Kelbury 2 Fortuna Ostrand 1": two names, each followed by a score
	scoreLine := false
	if tab && len(f.cands)-c0 == 2 {
		scoreLine = true
		for k := c0; k < len(f.cands); k++ {
			if nt := f.nextTok(f.cands[k].e); nt == nil || !isScore(nt.text) {
				scoreLine = false
			}
		}
	}
	for k := c0 + 2; k < len(f.cands); k++ {
		// "Lena Holt (Norway) Brabham 1:49.2": the driver's team
		if c := &f.cands[k]; c.kind != Person && !c.demo && f.entrantTeam(k) {
			c.kind, c.conf, c.gaz = Organization, 1, nil
		}
	}
	for k := c0; k < len(f.cands); k++ {
		c := &f.cands[k]
		if c.kind == Other && (c.demo || c.gaz != nil || !tab) || c.gaz != nil && c.gaz.cls == "country" ||
			c.kind == Person && (c.conf > 0 || !scoreLine && !(tab && f.teamResult(c.e, b))) {
			continue
		}
		if low := f.lowBuf(c.s, c.e); commonWords[string(low)] || stopWords[string(low)] {
			continue
		}
		pt, nt := f.prevTok(c.s), f.nextTok(c.e)
		team := false
		if tab && nt != nil && nt.digit && !nt.letter && !isISODate(nt.text) {
			team = true
		} else if nt != nil && sportsVerbs[nt.low] {
			team = true // "Surrey beat Essex"
		} else if k > c0 && c.kind != Person && f.playerClub(k) {
			team = true // "Tomas Reld (Metz)"
		} else if nt != nil && !nt.cap && teamNouns[nt.low] && c.kind != Person && (c.gaz != nil || !c.initial) {
			team = true // "the Surrey player"
		} else if pt != nil && !pt.cap && teamNounsBefore[pt.low] && c.kind != Person {
			team = true // "defending champions Porto"
		} else if nt != nil && isScorePair(nt.text) && c.kind != Person &&
			(c.gaz != nil || !c.initial || !f.lower[string(f.lowBuf(c.s, c.e))]) {
			if nn := f.nextTok(nt.e); nn == nil || nn.s >= f.toks[b-1].e || nn.text == "." || nn.text == "(" {
				team = true // "Kent 64-1"
			}
		} else if nt != nil && !nt.cap && teamRoles[nt.low] && c.kind != Person {
			// "Leeds striker Tony Yeboah": a player of a team
			if nn := f.nextTok(nt.e); nn != nil && nn.cap {
				team = true
			}
		} else if pt != nil && (pt.low == "v" || pt.low == "vs" || pt.low == "vs." ||
			sportsVerbs[pt.low] && !pt.cap && c.gaz != nil && c.n == 1) {
			team = true
		}
		if !team {
			continue
		}
		c.kind, c.conf, c.gaz = Organization, 1, nil
		if f.teams == nil {
			f.teams = map[string]bool{}
		}
		f.teams[f.lowerText(c)] = true
	}
}

// businessAfter reports whether the name ending before token j is
// followed by a possessive and a word of a company's business: "Zenith's
// stock", "Gencor's profit".
func (f *finder) businessAfter(j int) bool {
	return j+2 < len(f.toks) && f.possAt(j) && businessNouns[f.toks[j+2].low]
}

// personAfter reports whether the tokens from j on describe a person:
// an age (", 45,") or a relative ("'s wife"). (", who" follows teams too.)
func (f *finder) personAfter(j int) bool {
	if j+2 >= len(f.toks) {
		return false
	}
	a, b := &f.toks[j], &f.toks[j+1]
	switch {
	case a.text == "," && isScore(b.text) && len(b.text) == 2 && f.toks[j+2].text == ",":
		return true
	case f.possAt(j) && j+2 < len(f.toks) && kinNouns[f.toks[j+2].low]:
		return true
	}
	return false
}

// holdsPlace reports whether the name [i, j) holds a known place or an
// acronym: "Bayern Munich", "Radio New Zealand", "PSV Eindhoven".
func (f *finder) holdsPlace(i, j int) bool {
	for k := i; k < j; k++ {
		t := &f.toks[k]
		if t.upper && len(t.text) > 1 && !strings.Contains(t.text, ".") {
			return true
		}
		if r, n := f.gazAt(k, j, false); n > 0 && !r.demonym {
			return true
		}
	}
	return false
}

// productNumber reports whether the name ending before token j is
// followed by a model number and a lower-case word, as a product is
// ("Windows 95 computers", "an Airbus 310 which"), not a score.
func (f *finder) productNumber(j int) bool {
	if j+1 >= len(f.toks) {
		return false
	}
	num, w := &f.toks[j], &f.toks[j+1]
	if len(num.text) < 2 || len(num.text) > 4 || !isScore(num.text) && len(num.text) != 4 || num.letter {
		return false
	}
	for k := 0; k < len(num.text); k++ {
		if num.text[k] < '0' || num.text[k] > '9' {
			return false
		}
	}
	return w.word && w.letter && !w.cap && !w.upper && !scoreWords[w.low]
}

// scoreWords follow a score or an amount: "Kent 108 for three", "56 miles".
var scoreWords = wordSet(`for and of in to not runs points off million billion mln bln percent pct per
cent cents miles km kilometres kilometers metres meters feet yards minutes seconds tonnes tons years
days weeks months hours`)

// commonAcronym reports whether the acronym at token i, in brackets up to
// j, abbreviates the lower-case words right before the bracket: "dark
// northern spring (DNS)".
func (f *finder) commonAcronym(i, j int) bool {
	a := f.toks[i].text
	if i < 1 || j >= len(f.toks) || f.toks[i-1].text != "(" || f.toks[j].text != ")" || i-1 < len(a) || len(a) < 2 {
		return false
	}
	for x := 0; x < len(a); x++ {
		w := &f.toks[i-1-len(a)+x]
		if !w.word || !w.letter || w.cap || w.upper || w.low[0] != a[x]+'a'-'A' {
			return false
		}
	}
	return true
}

// possAt reports whether tokens k and k+1 are a possessive "'s" written
// right after the word before k, or after one space: "Moody's", "Moody 's".
func (f *finder) possAt(k int) bool {
	if k < 1 || k+1 >= len(f.toks) {
		return false
	}
	a, s := &f.toks[k], &f.toks[k+1]
	return (a.text == "'" || a.text == "’") && (s.text == "s" || s.text == "S") && s.s == a.e &&
		a.s-f.toks[k-1].e <= 1 && f.toks[k-1].word
}

// teamResult reports whether the name ending at byte e, in a sentence
// ending at token b, is followed as a team's is in a results table: by a
// score and its scorers or nothing ("Kelbury 2 (Marek 15th)"), or by
// the seven or more whole numbers of a standings row.
func (f *finder) teamResult(e, b int) bool {
	k := sort.Search(b, func(i int) bool { return f.toks[i].s >= e })
	if k >= b || !isScore(f.toks[k].text) {
		return false
	}
	if k+1 == b || f.toks[k+1].text == "(" || f.toks[k+1].text == "." && k+2 == b {
		return true
	}
	n := 0
	for x := k; x < b && n < 7 && isScore(f.toks[x].text); x++ {
		n++
	}
	return n >= 7 // played, won, drawn, lost, for, against, points
}

// datelineAt reports whether the name ending at byte e is the place of a
// dateline: followed by an ISO date, directly or after a comma and a
// region ("LYON, France 2003-05-12"), or by a region and a bracket or a
// dash ("HEBRON, West Bank (Reuters) -"), in the sentence ending at
// token b.
func (f *finder) datelineAt(e, b int) bool {
	k := sort.Search(b, func(i int) bool { return f.toks[i].s >= e })
	for n := 0; k < b && n < 5; k, n = k+1, n+1 {
		t := &f.toks[k]
		if isISODate(t.text) {
			return true
		}
		if n >= 2 && f.toks[k-n].text == "," && f.toks[k-1].cap && (t.text == "(" || t.text == "-" || t.text == "–" || t.text == "—") {
			return true // "HEBRON, West Bank (Reuters) -"
		}
		if t.text != "," && !t.cap {
			return false
		}
	}
	return false
}

// entrantTeam reports whether candidate k follows a person's name and
// the country in brackets after it, as a results list gives an entrant's
// team or make: "Lena Holt (Norway) Brabham".
func (f *finder) entrantTeam(k int) bool {
	c, cc, p := &f.cands[k], &f.cands[k-1], &f.cands[k-2]
	if p.kind != Person || cc.gaz == nil || cc.gaz.cls != "country" || cc.demo {
		return false
	}
	t1, t2, t3 := f.prevTok(c.s), f.prevTok(cc.s), f.nextTok(cc.e)
	if t1 == nil || t2 == nil || t3 == nil || t1.text != ")" || t3 != t1 || t2.text != "(" {
		return false
	}
	pp := f.prevTok(t2.s)
	return pp != nil && pp.e == p.e
}

// playerClub reports whether candidate k stands alone in brackets right
// after a person's full name, as a player's club does: "Tomas Reld
// (Metz)". A country there is the player's nationality.
func (f *finder) playerClub(k int) bool {
	c, p := &f.cands[k], &f.cands[k-1]
	if p.kind != Person || p.n < 2 || c.gaz != nil && c.gaz.cls != "city" || c.gaz == nil && c.kind == Location {
		return false
	}
	pt, nt := f.prevTok(c.s), f.nextTok(c.e)
	if pt == nil || nt == nil || pt.text != "(" || nt.text != ")" {
		return false
	}
	pp := f.prevTok(pt.s)
	return pp != nil && pp.e == p.e
}

// bowlingFigures reports whether s reads overs-maidens-runs-wickets:
// "21-4-66-2", "31.2-6-88-3".
func bowlingFigures(s string) bool {
	if strings.Count(s, "-") != 3 {
		return false
	}
	for i := 0; i < 4; i++ {
		p := s
		if k := strings.IndexByte(s, '-'); k >= 0 {
			p, s = s[:k], s[k+1:]
		}
		if k := strings.IndexByte(p, '.'); i == 0 && k >= 0 {
			if !allDigits(p[:k], 3) || !allDigits(p[k+1:], 1) {
				return false // "37.1": overs and balls
			}
			continue
		}
		if !allDigits(p, 3) {
			return false
		}
	}
	return true
}

// allDigits reports whether s is 1 to max ASCII digits.
func allDigits(s string, max int) bool {
	if s == "" || len(s) > max {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

// lowBuf returns text[s:e] in lower case (ASCII letters folded), in
// f.buf: valid until the buffer's next use.
func (f *finder) lowBuf(s, e int) []byte {
	buf := append(f.buf[:0], f.text[s:e]...)
	for k, ch := range buf {
		if ch >= 'A' && ch <= 'Z' {
			buf[k] = ch - 'A' + 'a'
		} else if ch >= 0x80 {
			f.buf = append(buf[:0], strings.ToLower(f.text[s:e])...)
			return f.buf
		}
	}
	f.buf = buf
	return buf
}

// isScorePair reports whether s is a score written "72-0" or "2-1".
func isScorePair(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	return ok && isScore(a) && isScore(b)
}

// isScore reports whether s is a small whole number, as in a score.
func isScore(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// prevTok returns the last token ending at or before byte offset s.
func (f *finder) prevTok(s int) *tok {
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].e > s })
	if k > 0 {
		return &f.toks[k-1]
	}
	return nil
}

// nextTok returns the first token starting at or after byte offset e.
func (f *finder) nextTok(e int) *tok {
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s >= e })
	if k < len(f.toks) {
		return &f.toks[k]
	}
	return nil
}

// applyTeams gives every other mention of a team's name the kind organisation.
func (f *finder) applyTeams() {
	if f.teams == nil {
		return
	}
	for k := range f.cands {
		c := &f.cands[k]
		if c.kind == Other || c.gaz != nil && c.gaz.cls == "country" || c.kind == Person || f.lastName[personKey(f.text[c.s:c.e])] {
			continue
		}
		if c.dateNext || c.afterAt && c.kind == Location {
			continue // a dateline: "NEW YORK 1996-08-22"; a venue: "at Boston", "in Boston"
		}
		if f.teams[string(f.lowBuf(c.s, c.e))] {
			c.kind, c.gaz = Organization, nil
		}
	}
}

// defaultKind is the kind of a lone capitalised word with no evidence.
var defaultKind = Organization

var kinds = [3]Kind{Person, Organization, Location}

func kindIndex(k Kind) int {
	switch k {
	case Person:
		return 0
	case Organization:
		return 1
	}
	return 2
}

// shouted finds known names in an all-caps or title-case line.
func (f *finder) shouted(a, b int, known map[string]int) {
	for i := a; i < b; {
		t := &f.toks[i]
		if !t.word || !t.letter {
			i++
			continue
		}
		// longest known name from the text
		best, bn := -1, 0
		buf := f.buf[:0]
		for k := i; k < b && k-i < 6; k++ {
			u := &f.toks[k]
			if !u.word {
				break
			}
			if k > i {
				buf = append(buf, ' ')
			}
			buf = append(buf, u.low...)
			if x, ok := known[string(buf)]; ok {
				best, bn = x, k-i+1
			}
		}
		f.buf = buf
		ref, gn := f.gazAt(i, b, true)
		if rx, xn := f.gazAt(i, b, false); xn > gn {
			ref, gn = rx, xn
		}
		if gn > 0 && gn >= bn {
			if i+gn < b && eventHeads[f.toks[i+gn].low] {
				i += gn + 1 // "U.S. OPEN"
				continue
			}
			f.addGaz(t.s, f.toks[i+gn-1].e, f.toks[i:i+gn], ref)
			i += gn
			continue
		}
		if bn > 0 {
			src := f.cands[best]
			c := newCand(t.s, f.toks[i+bn-1].e, f.toks[i:i+bn])
			c.kind, c.conf, c.gaz, c.demo = src.kind, 1, src.gaz, src.demo
			f.cands = append(f.cands, c)
			i += bn
			continue
		}
		i++
	}
}

// knownFolded maps the lower-case text of each candidate found so far to
// its index.
func (f *finder) knownFolded() map[string]int {
	m := map[string]int{}
	for k := range f.cands {
		c := &f.cands[k]
		low := f.lowerText(c)
		if len(low) < 3 || stopWords[low] || commonWords[low] {
			continue
		}
		if old, ok := m[low]; !ok || f.cands[old].conf < c.conf {
			m[low] = k
		}
		if c.kind == Person && c.n > 1 {
			ln := c.lastLo
			if _, ok := m[ln]; !ok && len(ln) > 2 && !commonWords[ln] {
				m[ln] = k
			}
		}
	}
	return m
}

// lowerText returns the text of candidate c in lower case, taken from its
// token when it is one whole token.
func (f *finder) lowerText(c *cand) string {
	if c.n == 1 && c.lastLo != "" && c.e-c.s == len(c.last) {
		return c.lastLo
	}
	return strings.ToLower(f.text[c.s:c.e])
}

// personKey is the part of a last name used to match it: "al-Assad" -> "Assad".
func personKey(s string) string {
	if k := strings.IndexByte(s, '-'); k > 0 && particles[strings.ToLower(s[:k])] {
		s = s[k+1:]
	}
	return s
}

// isISODate reports whether s is a date written 2006-01-02.
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// innerLowerPart reports whether a hyphenated name has a short lower-case
// middle part, as in "Inzamam-ul-Haq".
func innerLowerPart(s string) bool {
	first, last := strings.IndexByte(s, '-'), strings.LastIndexByte(s, '-')
	if first < 0 || first == last {
		return false
	}
	for p := range strings.SplitSeq(s[first+1:last], "-") {
		if len(p) > 0 && len(p) <= 3 && p[0] >= 'a' && p[0] <= 'z' {
			return true
		}
	}
	return false
}

// pluralAcronym reports whether s is an acronym in the plural, a class of
// things rather than a name: "MPs", "NGOs".
func pluralAcronym(s string) bool {
	n := len(s)
	if n < 3 || s[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// monthRange reports whether a lower-case hyphenated word joins months:
// "january-june", "jan-may".
func monthRange(low string) bool {
	if strings.IndexByte(low, '-') <= 0 {
		return false
	}
	for low != "" {
		p := low
		if k := strings.IndexByte(low, '-'); k >= 0 {
			p, low = low[:k], low[k+1:]
		} else {
			low = ""
		}
		if !months[strings.TrimSuffix(p, ".")] {
			return false
		}
	}
	return true
}

var months = wordSet(`january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// isGivenLike reports whether a word can be a given name: capitalised,
// then lower case, and no known place, people or common word.
func isGivenLike(t *tok) bool {
	if !t.cap || t.upper || len(t.text) < 2 || commonWords[t.low] || adjectiveLike(t.low) {
		return false
	}
	g := loadGazetteer()
	return g.exact[t.text].e == nil
}

// isInitial reports whether s is an initial such as "M.".
func isInitial(s string) bool {
	return len(s) == 2 && s[1] == '.' && s[0] >= 'A' && s[0] <= 'Z'
}

// newCand makes a candidate spanning [s, e) over the tokens ts.
func newCand(s, e int, ts []tok) cand {
	c := cand{s: s, e: e, n: len(ts)}
	if len(ts) > 0 {
		c.first, c.last, c.lastLo = ts[0].text, ts[len(ts)-1].text, ts[len(ts)-1].low
	} else {
		c.n = 1
	}
	return c
}

// allUpper reports whether every token is written in capitals.
func allUpper(ts []tok) bool {
	for i := range ts {
		if !ts[i].upper || isInitial(ts[i].text) {
			return false
		}
	}
	return true
}

// titleGlue may sit inside a role written before a name: "head of the
// Russian delegation to Astana".
var titleGlue = wordSet(`of the for to on in at and a an`)

// roles finds the roles written before the people named in the sentence
// starting at token a, from candidate c0 on: "President's special envoy
// for the Syrian settlement Alexander Lavrentyev", "Deputy Foreign
// Minister, Mikhail Bogdanov".
func (f *finder) roles(c0, a int) {
	for ci := c0; ci < len(f.cands); ci++ {
		c := &f.cands[ci]
		if c.kind != Person || c.title != "" {
			continue
		}
		k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s >= c.s }) - 1
		if k >= a && f.toks[k].text == "," {
			// an apposition: the role must end right before the comma
			if k-1 < a || !roleWords[strings.TrimSuffix(f.toks[k-1].low, ".")] {
				continue
			}
			k--
		}
		end := k
		seenRole := false
		for n := 0; k >= a && n < 16; n++ {
			t := &f.toks[k]
			switch {
			case t.text == "’" || t.text == "'" || t.low == "s" && k > a && (f.toks[k-1].text == "’" || f.toks[k-1].text == "'"):
			case !t.word:
				n = 16
				continue
			case speechVerbs[t.low] || stopWords[t.low] && !titleGlue[t.low]:
				n = 16
				continue
			case roleWords[strings.TrimSuffix(t.low, ".")]:
				seenRole = true
			case seenRole && !t.cap && !titleModifiers[t.low] && !titleGlue[t.low]:
				// a word left of the role that is not part of it: "met"
				n = 16
				continue
			}
			if t.start {
				k--
				break
			}
			k--
		}
		start := k + 1
		// the role starts with a role word, a title word or a capital
		for start <= end {
			t := &f.toks[start]
			if t.word && (t.cap || roleWords[t.low] || titleModifiers[t.low]) && !stopWords[t.low] {
				break
			}
			start++
		}
		if start > end {
			continue
		}
		hasRole := false
		for x := start; x <= end; x++ {
			if roleWords[strings.TrimSuffix(f.toks[x].low, ".")] {
				hasRole = true
			}
		}
		if !hasRole {
			continue
		}
		c.titles = splitRoles(f.text, f.toks[start:end+1])
	}
}

// splitRoles cuts "Envoy for X and Deputy Foreign Minister" into its roles
// at each "and" followed by a title word.
func splitRoles(text string, ts []tok) []string {
	var out []string
	from := 0
	for i := 1; i+1 < len(ts); i++ {
		if ts[i].low == "and" && (roleWords[ts[i+1].low] || titleModifiers[ts[i+1].low]) {
			out = append(out, text[ts[from].s:ts[i-1].e])
			from = i + 1
		}
	}
	return append(out, text[ts[from].s:ts[len(ts)-1].e])
}

// capLike reports whether a word is written as a name: "Moscow", "NATO", "iPod".
func capLike(t *tok) bool {
	return t.cap || t.upper || len(t.text) > 2 && t.text[0] >= 'a' && t.text[0] <= 'z' && t.text[1] >= 'A' && t.text[1] <= 'Z'
}

// hasAmp reports whether a name joins words with "&": "Standard & Poor".
func hasAmp(ts []tok) bool {
	for i := range ts {
		if ts[i].text == "&" {
			return true
		}
	}
	return false
}

// andInOrg reports whether the "and" at k joins the words of one
// organisation name: capitalised words after it end with an organisation
// word within three words.
func (f *finder) andInOrg(k, b int) bool {
	if p := &f.toks[k-1]; corpSuffixes[p.low] || p.upper && len(p.text) > 1 && k-2 >= 0 && !f.isNameWord(&f.toks[k-2]) {
		return false // "Apple Inc. and Microsoft Corp.", "ZTEC and Allied Medical": two names
	}
	for x := k + 1; x < b && x <= k+3; x++ {
		t := &f.toks[x]
		if !f.isNameWord(t) || f.g.exact[t.text].e != nil {
			return false
		}
		if orgHeads[t.low] {
			return true
		}
	}
	return false
}

// isOrdinal reports whether s is a number with an ordinal ending: "27th".
func isOrdinal(s string) bool {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch strings.ToLower(s[n:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// placeNouns name a kind of place: "the town of Doboj".
var placeNouns = wordSet(`town city village province region district capital port state island
county municipality suburb outskirts`)

// compassPoints are directions written before "of" and a place.
var compassPoints = wordSet(`north south east west northeast northwest southeast southwest
north-east north-west south-east south-west`)

// atWorkers come before "at" and the organisation people work at: "an
// analyst at Nomura".
var atWorkers = wordSet(`analyst analysts economist economists trader traders dealer dealers
strategist strategists broker brokers worker workers staff employee employees official officials
executive executives researcher researchers scientist scientists student students professor
manager managers director spokesman spokeswoman chief head partner banker bankers lawyer lawyers
engineer engineers source sources member members marketing sales trade experience counterpart
counterparts colleague colleagues career job jobs`)

// placeContext reports whether the name [i, j) is set as a place: "the
// town of Doboj", "Doboj, Bosnia", "Zakho in northern Iraq".
func (f *finder) placeContext(i, j int) bool {
	if i >= 2 && f.toks[i-1].low == "of" && (placeNouns[f.toks[i-2].low] || compassPoints[f.toks[i-2].low]) {
		return true // "the town of Doboj", "30 km north of Zadar"
	}
	if j+1 < len(f.toks) && f.toks[j].text == "," {
		if t := &f.toks[j+1]; usStates[strings.TrimSuffix(t.low, ".")] && t.cap && !t.upper {
			return true // "Pontiac, Mich."
		}
		if r := f.g.exact[f.toks[j+1].text]; r.e != nil && !r.demonym && (r.e.cls == "country" || r.e.cls == "state") {
			// not "Smith, Britain's ..." when the name could be a person's
			return j+2 >= len(f.toks) || f.toks[j+2].text != "'" && f.toks[j+2].text != "’"
		}
	}
	return false
}

// placeAdjective reports whether a word is the adjective of a known place
// written as place + "an" or "n": "Tibetan", "Asian".
func (f *finder) placeAdjective(w string) bool {
	for _, suf := range []string{"an", "n"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) > 2 {
			if r := f.g.exact[stem]; r.e != nil && !r.demonym && r.e.kind() == Location {
				return true
			}
		}
	}
	return false
}

// demonymCompound reports whether a hyphenated word starts with a demonym:
// "Israeli-PLO", "Russian-Chechen".
func (f *finder) demonymCompound(w string) bool {
	k := strings.IndexByte(w, '-')
	return k > 0 && f.g.exact[w[:k]].demonym
}
