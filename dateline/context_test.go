package dateline

import (
	"testing"
	"time"
)

// refOct14 is a Thursday in the fourth quarter, after third-quarter
// reports.
var refOct14 = time.Date(2014, 10, 23, 0, 0, 0, 0, time.UTC)

// TestFindContext checks value choices that depend on the words around an
// expression: the period a comparison names, discourse markers, anchors.
// The sentences are invented.
func TestFindContext(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		span  string // the expression checked; "" when none may start with want
		value string
	}{
		{"quarter comparison", "Earnings for the third quarter climbed to $12 million from $9 million a year earlier.",
			"a year earlier", "2013-Q3"},
		{"nine months compared", "Third-quarter earnings climbed. Over the nine months, Pelmora Foods made $41.2 million, or 63 cents per share, against a deficit of $3.4 million a year earlier.",
			"a year earlier", "2013"},
		{"first half compared", "Earnings climbed 8% during the third quarter. In the first half, revenue slipped to $7 million from $8 million a year ago.",
			"a year ago", "2013"},
		{"year-earlier six months", "Third-quarter orders grew. Turnover for the six months climbed 6% from year-earlier levels.",
			"year-earlier", "2013"},
		{"decimal point is no sentence end", "Third-quarter earnings grew. Over the nine months, earnings were $2.4 million, or 6.1 cents per share, up from $2.2 million, or 5.7 cents, a year ago.",
			"a year ago", "2013"},
		{"period ended a day", "For the 16 weeks ended Sept. 6, earnings climbed to $3 million from $2 million a year earlier.",
			"a year earlier", "2013-09-06"},
		{"period end in another sentence", "The quarter ended Sept. 30 for the retailer. Earnings climbed to $7 million from $5 million a year earlier.",
			"a year earlier", "2013-Q3"},
		{"period end before a short word's full stop", "The quarter ended Sept. 30, the retailer said. Earnings climbed to $7 million from $5 million a year earlier.",
			"a year earlier", "2013-Q3"},
		{"latest period in the sentence before", "Fourth-quarter earnings dropped. Revenue in the latest period was flat, it said. Staff grew 5% last year.",
			"last year", "2013"},
		{"last year beside the latest period", "Fourth-quarter earnings dropped 22%. Revenue in the latest period reached $840 million, 9% above last year's $770 million.",
			"last year", "2013-Q4"},
		{"last year beside the same period", "Fourth-quarter earnings dropped. Revenue rose 5% from the same period of last year, the bakery chain said.",
			"last year", "2013-Q4"},
		{"last year beside a period ended", "Fourth-quarter earnings dropped. For the period ending Dec. 31, revenue beat last year's total by 4%.",
			"last year", "2013-Q4"},
		{"last year without a period", "Fourth-quarter earnings dropped 22%. The bakery opened last year.",
			"last year", "2013"},
		{"last year beside another period", "Fourth-quarter earnings dropped 22%. After a trial period, the bakery hired 40 bakers last year.",
			"last year", "2013"},
		{"unidentified week", "Bond yields climbed Tuesday. For the week, they gained 0.4 point.", "the week", "2014-WXX"},
		{"week of a date", "The trial opens in the week of Feb. 9.", "the week of Feb. 9", "2015-W07"},
		{"this quarter's results", "Ventrix posted a $3 million deficit over the third quarter, which closed Sept. 30. This quarter's loss reflects a plant closing.",
			"This quarter", "2014-Q3"},
		{"this quarter ahead", "Ventrix posted a deficit in the third quarter. Orders should recover this quarter.",
			"this quarter", "2014-Q4"},
		{"day before a date", "The day before last Monday's vote, she flew to Lisbon.",
			"The day before last Monday", "2014-10-19"},
		{"day after a date", "She returned the day after Sept. 18 and stayed.",
			"the day after Sept. 18", "2014-09-19"},
		{"apposition to a day", "Shares slumped on Sept. 4, the day before the strike.",
			"the day", "2014-09-04"},
		{"holiday week", "Shops expect crowds when Easter week arrives.",
			"Easter week", "2015-W14"},
		{"weekday with plural night", "The ferry sails on Wednesday and Friday nights.",
			"Wednesday", "XXXX-WXX-3TNI"},
		{"plural night", "The ferry sails on Wednesday and Friday nights.",
			"Friday nights", "XXXX-WXX-5TNI"},
		{"plural weekday", "The library shuts on Sundays.",
			"Sundays", "XXXX-WXX-7"},
		{"plural weekday and part", "The quiz runs Thursday evenings.",
			"Thursday evenings", "XXXX-WXX-4TEV"},
		{"singular night stays a date", "The rivals sparred on Sunday night's panel.",
			"Sunday night", "2014-10-19"},
		{"future verb far before", "Okafor, following a nine-hour drive, is scheduled to pass only two hours at the harbour in Port Lindel, Norvania, his second stop Saturday afternoon.",
			"Saturday afternoon", "2014-10-25"},
		{"verb after an opening weekday", "On Wednesday, the Coastal Federation of Independent Grain and Seed Merchants plans to stage a press briefing.",
			"Wednesday", "2014-10-29"},
		{"past verb after an opening weekday", "On Wednesday, the Coastal Federation of Independent Grain and Seed Merchants staged a press briefing.",
			"Wednesday", "2014-10-22"},
		{"pre- and post- years", "the post-1974 economy", "post-1974", "1974"},
		{"until then", "The offer lapses on Dec. 15. Until then, holders may swap their notes.", "then", "2014-12-15"},
		{"ordinal day of an ongoing event", "Strikes spread. It's the second day of a walkout.", "the second day", "2014-10-23"},
		{"today is the nth day", "In the capital, today is the fifth day of the blockade.", "the fifth day", "2014-10-23"},
		{"first of two days", "The fair will take place on March 11 and 12.", "March 11", "2015-03-11"},
		{"second of two days", "The fair will take place on March 11 and 12.", "12", "2015-03-12"},
		{"second day with the year", "Hearings took place on June 8 and 9, 2011.", "9, 2011", "2011-06-09"},
		{"in N years ahead", "The bonds would mature in seven years.", "seven years", "2021"},
		{"in N months ahead", "The mine will shut in four months.", "four months", "2015-02"},
		{"present scheduling verb", "She and Ostrova meet privately Friday with the mediator.", "Friday", "2014-10-24"},
		{"present opening verb", "The regatta starts Sunday.", "Sunday", "2014-10-26"},
		{"past verb stays past", "She and Ostrova met privately Friday with the mediator.", "Friday", "2014-10-17"},
		{"that same day", "The bridge closed on Sept. 2. Its toll booths were removed that same day.", "that same day", "2014-09-02"},
		{"that day after a day", "Copper slid on Aug. 19. Traders sold 40,000 tonnes that day.", "that day", "2014-08-19"},
		{"today after a sentence", "Rents climbed. Today they eased.", "Today", "2014-10-23"},
		{"now as a time", "Exports are now recovering.", "now", "PRESENT_REF"},
		{"now after a sentence", "Exports slumped. Now they are recovering.", "Now", "PRESENT_REF"},
	}
	for _, tc := range tests {
		got := Find(tc.text, Options{Reference: refOct14})
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
		"Now, she argues, the budget seems smaller.",
		"The merger collapsed. Now, after the split, the group is leaner.",
		"\"Now, let us vote,\" the chairman said.",
		"Since then, fares climbed.",
		"It was the second day of hearings.",
		"They bought a 45 second advert.",
		"It occurred the week before the referendum.",
		"This is Harbor Radio Today.",
		"She spoke to Metro Today about it.",
		"A rumour spreads, and you see heavy withdrawals that day.",
	} {
		for _, x := range Find(text, Options{Reference: refOct14}) {
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
		{"By June 7 and 2.5% further, it fell.", 1},
		{"On June 7 and 60 guests arrived.", 1},
		{"On June 7 and 8 the hearings resumed.", 2},
	} {
		if got := Find(tc.text, Options{Reference: refOct14}); len(got) != tc.want {
			t.Errorf("%q: %d expressions %+v, want %d", tc.text, len(got), got, tc.want)
		}
	}
}

// TestFindInDuration checks that "in" with a span keeps a duration where
// the clause does not look ahead.
func TestFindInDuration(t *testing.T) {
	for _, text := range []string{
		"Output grew 0.3%, its weakest advance in a year.",
		"It was her third warning in two months.",
	} {
		got := Find(text, Options{Reference: refOct14})
		if len(got) != 1 || got[0].Type != TypeDuration {
			t.Errorf("%q: got %+v, want one duration", text, got)
		}
	}
}
