package entity

import (
	"sort"
	"strings"
	"unicode"
)

// link groups the candidates into entities.
func (f *finder) link() []Entity {
	var ents []Entity
	byKey := map[string]int{}
	var key []byte                 // the byKey key of the mention at hand
	byGaz := map[*gazEntry]int{}   // gazetteer entry -> entity
	byInitials := map[string]int{} // initials of organisation names
	byAcronym := map[string]int{}  // organisations named by an acronym
	type person struct {
		ent   int
		first string
		last  string
		n     int
		count int // full mentions
	}
	var people []person
	byLast := map[string][]int{}    // last name -> indices into people
	byFirstLast := map[string]int{} // first and last name -> index into people
	personOf := map[int]int{}       // entity -> index into people
	// full person names first, so that "Bogdanov" before "Mikhail
	// Bogdanov" still finds its entity
	for k := range f.cands {
		c := &f.cands[k]
		if c.kind != Person || c.n < 2 || c.gaz != nil {
			continue
		}
		name := f.text[c.s:c.e]
		key = append(append(key[:0], "p:"...), f.lowBuf(c.s, c.e)...)
		idx, ok := byKey[string(key)]
		if !ok {
			first, last := c.first, personKey(c.last)
			// "Donald J. Trump" and "Donald Trump" are one person
			if pi, found := byFirstLast[first+"\x00"+last]; found {
				idx, ok = people[pi].ent, true
			}
			if !ok {
				idx = len(ents)
				ents = append(ents, Entity{Name: name, Kind: Person})
				byLast[last] = append(byLast[last], len(people))
				byFirstLast[first+"\x00"+last] = len(people)
				personOf[idx] = len(people)
				people = append(people, person{ent: idx, first: first, last: last, n: c.n})
			}
			byKey[string(key)] = idx
		}
		people[personOf[idx]].count++
		if len(name) > len(ents[idx].Name) {
			ents[idx].Name = name
		}
	}
	// the person most named in full for each first name: "Steve" for "Steve Jobs"
	byFirst := map[string]int{}
	for pi, p := range people {
		if top, ok := byFirst[p.first]; !ok || p.count > people[top].count {
			byFirst[p.first] = pi
		}
	}
	for k := range f.cands {
		c := &f.cands[k]
		surface := f.text[c.s:c.e]
		key = key[:0]
		switch {
		case c.gaz != nil: // linked by its entry, in byGaz
		case c.kind == Person && c.n >= 2:
			key = append(append(key, "p:"...), f.lowBuf(c.s, c.e)...)
		case c.kind == Person:
			last := personKey(surface)
			best := -1
			if ps := byLast[last]; len(ps) > 0 {
				best = people[ps[len(ps)-1]].ent
			} else if top, ok := byFirst[surface]; ok {
				best = people[top].ent
			}
			if best >= 0 {
				c.entity = best
				f.addMention(&ents[best], c)
				continue
			}
			key = append(append(key, "p:"...), f.lowBuf(c.s, c.e)...)
		default:
			key = append(append(append(key, c.kind[:1]...), ':'), normName(surface)...)
		}
		idx, ok := byKey[string(key)]
		if c.gaz != nil {
			idx, ok = byGaz[c.gaz]
		}
		if !ok && k > 0 && c.gaz == nil && isAcronym(surface) && f.cands[k-1].kind == Organization &&
			strings.TrimSpace(f.text[f.cands[k-1].e:c.s]) == "(" {
			// "Securities and Exchange Commission (SEC)"
			idx, ok = f.cands[k-1].entity, true
			byKey[string(key)] = idx
		}
		if !ok && c.gaz == nil && c.kind == Organization {
			// an acronym of a longer organisation name in the text, or the reverse
			if a := strings.ReplaceAll(surface, ".", ""); len(a) >= 2 && strings.ToUpper(a) == a {
				idx, ok = byInitials[a]
			} else if x, found := byAcronym[initials(surface)]; found {
				idx, ok = x, true
			}
		}
		if !ok {
			idx = len(ents)
			e := Entity{Name: surface, Kind: c.kind}
			if c.gaz != nil {
				e.Name, e.Kind = c.gaz.name, c.gaz.kind()
				e.ID = publicID(c.gaz.id)
			}
			ents = append(ents, e)
			if c.gaz != nil {
				byGaz[c.gaz] = idx
			} else {
				byKey[string(key)] = idx
			}
			if e.Kind == Organization {
				if a := strings.ReplaceAll(e.Name, ".", ""); len(a) >= 2 && strings.ToUpper(a) == a {
					if _, dup := byAcronym[a]; !dup {
						byAcronym[a] = idx
					}
				} else if in := initials(e.Name); in != "" {
					if _, dup := byInitials[in]; !dup {
						byInitials[in] = idx
					}
				}
			}
		}
		c.entity = idx
		f.addMention(&ents[idx], c)
	}
	mergePrefixes(ents)
	// drop entities without mentions; fix names
	out := ents[:0]
	for _, e := range ents {
		if len(e.Mentions) == 0 {
			continue
		}
		if e.Kind != Person && e.ID == "" {
			for _, m := range e.Mentions {
				if len(m.Text) > len(e.Name) && m.Kind == "" {
					e.Name = m.Text
				}
			}
		}
		out = append(out, e)
	}
	for i := range out {
		out[i].Name = cleanName(out[i].Name)
	}
	// order by first mention
	sortEntities(out)
	return out
}

func (f *finder) addMention(e *Entity, c *cand) {
	m := Mention{Start: c.s, End: c.e, Text: f.text[c.s:c.e]}
	if c.demo {
		m.Kind = Other
	} else if c.kind != e.Kind && c.kind != "" {
		m.Kind = c.kind
	}
	if k := len(e.Mentions); k > 0 && e.Mentions[k-1].Start == m.Start && e.Mentions[k-1].End == m.End {
		return
	}
	e.Mentions = append(e.Mentions, m)
	if c.title != "" {
		addTitle(e, c.title)
	}
	for _, t := range c.titles {
		addTitle(e, t)
	}
}

// addTitle adds a title to a person once.
func addTitle(e *Entity, title string) {
	if e.Kind != Person || len(e.Titles) >= maxTitles {
		return
	}
	for _, t := range e.Titles {
		if t == title {
			return
		}
	}
	e.Titles = append(e.Titles, title)
}

// initials are the capitals starting the words of a name, skipping
// connectors: "International Atomic Energy Agency" -> "IAEA".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if connectors[strings.ToLower(w)] {
			continue
		}
		for _, p := range strings.Split(w, "-") {
			if p != "" && p[0] >= 'A' && p[0] <= 'Z' {
				b.WriteByte(p[0])
			}
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// normName is the key of a name: lower case, periods and a leading "the" dropped.
func normName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, ".", ""))
	return strings.TrimPrefix(s, "the ")
}

func sortEntities(es []Entity) {
	sort.SliceStable(es, func(i, j int) bool { return es[i].Mentions[0].Start < es[j].Mentions[0].Start })
}

// corpSuffixes end company names without being part of what people call
// them: "Apple Inc." is "Apple".
var corpSuffixes = wordSet(`inc inc. corp corp. corporation co co. company llc ltd ltd. limited plc ag sa
n.v. nv holdings group`)

// orgCore is an organisation name without its company suffixes.
func orgCore(name string) string {
	for {
		k := strings.LastIndexByte(name, ' ')
		if k <= 0 {
			return name
		}
		w := strings.ToLower(strings.TrimRight(name[k+1:], ","))
		if !corpSuffixes[w] && !legalForms[w] {
			return name
		}
		name = strings.TrimRight(name[:k], ",")
	}
}

// mergePrefixes moves the mentions of an organisation named by the first
// words of another one's name into that one: "Ford" into "Ford Motor
// Company", "Apple" into "Apple Inc.". Where a short name starts several
// longer ones, the one mentioned most takes it.
func mergePrefixes(ents []Entity) {
	byCore := map[string]int{}
	into := make([]int, len(ents))
	for i := range ents {
		into[i] = i
		e := &ents[i]
		if e.Kind != Organization || len(e.Mentions) == 0 {
			continue
		}
		core := orgCore(e.Name)
		if j, ok := byCore[core]; ok {
			// same core name: the longer name keeps them all
			if len(e.Name) > len(ents[j].Name) {
				into[j] = i
				byCore[core] = i
			} else {
				into[i] = j
			}
			continue
		}
		byCore[core] = i
	}
	for i := range ents {
		e := &ents[i]
		if e.Kind != Organization || into[i] != i {
			continue
		}
		core := orgCore(e.Name)
		for k := 0; k < len(core); k++ {
			if core[k] != ' ' {
				continue
			}
			// a prefix, or a suffix of two words or more ("Air Force")
			j, ok := byCore[core[:k]]
			if suf := core[k+1:]; !ok && strings.IndexByte(suf, ' ') > 0 {
				j, ok = byCore[suf]
			}
			if !ok || j == i || into[j] != j && into[j] != i {
				if ok && into[j] != j && orgWeight(&ents[i]) > orgWeight(&ents[into[j]]) {
					into[j] = i
				}
				continue
			}
			into[j] = i
		}
	}
	for i := range ents {
		t := into[i]
		for n := 0; n < 8 && into[t] != t; n++ {
			t = into[t]
		}
		if t == i {
			continue
		}
		s, l := &ents[i], &ents[t]
		l.Mentions = append(l.Mentions, s.Mentions...)
		sort.Slice(l.Mentions, func(a, b int) bool { return l.Mentions[a].Start < l.Mentions[b].Start })
		if l.ID == "" {
			l.ID = s.ID
		}
		s.Mentions = nil
	}
}

// orgWeight ranks the longer names a short one may belong to: a company
// name ("Ford Motor Company") before a product ("Ford Taurus"), then by
// mentions.
func orgWeight(e *Entity) int {
	w := len(e.Mentions)
	if k := strings.LastIndexByte(e.Name, ' '); k > 0 {
		if last := strings.ToLower(e.Name[k+1:]); corpSuffixes[last] || orgHeads[last] {
			w += 1000
		}
	}
	return w
}

// maxTitles bounds the titles kept for one person.
const maxTitles = 8

// publicID is the identifier shown for a gazetteer entry: the ISO 3166
// code of a country, "geonames:ID" for a city, the acronym of an
// international organisation; none for the hand-written rows.
func publicID(id string) string {
	if strings.HasPrefix(id, "geonames:") {
		if k := strings.LastIndexByte(id, ':'); k > len("geonames:") {
			return id[:k]
		}
		return id
	}
	if strings.IndexByte(id, ':') >= 0 {
		return ""
	}
	return id
}

// isAcronym reports whether s is written like an acronym: "SEC", "U.N.".
func isAcronym(s string) bool {
	a := strings.ReplaceAll(s, ".", "")
	return len(a) >= 2 && len(a) <= 8 && strings.ToUpper(a) == a && strings.ToLower(a) != a
}

// cleanName writes a name with single spaces between its words.
func cleanName(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }) && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
