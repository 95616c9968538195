package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	html := `<html><head><style>p{}</style><script>var s = "x said";</script></head><body>` +
		`<p>&ldquo;We hope that they will come,&rdquo; Bogdanov said.</p></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{page}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want := "direct   \"We hope that they will come,\"\n         cue \"said\"\n         speaker \"Bogdanov\" (\"Bogdanov\")\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	out.Reset()
	code := run([]string{"-json", "-"}, strings.NewReader(`"Wir kämpfen gegen ein Monster", sagte Andres Granier.`), &out, &errb)
	if code != 0 || !strings.Contains(out.String(), `"Name":"Andres Granier"`) {
		t.Errorf("json: exit %d, %s", code, out.String())
	}
	if code := run(nil, nil, &out, &errb); code != 2 {
		t.Errorf("no argument: exit %d, want 2", code)
	}
	if code := run([]string{filepath.Join(dir, "missing.txt")}, nil, &out, &errb); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
}
