package article

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/dateline"
	"golang.org/x/net/html/atom"
)

func TestDebugPage(t *testing.T) {
	f := os.Getenv("NP_DEBUG")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	src, _ = toUTF8(src)
	d, err := parseDocument(src, 1024)
	if err != nil {
		t.Fatal(err)
	}
	w := make([]float64, len(d.nodes))
	weigh(d, false, w)
	markBoilerplate(d, w, nil)
	weigh(d, true, w)
	total := w[0]
	var show func(n int32, depth int)
	show = func(n int32, depth int) {
		if d.nodes[n].isText || depth > 40 {
			return
		}
		if w[n] < total*0.05 && !d.nodes[n].dropped {
			return
		}
		fmt.Printf("%s%s.%s#%s w=%.0f (%.2f) drop=%v\n", strings.Repeat(" ", depth), d.tagName(n), d.attr(n, aClass), d.attr(n, aID), w[n], w[n]/total, d.nodes[n].dropped)
		if d.nodes[n].dropped {
			return
		}
		for c := d.nodes[n].first; c >= 0; c = d.nodes[c].next {
			show(c, depth+1)
		}
	}
	show(0, 0)
	c := chooseContainer(d, w, 0.6)
	fmt.Println("container", d.tagName(c), d.attr(c, aClass))
}

func TestDebugMeta(t *testing.T) {
	f := os.Getenv("NP_META")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	src, _ = toUTF8(src)
	d, _ := parseDocument(src, 1024)
	m := collectMeta(d)
	fmt.Printf("ld: %+v\npublished: %+v\nmetaAuthors: %q md: %q\n", m.ld, m.published, m.metaAuthors, m.mdAuthors)
	for _, c := range m.published {
		fmt.Println(c.s, parseTime(c.s, dateline.Options{}))
	}
	for i := range d.nodes {
		if d.nodes[i].tag == atom.Time {
			v := d.attr(int32(i), aDatetime)
			fmt.Println("time", v, parseTime(v, dateline.Options{}))
		}
	}
}

func TestDebugByline(t *testing.T) {
	f := os.Getenv("NP_BYLINE")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	src, _ = toUTF8(src)
	d, _ := parseDocument(src, 1024)
	p := &Page{doc: d}
	for i := 1; i < len(d.nodes); i++ {
		n := int32(i)
		if d.nodes[i].isText || !bylineSel.match(d, n) {
			continue
		}
		txt := d.innerText(n)
		fmt.Printf("%s.%s boiler=%v %q -> %v / %v\n", d.tagName(n), d.attr(n, aClass), p.inBoilerArea(n), txt[:min(len(txt), 80)], ParseByline(txt), SplitAuthors(txt))
	}
}
