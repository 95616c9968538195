package dateline_test

import (
	"fmt"
	"time"

	"github.com/newsparse/newsparse/dateline"
)

func ExampleParseTimestamp() {
	ts, err := dateline.ParseTimestamp("13 February 2017 18:00 (UTC+04:00)", dateline.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(ts.Time.Format(time.RFC3339), ts.Zone)

	ts, _ = dateline.ParseTimestamp("Updated Feb. 13, 2017 3:45 p.m. EST", dateline.Options{})
	fmt.Println(ts.Time.Format(time.RFC3339), ts.Zone)

	// No zone stated and no hint: a wall clock, not UTC.
	ts, _ = dateline.ParseTimestamp("13.02.2017 18:00", dateline.Options{})
	fmt.Println(ts.Time.Format("2006-01-02 15:04"), ts.Zone)

	_, err = dateline.ParseTimestamp("Russia said on February 13, 2017 that it would attend", dateline.Options{})
	fmt.Println(err != nil)
	// Output:
	// 2017-02-13T18:00:00+04:00 offset
	// 2017-02-13T15:45:00-05:00 abbreviation
	// 2017-02-13 18:00 none
	// true
}

func ExampleFindDateline() {
	ref := time.Date(2017, 2, 13, 0, 0, 0, 0, time.UTC)
	d, ok := dateline.FindDateline("MOSCOW, Feb. 13 (Reuters) - Russia said on Monday...", ref)
	fmt.Println(ok, d.Place, d.Agency, d.Date.Format("2006-01-02"), d.End)

	d, _ = dateline.FindDateline("NAIROBI, Kenya (AP) _ A bomb exploded...", ref)
	fmt.Println(d.PlaceText(), d.Agency, d.Date.IsZero())
	// Output:
	// true MOSCOW Reuters 2017-02-13 27
	// NAIROBI, Kenya AP true
}

func ExampleFind() {
	text := "Talks are scheduled for February 15-16, 2017; the first round was on January 23-24. " +
		"The war began 6 years ago."
	ref := time.Date(2017, 2, 13, 18, 0, 0, 0, time.FixedZone("", 4*3600))
	for _, x := range dateline.Find(text, dateline.Options{Reference: ref}) {
		fmt.Printf("%q %s %s %s\n", x.Text, x.Type, x.Value, x.EndValue)
	}
	// Output:
	// "February 15-16, 2017" DATE 2017-02-15 2017-02-16
	// "January 23-24" DATE 2017-01-23 2017-01-24
	// "6 years ago" DATE 2011
}
