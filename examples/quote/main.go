// Command quote prints the quotations of a news text, with their kind, cue
// and speaker, using package quote alone.
//
//	go run ./examples/quote [-lang en|de] [-json] [-direct] FILE|-
//
// The input is plain text; HTML tags are not removed.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsparse/newsparse/quote"
)

func main() {
	lang := flag.String("lang", "", "language: en, de, or empty to detect")
	asJSON := flag.Bool("json", false, "print one JSON object per quote")
	direct := flag.Bool("direct", false, "only quotes in quote marks")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: quote [-lang en|de] [-json] [-direct] FILE|-\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	var (
		src []byte
		err error
	)
	if name := flag.Arg(0); name == "-" {
		src, err = io.ReadAll(os.Stdin)
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "quote:", err)
		os.Exit(1)
	}
	qs, err := quote.Find(string(src), &quote.Options{Language: *lang, NoIndirect: *direct})
	if err != nil {
		fmt.Fprintln(os.Stderr, "quote:", err)
		os.Exit(1)
	}
	enc := json.NewEncoder(os.Stdout)
	for _, q := range qs {
		if *asJSON {
			if err := enc.Encode(q); err != nil {
				fmt.Fprintln(os.Stderr, "quote:", err)
				os.Exit(1)
			}
			continue
		}
		fmt.Printf("%-8s [%d,%d) %q\n", q.Kind, q.Start, q.End, q.Text)
		if q.Cue != nil {
			fmt.Printf("         cue %q\n", q.Cue.Text)
		}
		if s := q.Speaker; s != nil {
			fmt.Printf("         speaker %q (%q)\n", s.Name, s.Text)
		}
	}
}
