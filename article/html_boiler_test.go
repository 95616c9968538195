package article

import "testing"

func TestClassify(t *testing.T) {
	tests := []struct {
		attrs string
		want  classVerdict
	}{
		{`class="story"`, classNeutral},
		{`class="menu"`, classBoiler},
		{`class="share-bar"`, classStrongBoiler},
		{`class="share-bar story-body"`, classContent},
		{"class=\"wrap\tstory-body\n\"", classContent},
		{`class="has-sidebar"`, classNeutral},
		{`class="main" id="related-links"`, classStrongBoiler},
		{`class="SiteMenu"`, classBoiler},
		{`class="  "`, classNeutral},
	}
	for _, tt := range tests {
		d, err := parseDocument([]byte(`<html><body><div `+tt.attrs+`>text</div><div `+tt.attrs+`>again</div></body></html>`), DefaultMaxHTMLDepth)
		if err != nil {
			t.Fatal(err)
		}
		var got []classVerdict
		for i := range d.nodes {
			if d.nodes[i].attrStart != d.nodes[i].attrEnd {
				got = append(got, classify(d, int32(i)))
			}
		}
		if len(got) != 2 || got[0] != tt.want || got[1] != tt.want {
			t.Errorf("%s: got %v, want %v twice", tt.attrs, got, tt.want)
		}
	}
}
