package dateline

import (
	"bufio"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestFindDateline(t *testing.T) {
	ref := time.Date(2017, 2, 13, 18, 0, 0, 0, time.UTC)
	tests := []struct {
		in                          string
		text, place, region, agency string
		date                        string
	}{
		{"MOSCOW, Feb. 13 (Reuters) - Russia said", "MOSCOW, Feb. 13 (Reuters) -", "MOSCOW", "", "Reuters", "2017-02-13"},
		{"WASHINGTON (AP) — The", "WASHINGTON (AP) —", "WASHINGTON", "", "AP", ""},
		{"NAIROBI, Kenya (AP) _ A bomb", "NAIROBI, Kenya (AP) _", "NAIROBI", "Kenya", "AP", ""},
		{"BEIJING, Nov. 15, 2006 (Xinhua) -- China", "BEIJING, Nov. 15, 2006 (Xinhua) --", "BEIJING", "", "Xinhua", "2006-11-15"},
		{"KUALA LUMPUR, April 1, 1997 (AFP) - Malaysia", "KUALA LUMPUR, April 1, 1997 (AFP) -", "KUALA LUMPUR", "", "AFP", "1997-04-01"},
		{"Feb 13 (Reuters) - Oil prices", "Feb 13 (Reuters) -", "", "", "Reuters", "2017-02-13"},
		{"ASTANA, Kazakhstan — Talks", "ASTANA, Kazakhstan —", "ASTANA", "Kazakhstan", "", ""},
		{"PARIS, Nov 27, 2026 (AFP) - France", "PARIS, Nov 27, 2026 (AFP) -", "PARIS", "", "AFP", "2026-11-27"},
		{"HEBRON, West Bank, March 3, 1998 (AFP) - Crowds", "HEBRON, West Bank, March 3, 1998 (AFP) -", "HEBRON", "West Bank", "AFP", "1998-03-03"},
		{"NEWARK, N.J. _ A new", "NEWARK, N.J. _", "NEWARK", "N.J.", "", ""},
		{"  DAR ES SALAAM, Tanzania (AP) _ Rain", "DAR ES SALAAM, Tanzania (AP) _", "DAR ES SALAAM", "Tanzania", "AP", ""},
		{"Washington (CNN) — The", "Washington (CNN) —", "Washington", "", "CNN", ""},
		{"NEW DELHI: The government", "NEW DELHI:", "NEW DELHI", "", "", ""},
		{"LONDON/PARIS (Reuters) - Europe", "LONDON/PARIS (Reuters) -", "LONDON/PARIS", "", "Reuters", ""},
		{"BRUSSELS, Feb. 13, 2017 /PRNewswire/ -- Company", "BRUSSELS, Feb. 13, 2017 /PRNewswire/ --", "BRUSSELS", "", "PRNewswire", "2017-02-13"},
		{"Kyiv, Ukraine — Russian forces", "Kyiv, Ukraine —", "Kyiv", "Ukraine", "", ""},
		{"WARSAW, December 30 (Xinhua) -- Poland", "WARSAW, December 30 (Xinhua) --", "WARSAW", "", "Xinhua", "2016-12-30"},
	}
	for _, tc := range tests {
		d, ok := FindDateline(tc.in, ref)
		if !ok {
			t.Errorf("%q: no dateline", tc.in)
			continue
		}
		date := ""
		if !d.Date.IsZero() {
			date = d.Date.Format("2006-01-02")
		}
		got := []string{tc.in[d.Start:d.End], d.Place, d.Region, d.Agency, date}
		want := []string{tc.text, tc.place, tc.region, tc.agency, tc.date}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, got, want)
		}
	}
}

func TestFindDatelineNone(t *testing.T) {
	for _, in := range []string{
		"",
		"Russia stated on the U.S. delegation's joining the talks.",
		"BRAMLEY TOOLS Inc. raised its yearly payout.",
		"PORTUGAL's bold push into the digital era.",
		"CNN world report, I'm Dana Pell.",
		"For her part, Marta Quell is the consummate backroom operator.",
		"NOTE: this story was updated.",
		"U.S. officials said - nothing.",
		"Friday April 26 2024",
		"March 2011 - the war began",
		"Smith, Jones - and others agreed.",
		"NASA - the agency said",
		"However, the minister — who spoke on Monday — said",
	} {
		if d, ok := FindDateline(in, time.Time{}); ok {
			t.Errorf("%q: false dateline %q", in, in[d.Start:d.End])
		}
	}
}

// TestDatelinesDev scores FindDateline on the dev datelines.
func TestDatelinesDev(t *testing.T) {
	zr := openGzip(t, sharedData(t, "datelines", "gold.jsonl.gz"))
	var nPlace, okPlace, nAgency, okAgency, nDate, okDate, nNone, falseDL int
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var row struct {
			Text      string
			Published string
			Gold      struct {
				Dateline bool
				Place    []string
				Agency   *string
				Date     *string
			}
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		ref, err := time.Parse("2006-01-02", row.Published[:10])
		if err != nil {
			t.Fatal(err)
		}
		d, ok := FindDateline(row.Text, ref)
		if !row.Gold.Dateline {
			nNone++
			if ok {
				falseDL++
				t.Logf("false dateline %q", row.Text[d.Start:d.End])
			}
			continue
		}
		nPlace++
		place := normPlace(d.PlaceText())
		hit := false
		for _, p := range row.Gold.Place {
			hit = hit || p == place
		}
		if hit {
			okPlace++
		} else {
			t.Logf("place %q, want %q: %.60q", place, row.Gold.Place, row.Text)
		}
		if row.Gold.Agency != nil {
			nAgency++
			if d.Agency == *row.Gold.Agency {
				okAgency++
			} else {
				t.Logf("agency %q, want %q: %.60q", d.Agency, *row.Gold.Agency, row.Text)
			}
		}
		if row.Gold.Date != nil {
			nDate++
			if !d.Date.IsZero() && d.Date.Format("2006-01-02") == *row.Gold.Date {
				okDate++
			} else {
				t.Logf("date %v, want %q: %.60q", d.Date, *row.Gold.Date, row.Text)
			}
		}
	}
	pct := func(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }
	t.Logf("place %.1f%% (%d), agency %.1f%% (%d), date %.1f%% (%d), false %d/%d",
		pct(okPlace, nPlace), nPlace, pct(okAgency, nAgency), nAgency, pct(okDate, nDate), nDate, falseDL, nNone)
	if pct(okPlace, nPlace) < 99 || pct(okAgency, nAgency) < 99 || pct(okDate, nDate) < 99 || falseDL > nNone/100 {
		t.Errorf("below target: place %.1f%%, agency %.1f%%, date %.1f%%, false %d/%d",
			pct(okPlace, nPlace), pct(okAgency, nAgency), pct(okDate, nDate), falseDL, nNone)
	}
}

// normPlace folds a place as the dates scorer does.
func normPlace(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer(".", "", "'", "", "’", "", ",", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func TestCityTableUnique(t *testing.T) {
	// Every city is listed once, so CountryOfCity does not depend on
	// map order.
	seen := map[string]string{}
	for _, row := range cityLists {
		for _, c := range strings.Split(row[1], "|") {
			if prev, dup := seen[c]; dup {
				t.Errorf("%s listed for %s and %s", c, prev, row[0])
			}
			seen[c] = row[0]
		}
	}
	if CountryOfCity(" beijing ") != "CN" || CountryOfCity("Atlantis") != "" {
		t.Error("CountryOfCity lookups wrong")
	}
}
