package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func checkSpans(t *testing.T, text string, ents []Entity) {
	t.Helper()
	for _, e := range ents {
		if len(e.Mentions) == 0 {
			t.Errorf("entity %q has no mentions", e.Name)
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("entity %q: bad mention %+v", e.Name, m)
			}
		}
	}
}

// TestSeed checks the expectations of the seed article (issue 5).
func TestSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "seeds", "azernews-astana.txt"))
	if err != nil {
		t.Skip("seed article not available:", err)
	}
	text := string(b)
	ents := Find(text)
	checkSpans(t, text, ents)
	byName := map[string][]Entity{}
	for _, e := range ents {
		byName[e.Name] = append(byName[e.Name], e)
	}
	tests := []struct {
		name     string
		kind     Kind
		mentions []string // mention texts that must be among the entity's
	}{
		{"Kamila Aliyeva", Person, []string{"Kamila Aliyeva"}},
		{"Mikhail Bogdanov", Person, []string{"Mikhail Bogdanov", "Bogdanov"}},
		{"Sergei Lavrov", Person, []string{"Sergei Lavrov", "Lavrov"}},
		{"Donald Trump", Person, []string{"Donald Trump", "Trump"}},
		{"Staffan de Mistura", Person, []string{"Staffan de Mistura"}},
		{"Alexander Lavrentyev", Person, []string{"Alexander Lavrentyev"}},
		{"Stanislav Gadzhimagomedov", Person, []string{"Stanislav Gadzhimagomedov"}},
		{"Bashar Assad", Person, []string{"Bashar Assad"}},
		{"Vladimir Putin", Person, []string{"Vladimir Putin"}},
		{"RIA Novosti", Organization, []string{"RIA Novosti"}},
		{"White House", Organization, []string{"White House"}},
		{"United Nations", Organization, []string{"United Nations", "U.N.", "UN"}},
		{"Joint Task Force on Syria", Organization, []string{"Joint Task Force on Syria"}},
		{"AzerNews", Organization, []string{"AzerNews"}},
		{"Russia", Location, []string{"Russia", "Russian"}},
		{"United States", Location, []string{"United States", "U.S.", "American"}},
		{"Syria", Location, []string{"Syria", "Syrian"}},
		{"Astana", Location, []string{"Astana"}},
		{"Kazakhstan", Location, []string{"Kazakhstan", "Kazakh"}},
		{"Damascus", Location, []string{"Damascus"}},
		{"Jordan", Location, []string{"Jordan"}},
		{"Turkey", Location, []string{"Turkey"}},
		{"Iran", Location, []string{"Iran"}},
		{"Moscow", Location, []string{"Moscow"}},
		{"Tehran", Location, []string{"Tehran"}},
		{"Ankara", Location, []string{"Ankara"}},
		{"Geneva", Location, []string{"Geneva"}},
		{"Middle East", Location, []string{"Middle East"}},
		{"North Africa", Location, []string{"North Africa"}},
	}
	for _, tt := range tests {
		es := byName[tt.name]
		if len(es) != 1 {
			t.Errorf("%q: %d entities, want 1", tt.name, len(es))
			continue
		}
		e := es[0]
		if e.Kind != tt.kind {
			t.Errorf("%q: kind %s, want %s", tt.name, e.Kind, tt.kind)
		}
		have := map[string]bool{}
		for _, m := range e.Mentions {
			have[m.Text] = true
		}
		for _, m := range tt.mentions {
			if !have[m] {
				t.Errorf("%q: no mention %q among %v", tt.name, m, e.Mentions)
			}
		}
	}
	// every occurrence of these names is a mention of the one entity
	for _, name := range []string{"Bogdanov", "Astana", "Jordan", "Trump"} {
		n := 0
		for _, e := range byName {
			for _, m := range e[0].Mentions {
				if strings.Contains(m.Text, name) {
					n++
				}
			}
		}
		if want := strings.Count(text, name); n != want {
			t.Errorf("%q: %d mentions, want %d", name, n, want)
		}
	}
	for _, bad := range []string{"The", "Last", "Many", "Government"} {
		for _, e := range ents {
			for _, m := range e.Mentions {
				if m.Text == bad {
					t.Errorf("entity %q made of %q", e.Name, bad)
				}
			}
		}
	}
	titles := map[string][]string{
		"Sergei Lavrov":             {"Russian Foreign Minister"},
		"Mikhail Bogdanov":          {"Russian Presidential Envoy for the Middle East and North Africa", "Deputy Foreign Minister"},
		"Staffan de Mistura":        {"UN Special Envoy for Syria"},
		"Alexander Lavrentyev":      {"President’s special envoy for the Syrian settlement"},
		"Stanislav Gadzhimagomedov": {"head of the Russian delegation to Astana"},
		"Vladimir Putin":            {"President"},
	}
	for name, want := range titles {
		if es := byName[name]; len(es) == 1 {
			if diff := cmp.Diff(want, es[0].Titles); diff != "" {
				t.Errorf("%s: titles (-want +got):\n%s", name, diff)
			}
		}
	}
}

func TestFind(t *testing.T) {
	type ent struct {
		name string
		kind Kind
		n    int // mentions
	}
	tests := []struct {
		text string
		want []ent
	}{
		{"Mr. Smith met Foreign Minister Anna Kowalska in Warsaw. Smith said Kowalska agreed.",
			[]ent{{"Smith", Person, 2}, {"Anna Kowalska", Person, 2}, {"Warsaw", Location, 1}}},
		{"The International Atomic Energy Agency (IAEA) said the IAEA would inspect the site.",
			[]ent{{"International Atomic Energy Agency", Organization, 3}}},
		{"GERMAN POLICE ARREST SUSPECT IN BERLIN\nPolice in Berlin arrested a man, a German official said.",
			[]ent{{"Germany", Location, 2}, {"Berlin", Location, 2}}},
		{"Many experts said the Labour Party and the Ministry of Finance disagreed.",
			[]ent{{"Labour Party", Organization, 1}, {"Ministry of Finance", Organization, 1}}},
		{"Talks in Moscow-Tehran-Ankara format went on.",
			[]ent{{"Moscow", Location, 1}, {"Tehran", Location, 1}, {"Ankara", Location, 1}}},
	}
	for _, tt := range tests {
		ents := Find(tt.text)
		checkSpans(t, tt.text, ents)
		var got []ent
		for _, e := range ents {
			got = append(got, ent{e.Name, e.Kind, len(e.Mentions)})
		}
		if len(got) != len(tt.want) {
			t.Errorf("Find(%q) = %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Find(%q)[%d] = %v, want %v", tt.text, i, got[i], tt.want[i])
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"", "Mr. Smith said.", "U.S.-led NATO forces in Kabul", "\xff\xfe\xfd Moscow",
		"ALL CAPS HEADLINE IN LONDON", "al-Assad's Syria", strings.Repeat("A. ", 500), "Jean-Pierre O’Neil"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ents := Find(text)
		checkSpans(t, text, ents)
		for _, e := range ents {
			if !utf8.ValidString(e.Name) && utf8.ValidString(text) {
				t.Fatalf("invalid name %q", e.Name)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	seed, err := os.ReadFile(filepath.Join("..", "..", "shared", "seeds", "azernews-astana.txt"))
	if err != nil {
		b.Skip("seed article not available")
	}
	text := strings.Repeat(string(seed)+"\n\n", 20)
	loadGazetteer()
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		Find(text)
	}
	reportCPU(b, c0, len(text))
}

// reportCPU adds the throughput per CPU-second since c0 ("cpu-MB/s"),
// steadier than MB/s on a shared machine.
func reportCPU(b *testing.B, c0 time.Duration, size int) {
	if d := cpuTime() - c0; c0 > 0 && d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
}

// TestLowerInto checks that the folded words equal strings.ToLower's, also
// after the shared buffer has been replaced many times.
func TestLowerInto(t *testing.T) {
	words := []string{"Moscow", "NATO", "already", "Müller", "İstanbul", "U.S.", "McDonald", "X"}
	var b strings.Builder
	var got, want []string
	for i := 0; i < 3*lowChunk; i++ {
		w := words[i%len(words)]
		got = append(got, lowerInto(&b, w))
		want = append(want, strings.ToLower(w))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("word %d: lowerInto gave %q, want %q", i, got[i], want[i])
		}
	}
}

// TestGazetteerCodes checks that two gazetteer entries sharing a code
// (the country AU, the African Union AU) stay two entities.
func TestGazetteerCodes(t *testing.T) {
	text := "Australia backed the African Union plan on Monday."
	var got []string
	for _, e := range Find(text) {
		got = append(got, e.Name+"/"+string(e.Kind))
	}
	want := []string{"Australia/location", "African Union/organization"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find(%q) (-want +got):\n%s", text, diff)
	}
}
