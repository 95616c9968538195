package dateline

import "strings"

// Classes of words in running text (English).
const (
	twNone       uint8 = iota
	twMonth            // full month name, val 1..12
	twMonthAbbr        // "Jan", "Sept": val 1..12; needs a day or year beside it
	twWeekday          // val 0..6
	twUnit             // val: unit, +100 when plural
	twNum              // number word, val
	twOrd              // ordinal word, val ("third" 3)
	twRelDay           // yesterday -1, today 0, tomorrow 1
	twTonight          // tonight
	twPresent          // now, currently, nowadays
	twPast             // recently, lately, previously, formerly
	twFuture           // soon
	twThe              // the
	twA                // a, an
	twLast             // last, past, previous, preceding
	twThis             // this, current, present
	twNext             // next, coming, following, upcoming
	twAgo              // ago
	twRelDir           // earlier -1, later +1, before -1, after +1 (after a duration)
	twPart             // early 1, mid 2, late 3 (TIMEX3 mods START, MID, END)
	twSeason           // val 1 spring .. 4 winter
	twHalf             // half
	twFiscal           // fiscal
	twDayPart          // morning 1, afternoon 2, evening 3, night 4
	twSetWord          // daily, weekly, monthly, annually; val: unit
	twEvery            // every, each, per
	twFew              // few, several, couple, some, many
	twApprox           // nearly, almost, about, approximately, around, roughly
	twMore             // more, over (val 1); less, under (val -1)
	twThan             // than
	twAt               // at
	twLeast            // least (val 1), most (val -1)
	twAMPM             // am 0, pm 1
	twZoneWord         // UTC, GMT
	twNoon             // noon 12, midnight 0
	twDecadeWord       // "nineties" val 9
	twHoliday          // val: holiday index
	twDay              // "day" in "the day before"
	twOf               // of
	twIn               // in
	twAnd              // and, or
	twFrom             // from, between, since
	twTo               // to, through, until
	twHundred          // hundred
	twThousand         // thousand
	twDozen            // dozen
	twBeginning        // beginning, start (START); end (END); middle (MID)
	twWeekdays         // "Mondays": val 0..6
)

type textWord struct {
	kind uint8
	val  int16
}

var textWords = map[string]textWord{}

func addText(kind uint8, val int16, ws ...string) {
	for _, w := range ws {
		if _, dup := textWords[w]; !dup {
			textWords[w] = textWord{kind, val}
		}
	}
}

// Holidays with a fixed date (month*100+day) or a rule (negative codes).
var holidays = []struct {
	names []string
	md    int // month*100 + day; 0 with a rule
	rule  int // 1 Thanksgiving (US), 2 Labor Day, 3 Memorial Day, 4 Election Day, 5 Easter
}{
	{[]string{"christmas", "christmas day"}, 1225, 0},
	{[]string{"christmas eve"}, 1224, 0},
	{[]string{"new years day"}, 101, 0},
	{[]string{"new years eve"}, 1231, 0},
	{[]string{"independence day"}, 704, 0},
	{[]string{"halloween"}, 1031, 0},
	{[]string{"valentines day"}, 214, 0},
	{[]string{"boxing day"}, 1226, 0},
	{[]string{"veterans day"}, 1111, 0},
	{[]string{"thanksgiving", "thanksgiving day"}, 0, 1},
	{[]string{"labor day"}, 0, 2},
	{[]string{"memorial day"}, 0, 3},
	{[]string{"election day"}, 0, 4},
	{[]string{"easter", "easter sunday"}, 0, 5},
}

func init() {
	full := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, m := range full {
		addText(twMonth, int16(i+1), m)
	}
	abbr := [][]string{{"jan"}, {"feb", "febr"}, {"mar"}, {"apr"}, {}, {"jun"}, {"jul"},
		{"aug"}, {"sep", "sept"}, {"oct"}, {"nov"}, {"dec"}}
	for i, ws := range abbr {
		addText(twMonthAbbr, int16(i+1), ws...)
	}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, d := range days {
		addText(twWeekday, int16(i), d)
		addText(twWeekdays, int16(i), d+"s")
	}
	units := []struct {
		u        int16
		sing, pl string
	}{
		{unitSecond, "second", "seconds"},
		{unitMinute, "minute", "minutes"},
		{unitHour, "hour", "hours"},
		{unitDay, "day", "days"},
		{unitWeek, "week", "weeks"},
		{unitMonth, "month", "months"},
		{unitYear, "year", "years"},
		{unitDecade, "decade", "decades"},
		{unitCentury, "century", "centuries"},
		{unitQuarter, "quarter", "quarters"},
		{unitWeekend, "weekend", "weekends"},
		{unitFortnight, "fortnight", "fortnights"},
	}
	for _, u := range units {
		addText(twUnit, u.u, u.sing)
		addText(twUnit, u.u+100, u.pl)
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, n := range nums {
		addText(twNum, int16(i), n)
	}
	tens := []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, n := range tens {
		if n != "" {
			addText(twNum, int16(i*10), n)
		}
	}
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth", "twentieth"}
	for i, o := range ords {
		if o != "" {
			addText(twOrd, int16(i), o)
		}
	}
	addText(twOrd, 30, "thirtieth")
	addText(twRelDay, -1, "yesterday")
	addText(twRelDay, 0, "today")
	addText(twRelDay, 1, "tomorrow")
	addText(twTonight, 0, "tonight")
	addText(twPresent, 0, "now", "currently", "nowadays", "presently")
	addText(twPast, 0, "recently", "lately", "previously", "formerly", "recent")
	addText(twFuture, 0, "soon", "future")
	addText(twThe, 0, "the")
	addText(twA, 0, "a", "an")
	addText(twLast, 0, "last", "past", "previous", "preceding", "prior")
	addText(twThis, 0, "this", "current", "present")
	addText(twNext, 0, "next", "coming", "following", "upcoming")
	addText(twAgo, 0, "ago")
	addText(twRelDir, -1, "earlier", "before")
	addText(twRelDir, 1, "later", "after")
	addText(twPart, 1, "early")
	addText(twPart, 2, "mid")
	addText(twPart, 3, "late")
	addText(twSeason, 1, "spring")
	addText(twSeason, 2, "summer")
	addText(twSeason, 3, "fall", "autumn")
	addText(twSeason, 4, "winter")
	addText(twHalf, 0, "half")
	addText(twFiscal, 0, "fiscal")
	addText(twDayPart, 1, "morning")
	addText(twDayPart, 2, "afternoon")
	addText(twDayPart, 3, "evening")
	addText(twDayPart, 4, "night")
	addText(twSetWord, unitDay, "daily")
	addText(twSetWord, unitWeek, "weekly")
	addText(twSetWord, unitMonth, "monthly")
	addText(twSetWord, unitYear, "annually", "yearly")
	addText(twSetWord, unitHour, "hourly")
	addText(twEvery, 0, "every", "each", "per")
	addText(twFew, 0, "few", "several", "couple", "some", "many", "numerous")
	addText(twApprox, 0, "nearly", "almost", "about", "approximately", "around", "roughly")
	addText(twMore, 1, "more", "over")
	addText(twMore, -1, "less", "under", "fewer")
	addText(twThan, 0, "than")
	addText(twAt, 0, "at")
	addText(twLeast, 1, "least")
	addText(twLeast, -1, "most")
	addText(twAMPM, 0, "am")
	addText(twAMPM, 1, "pm")
	addText(twZoneWord, 0, "utc", "gmt")
	addText(twNoon, 12, "noon", "midday")
	addText(twNoon, 0, "midnight")
	decades := []string{"", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}
	for i, d := range decades {
		if d != "" {
			addText(twDecadeWord, int16(i), d)
		}
	}
	addText(twDay, 0, "day")
	addText(twOf, 0, "of")
	addText(twIn, 0, "in")
	addText(twAnd, 0, "and", "or")
	addText(twFrom, 0, "from", "between", "since")
	addText(twTo, 0, "to", "through", "until", "till", "thru")
	addText(twHundred, 0, "hundred")
	addText(twThousand, 0, "thousand")
	addText(twDozen, 0, "dozen", "dozens")
	addText(twBeginning, 1, "beginning", "start")
	addText(twBeginning, 2, "middle")
	addText(twBeginning, 3, "end")
	for i, h := range holidays {
		for _, n := range h.names {
			w, _, _ := strings.Cut(n, " ")
			addText(twHoliday, int16(i), w)
		}
	}
}

// lookupText classifies word token t of s in the text lexicon.
func lookupText(s string, t *token) textWord {
	var buf [24]byte
	w := s[t.start:t.end]
	w = w[:len(w)-possessiveLen(w)]
	k, ok := lowerKey(w, &buf)
	if !ok {
		return textWord{}
	}
	return textWords[string(k)]
}

// possessiveLen is the length of a trailing "'s" or "’s" on word w, or 0.
func possessiveLen(w string) int {
	switch {
	case len(w) > 2 && (w[len(w)-2:] == "'s" || w[len(w)-2:] == "'S"):
		return 2
	case len(w) > 4 && w[len(w)-4:] == "’s":
		return 4
	}
	return 0
}
