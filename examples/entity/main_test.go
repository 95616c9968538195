package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/entity"
)

func TestPageText(t *testing.T) {
	page := `<!doctype html><html><head><script>var x = "Moscow";</script></head>
<body><h1>Talks in Geneva</h1><p>The U.N. envoy met <b>Sergei&nbsp;Lavrov</b> &amp; aides.</p></body></html>`
	got := pageText(page)
	want := "Talks in Geneva\n\nThe U.N. envoy met Sergei\u00a0Lavrov & aides."
	if got != want {
		t.Errorf("pageText = %q, want %q", got, want)
	}
	var names []string
	for _, e := range entity.Find(got) {
		names = append(names, e.Name)
	}
	if strings.Join(names, ",") != "Geneva,United Nations,Sergei Lavrov" {
		t.Errorf("entities = %q", names)
	}
}

func TestReadList(t *testing.T) {
	path := filepath.Join(t.TempDir(), "list.tsv")
	data := "# id\tkind\tname\taliases\nun\torganization\tUnited Nations\tUN|U.N.\n\nru\tlocation\tRussia\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := readList(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Entities) != 2 || l.Entities[0].ID != "un" || len(l.Entities[0].Aliases) != 2 || l.Entities[1].Kind != entity.Location {
		t.Errorf("readList = %+v", l)
	}
	if err := os.WriteFile(path, []byte("only-an-id\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readList(path); err == nil {
		t.Error("readList accepted a line without name")
	}
}
