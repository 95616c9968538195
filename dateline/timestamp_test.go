package dateline

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func sharedData(t testing.TB, parts ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{"..", "..", "shared", "data"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return p
}

// TestNewsTimestamps54 runs the hand-judged table of news timestamps.
func TestNewsTimestamps54(t *testing.T) {
	f, err := os.Open(sharedData(t, "timestamps", "news-timestamps-54.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	rows := 0
	for line := 0; sc.Scan(); line++ {
		if line == 0 {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 4 {
			t.Fatalf("line %d: %d columns", line+1, len(cols))
		}
		rows++
		in, refS, want, kind := cols[0], cols[1], cols[2], cols[3]
		note := ""
		if len(cols) > 4 {
			note = cols[4]
		}
		ref, err := time.Parse(time.RFC3339, refS)
		if err != nil {
			t.Fatalf("line %d: reference %q: %v", line+1, refS, err)
		}
		opt := Options{Reference: ref}
		if strings.Contains(note, "china") {
			opt.Country = "CN"
		}
		got, err := ParseTimestamp(in, opt)
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		switch kind {
		case "instant":
			w, err := time.Parse(time.RFC3339, want)
			if err != nil {
				t.Fatalf("line %d: expected %q: %v", line+1, want, err)
			}
			_, wOff := w.Zone()
			_, gOff := got.Time.Zone()
			if !got.Time.Equal(w) || got.Zone == ZoneNone || gOff != wOff {
				t.Errorf("%q = %s (%s), want %s", in, got.Time.Format(time.RFC3339), got.Zone, want)
			}
		case "wall":
			if got.Zone != ZoneNone || !got.HasClock || got.Time.Format("2006-01-02T15:04:05") != want {
				t.Errorf("%q = %s (%s, clock %v), want wall clock %s", in, got.Time.Format("2006-01-02T15:04:05"), got.Zone, got.HasClock, want)
			}
		case "date":
			if got.HasClock || got.Zone != ZoneNone || got.Time.Format("2006-01-02") != want {
				t.Errorf("%q = %s (%s, clock %v), want date %s", in, got.Time.Format(time.RFC3339), got.Zone, got.HasClock, want)
			}
		default:
			t.Fatalf("line %d: unknown kind %q", line+1, kind)
		}
	}
	if rows != 54 {
		t.Errorf("read %d rows, want 54", rows)
	}
}

func TestParseTimestamp(t *testing.T) {
	ref := time.Date(2017, 2, 13, 18, 0, 0, 0, time.UTC)
	tehran, _ := time.LoadLocation("Asia/Tehran")
	tests := []struct {
		in   string
		opt  Options
		want string // RFC 3339, or wall clock "2006-01-02T15:04:05", or a date
		zone ZoneSource
	}{
		{"13 February 2017 18:00 (UTC+04:00)", Options{}, "2017-02-13T18:00:00+04:00", ZoneOffset},
		{"Feb. 13, 2017 3:45 p.m. EST", Options{}, "2017-02-13T15:45:00-05:00", ZoneAbbreviation},
		{"Updated Feb. 13, 2017 3:45 p.m. EST", Options{}, "2017-02-13T15:45:00-05:00", ZoneAbbreviation},
		{"Published: 2017-02-13T18:00:00+04:00", Options{}, "2017-02-13T18:00:00+04:00", ZoneOffset},
		{"Last updated at 18:00 GMT, 13 February 2017", Options{}, "2017-02-13T18:00:00Z", ZoneAbbreviation},
		{"Mon, 13 Feb 2017 14:00:00 -0500", Options{}, "2017-02-13T14:00:00-05:00", ZoneOffset},
		{"June 13, 2017 3:45 p.m. ET", Options{}, "2017-06-13T15:45:00-04:00", ZoneAbbreviation},
		{"Nov. 5, 2017 1:00 a.m. ET", Options{}, "2017-11-05T01:00:00-04:00", ZoneAbbreviation},
		{"Nov. 6, 2017 1:00 a.m. ET", Options{}, "2017-11-06T01:00:00-05:00", ZoneAbbreviation},
		{"13 Feb 2017 18:00 IST", Options{Country: "IE"}, "2017-02-13T18:00:00+01:00", ZoneAbbreviation},
		{"13 Feb 2017 18:00 IST", Options{}, "2017-02-13T18:00:00+05:30", ZoneAbbreviation},
		{"13 Feb 2017 18:00 CST", Options{City: "Beijing"}, "2017-02-13T18:00:00+08:00", ZoneAbbreviation},
		{"13 Feb 2017 18:00 CST", Options{City: "CHICAGO"}, "2017-02-13T18:00:00-06:00", ZoneAbbreviation},
		{"13 Feb 2017 18:00 IST", Options{City: "JERUSALEM"}, "2017-02-13T18:00:00+02:00", ZoneAbbreviation},
		{"13 Feb 2017 18:00 CST", Options{Location: mustLoad(t, "Asia/Shanghai")}, "2017-02-13T18:00:00+08:00", ZoneAbbreviation},
		{"13 Feb 2017 18:00", Options{Location: tehran}, "2017-02-13T18:00:00+03:30", ZoneHint},
		{"13 Feb 2017 18:00 GMT+5:30", Options{}, "2017-02-13T18:00:00+05:30", ZoneOffset},
		{"13 Feb 2017 18:00 UTC+4", Options{}, "2017-02-13T18:00:00+04:00", ZoneOffset},
		{"13 Feb 2017 18:00 +04", Options{}, "2017-02-13T18:00:00+04:00", ZoneOffset},
		{"13 Feb 2017", Options{Location: tehran}, "2017-02-13", ZoneNone},
		{"2017-02-13", Options{}, "2017-02-13", ZoneNone},
		{"2017-02-13T18:00:00.123456789Z", Options{}, "2017-02-13T18:00:00Z", ZoneOffset},
		{"13/02/17 18:00", Options{}, "2017-02-13T18:00:00", ZoneNone},
		{"03/02/2017", Options{Country: "US"}, "2017-03-02", ZoneNone},
		{"03/02/2017", Options{Country: "GB"}, "2017-02-03", ZoneNone},
		{"03/02/2017", Options{DateOrder: OrderMonthFirst}, "2017-03-02", ZoneNone},
		{"Feb 13, 6:00 PM EST", Options{Reference: ref}, "2017-02-13T18:00:00-05:00", ZoneAbbreviation},
		{"Dec 30", Options{Reference: ref}, "2016-12-30", ZoneNone},
		{"Posted on Monday, February 13th, 2017 at 18h00", Options{}, "2017-02-13T18:00:00", ZoneNone},
		{"13 de febrero de 2017 18:00", Options{}, "2017-02-13T18:00:00", ZoneNone},
		{"13. Februar 2017, 18:00 Uhr MEZ", Options{}, "2017-02-13T18:00:00+01:00", ZoneAbbreviation},
		{"12:00 PM, Feb 13, 2017", Options{}, "2017-02-13T12:00:00", ZoneNone},
		{"12:30 am Feb 13, 2017", Options{}, "2017-02-13T00:30:00", ZoneNone},
		{"an hour ago", Options{Reference: ref}, "2017-02-13T17:00:00Z", ZoneHint},
		{"just now", Options{Reference: ref}, "2017-02-13T18:00:00Z", ZoneHint},
		{"yesterday at 6 pm", Options{Reference: ref}, "2017-02-12T18:00:00", ZoneNone},
		{"29 February 2016", Options{}, "2016-02-29", ZoneNone},
		{"13-Feb-2017 18:00", Options{}, "2017-02-13T18:00:00", ZoneNone},
		{"20170213", Options{}, "2017-02-13", ZoneNone},
		{"Mis à jour le 13/02/2017 à 18h00", Options{}, "2017-02-13T18:00:00", ZoneNone},
		{"Published: 6:02 PM ET Feb 13, 2017", Options{}, "2017-02-13T18:02:00-05:00", ZoneAbbreviation},
		{"13.02.2017 18:00 (MSK)", Options{}, "2017-02-13T18:00:00+03:00", ZoneAbbreviation},
		{"Today, 18:00", Options{Reference: ref}, "2017-02-13T18:00:00", ZoneNone},
	}
	for _, tc := range tests {
		got, err := ParseTimestamp(tc.in, tc.opt)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		var s string
		switch {
		case !got.HasClock:
			s = got.Time.Format("2006-01-02")
		case got.Zone == ZoneNone:
			s = got.Time.Format("2006-01-02T15:04:05")
		default:
			s = got.Time.Format(time.RFC3339)
		}
		if s != tc.want || got.Zone != tc.zone {
			t.Errorf("%q = %s (%s), want %s (%s)", tc.in, s, got.Zone, tc.want, tc.zone)
		}
	}
}

func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	l, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no zone database: %v", err)
	}
	return l
}

func TestParseTimestampErrors(t *testing.T) {
	tests := []struct {
		in   string
		opt  Options
		want error
	}{
		{"", Options{}, ErrNoTimestamp},
		{"Russia stated on February 13, 2017 that it would attend", Options{}, ErrNoTimestamp},
		{"Said on February 13, 2017", Options{}, ErrNoTimestamp},
		{"31 February 2017", Options{}, ErrBadDate},
		{"13 Feb 2017 18:00 +99:00", Options{}, ErrBadOffset},
		{"13 Feb 2017 18:00 (UTC+15:00)", Options{}, ErrBadOffset},
		{"13 Feb 2017 25:00", Options{}, ErrBadClock},
		{"13 Feb 2017 13:00 pm", Options{}, ErrBadClock},
		{"03/02/2017", Options{}, ErrAmbiguousDate},
		{"2 hours ago", Options{}, ErrNoReference},
		{"February 13", Options{}, ErrNoReference},
		{"18:00", Options{}, ErrNoTimestamp},
		{"February 2017", Options{}, ErrNoTimestamp},
		{"Friday April 26 2024 Russia confirms", Options{}, ErrNoTimestamp},
		{"13 Feb 2017 18:00 EST EST", Options{}, ErrNoTimestamp},
		{"By Kamila Aliyeva", Options{}, ErrNoTimestamp},
		{strings.Repeat("13 ", 200), Options{}, ErrNoTimestamp},
	}
	for _, tc := range tests {
		got, err := ParseTimestamp(tc.in, tc.opt)
		if !errors.Is(err, tc.want) {
			t.Errorf("%q: err %v, want %v (got %v)", tc.in, err, tc.want, got.Time)
		}
		var pe *ParseError
		if err != nil && !errors.As(err, &pe) {
			t.Errorf("%q: error %T, want *ParseError", tc.in, err)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "dateline: ") {
			t.Errorf("%q: error %q lacks the package prefix", tc.in, err)
		}
	}
}

func TestWeekdayConflict(t *testing.T) {
	for in, want := range map[string]bool{
		"Monday, February 13, 2017":  false,
		"Tuesday, February 13, 2017": true,
		"February 13, 2017":          false,
	} {
		got, err := ParseTimestamp(in, Options{})
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		if got.WeekdayConflict != want {
			t.Errorf("%q: WeekdayConflict = %v, want %v", in, got.WeekdayConflict, want)
		}
	}
}

func TestFindTimestamp(t *testing.T) {
	tests := []struct {
		in, span, want string
	}{
		{"Published: 13 February 2017 18:00 (UTC+04:00) | Politics", "13 February 2017 18:00 (UTC+04:00)", "2017-02-13T18:00:00+04:00"},
		{"By Kamila Aliyeva on Feb. 13, 2017 3:45 p.m. EST in Baku", "Feb. 13, 2017 3:45 p.m. EST", "2017-02-13T15:45:00-05:00"},
		{"Posted 2017-02-13T18:00:00Z", "2017-02-13T18:00:00Z", "2017-02-13T18:00:00Z"},
	}
	for _, tc := range tests {
		ts, b, e, err := FindTimestamp(tc.in, Options{})
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if tc.in[b:e] != tc.span || ts.Time.Format(time.RFC3339) != tc.want {
			t.Errorf("%q: got %q = %s, want %q = %s", tc.in, tc.in[b:e], ts.Time.Format(time.RFC3339), tc.span, tc.want)
		}
	}
	for _, in := range []string{"", "Russia said it would attend the talks in 2017.", "Call 18:00"} {
		if _, b, e, err := FindTimestamp(in, Options{}); err == nil {
			t.Errorf("%q: found %q", in, in[b:e])
		}
	}
}
