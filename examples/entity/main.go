// Command entity lists the people, organisations and places named in a
// text or an HTML page, using package entity alone. With -watch it instead
// reports the names of a watch-list found in the text.
//
// Usage:
//
//	go run ./examples/entity [-json] [-watch LIST.tsv [-i] [-d]] [FILE|-]...
//
// A watch-list file has one entity a line: ID, kind, name and aliases
// separated by "|", the four fields separated by tabs.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/newsparse/newsparse/entity"
)

func main() {
	asJSON := flag.Bool("json", false, "print JSON, one object per input")
	watch := flag.String("watch", "", "match the watch-list in this TSV file instead of finding names")
	ignoreCase := flag.Bool("i", false, "watch-list: ignore case")
	ignoreMarks := flag.Bool("d", false, "watch-list: ignore diacritics")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: entity [-json] [-watch LIST.tsv [-i] [-d]] [FILE|-]...")
		flag.PrintDefaults()
	}
	flag.Parse()
	var m *entity.Matcher
	if *watch != "" {
		list, err := readList(*watch)
		if err == nil {
			list.IgnoreCase, list.IgnoreDiacritics = *ignoreCase, *ignoreMarks
			m, err = entity.NewMatcher(list)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "entity:", err)
			os.Exit(2)
		}
	}
	inputs := flag.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	status := 0
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, in := range inputs {
		text, err := read(in)
		if err != nil {
			fmt.Fprintln(os.Stderr, "entity:", err)
			status = 1
			continue
		}
		if m != nil {
			hits := m.Match(text)
			if *asJSON {
				writeJSON(out, map[string]any{"source": in, "hits": hits})
				continue
			}
			for _, h := range hits {
				fmt.Fprintf(out, "%s\t%d\t%d\t%s\t%s\n", in, h.Start, h.End, h.ID, h.Text)
			}
			continue
		}
		ents := entity.Find(text)
		if *asJSON {
			writeJSON(out, map[string]any{"source": in, "entities": ents})
			continue
		}
		for _, e := range ents {
			fmt.Fprintf(out, "%-12s %s", e.Kind, e.Name)
			if len(e.Titles) > 0 {
				fmt.Fprintf(out, " (%s)", strings.Join(e.Titles, "; "))
			}
			fmt.Fprintf(out, ": %d mention(s)", len(e.Mentions))
			for _, mm := range e.Mentions {
				fmt.Fprintf(out, " %q@%d", mm.Text, mm.Start)
			}
			fmt.Fprintln(out)
		}
	}
	out.Flush()
	os.Exit(status)
}

func writeJSON(w io.Writer, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Fprintln(os.Stderr, "entity:", err)
		return
	}
	w.Write(append(b, '\n'))
}

// maxInput caps one input.
const maxInput = 64 << 20

func read(name string) (string, error) {
	var r io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return "", err
	}
	if len(b) > maxInput {
		return "", fmt.Errorf("%s: larger than %d bytes", name, maxInput)
	}
	s := string(b)
	if looksLikeHTML(s) {
		s = pageText(s)
	}
	return s, nil
}

func looksLikeHTML(s string) bool {
	head := strings.ToLower(s[:min(len(s), 1024)])
	return strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") || strings.Contains(head, "<body")
}

var (
	dropRe  = regexp.MustCompile(`(?is)<(script|style|noscript|template)\b.*?</(script|style|noscript|template)\s*>`)
	blockRe = regexp.MustCompile(`(?i)<(/?(p|div|br|h[1-6]|li|tr|article|section|header|footer|blockquote)\b)[^>]*>`)
	tagRe   = regexp.MustCompile(`(?s)<[^>]*>`)
	blankRe = regexp.MustCompile(`\n[ \t]*(\n[ \t]*)+`)
)

// pageText is a rough text of an HTML page: scripts dropped, blocks on
// lines of their own, tags removed, entities decoded. (The newsparse
// command extracts articles properly; this keeps the example standalone.)
func pageText(s string) string {
	s = dropRe.ReplaceAllString(s, " ")
	s = blockRe.ReplaceAllString(s, "\n")
	s = tagRe.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	return strings.TrimSpace(blankRe.ReplaceAllString(s, "\n\n"))
}

// readList reads a watch-list: ID, kind, name, aliases ("|"-separated),
// tab-separated; blank lines and lines starting with # are skipped.
func readList(path string) (entity.WatchList, error) {
	var l entity.WatchList
	b, err := os.ReadFile(path)
	if err != nil {
		return l, err
	}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return l, fmt.Errorf("%s:%d: want ID, kind, name and aliases separated by tabs", path, n+1)
		}
		e := entity.WatchEntity{ID: f[0], Kind: entity.Kind(f[1]), Name: f[2]}
		if len(f) > 3 && f[3] != "" {
			e.Aliases = strings.Split(f[3], "|")
		}
		l.Entities = append(l.Entities, e)
	}
	return l, nil
}
