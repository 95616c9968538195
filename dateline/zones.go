package dateline

import (
	"strings"
	"sync"
	"time"
)

// MaxOffset is the largest UTC offset accepted, in either direction.
const MaxOffset = 14 * time.Hour

// zoneReading is one meaning of a zone abbreviation.
type zoneReading struct {
	off       int32  // seconds east of UTC
	countries string // ISO 3166 alpha-2 codes, space separated, where this reading is used
	usDST     bool   // a US generic zone ("ET"): off is standard time, DST by US rules
	loc       *time.Location
}

// zoneAbbr is an abbreviation and its readings, the default first.
type zoneAbbr struct {
	name     string
	readings []zoneReading
}

func h(hours float64) int32 { return int32(hours * 3600) }

func r(hours float64, countries string) zoneReading {
	return zoneReading{off: h(hours), countries: countries}
}

// zoneTable lists the zone abbreviations news outlets print. Where one is
// ambiguous the readings are tried by the outlet's country, then by the
// hint's offset; the first reading is the default.
var zoneTable = []zoneAbbr{
	{"UTC", []zoneReading{r(0, "")}},
	{"GMT", []zoneReading{r(0, "")}},
	{"UT", []zoneReading{r(0, "")}},
	{"Z", []zoneReading{r(0, "")}},
	{"WET", []zoneReading{r(0, "PT MA")}},
	{"WEST", []zoneReading{r(1, "PT MA")}},
	{"BST", []zoneReading{r(1, "GB"), r(6, "BD")}},
	{"IST", []zoneReading{r(5.5, "IN"), r(1, "IE"), r(2, "IL")}},
	{"IDT", []zoneReading{r(3, "IL")}},
	{"CET", []zoneReading{r(1, "")}},
	{"CEST", []zoneReading{r(2, "")}},
	{"MEZ", []zoneReading{r(1, "DE AT CH")}},
	{"MESZ", []zoneReading{r(2, "DE AT CH")}},
	{"EET", []zoneReading{r(2, "")}},
	{"EEST", []zoneReading{r(3, "")}},
	{"MSK", []zoneReading{r(3, "RU")}},
	{"MSD", []zoneReading{r(4, "RU")}},
	{"TRT", []zoneReading{r(3, "TR")}},
	{"AZT", []zoneReading{r(4, "AZ")}},
	{"GET", []zoneReading{r(4, "GE")}},
	{"AMT", []zoneReading{r(4, "AM"), r(-4, "BR")}},
	{"GST", []zoneReading{r(4, "AE OM"), r(-2, "GS")}},
	{"IRST", []zoneReading{r(3.5, "IR")}},
	{"AFT", []zoneReading{r(4.5, "AF")}},
	{"PKT", []zoneReading{r(5, "PK")}},
	{"UZT", []zoneReading{r(5, "UZ")}},
	{"NPT", []zoneReading{r(5.75, "NP")}},
	{"ALMT", []zoneReading{r(6, "KZ")}},
	{"BDT", []zoneReading{r(6, "BD")}},
	{"ICT", []zoneReading{r(7, "TH VN KH LA")}},
	{"WIB", []zoneReading{r(7, "ID")}},
	{"HKT", []zoneReading{r(8, "HK")}},
	{"SGT", []zoneReading{r(8, "SG")}},
	{"MYT", []zoneReading{r(8, "MY")}},
	{"PHT", []zoneReading{r(8, "PH")}},
	{"PST", []zoneReading{r(-8, "US CA MX"), r(8, "PH")}},
	{"AWST", []zoneReading{r(8, "AU")}},
	{"BJT", []zoneReading{r(8, "CN")}},
	{"KST", []zoneReading{r(9, "KR")}},
	{"JST", []zoneReading{r(9, "JP")}},
	{"ACST", []zoneReading{r(9.5, "AU")}},
	{"ACDT", []zoneReading{r(10.5, "AU")}},
	{"AEST", []zoneReading{r(10, "AU")}},
	{"AEDT", []zoneReading{r(11, "AU")}},
	{"NZST", []zoneReading{r(12, "NZ")}},
	{"NZDT", []zoneReading{r(13, "NZ")}},
	{"SAST", []zoneReading{r(2, "ZA")}},
	{"CAT", []zoneReading{r(2, "")}},
	{"EAT", []zoneReading{r(3, "KE TZ UG ET SO")}},
	{"WAT", []zoneReading{r(1, "NG")}},
	{"EST", []zoneReading{r(-5, "US CA"), r(10, "AU")}},
	{"EDT", []zoneReading{r(-4, "US CA")}},
	{"CST", []zoneReading{r(-6, "US CA MX"), r(8, "CN TW MO"), r(-5, "CU")}},
	{"CDT", []zoneReading{r(-5, "US CA MX")}},
	{"MST", []zoneReading{r(-7, "US CA MX")}},
	{"MDT", []zoneReading{r(-6, "US CA")}},
	{"PDT", []zoneReading{r(-7, "US CA")}},
	{"AKST", []zoneReading{r(-9, "US")}},
	{"AKDT", []zoneReading{r(-8, "US")}},
	{"HST", []zoneReading{r(-10, "US")}},
	{"AST", []zoneReading{r(-4, "CA PR"), r(3, "SA IQ KW QA BH YE")}},
	{"ADT", []zoneReading{r(-3, "CA")}},
	{"NST", []zoneReading{r(-3.5, "CA")}},
	{"NDT", []zoneReading{r(-2.5, "CA")}},
	{"BRT", []zoneReading{r(-3, "BR")}},
	{"ART", []zoneReading{r(-3, "AR")}},
	{"CLT", []zoneReading{r(-4, "CL")}},
	{"COT", []zoneReading{r(-5, "CO")}},
	{"PET", []zoneReading{r(-5, "PE")}},
	{"VET", []zoneReading{r(-4, "VE")}},
	{"ET", []zoneReading{{off: h(-5), countries: "US CA", usDST: true}}},
	{"CT", []zoneReading{{off: h(-6), countries: "US CA", usDST: true}}},
	{"MT", []zoneReading{{off: h(-7), countries: "US CA", usDST: true}}},
	{"PT", []zoneReading{{off: h(-8), countries: "US CA", usDST: true}}},
}

func init() {
	for i := range zoneTable {
		z := &zoneTable[i]
		for k := range z.readings {
			if !z.readings[k].usDST {
				z.readings[k].loc = time.FixedZone(z.name, int(z.readings[k].off))
			}
		}
		addWord(strings.ToLower(z.name), wkZone, int16(i))
	}
}

// fixedZones caches unnamed fixed zones for offsets in quarter hours.
var (
	fixedOnce  sync.Once
	fixedZones [2*14*4 + 1]*time.Location
)

// fixedZone returns a zone for a UTC offset in seconds, shared when the
// offset is a whole number of quarter hours.
func fixedZone(off int) *time.Location {
	if off == 0 {
		return time.UTC
	}
	if off%900 == 0 && off >= -14*3600 && off <= 14*3600 {
		fixedOnce.Do(func() {
			for i := range fixedZones {
				fixedZones[i] = time.FixedZone("", (i-14*4)*900)
			}
		})
		return fixedZones[off/900+14*4]
	}
	return time.FixedZone("", off)
}

// usDSTActive reports whether US daylight saving time is in force at the
// given local standard-time wall clock.
func usDSTActive(y int, m time.Month, d, hour int) bool {
	var start, end time.Time
	if y >= 2007 {
		start = nthWeekday(y, time.March, time.Sunday, 2)
		end = nthWeekday(y, time.November, time.Sunday, 1)
	} else {
		start = nthWeekday(y, time.April, time.Sunday, 1)
		end = lastSunday(y, time.October)
	}
	t := time.Date(y, m, d, hour, 0, 0, 0, time.UTC)
	return !t.Before(start.Add(2*time.Hour)) && t.Before(end.Add(2*time.Hour))
}

// nthWeekday is the n-th weekday wd of month m of year y, at midnight UTC.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	off := (int(wd) - int(t.Weekday()) + 7) % 7
	return t.AddDate(0, 0, off+7*(n-1))
}

func lastSunday(y int, m time.Month) time.Time {
	t := time.Date(y, m+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	return t.AddDate(0, 0, -int(t.Weekday()))
}

// hasCountry reports whether the space-separated list holds code.
func hasCountry(list, code string) bool {
	if len(code) != 2 {
		return false
	}
	for i := 0; i+2 <= len(list); i += 3 {
		if (list[i]|0x20) == (code[0]|0x20) && (list[i+1]|0x20) == (code[1]|0x20) {
			return true
		}
	}
	return false
}

// resolveAbbr picks the reading of zone abbreviation z for a wall clock,
// using the caller's country, then the hint's offset at that clock.
func resolveAbbr(z *zoneAbbr, y int, m time.Month, d, hh, mm int, opt *Options) (*time.Location, int) {
	pick := 0
	if len(z.readings) > 1 {
		found := false
		if opt.Country != "" {
			for i, rd := range z.readings {
				if hasCountry(rd.countries, opt.Country) {
					pick, found = i, true
					break
				}
			}
		}
		if !found && opt.Location != nil {
			_, off := time.Date(y, m, d, hh, mm, 0, 0, opt.Location).Zone()
			for i, rd := range z.readings {
				if int(rd.off) == off {
					pick = i
					break
				}
			}
		}
	}
	rd := &z.readings[pick]
	if rd.usDST {
		off := int(rd.off)
		if usDSTActive(y, m, d, hh) {
			off += 3600
		}
		return fixedZone(off), off
	}
	return rd.loc, int(rd.off)
}
