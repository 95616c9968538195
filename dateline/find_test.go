package dateline

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// seedRef is the publication time of the seed article.
var seedRef = time.Date(2017, 2, 13, 18, 0, 0, 0, time.FixedZone("", 4*3600))

func TestFindValues(t *testing.T) {
	tests := []struct {
		text       string
		span       string // expected text of the first expression
		typ, value string
		endValue   string
	}{
		{"said on February 13, RIA Novosti reported", "February 13", TypeDate, "2017-02-13", ""},
		{"scheduled for February 15-16, 2017.", "February 15-16, 2017", TypeDate, "2017-02-15", "2017-02-16"},
		{"the first Astana talks on January 23-24.", "January 23-24", TypeDate, "2017-01-23", "2017-01-24"},
		{"took place in the Kazakh capital on January 23- 24.", "January 23- 24", TypeDate, "2017-01-23", "2017-01-24"},
		{"On February 6, Astana hosted a meeting.", "February 6", TypeDate, "2017-02-06", ""},
		{"since 30 September 2015.", "30 September 2015", TypeDate, "2015-09-30", ""},
		{"continues in Syria since March 2011.", "March 2011", TypeDate, "2011-03", ""},
		{"since its beginning 6 years ago.", "6 years ago", TypeDate, "2011", ""},
		{"He left on Tuesday.", "Tuesday", TypeDate, "2017-02-07", ""},
		{"He will leave on Tuesday.", "Tuesday", TypeDate, "2017-02-14", ""},
		{"It happened last week.", "last week", TypeDate, "2017-W06", ""},
		{"It rose in the third quarter.", "the third quarter", TypeDate, "2016-Q3", ""},
		{"It rose in the 1990s.", "the 1990s", TypeDate, "199", ""},
		{"for three years", "three years", TypeDuration, "P3Y", ""},
		{"for the past three months", "the past three months", TypeDuration, "P3M", ""},
		{"It is over now.", "now", TypeDate, "PRESENT_REF", ""},
		{"They met recently.", "recently", TypeDate, "PAST_REF", ""},
		{"They met yesterday.", "yesterday", TypeDate, "2017-02-12", ""},
		{"They met two days later.", "two days later", TypeDate, "2017-02-15", ""},
		{"between 2011 and 2015", "2011", TypeDate, "2011", ""},
		{"the 2011-2015 plan", "2011-2015", TypeDate, "2011", "2015"},
		{"Prices rose last summer.", "last summer", TypeDate, "2016-SU", ""},
		{"at 10 p.m. Wednesday", "10 p.m. Wednesday", TypeTime, "2017-02-08T22:00", ""},
		{"It meets daily.", "daily", TypeSet, "P1D", ""},
		{"during the winter of nineteen eighty-seven", "the winter of nineteen eighty-seven", TypeDate, "1987-WI", ""},
		{"on Christmas Day", "Christmas Day", TypeDate, "2016-12-25", ""},
		{"Friday's ruling", "Friday", TypeDate, "2017-02-10", ""},
		{"in the 20th century", "the 20th century", TypeDate, "19", ""},
		{"this year's third quarter", "this year's third quarter", TypeDate, "2017-Q3", ""},
		{"posted Nov 19, 2019, 7:53pm EST by", "Nov 19, 2019, 7:53pm EST", TypeTime, "2019-11-19T19:53", ""},
		{"on 13 February 2017 at 18:00 local time", "13 February 2017 at 18:00", TypeTime, "2017-02-13T18:00", ""},
		{"The talks are set for Feb.\n13, 2017, in Astana.", "Feb.\n13, 2017", TypeDate, "2017-02-13", ""},
		{"from 13-15 March 2017", "13-15 March 2017", TypeDate, "2017-03-13", "2017-03-15"},
		{"robbed last Oct. 11 outside her shop", "last Oct. 11", TypeDate, "2016-10-11", ""},
		{"The vote was postponed until Friday.", "Friday", TypeDate, "2017-02-17", ""},
		{"Protesters planned a rally on Saturday.", "Saturday", TypeDate, "2017-02-18", ""},
		{"They were planning to march on Sunday.", "Sunday", TypeDate, "2017-02-19", ""},
		{"Farmers planned a convoy for Saturday and were planning to park.", "Saturday", TypeDate, "2017-02-18", ""},
		{"The talks went ahead as originally planned on Saturday.", "Saturday", TypeDate, "2017-02-11", ""},
		{"Lawyers would seek a way around Wednesday's verdict.", "Wednesday", TypeDate, "2017-02-08", ""},
		{"Talks stalled ahead of Sunday's election.", "Sunday", TypeDate, "2017-02-19", ""},
		{"For the year, sales rose 5%.", "the year", TypeDate, "2017", ""},
		{"Solar power will one day be the cheapest fuel.", "one day", TypeDate, "FUTURE_REF", ""},
		{"She had only held the post one day.", "one day", TypeDuration, "P1D", ""},
		{"the mood of the last half of the '70s", "the last half of the '70s", TypeDate, "197", ""},
		{"in the first half of the 1990s", "the first half of the 1990s", TypeDate, "199", ""},
		{"in the first half of 1990", "the first half of 1990", TypeDate, "1990-H1", ""},
		{"through the first two quarters of 2011", "the first two quarters of 2011", TypeDate, "2011-H1", ""},
		{"The Dow ended the day down 2%.", "the day", TypeDate, "2017-02-13", ""},
		{"Later in the day it rose.", "the day", TypeDate, "2017-02-13", ""},
		{"teenagers in today's world", "today", TypeDate, "PRESENT_REF", ""},
		{"training the engineers of tomorrow, she said", "tomorrow", TypeDate, "FUTURE_REF", ""},
		{"It appeared in today's edition.", "today", TypeDate, "2017-02-13", ""},
		{"They met in March of last year.", "March of last year", TypeDate, "2016-03", ""},
		{"Elections are due in March for Parliament.", "March", TypeDate, "2017-03", ""},
		{"In the quarter ended Aug. 31, it lost $8.", "the quarter", TypeDate, "2016-Q3", ""},
		{"against a year-earlier deficit of $7", "year-earlier", TypeDate, "2016", ""},
		{"She was back at work the next morning.", "the next morning", TypeDate, "2017-02-14", ""},
		{"In the quarter a year ago, it earned $9.", "the quarter a year ago", TypeDate, "2015-Q4", ""},
		{"The deal should close around Nov. 1.", "around Nov. 1", TypeDate, "2017-11-01", ""},
		{"Lawyers hope to get around Wednesday's verdict.", "Wednesday", TypeDate, "2017-02-08", ""},
		{"The summit will be held on October 24.", "October 24", TypeDate, "2017-10-24", ""},
		{"It will cut 6,000 jobs by year end.", "year end", TypeDate, "2017", ""},
		{"The pipeline should be finished by year's end.", "year's end", TypeDate, "2017", ""},
		{"It will close the deal by year-end.", "year-end", TypeDate, "2017-12-31", ""},
		{"Only a week or so ago, she resigned.", "a week or so ago", TypeDate, "2017-W06", ""},
		{"climbing to a peak for the year of $17.25", "the year", TypeDate, "2017", ""},
	}
	for _, tc := range tests {
		got := Find(tc.text, Options{Reference: seedRef})
		if len(got) == 0 {
			t.Errorf("%q: nothing found", tc.text)
			continue
		}
		g := got[0]
		if g.Text != tc.span || g.Type != tc.typ || g.Value != tc.value || g.EndValue != tc.endValue {
			t.Errorf("%q: got %q %s %s..%s, want %q %s %s..%s", tc.text, g.Text, g.Type, g.Value, g.EndValue,
				tc.span, tc.typ, tc.value, tc.endValue)
		}
		if tc.text[g.Start:g.End] != g.Text {
			t.Errorf("%q: span [%d,%d) does not cover %q", tc.text, g.Start, g.End, g.Text)
		}
	}
}

func TestFindNothing(t *testing.T) {
	for _, text := range []string{
		"the government and the opposition sat together at the table",
		"We may have news soon after lunch.",
		"The envoy would march on to Geneva.",
		"The mayor of MAR DEL PLATA spoke.",
		"A delegate from Augusta spoke.",
		"April Glaspie met the president.",
		"It costs $1990 and weighs 2000 tons.",
		"He scored 1,990 points, or 12.5%.",
		"Call 555-1990 now-ish",
		"He was named player of the year.",
		"He spent the day at home.",
		"the camera on its most recent tablet model",
		"It was the day of the attack.",
		"walkers at the annual March for Hope in the park",
		"the leader of the March of the Silent Farmers",
		"a string of ``Summer of Song'' concerts",
		"The quarter-to-quarter change looked weak.",
		"Sales fell from the year before.",
		"",
	} {
		for _, x := range Find(text, Options{Reference: seedRef}) {
			if x.Text != "now" {
				t.Errorf("%q: false expression %q (%s %s)", text, x.Text, x.Type, x.Value)
			}
		}
	}
}

func TestFindAnchoredYear(t *testing.T) {
	got := Find("Ford earned more in 2009 than the year before. The year before the war was calm.", Options{Reference: seedRef})
	var vals []string
	for _, x := range got {
		vals = append(vals, x.Text+"="+x.Value)
	}
	want := []string{"2009=2009", "the year before=2008"}
	if diff := cmp.Diff(want, vals); diff != "" {
		t.Errorf("anchored years (-want +got):\n%s", diff)
	}
}

func TestFindNoReference(t *testing.T) {
	got := Find("On February 6 and on 30 September 2015, yesterday.", Options{})
	if len(got) != 1 || got[0].Value != "2015-09-30" {
		t.Errorf("without a reference: got %+v, want only the absolute date", got)
	}
}

func TestFindBounds(t *testing.T) {
	got := Find("in the third quarter of 2016 and in February 2017", Options{})
	if len(got) != 2 {
		t.Fatalf("got %d expressions", len(got))
	}
	want := [][2]time.Time{
		{time.Date(2016, 7, 1, 0, 0, 0, 0, time.UTC), time.Date(2016, 10, 1, 0, 0, 0, 0, time.UTC)},
		{time.Date(2017, 2, 1, 0, 0, 0, 0, time.UTC), time.Date(2017, 3, 1, 0, 0, 0, 0, time.UTC)},
	}
	for i, x := range got {
		if !x.Begin.Equal(want[i][0]) || !x.Finish.Equal(want[i][1]) {
			t.Errorf("%q: bounds %v..%v, want %v..%v", x.Text, x.Begin, x.Finish, want[i][0], want[i][1])
		}
	}
}

// TestFindGolden runs Find over a wire story written for this test and
// compares with testdata/wire.golden.json (rewrite with -update).
func TestFindGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "wire.txt"))
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		Dateline *Dateline
		Dates    []Expr
	}
	var res result
	if d, ok := FindDateline(string(text), seedRef); ok {
		res.Dateline = &d
	}
	res.Dates = Find(string(text), Options{Reference: seedRef})
	got, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "wire.golden.json")
	if *update {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(strings.TrimSpace(string(want)), strings.TrimSpace(string(got))); diff != "" {
		t.Errorf("golden mismatch (-want +got):\n%s", diff)
	}
}

func TestPad(t *testing.T) {
	for _, tc := range []struct {
		n, w int
		want string
	}{{0, 2, "00"}, {5, 2, "05"}, {12, 2, "12"}, {123, 2, "123"}, {2017, 4, "2017"}, {7, 4, "0007"}, {-3, 2, "-03"}} {
		if got := pad(tc.n, tc.w); got != tc.want {
			t.Errorf("pad(%d, %d) = %q, want %q", tc.n, tc.w, got, tc.want)
		}
	}
}

// TestEveryWordAtEdges runs every word of the lexicon at the ends of
// short texts, where the matchers look past the last token.
func TestEveryWordAtEdges(t *testing.T) {
	forms := []string{"%s", "the %s", "%s 5", "5 %s", "last %s", "%s, 2017", "in %s", "%s-", "'%s",
		"%s of", "a %s", "%s ago", "%s earlier", "13 %s", "at least %s", "Capital %s"}
	for w := range textWords {
		for _, form := range forms {
			for _, word := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
				text := strings.ReplaceAll(form, "%s", word)
				Find(text, Options{Reference: seedRef})
				Find(text, Options{})
			}
		}
	}
}
