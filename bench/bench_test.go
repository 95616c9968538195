// Package bench compares entity.Matcher with two Go Aho-Corasick
// libraries on the same watch-list and text. It is a module of its own so
// that importers of newsparse never download them.
//
//	cd bench && go test -bench . -benchmem
package bench

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	bobu "github.com/BobuSumisu/aho-corasick"
	petar "github.com/petar-dambovaliev/aho-corasick"

	"github.com/newsparse/newsparse/entity"
)

// synthList builds a watch-list of n entities with three aliases each
// (the same generator as entity's own benchmark).
func synthList(n int) entity.WatchList {
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
	var l entity.WatchList
	for i := 0; i < n; i++ {
		first, last := word(i*7+1), word(i*13+5)
		l.Entities = append(l.Entities, entity.WatchEntity{ID: fmt.Sprint("e", i), Kind: entity.Person,
			Name: first + " " + last, Aliases: []string{last + " " + word(i), first + "-" + last + " Group"}})
	}
	return l
}

func synthText(l entity.WatchList, size int) string {
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

// patterns lists every name and alias once, with the entity it belongs to.
func patterns(l entity.WatchList) ([]string, []int) {
	var ps []string
	var owner []int
	seen := map[string]bool{}
	for i, e := range l.Entities {
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if !seen[a] {
				seen[a] = true
				ps = append(ps, a)
				owner = append(owner, i)
			}
		}
	}
	return ps, owner
}

var (
	list     = synthList(10000)
	text     = synthText(list, 1<<20)
	pats, _  = patterns(list)
	sinkHits int
)

// measure runs find over text b.N times, with allocations, bytes per
// second and CPU throughput reported.
func measure(b *testing.B, find func() int) {
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		sinkHits = find()
	}
	reportCPU(b, c0, len(text))
}

func BenchmarkEntityMatcher(b *testing.B) {
	m, err := entity.NewMatcher(list)
	if err != nil {
		b.Fatal(err)
	}
	var hs []entity.Hit
	measure(b, func() int {
		hs = m.AppendMatches(hs[:0], text)
		return len(hs)
	})
}

func BenchmarkPetarDFA(b *testing.B) {
	builder := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.LeftMostLongestMatch, DFA: true})
	ac := builder.Build(pats)
	measure(b, func() int { return len(ac.FindAll(text)) })
}

func BenchmarkPetarDFAWholeWords(b *testing.B) {
	builder := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.LeftMostLongestMatch, DFA: true, MatchOnlyWholeWords: true})
	ac := builder.Build(pats)
	measure(b, func() int { return len(ac.FindAll(text)) })
}

func BenchmarkBobuSumisu(b *testing.B) {
	trie := bobu.NewTrieBuilder().AddStrings(pats).Build()
	in := []byte(text)
	measure(b, func() int { return len(trie.Match(in)) })
}

// TestCorrectness shows where the libraries and entity.Matcher differ on
// news text; it checks entity.Matcher's answers and logs the others'.
func TestCorrectness(t *testing.T) {
	l := entity.WatchList{Entities: []entity.WatchEntity{
		{ID: "eu", Name: "European Union", Aliases: []string{"EU"}},
		{ID: "euro", Name: "Euro"},
		{ID: "un", Name: "United Nations", Aliases: []string{"UN", "U.N."}},
		{ID: "trump", Name: "Trump"},
		{ID: "msk", Name: "Moscow"},
		{ID: "thr", Name: "Tehran"},
	}}
	text := "The European Union and the Euro; UNESCO and the U.N. met; Trump's aides in Moscow-Tehran talks; EUROPE."
	want := []string{"European Union", "Euro", "U.N.", "Trump", "Moscow", "Tehran"}
	m, err := entity.NewMatcher(l)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range m.Match(text) {
		got = append(got, h.Text)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("entity.Matcher found %q, want %q", got, want)
	}
	ps, _ := patterns(l)
	for _, whole := range []bool{false, true} {
		b := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.LeftMostLongestMatch, DFA: true, MatchOnlyWholeWords: whole})
		ac := b.Build(ps)
		var found []string
		for _, m := range ac.FindAll(text) {
			found = append(found, text[m.Start():m.End()])
		}
		t.Logf("petar-dambovaliev (whole words %v): %q", whole, found)
	}
	var found []string
	for _, m := range bobu.NewTrieBuilder().AddStrings(ps).Build().MatchString(text) {
		found = append(found, m.MatchString())
	}
	t.Logf("BobuSumisu (all matches, overlapping): %q", found)
	t.Logf("entity.Matcher: %q", got)
}

// cpuTime is the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the throughput per CPU-second ("cpu-MB/s"), steadier than
// MB/s on a shared machine.
func reportCPU(b *testing.B, c0 time.Duration, size int) {
	if d := cpuTime() - c0; c0 > 0 && d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
}
