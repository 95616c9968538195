package entity

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var testList = WatchList{Entities: []WatchEntity{
	{ID: "un", Kind: Organization, Name: "United Nations", Aliases: []string{"UN", "U.N."}},
	{ID: "eu", Kind: Organization, Name: "European Union", Aliases: []string{"EU"}},
	{ID: "euro", Kind: Other, Name: "Euro"},
	{ID: "us", Kind: Location, Name: "United States", Aliases: []string{"U.S.", "United States of America"}},
	{ID: "trump", Kind: Person, Name: "Donald Trump", Aliases: []string{"Trump"}},
	{ID: "msk", Kind: Location, Name: "Moscow"},
	{ID: "thr", Kind: Location, Name: "Tehran"},
	{ID: "ank", Kind: Location, Name: "Ankara"},
	{ID: "jose", Kind: Person, Name: "José Mourinho"},
	{ID: "obrien", Kind: Person, Name: "Conan O'Brien"},
}}

type hitT struct {
	Text string
	ID   string
}

func hitsOf(hs []Hit, text string, t *testing.T) []hitT {
	var out []hitT
	for _, h := range hs {
		if text[h.Start:h.End] != h.Text {
			t.Errorf("span [%d,%d) covers %q, not %q", h.Start, h.End, text[h.Start:h.End], h.Text)
		}
		out = append(out, hitT{h.Text, h.ID})
	}
	return out
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name string
		list WatchList
		text string
		want []hitT
	}{
		{"longest", testList, "The United States of America and the U.S. met.",
			[]hitT{{"United States of America", "us"}, {"U.S.", "us"}}},
		{"word boundary", testList, "The European Union is not the Euro, nor Europe or EUR.",
			[]hitT{{"European Union", "eu"}, {"Euro", "euro"}}},
		{"possessive", testList, "Trump's and Trump’s administration",
			[]hitT{{"Trump", "trump"}, {"Trump", "trump"}}},
		{"hyphenated list", testList, "the Moscow-Tehran-Ankara agreement",
			[]hitT{{"Moscow", "msk"}, {"Tehran", "thr"}, {"Ankara", "ank"}}},
		{"acronym with periods", testList, "The U.N. said; UN and U.N.-led forces; UNESCO",
			[]hitT{{"U.N.", "un"}, {"UN", "un"}, {"U.N.", "un"}}},
		{"case kept by default", testList, "united nations and United Nations",
			[]hitT{{"United Nations", "un"}}},
		{"case folding", WatchList{Entities: testList.Entities, IgnoreCase: true}, "UNITED NATIONS, moscow",
			[]hitT{{"UNITED NATIONS", "un"}, {"moscow", "msk"}}},
		{"diacritics kept by default", testList, "Jose Mourinho and José Mourinho",
			[]hitT{{"José Mourinho", "jose"}}},
		{"diacritic folding", WatchList{Entities: testList.Entities, IgnoreDiacritics: true}, "Jose Mourinho, Jose\u0301 Mourinho",
			[]hitT{{"Jose Mourinho", "jose"}, {"Jose\u0301 Mourinho", "jose"}}},
		{"apostrophe forms", testList, "Conan O’Brien and Conan O'Brien",
			[]hitT{{"Conan O’Brien", "obrien"}, {"Conan O'Brien", "obrien"}}},
		{"white space in a name", testList, "Donald\n  Trump", []hitT{{"Donald\n  Trump", "trump"}}},
		{"punctuation breaks a name", testList, "Donald, Trump", []hitT{{"Trump", "trump"}}},
		{"nothing", testList, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := NewMatcher(tt.list)
			if err != nil {
				t.Fatal(err)
			}
			got := hitsOf(m.Match(tt.text), tt.text, t)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Match(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestMatchAmbiguous(t *testing.T) {
	m, err := NewMatcher(WatchList{Entities: []WatchEntity{
		{ID: "a", Name: "John Smith"}, {ID: "b", Name: "John Smith", Aliases: []string{"Smith"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	hs := m.Match("John Smith met Smith.")
	if len(hs) != 2 || hs[0].ID != "a" || !cmp.Equal(hs[0].Ambiguous, []int{0, 1}) || hs[1].ID != "b" || hs[1].Ambiguous != nil {
		t.Errorf("got %+v", hs)
	}
}

func TestNewMatcherErrors(t *testing.T) {
	tests := []struct {
		list WatchList
		want error
		idx  int
	}{
		{WatchList{Entities: []WatchEntity{{ID: "a", Name: "A"}, {ID: "a", Name: "B"}}}, ErrDuplicateID, 1},
		{WatchList{Entities: []WatchEntity{{ID: "a", Name: "A", Aliases: []string{""}}}}, ErrEmptyAlias, 0},
		{WatchList{Entities: []WatchEntity{{ID: "a", Name: "A", Aliases: []string{" -- "}}}}, ErrEmptyAlias, 0},
		{WatchList{Entities: []WatchEntity{{ID: "a", Name: ""}}}, ErrEmptyAlias, 0},
		{WatchList{Entities: []WatchEntity{{Name: "A"}}}, ErrEmptyID, 0},
	}
	for _, tt := range tests {
		_, err := NewMatcher(tt.list)
		var le *ListError
		if !errors.Is(err, tt.want) || !errors.As(err, &le) || le.Index != tt.idx {
			t.Errorf("NewMatcher(%+v) = %v, want %v at %d", tt.list, err, tt.want, tt.idx)
			continue
		}
		if !strings.HasPrefix(err.Error(), "entity: ") {
			t.Errorf("error %q lacks the package prefix", err)
		}
	}
}

func TestMatcherConcurrent(t *testing.T) {
	m, err := NewMatcher(testList)
	if err != nil {
		t.Fatal(err)
	}
	text := "The U.N. and the European Union met in Moscow with Donald Trump."
	want := m.Match(text)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				if got := m.Match(text); !cmp.Equal(got, want) {
					t.Errorf("concurrent Match differs: %v", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzMatch(f *testing.F) {
	for _, s := range []string{"U.N.", "United  States", "Trump’s", "José", "\xff\xfeU.S.", "Moscow-Tehran", strings.Repeat("U.", 1000)} {
		f.Add(s, false, false)
	}
	f.Fuzz(func(t *testing.T, text string, lower, strip bool) {
		m, err := NewMatcher(WatchList{Entities: testList.Entities, IgnoreCase: lower, IgnoreDiacritics: strip})
		if err != nil {
			t.Fatal(err)
		}
		last := 0
		for _, h := range m.Match(text) {
			if h.Start < last || h.End <= h.Start || h.End > len(text) || text[h.Start:h.End] != h.Text {
				t.Fatalf("bad hit %+v after %d", h, last)
			}
			last = h.End
		}
	})
}

// synthList builds a watch-list of n entities with three aliases each.
func synthList(n int) WatchList {
	syll := []string{"ka", "lo", "mi", "ra", "ten", "vor", "zu", "bel", "dan", "sho", "per", "gri", "ost", "wa", "ne", "qui"}
	word := func(x int) string {
		var b strings.Builder
		for k := 0; k < 3; k++ {
			b.WriteString(syll[x%len(syll)])
			x /= len(syll)
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	l := WatchList{IgnoreCase: true}
	for i := 0; i < n; i++ {
		first, last := word(i*7+1), word(i*13+5)
		l.Entities = append(l.Entities, WatchEntity{ID: fmt.Sprint("e", i), Kind: Person,
			Name: first + " " + last, Aliases: []string{last + " " + word(i), first + "-" + last + " Group"}})
	}
	return l
}

// synthText is news-like English text with some watched names in it.
func synthText(l WatchList, size int) string {
	filler := "The minister said on Tuesday that talks with the delegation would continue in the capital, " +
		"although officials warned that an agreement was not expected before the end of the month. "
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(filler)
		if i%3 == 0 {
			b.WriteString(l.Entities[(i*31)%len(l.Entities)].Name + "'s office said. ")
		}
	}
	return b.String()
}

func BenchmarkMatch(b *testing.B) {
	l := synthList(10000)
	m, err := NewMatcher(l)
	if err != nil {
		b.Fatal(err)
	}
	text := synthText(l, 1<<20)
	var hs []Hit
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		hs = m.AppendMatches(hs[:0], text)
	}
	reportCPU(b, c0, len(text))
	if len(hs) == 0 {
		b.Fatal("no hits")
	}
}

// BenchmarkNewMatcher also reports the size of the tables a compiled
// 10,000-entity, 30,000-alias matcher keeps ("table-bytes").
func BenchmarkNewMatcher(b *testing.B) {
	l := synthList(10000)
	b.ReportAllocs()
	var m *Matcher
	for i := 0; i < b.N; i++ {
		var err error
		if m, err = NewMatcher(l); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(m.tableBytes()), "table-bytes")
}

// tableBytes estimates the memory a matcher keeps.
func (m *Matcher) tableBytes() int {
	n := len(m.keys)*8 + len(m.vals)*4 + len(m.term)*4 + len(m.kinds)*16
	for _, id := range m.ids {
		n += 16 + len(id)
	}
	for _, a := range m.amb {
		n += 48 + 8*len(a) // map entry and slice
	}
	for _, ts := range m.tails {
		n += 48 + 64*len(ts)
	}
	return n
}

func FuzzNewMatcher(f *testing.F) {
	f.Add("U.N.|United Nations||UN", "The U.N. and United  Nations", true, true)
	f.Add("a|a|-- |’s", "a’s a-a", false, true)
	f.Add("\xff|José|JOSE", "jose José", true, false)
	f.Fuzz(func(t *testing.T, aliases, text string, lower, strip bool) {
		var l WatchList
		l.IgnoreCase, l.IgnoreDiacritics = lower, strip
		for i, a := range strings.Split(aliases, "|") {
			l.Entities = append(l.Entities, WatchEntity{ID: fmt.Sprint(i % 5), Name: a})
		}
		m, err := NewMatcher(l)
		if err != nil {
			var le *ListError
			if !errors.As(err, &le) || !strings.HasPrefix(err.Error(), "entity: ") {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		last := 0
		for _, h := range m.Match(text) {
			if h.Start < last || h.End <= h.Start || h.End > len(text) || text[h.Start:h.End] != h.Text {
				t.Fatalf("bad hit %+v", h)
			}
			last = h.End
		}
	})
}
