package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/newsparse/newsparse/article"
)

func TestRunAzerNewsPage(t *testing.T) {
	var out bytes.Buffer
	page := "../../article/outlet/azernews/testdata/astana.html"
	if err := run(page, "", &out); err != nil {
		t.Fatal(err)
	}
	var a article.Article
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if a.Outlet != "AzerNews" || a.Published.String() != "2017-02-13T18:00:00+04:00" || len(a.Authors) != 1 {
		t.Errorf("outlet %q published %q authors %v", a.Outlet, a.Published.String(), a.Authors)
	}
	if a.Source != page {
		t.Errorf("source %q", a.Source)
	}
}

func TestRunMissingFile(t *testing.T) {
	if err := run("testdata/does-not-exist.html", "", new(bytes.Buffer)); err == nil {
		t.Error("no error for a missing file")
	}
}
