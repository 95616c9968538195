package dateline

import (
	"testing"
	"time"
)

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
