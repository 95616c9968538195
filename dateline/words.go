package dateline

// Word classes.
const (
	wkNone    uint8 = iota
	wkMonth         // val 1..12
	wkWeekday       // val 0..6 (Sunday 0)
	wkAM
	wkPM
	wkZone    // val: index in zoneTable
	wkFiller  // "Updated", "Published", "on", "at": allowed around a timestamp
	wkOrdinal // "th", "st", "nd", "rd" after a number
	wkT       // ISO date/time separator
	wkH       // "18h00"
	wkUnit    // val: a unit* constant
	wkAgo
	wkRelDay // val: day offset (yesterday -1)
	wkNow    // "now"
	wkA      // "a", "an"
	wkJust   // "just"
	wkNoon   // val: hour (12 noon, 0 midnight)
	wkOClock // "o'clock", "hrs", "uhr", "h" after a number
)

// Units of relative expressions and durations.
const (
	unitSecond int16 = iota + 1
	unitMinute
	unitHour
	unitDay
	unitWeek
	unitMonth
	unitYear
	unitDecade
	unitCentury
	unitQuarter
	unitWeekend
	unitFortnight
)

// wordInfo is the class and value of a known word.
type wordInfo struct {
	kind    uint8
	val     int16
	foreign bool // not English: accepted in timestamps, not in running text
}

var words = map[string]wordInfo{}

// addWord adds an English word; the first entry of a word wins.
func addWord(w string, kind uint8, val int16) {
	addInfo(w, wordInfo{kind: kind, val: val})
}

func addInfo(w string, wi wordInfo) {
	if _, dup := words[w]; !dup {
		words[w] = wi
	}
}

// addNames adds the names of value val, English first, then after a "|"
// the foreign ones.
func addNames(kind uint8, val int16, names []string) {
	foreign := false
	for _, n := range names {
		if n == "|" {
			foreign = true
			continue
		}
		addInfo(n, wordInfo{kind: kind, val: val, foreign: foreign})
	}
}

func init() {
	months := [...][]string{
		{"january", "jan", "|", "janvier", "janv", "januar", "jänner", "enero", "ene", "gennaio", "janeiro"},
		{"february", "feb", "febr", "|", "février", "fevrier", "févr", "fév", "februar", "febrero", "febbraio", "fevereiro"},
		{"march", "mar", "|", "mars", "märz", "maerz", "mär", "marzo", "março"},
		{"april", "apr", "|", "avril", "avr", "abril", "aprile", "abr"},
		{"may", "|", "mai", "mayo", "maggio", "maio"},
		{"june", "jun", "|", "juin", "juni", "junio", "giugno", "junho"},
		{"july", "jul", "|", "juillet", "juil", "juli", "julio", "luglio", "julho"},
		{"august", "aug", "|", "août", "aout", "agosto"},
		{"september", "sep", "sept", "|", "septembre", "septiembre", "settembre", "setembro"},
		{"october", "oct", "|", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro"},
		{"november", "nov", "|", "novembre", "noviembre", "novembro"},
		{"december", "dec", "|", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro"},
	}
	for i, names := range months {
		addNames(wkMonth, int16(i+1), names)
	}
	days := [...][]string{
		{"sunday", "sun", "|", "dimanche", "sonntag", "domingo", "domenica"},
		{"monday", "mon", "|", "lundi", "montag", "lunes", "lunedì"},
		{"tuesday", "tue", "tues", "|", "mardi", "dienstag", "martes", "martedì"},
		{"wednesday", "wed", "|", "mercredi", "mittwoch", "miércoles", "mercoledì"},
		{"thursday", "thu", "thur", "thurs", "|", "jeudi", "donnerstag", "jueves", "giovedì"},
		{"friday", "fri", "|", "vendredi", "freitag", "viernes", "venerdì"},
		{"saturday", "sat", "|", "samedi", "samstag", "sábado", "sabato"},
	}
	for i, names := range days {
		addNames(wkWeekday, int16(i), names)
	}
	addWord("am", wkAM, 0)
	addWord("pm", wkPM, 0)
	for _, w := range []string{
		"updated", "update", "published", "posted", "on", "at", "last", "modified",
		"created", "first", "date", "time", "um", "à", "le", "de", "del", "das", "el",
		"the", "of", "publié", "mis", "jour", "publicado", "veröffentlicht",
		"aktualisiert", "stand", "a", "las", "los", "alle", "ore", "op",
	} {
		addWord(w, wkFiller, 0)
	}
	for _, w := range []string{"th", "st", "nd", "rd", "er", "e"} {
		addWord(w, wkOrdinal, 0)
	}
	addWord("t", wkT, 0)
	addWord("h", wkH, 0)
	for _, w := range []string{"oclock", "uhr"} {
		addWord(w, wkOClock, 0)
	}
	units := []struct {
		u  int16
		ws []string
	}{
		{unitSecond, []string{"second", "seconds", "sec", "secs"}},
		{unitMinute, []string{"minute", "minutes", "min", "mins"}},
		{unitHour, []string{"hour", "hours", "hr", "hrs"}},
		{unitDay, []string{"day", "days"}},
		{unitWeek, []string{"week", "weeks", "wk", "wks"}},
		{unitMonth, []string{"month", "months"}},
		{unitYear, []string{"year", "years", "yr", "yrs"}},
		{unitDecade, []string{"decade", "decades"}},
		{unitCentury, []string{"century", "centuries"}},
		{unitQuarter, []string{"quarter", "quarters"}},
		{unitWeekend, []string{"weekend", "weekends"}},
		{unitFortnight, []string{"fortnight", "fortnights"}},
	}
	for _, u := range units {
		for _, w := range u.ws {
			addWord(w, wkUnit, u.u)
		}
	}
	addWord("ago", wkAgo, 0)
	addWord("yesterday", wkRelDay, -1)
	addWord("today", wkRelDay, 0)
	addWord("tomorrow", wkRelDay, 1)
	addWord("now", wkNow, 0)
	addWord("an", wkA, 0)
	addWord("just", wkJust, 0)
	addWord("noon", wkNoon, 12)
	addWord("midday", wkNoon, 12)
	addWord("midnight", wkNoon, 0)
}

// lookupWord classifies the word s[t.start:t.end].
func lookupWord(s string, t *token) wordInfo {
	var buf [24]byte
	k, ok := lowerKey(s[t.start:t.end], &buf)
	if !ok {
		return wordInfo{}
	}
	return words[string(k)]
}
