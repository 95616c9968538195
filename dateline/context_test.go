package dateline

import (
	"testing"
	"time"
)

// ref1989 is a Thursday in the fourth quarter, after third-quarter reports.
var ref1989 = time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC)

// TestFindContext checks value choices that depend on the words around an
// expression: the period a comparison names, discourse markers, anchors.
func TestFindContext(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		span  string // the expression checked; "" when none may start with want
		value string
	}{
		{"quarter comparison", "Third-quarter profit rose to $5 million from $4 million a year earlier.",
			"a year earlier", "1988-Q3"},
		{"nine months compared", "Third-quarter profit rose. For the nine months, the company earned $18.9 million, or 97 cents a share, compared with a loss of $9.7 million a year earlier.",
			"a year earlier", "1988"},
		{"first half compared", "Net rose 5% in the third quarter. In the first half, sales fell to $2 million from $3 million a year ago.",
			"a year ago", "1988"},
		{"year-earlier nine months", "Third-quarter sales rose. Revenue for the six months rose 4% from year-earlier levels.",
			"year-earlier", "1988"},
		{"decimal point is no sentence end", "Third-quarter net rose. For the nine months, net was $1.5 million, or 4.5 cents a share, up from $1.2 million, or 3.9 cents a share, a year ago.",
			"a year ago", "1988"},
		{"period ended a day", "For the 12 weeks ended Aug. 12, net rose to $6 million from $8 million a year earlier.",
			"a year earlier", "1988-08-12"},
		{"period end in another sentence", "The quarter ended Sept. 30. Net rose to $6 million from $8 million a year earlier.",
			"a year earlier", "1988-Q3"},
		{"last year beside the latest period", "Fourth-quarter net fell 47%. Sales in the latest period were $1.76 billion, up 13% from last year's $1.55 billion.",
			"last year", "1988-Q4"},
		{"last year without a period", "Fourth-quarter net fell 47%. The company was founded last year.",
			"last year", "1988"},
		{"unidentified week", "The index fell Friday. For the week, it dropped 3.8%.", "the week", "1989-WXX"},
		{"week of a date", "The hearing is set for the week of March 6.", "the week of March 6", "1990-W10"},
		{"this quarter's results", "It lost $8 million in the third quarter ended Sept. 30. This quarter's loss includes charges.",
			"This quarter", "1989-Q3"},
		{"this quarter ahead", "It lost $8 million in the third quarter. Sales should rise this quarter.",
			"this quarter", "1989-Q4"},
		{"day before a date", "The day before last Tuesday's hearing, he went home.",
			"The day before last Tuesday", "1989-10-23"},
		{"day after a date", "He left the day after Oct. 12 and came back.",
			"the day after Oct. 12", "1989-10-13"},
		{"apposition to a day", "Eight days after Oct. 12, the day before the plunge, it fell.",
			"the day", "1989-10-12"},
		{"holiday week", "Protesters will pray as Easter week begins.",
			"Easter week", "1990-W15"},
		{"weekday with plural night", "Flights leave on Monday and Tuesday nights.",
			"Monday", "XXXX-WXX-1TNI"},
		{"plural night", "Flights leave on Monday and Tuesday nights.",
			"Tuesday nights", "XXXX-WXX-2TNI"},
		{"plural weekday", "The museum is closed on Mondays.",
			"Mondays", "XXXX-WXX-1"},
		{"plural weekday and part", "The show airs Friday evenings.",
			"Friday evenings", "XXXX-WXX-5TEV"},
		{"singular night stays a date", "They debated on Saturday night's stage.",
			"Saturday night", "1989-10-21"},
		{"future verb far before", "Albright, after a 16-hour flight, is scheduled to spend only five hours on the ground in Dar es Salaam, Tanzania, her first stop Tuesday morning.",
			"Tuesday morning", "1989-10-31"},
		{"verb after an opening weekday", "On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a news conference.",
			"Tuesday", "1989-10-31"},
		{"past verb after an opening weekday", "On Tuesday, the National Abortion and Reproductive Rights Action League held a news conference.",
			"Tuesday", "1989-10-24"},
		{"pre- and post- years", "the post-1959 politics", "post-1959", "1959"},
		{"until then", "The rights end on Nov. 30. Until then, the stock stays convertible.", "then", "1989-11-30"},
		{"ordinal day of an ongoing event", "Gunfire went on. It's the second day of an offensive.", "the second day", "1989-10-26"},
		{"today is the nth day", "In Saudi Arabia, today is the eighth day of the operation.", "the eighth day", "1989-10-26"},
		{"first of two days", "The summit will be held on April 24 and 25.", "April 24", "1990-04-24"},
		{"second of two days", "The summit will be held on April 24 and 25.", "25", "1990-04-25"},
		{"second day with the year", "Talks ran on May 3 and 4, 1988.", "4, 1988", "1988-05-04"},
		{"in N years ahead", "The stock would be redeemed in five years.", "five years", "1994"},
		{"in N months ahead", "The plant will close in six months.", "six months", "1990-04"},
		{"present scheduling verb", "He and Arafat meet separately Monday with the envoy.", "Monday", "1989-10-30"},
		{"present opening verb", "The exhibition opens Saturday.", "Saturday", "1989-10-28"},
		{"past verb stays past", "He and Arafat met separately Monday with the envoy.", "Monday", "1989-10-23"},
		{"that same day", "He was shot on Oct. 23. His name was crossed out that same day.", "that same day", "1989-10-23"},
		{"that day after a day", "The market fell on Oct. 13. Funds lost $1 billion that day.", "that day", "1989-10-13"},
		{"today after a sentence", "Prices fell. Today they rose.", "Today", "1989-10-26"},
		{"now as a time", "Sales are now rising.", "now", "PRESENT_REF"},
		{"now after a sentence", "Sales fell. Now they are rising.", "Now", "PRESENT_REF"},
	}
	for _, tc := range tests {
		got := Find(tc.text, Options{Reference: ref1989})
		found := false
		for _, x := range got {
			if x.Text == tc.span {
				found = true
				if x.Value != tc.value {
					t.Errorf("%s: %q = %s, want %s", tc.name, x.Text, x.Value, tc.value)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q not found in %+v", tc.name, tc.span, got)
		}
	}
}

// TestFindContextNothing lists words that are no time in their context.
func TestFindContextNothing(t *testing.T) {
	for _, text := range []string{
		"Now, he says, the plan looks different.",
		"The plan failed. Now, following the sale, it is smaller.",
		"\"Now, let us begin,\" she said.",
		"Since then, prices rose.",
		"It was the second day of talks.",
		"It took a 30 second spot.",
		"It happened the week before the vote.",
		"This is VOA Today.",
		"He told USA Today about it.",
		"You get a news item, and you have strong redemptions that day.",
	} {
		for _, x := range Find(text, Options{Reference: ref1989}) {
			t.Errorf("%q: false expression %q (%s %s)", text, x.Text, x.Type, x.Value)
		}
	}
}

// TestFindTwoDays checks that only a day number is dated by the month
// before it, not an amount.
func TestFindTwoDays(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"By July 2 and 3.5% later, it rose.", 1},
		{"On July 2 and 40 people came.", 1},
		{"On July 2 and 3 the talks continued.", 2},
	} {
		if got := Find(tc.text, Options{Reference: ref1989}); len(got) != tc.want {
			t.Errorf("%q: %d expressions %+v, want %d", tc.text, len(got), got, tc.want)
		}
	}
}

// TestFindInDuration checks that "in" with a span keeps a duration where
// the clause does not look ahead.
func TestFindInDuration(t *testing.T) {
	for _, text := range []string{
		"Spending rose 0.2%, the smallest gain in a year.",
		"It was his second letter in two weeks.",
	} {
		got := Find(text, Options{Reference: ref1989})
		if len(got) != 1 || got[0].Type != TypeDuration {
			t.Errorf("%q: got %+v, want one duration", text, got)
		}
	}
}
