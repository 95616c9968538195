// Command dateline shows what the dateline package reads in a news text:
// the dateline, the lines that are timestamps, and every date in the text.
//
//	go run ./examples/dateline [-ref 2017-02-13T18:00:00+04:00] [-country US] [-json] [FILE|-]
//
// The input is plain text or an HTML page (its tags are dropped). Relative
// dates are resolved against -ref, or else against the first timestamp line.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"strings"
	"time"

	"github.com/newsparse/newsparse/dateline"
)

func main() {
	ref := flag.String("ref", "", "reference time: RFC 3339, 2006-01-02T15:04:05 or 2006-01-02")
	country := flag.String("country", "", "outlet country (ISO 3166 alpha-2) for ambiguous zones and dates")
	asJSON := flag.Bool("json", false, "print JSON lines")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: dateline [flags] [FILE|-]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(2)
	}
	var r io.Reader = os.Stdin
	if name := flag.Arg(0); name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "dateline:", err)
			os.Exit(1)
		}
		defer f.Close()
		r = f
	}
	src, err := io.ReadAll(io.LimitReader(r, 64<<20))
	if err != nil {
		fmt.Fprintln(os.Stderr, "dateline:", err)
		os.Exit(1)
	}
	text := string(src)
	if looksLikeHTML(text) {
		text = stripTags(text)
	}
	opt := dateline.Options{Country: *country}
	if *ref != "" {
		t, err := parseRef(*ref)
		if err != nil {
			fmt.Fprintln(os.Stderr, "dateline: -ref:", err)
			os.Exit(2)
		}
		opt.Reference = t
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	emit := func(kind string, v any, line string) {
		if *asJSON {
			b, _ := json.Marshal(map[string]any{kind: v})
			out.Write(append(b, '\n'))
			return
		}
		fmt.Fprintln(out, line)
	}

	// Timestamp lines: a line that is a timestamp and nothing else. The
	// first one with a time of day is taken as the publication time; a
	// date alone is often a page banner showing today's date.
	var first, clocked dateline.Timestamp
	for _, line := range strings.Split(text, "\n") {
		ts, err := dateline.ParseTimestamp(strings.TrimSpace(line), opt)
		if err != nil {
			continue
		}
		if first.Time.IsZero() {
			first = ts
		}
		if clocked.Time.IsZero() && ts.HasClock {
			clocked = ts
		}
		emit("timestamp", ts, fmt.Sprintf("timestamp  %-40q %s (zone: %s)", strings.TrimSpace(line), formatTS(ts), ts.Zone))
	}
	if opt.Reference.IsZero() {
		opt.Reference = first.Time
		if !clocked.Time.IsZero() {
			opt.Reference = clocked.Time
		}
	}
	if d, ok := dateline.FindDateline(firstParagraph(text), opt.Reference); ok {
		date := ""
		if !d.Date.IsZero() {
			date = d.Date.Format("2006-01-02")
		}
		emit("dateline", d, fmt.Sprintf("dateline   place=%q agency=%q date=%s", d.PlaceText(), d.Agency, date))
	}
	for _, x := range dateline.Find(text, opt) {
		emit("date", x, fmt.Sprintf("%-9s  [%d,%d) %-30q %s %s", x.Type, x.Start, x.End, x.Text, x.Value, x.EndValue))
	}
}

func parseRef(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot read %q", s)
}

func formatTS(ts dateline.Timestamp) string {
	switch {
	case !ts.HasClock:
		return ts.Time.Format("2006-01-02")
	case ts.Zone == dateline.ZoneNone:
		return ts.Time.Format("2006-01-02T15:04:05")
	}
	return ts.Time.Format(time.RFC3339)
}

// firstParagraph skips short header lines (titles, bylines, timestamps) and
// returns the rest of the text from the first long line.
func firstParagraph(text string) string {
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		if len(strings.TrimSpace(line)) > 80 {
			return text[off:]
		}
		off += len(line)
	}
	return text
}

func looksLikeHTML(s string) bool {
	head := strings.ToLower(s[:min(len(s), 1024)])
	return strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") || strings.Contains(head, "<body")
}

// stripTags drops markup, scripts and styles, and keeps block breaks as
// new lines. It is a rough reader for the example, not an HTML parser.
func stripTags(s string) string {
	var b strings.Builder
	lower := strings.ToLower(s)
	for i := 0; i < len(s); {
		if s[i] != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			b.WriteString(html.UnescapeString(s[i : i+j]))
			i += j
			continue
		}
		for _, skip := range []string{"script", "style"} {
			if strings.HasPrefix(lower[i+1:], skip) {
				if k := strings.Index(lower[i:], "</"+skip); k >= 0 {
					i += k
				}
			}
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		tag := lower[i+1 : i+j]
		for _, blk := range []string{"p", "/p", "br", "div", "/div", "h1", "h2", "h3", "li", "time", "/time"} {
			if tag == blk || strings.HasPrefix(tag, blk+" ") {
				b.WriteByte('\n')
				break
			}
		}
		i += j + 1
	}
	return b.String()
}
