package entity

//go:generate go run ./internal/gengaz -src ../../shared/data/gazetteer -out gazetteer.tsv

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed gazetteer.tsv
var gazetteerTSV string

// gazEntry is one row of the embedded gazetteer.
type gazEntry struct {
	cls  string // country, city, region, state, org, agency
	id   string
	name string
	pop  int
}

func (g *gazEntry) kind() Kind {
	switch g.cls {
	case "org", "agency":
		return Organization
	}
	return Location
}

// gazRef points to an entry; demonym marks a demonym of a country.
type gazRef struct {
	e       *gazEntry
	demonym bool
}

type gazetteer struct {
	exact  map[string]gazRef // surface form as written
	folded map[string]gazRef // lower case, for shouted text
	// prefixes of multi-word names, word by word, in both forms
	exactPre, foldedPre map[string]bool
	maxWords            int
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// minCityPop is the smallest population of a city found without context.
const minCityPop = 150000

func loadGazetteer() *gazetteer {
	gazOnce.Do(func() {
		g := &gazetteer{exact: map[string]gazRef{}, folded: map[string]gazRef{},
			exactPre: map[string]bool{}, foldedPre: map[string]bool{}}
		for _, line := range strings.Split(gazetteerTSV, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) < 6 {
				continue
			}
			pop, _ := strconv.Atoi(f[5])
			e := &gazEntry{cls: f[0], id: f[1], name: f[2], pop: pop}
			if e.cls == "city" && pop < minCityPop {
				continue
			}
			names := []string{f[2]}
			if f[3] != "" {
				names = append(names, strings.Split(f[3], "|")...)
			}
			for _, n := range names {
				g.add(n, gazRef{e: e})
				if rest, ok := strings.CutPrefix(n, "St. "); ok {
					g.add("St "+rest, gazRef{e: e}) // "St Louis", as British style writes it
				}
			}
			if f[4] != "" {
				for _, n := range strings.Split(f[4], "|") {
					g.add(n, gazRef{e: e, demonym: true})
				}
			}
		}
		gaz = g
	})
	return gaz
}

func (g *gazetteer) add(name string, r gazRef) {
	if _, ok := g.exact[name]; !ok {
		g.exact[name] = r
	}
	addPrefixes(g.exactPre, name)
	if n := len(strings.Fields(name)); n > g.maxWords {
		g.maxWords = n
	}
	low := strings.ToLower(name)
	// Short forms that are also English words ("US", "WHO") are not
	// looked up in shouted text.
	if len(low) <= 3 && !strings.Contains(low, ".") || stopWords[low] || commonWords[low] {
		return
	}
	if _, ok := g.folded[low]; !ok {
		g.folded[low] = r
	}
	addPrefixes(g.foldedPre, low)
}

// addPrefixes records the proper prefixes of name that end before a
// space or a hyphen, as gazAt builds them token by token.
func addPrefixes(m map[string]bool, name string) {
	for i := 1; i < len(name); i++ {
		if name[i] == ' ' || name[i] == '-' || name[i] == '.' || name[i] == '&' || name[i] == '\'' {
			m[name[:i]] = true
			if name[i] != ' ' {
				m[name[:i+1]] = true
			}
		}
	}
}
