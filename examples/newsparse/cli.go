package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newsparse/newsparse"
	"github.com/newsparse/newsparse/article"
)

// maxInput caps what is read from one input, compressed or fetched.
const maxInput = newsparse.MaxInput

// fetchTimeout bounds one URL fetch.
var fetchTimeout = 30 * time.Second

type config struct {
	format    string
	input     newsparse.Input
	url       string
	urls      map[string]string
	passes    newsparse.Pass
	reference article.Time
	jobs      int
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("newsparse", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsparse [flags] [FILE|DIR|URL|-]...")
		fl.PrintDefaults()
	}
	format := fl.String("format", "", "output format: json (one input) or jsonl (one line per input); default json for one input, jsonl otherwise")
	input := fl.String("input", "auto", "input kind: auto, html, text, or body (the input is exactly the body text)")
	pageURL := fl.String("url", "", "the page's URL for a single file input (chooses the outlet adapter)")
	urlsFile := fl.String("urls", "", "file of `path<TAB>url` lines giving each input's page URL")
	passes := fl.String("passes", "all", "passes after extraction: comma list of dateline,quote,entity; all; or none")
	published := fl.String("published", "", "reference time for relative dates when the page states none: RFC 3339, 2006-01-02T15:04:05 or 2006-01-02")
	jobs := fl.Int("j", runtime.NumCPU(), "parallel workers")
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "newsparse: "+format+"\n", a...)
		return 2
	}
	cfg := config{jobs: *jobs, url: *pageURL}
	if cfg.jobs < 1 {
		cfg.jobs = 1
	}
	switch *input {
	case "auto":
		cfg.input = newsparse.InputAuto
	case "html":
		cfg.input = newsparse.InputHTML
	case "text":
		cfg.input = newsparse.InputText
	case "body":
		cfg.input = newsparse.InputBody
	default:
		return usage("-input must be auto, html, text or body, not %q", *input)
	}
	p, err := parsePasses(*passes)
	if err != nil {
		return usage("%v", err)
	}
	cfg.passes = p
	if *published != "" {
		ref, err := parseReference(*published)
		if err != nil {
			return usage("%v", err)
		}
		cfg.reference = ref
	}
	if *urlsFile != "" {
		m, err := readURLs(*urlsFile)
		if err != nil {
			return usage("%v", err)
		}
		cfg.urls = m
	}
	inputs := fl.Args()
	if len(inputs) == 0 {
		return usage("no input given (use - for standard input)")
	}
	if cfg.url != "" && len(inputs) > 1 {
		return usage("-url names the URL of a single input; use -urls for several")
	}
	var list []string
	expanded := false
	for _, in := range inputs {
		if isURL(in) || in == "-" {
			list = append(list, in)
			continue
		}
		st, err := os.Stat(in)
		if err == nil && st.IsDir() {
			expanded = true
			files, err := walkDir(in)
			if err != nil {
				return usage("%v", err)
			}
			list = append(list, files...)
			continue
		}
		list = append(list, in)
	}
	switch *format {
	case "":
		cfg.format = "json"
		if len(list) != 1 || expanded {
			cfg.format = "jsonl"
		}
	case "json", "jsonl":
		cfg.format = *format
	default:
		return usage("-format must be json or jsonl, not %q", *format)
	}
	if cfg.format == "json" && len(list) > 1 {
		cfg.format = "jsonl"
	}
	return process(cfg, list, stdin, stdout, stderr)
}

func parsePasses(s string) (newsparse.Pass, error) {
	var p newsparse.Pass
	for _, name := range strings.Split(s, ",") {
		switch strings.TrimSpace(name) {
		case "all":
			p |= newsparse.AllPasses
		case "none":
			p |= newsparse.PassNone
		case "dateline", "dates":
			p |= newsparse.PassDateline
		case "quote", "quotes":
			p |= newsparse.PassQuote
		case "entity", "entities":
			p |= newsparse.PassEntity
		case "":
		default:
			return 0, fmt.Errorf("-passes: unknown pass %q (want dateline, quote, entity, all or none)", name)
		}
	}
	if p&newsparse.PassNone != 0 && p != newsparse.PassNone {
		return 0, errors.New("-passes: none cannot be combined with other passes")
	}
	if p == 0 {
		p = newsparse.PassNone
	}
	return p, nil
}

// parseReference reads -published. A zone-less value stays zone-less.
func parseReference(s string) (article.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return article.Time{T: t, Zone: article.ZoneOffset}, nil
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return article.Time{T: t, Zone: article.ZoneNone}, nil
		}
	}
	return article.Time{}, fmt.Errorf("-published: %q is not RFC 3339, 2006-01-02T15:04:05 or 2006-01-02", s)
}

func readURLs(name string) (map[string]string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("-urls: %w", err)
	}
	m := map[string]string{}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		path, u, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("-urls: line %d: want path<TAB>url", n+1)
		}
		m[path] = strings.TrimSpace(u)
	}
	return m, nil
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// walkDir lists the regular files under dir, skipping hidden ones, in
// lexical order.
func walkDir(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if path != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			out = append(out, path)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// result is one input's output line.
type result struct {
	a   *article.Article
	err error
}

func process(cfg config, list []string, stdin io.Reader, stdout, stderr io.Writer) int {
	results := make([]chan result, len(list))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(cfg.jobs, len(list)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				a, err := parseOne(cfg, list[i], stdin)
				results[i] <- result{a, err}
			}
		}()
	}
	go func() {
		for i := range list {
			work <- i
		}
		close(work)
	}()
	out := bufio.NewWriterSize(stdout, 64<<10)
	progress := len(list) >= 20 && isTerminal(stderr)
	failed := 0
	for i, src := range list {
		r := <-results[i]
		var line []byte
		if r.err != nil && r.a != nil {
			// A partial result: the article as far as it was read, and the error.
			failed++
			r.a.Source = src
			line = withError(r.a, r.err)
		} else if r.err != nil {
			failed++
			line, _ = json.Marshal(struct {
				Source string `json:"source"`
				Error  string `json:"error"`
			}{src, r.err.Error()})
		} else {
			r.a.Source = src
			var err error
			if cfg.format == "json" {
				line, err = json.MarshalIndent(r.a, "", "  ")
			} else {
				line, err = json.Marshal(r.a)
			}
			if err != nil {
				failed++
				line, _ = json.Marshal(map[string]string{"source": src, "error": err.Error()})
			}
		}
		out.Write(line)
		out.WriteByte('\n')
		if cfg.format == "json" || progress {
			out.Flush()
		}
		if progress && (i%10 == 9 || i == len(list)-1) {
			fmt.Fprintf(stderr, "\r%d/%d inputs, %d failed", i+1, len(list), failed)
			if i == len(list)-1 {
				fmt.Fprintln(stderr)
			}
		}
	}
	wg.Wait()
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "newsparse: %v\n", err)
		return 1
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// withError writes a's JSON form with an "error" field added.
func withError(a *article.Article, err error) []byte {
	b, merr := json.Marshal(a)
	e, _ := json.Marshal(err.Error())
	if merr != nil || len(b) < 2 {
		b, _ = json.Marshal(map[string]string{"source": a.Source, "error": err.Error()})
		return b
	}
	sep := `,"error":`
	if len(b) == 2 {
		sep = `"error":`
	}
	out := append(b[:len(b)-1:len(b)-1], sep...)
	out = append(out, e...)
	return append(out, '}')
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// parseOne reads and parses one input.
func parseOne(cfg config, src string, stdin io.Reader) (*article.Article, error) {
	var data []byte
	var err error
	pageURL := cfg.url
	if u, ok := cfg.urls[src]; ok {
		pageURL = u
	}
	switch {
	case src == "-":
		data, err = readCapped(stdin)
	case isURL(src):
		data, err = fetch(src)
		if pageURL == "" {
			pageURL = src
		}
	default:
		data, err = readFile(src)
	}
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(src, ".gz") || bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		if data, err = gunzip(data); err != nil {
			return nil, fmt.Errorf("%s: %w", src, err)
		}
	}
	p := newsparse.Parser{Input: cfg.input, URL: pageURL, Reference: cfg.reference, Passes: cfg.passes}
	return p.Parse(data)
}

func readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() <= maxInput {
		// One read into a buffer of the file's size (+1 to see EOF).
		b := make([]byte, 0, st.Size()+1)
		for {
			n, err := f.Read(b[len(b):cap(b)])
			b = b[:len(b)+n]
			if err == io.EOF {
				return b, nil
			}
			if err != nil {
				return nil, err
			}
			if len(b) == cap(b) {
				// The file grew while read: fall back to the capped reader.
				return readCapped(io.MultiReader(bytes.NewReader(b), f))
			}
		}
	}
	return readCapped(f)
}

var errTooLarge = fmt.Errorf("input larger than %d bytes", maxInput)

func readCapped(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxInput {
		return nil, errTooLarge
	}
	return b, nil
}

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return readCapped(zr)
}

// fetch downloads a page with a timeout and a size cap. It fails on a
// status other than 200 and on content that is not text.
func fetch(u string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), fetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "newsparse/1 (+https://github.com/newsparse/newsparse)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch %s: HTTP status %s", u, resp.Status)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || !(strings.HasPrefix(mt, "text/") || strings.HasSuffix(mt, "+xml") || mt == "application/xml") {
			return nil, fmt.Errorf("fetch %s: content type %q is not text", u, ct)
		}
	}
	return readCapped(resp.Body)
}
