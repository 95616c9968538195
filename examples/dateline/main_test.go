package main

import "testing"

func TestStripTags(t *testing.T) {
	in := `<html><head><style>p{}</style><script>var x = "<p>";</script></head>` +
		`<body><p>MOSCOW, Feb. 13 (Reuters) - Talks &amp; more</p><time>13 Feb 2017</time></body></html>`
	want := "\nMOSCOW, Feb. 13 (Reuters) - Talks & more\n\n13 Feb 2017\n"
	if got := stripTags(in); got != want {
		t.Errorf("stripTags = %q, want %q", got, want)
	}
	if !looksLikeHTML(in) || looksLikeHTML("plain <b> text") {
		t.Error("looksLikeHTML misjudges")
	}
}

func TestParseRef(t *testing.T) {
	for _, s := range []string{"2017-02-13T18:00:00+04:00", "2017-02-13T18:00:00", "2017-02-13"} {
		if _, err := parseRef(s); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	if _, err := parseRef("yesterday"); err == nil {
		t.Error("parseRef accepted a word")
	}
}
