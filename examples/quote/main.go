// Command quote prints the quotations of a news text or page, with their
// kind, cue and speaker, using package quote alone.
//
//	go run ./examples/quote [-lang en|de] [-json] [-direct] FILE|-
//
// An HTML page is reduced to its text first (tags, scripts and styles
// dropped, block elements as paragraph breaks); spans then index that text.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"strings"

	"github.com/newsparse/newsparse/quote"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quote", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "", "language: en, de, or empty to detect")
	asJSON := fs.Bool("json", false, "print one JSON object per quote")
	direct := fs.Bool("direct", false, "only quotes in quote marks")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: quote [-lang en|de] [-json] [-direct] FILE|-\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	var (
		src []byte
		err error
	)
	if name := fs.Arg(0); name == "-" {
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintln(stderr, "quote:", err)
		return 1
	}
	text := string(src)
	if looksLikeHTML(text) {
		text = stripTags(text)
	}
	qs, err := quote.Find(text, &quote.Options{Language: *lang, NoIndirect: *direct})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	enc := json.NewEncoder(stdout)
	for _, q := range qs {
		if *asJSON {
			if err := enc.Encode(q); err != nil {
				fmt.Fprintln(stderr, "quote:", err)
				return 1
			}
			continue
		}
		fmt.Fprintf(stdout, "%-8s %q\n", q.Kind, q.Text)
		if q.Cue != nil {
			fmt.Fprintf(stdout, "         cue %q\n", q.Cue.Text)
		}
		if s := q.Speaker; s != nil {
			fmt.Fprintf(stdout, "         speaker %q (%q)\n", s.Name, s.Text)
		}
	}
	return 0
}

// looksLikeHTML reports whether the input starts like an HTML page.
func looksLikeHTML(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) > 512 {
		s = s[:512]
	}
	return strings.HasPrefix(s, "<!doctype html") || strings.HasPrefix(s, "<html") || strings.Contains(s, "<body")
}

// stripTags returns the text of an HTML page: tags removed, the contents of
// script and style dropped, block elements ending paragraphs.
func stripTags(s string) string {
	var b strings.Builder
	skip := ""
	for i := 0; i < len(s); {
		if s[i] != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			if skip == "" {
				b.WriteString(html.UnescapeString(s[i : i+j]))
			}
			i += j
			continue
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		tag := strings.ToLower(strings.Trim(s[i+1:i+j], "/ \t\n"))
		if k := strings.IndexAny(tag, " \t\n"); k >= 0 {
			tag = tag[:k]
		}
		closing := strings.HasPrefix(s[i+1:], "/")
		switch {
		case skip != "":
			if closing && tag == skip {
				skip = ""
			}
		case tag == "script" || tag == "style":
			if !closing {
				skip = tag
			}
		case tag == "p" || tag == "div" || tag == "br" || tag == "li" || tag == "h1" || tag == "h2" || tag == "h3" || tag == "blockquote" || tag == "title":
			b.WriteString("\n\n")
		}
		i += j + 1
	}
	return b.String()
}
