package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/article"
)

const seed = "../../testdata/azernews-astana.txt"

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func decodeLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	dec := json.NewDecoder(strings.NewReader(s))
	for dec.More() {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("bad JSON output: %v\n%s", err, s)
		}
		out = append(out, m)
	}
	return out
}

func TestSeedJSON(t *testing.T) {
	code, out, errs := runCLI(t, "", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	objs := decodeLines(t, out)
	if len(objs) != 1 {
		t.Fatalf("%d objects, want 1", len(objs))
	}
	a := objs[0]
	for k, want := range map[string]string{
		"source":    seed,
		"headline":  "Russia confirms U.S. participation in second round of Astana talks",
		"outlet":    "AzerNews",
		"published": "2017-02-13T18:00:00+04:00",
	} {
		if a[k] != want {
			t.Errorf("%s = %v, want %q", k, a[k], want)
		}
	}
}

func TestBodyInputKeepsBytes(t *testing.T) {
	in := "Line one.\n\nLine two \"quoted\".\n"
	code, out, _ := runCLI(t, in, "-input", "body", "-passes", "none", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	objs := decodeLines(t, out)
	if objs[0]["text"] != in {
		t.Errorf("text = %q, want input", objs[0]["text"])
	}
	if objs[0]["source"] != "-" {
		t.Errorf("source = %v", objs[0]["source"])
	}
}

func TestDirectoryAndFailures(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "Second page headline words\n\nBody.")
	write("a.txt", "First page headline words\n\nBody.")
	write(".hidden", "skip me")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("Zipped page headline words\n\nBody."))
	zw.Close()
	write("c.txt.gz", gz.String())
	code, out, _ := runCLI(t, "", "-j", "3", dir, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1 (one input missing)", code)
	}
	objs := decodeLines(t, out)
	if len(objs) != 4 {
		t.Fatalf("%d lines, want 4:\n%s", len(objs), out)
	}
	wantSrc := []string{"a.txt", "b.txt", "c.txt.gz", "missing.txt"}
	for i, o := range objs {
		if filepath.Base(o["source"].(string)) != wantSrc[i] {
			t.Errorf("line %d source %v, want %s", i, o["source"], wantSrc[i])
		}
	}
	if objs[2]["headline"] != "Zipped page headline words" {
		t.Errorf("gz headline = %v", objs[2]["headline"])
	}
	if _, ok := objs[3]["error"]; !ok {
		t.Errorf("missing input has no error: %v", objs[3])
	}
	if strings.Contains(out, "\n\n") {
		t.Error("jsonl output has blank lines")
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-input", "pdf", seed},
		{"-passes", "bogus", seed},
		{"-passes", "none,quote", seed},
		{"-published", "yesterday", seed},
		{"-format", "xml", seed},
		{"-url", "https://x.example/a", seed, seed},
		{"-nosuchflag", seed},
	} {
		if code, _, _ := runCLI(t, "", args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

func TestPublishedReference(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string
	}{
		{"2017-02-13T18:00:00+04:00", "2017-02-13T18:00:00+04:00"},
		{"2017-02-13T18:00:00", "2017-02-13"},
		{"2017-02-13", "2017-02-13"},
	} {
		ref, err := parseReference(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := ref.String(); got != tt.want {
			t.Errorf("parseReference(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestURLsFileAndFetch(t *testing.T) {
	page, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/article":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(page)
		case "/image":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	code, out, _ := runCLI(t, "", "-format", "jsonl", srv.URL+"/article", srv.URL+"/image", srv.URL+"/gone")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	objs := decodeLines(t, out)
	if len(objs) != 3 {
		t.Fatalf("%d lines, want 3", len(objs))
	}
	if objs[0]["headline"] != "Russia confirms U.S. participation in second round of Astana talks" {
		t.Errorf("fetched headline = %v (%v)", objs[0]["headline"], objs[0]["error"])
	}
	if objs[0]["url"] != srv.URL+"/article" {
		t.Errorf("url = %v", objs[0]["url"])
	}
	for i, want := range []string{"", "not text", "404"} {
		e, _ := objs[i]["error"].(string)
		if !strings.Contains(e, want) || (want == "" && e != "") {
			t.Errorf("line %d error %q, want it to mention %q", i, e, want)
		}
	}
	// -urls gives a file its page URL.
	urls := filepath.Join(t.TempDir(), "urls.tsv")
	os.WriteFile(urls, []byte(seed+"\thttps://www.azernews.az/region/108811.html\n"), 0o644)
	code, out, _ = runCLI(t, "", "-format", "jsonl", "-urls", urls, seed)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if o := decodeLines(t, out)[0]; o["url"] != "https://www.azernews.az/region/108811.html" {
		t.Errorf("url = %v", o["url"])
	}
}

func TestWithError(t *testing.T) {
	for _, a := range []*article.Article{{}, {Headline: "H"}} {
		b := withError(a, errors.New("quote: boom"))
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if m["error"] != "quote: boom" || m["headline"] != nilIfEmpty(a.Headline) {
			t.Errorf("withError = %s", b)
		}
	}
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
