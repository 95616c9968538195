// Command article extracts one article with the article package alone (no
// dateline, quote or entity passes) and prints its JSON form.
//
//	go run ./examples/article [-url URL] FILE
//
// FILE is an HTML page or a scraped plain-text page ("-" reads standard
// input); -url gives the page's address, which picks the outlet adapter.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsparse/newsparse/article"
	_ "github.com/newsparse/newsparse/article/outlet/all"
)

func main() {
	pageURL := flag.String("url", "", "the page's URL")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: article [-url URL] FILE")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *pageURL, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "article:", err)
		os.Exit(1)
	}
}

func run(name, pageURL string, w io.Writer) error {
	var src []byte
	var err error
	if name == "-" {
		src, err = io.ReadAll(io.LimitReader(os.Stdin, article.DefaultMaxHTMLSize+1))
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		return err
	}
	var a *article.Article
	if article.LooksLikeHTML(src) {
		a, err = article.FromHTML(src, pageURL)
	} else {
		a, err = article.FromText(src, pageURL)
	}
	if err != nil {
		return err
	}
	a.Source = name
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(a)
}
