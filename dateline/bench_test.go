package dateline

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func init() { rethrow = true } // tests see matcher failures

var benchTimestamps = []string{
	"13 February 2017 18:00 (UTC+04:00)",
	"2017-02-13T18:00:00+04:00",
	"Feb. 13, 2017 3:45 p.m. EST",
	"Mon, 13 Feb 2017 14:00:00 GMT",
}

func BenchmarkParseTimestamp(b *testing.B) {
	n := 0
	for _, s := range benchTimestamps {
		n += len(s)
	}
	b.SetBytes(int64(n / len(benchTimestamps)))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := ParseTimestamp(benchTimestamps[i%len(benchTimestamps)], Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParseTimestamp(f *testing.F) {
	for _, s := range benchTimestamps {
		f.Add(s)
	}
	f.Add("Updated 1800 GMT (0200 HKT) February 13, 2017")
	f.Add("13 Feb 2017 18:00 +99:00")
	f.Add("31 February 2017")
	f.Add("2 hours ago")
	f.Add("\xff\xfe 13 février 2017 à 18h00")
	ref := time.Date(2017, 2, 13, 18, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, opt := range []Options{{}, {Reference: ref, Country: "US", Location: time.UTC}} {
			ts, err := ParseTimestamp(s, opt)
			if err != nil {
				continue
			}
			if ts.Zone == "" || ts.Time.IsZero() && ts.Zone != ZoneNone {
				t.Fatalf("%q: bad result %+v", s, ts)
			}
		}
	})
}

// benchText is a news-like paragraph repeated to a few hundred KB.
func benchText() string {
	const para = "MOSCOW, Feb. 13 (Reuters) - Russia said on Monday that talks would be held on February 15-16, " +
		"2017, after the first round on January 23-24. The conflict, which began in March 2011, has killed " +
		"300,000 people, and officials met last week to discuss the ceasefire agreed 6 years ago. Prices " +
		"climbed 2.7% in the third quarter, the group reported, against $1.4 billion a year earlier.\n\n"
	b := make([]byte, 0, 300<<10)
	for len(b) < 300<<10 {
		b = append(b, para...)
	}
	return string(b)
}

func BenchmarkFind(b *testing.B) {
	benchFind(b, benchText())
}

// benchFind runs AppendFind over text, reusing its result slice, and
// returns the last result.
func benchFind(b *testing.B, text string) []Expr {
	opt := Options{Reference: time.Date(2017, 2, 13, 18, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var dst []Expr
	for b.Loop() {
		dst = AppendFind(dst[:0], text, opt)
	}
	return dst
}

// variedText is like benchText but names a different set of dates in
// every paragraph, so no value string repeats.
func variedText() string {
	months := [...]string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
	b := make([]byte, 0, 300<<10)
	for i := 0; len(b) < 300<<10; i++ {
		y, m, d := 1900+i%200, months[i%12], 1+i%28
		b = fmt.Appendf(b, "LONDON, %s %d (Reuters) - Talks were held on %s %d-%d, %d, after the round of "+
			"%s %d. The conflict, which began in %s %d, has killed 300,000 people since %d, and officials met "+
			"in the %dth week of %d to discuss the ceasefire. Prices rose 3.5%% in the third quarter of %d.\n\n",
			m, d, m, d, d+1, y, months[(i+5)%12], 1+(i+3)%28, months[(i+7)%12], y-1, y-3, 1+i%50, y-2, y-4)
	}
	return string(b)
}

// BenchmarkFindVaried is BenchmarkFind on text whose dates do not repeat,
// which shows the allocations a real article costs per expression.
func BenchmarkFindVaried(b *testing.B) {
	dst := benchFind(b, variedText())
	b.ReportMetric(float64(len(dst)), "exprs/op")
}

// BenchmarkFindNested scans phrases that nest ("the end of the end of
// ..."), whose cost must stay linear.
func BenchmarkFindNested(b *testing.B) {
	text := strings.Repeat("the end of ", 6000)
	opt := Options{Reference: time.Date(2017, 2, 13, 18, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, opt)
	}
}

func BenchmarkFindDateline(b *testing.B) {
	text := "KUALA LUMPUR, April 1, 1997 (AFP) - Malaysia's central bank said on Tuesday"
	ref := time.Date(1997, 4, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := FindDateline(text, ref); !ok {
			b.Fatal("no dateline")
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("said on February 13, RIA Novosti reported; talks on February 15-16, 2017 and January 23- 24.")
	f.Add("6 years ago, last week, the third quarter, the 1990s, 5 p.m. EST Feb. 20, nineteen ninety-four")
	f.Add("'80s mid-1990s Q3 2017 2011-2015 12/31/1999 1990,000 $1990 \xff\xfe")
	ref := time.Date(2017, 2, 13, 18, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, opt := range []Options{{}, {Reference: ref}} {
			prev := 0
			for _, x := range Find(s, opt) {
				if x.Start < prev || x.End <= x.Start || x.End > len(s) || s[x.Start:x.End] != x.Text {
					t.Fatalf("%q: bad span [%d,%d) %q", s, x.Start, x.End, x.Text)
				}
				if x.Type == "" || x.Value == "" {
					t.Fatalf("%q: empty type or value: %+v", s, x)
				}
				prev = x.End
			}
		}
	})
}

func FuzzFindDateline(f *testing.F) {
	f.Add("MOSCOW, Feb. 13 (Reuters) - Russia")
	f.Add("NAIROBI, Kenya (AP) _ A bomb")
	f.Add("Feb 13 (Reuters) - Oil")
	f.Add("BEIJING, Nov. 15, 2006 (Xinhua) -- China")
	ref := time.Date(2017, 2, 13, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := FindDateline(s, ref)
		if !ok {
			return
		}
		if d.Start < 0 || d.End < d.Start || d.End > len(s) {
			t.Fatalf("%q: bad span [%d,%d)", s, d.Start, d.End)
		}
	})
}

func FuzzFindTimestamp(f *testing.F) {
	f.Add("Published: 13 February 2017 18:00 (UTC+04:00) | Politics")
	f.Add("By A on Feb. 13, 2017 3:45 p.m. EST in Baku")
	f.Fuzz(func(t *testing.T, s string) {
		_, b, e, err := FindTimestamp(s, Options{})
		if err == nil && (b < 0 || e <= b || e > len(s)) {
			t.Fatalf("%q: bad span [%d,%d)", s, b, e)
		}
	})
}

// TestLargeInputs checks that big hostile inputs finish: a run that is
// slow here is a super-linear path.
func TestLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	ref := time.Date(2017, 2, 13, 18, 0, 0, 0, time.UTC)
	for name, s := range map[string]string{
		"years":  strings.Repeat("2017 ", 400000),
		"dates":  strings.Repeat("13/02/2017 18:00 ", 100000),
		"quotes": strings.Repeat("\"", 1000000),
		"noline": strings.Repeat("a", 3<<20),
		"months": strings.Repeat("February 13, ", 150000),
	} {
		Find(s, Options{Reference: ref})
		FindTimestamp(s, Options{Reference: ref})
		FindDateline(s, ref)
		_ = name
	}
}
