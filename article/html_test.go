package article

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

const basicPage = `<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Ministers agree on river plan | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="og:title" content="Ministers agree on river plan">
<meta property="article:published_time" content="2021-03-04T09:15:00+01:00">
<meta property="article:modified_time" content="2021-03-04T11:00:00+01:00">
<meta name="author" content="Jane Porter">
<link rel="canonical" href="https://www.example.com/news/river-plan">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Ministers agree on river plan</h1>
<div class="byline">By Jane Porter</div>
<div class="article-body">
<p>Ministers from three countries agreed on Thursday to share the cost of cleaning the river, officials said.</p>
<figure><img src="x.jpg"><figcaption>The river at dawn. Photo: Someone</figcaption></figure>
<h2>What comes next</h2>
<p>The plan, which runs for ten years, will be reviewed every spring by an independent panel of experts.</p>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<ul><li>Funding starts in May, according to the agreement.</li><li>Reports are published each year.</li></ul>
<p>“We have waited a long time for this,” said one of the mayors along the river.</p>
</div>
<section class="related-stories"><h3>Related</h3><p><a href="/a">Another story about rivers and lakes and the sea</a></p></section>
</article>
<div id="comments"><p>This is a long comment from a reader who disagrees with everything in the article.</p></div>
<footer><p>Copyright 2021 The Daily Example. All rights reserved by the company.</p></footer>
</body></html>`

func TestFromHTMLBasic(t *testing.T) {
	a, err := FromHTML([]byte(basicPage), "")
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	wantParas := []string{
		"Ministers from three countries agreed on Thursday to share the cost of cleaning the river, officials said.",
		"What comes next",
		"The plan, which runs for ten years, will be reviewed every spring by an independent panel of experts.",
		"Funding starts in May, according to the agreement.",
		"Reports are published each year.",
		"“We have waited a long time for this,” said one of the mayors along the river.",
	}
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, a.Text[p.Start:p.End])
	}
	if diff := cmp.Diff(wantParas, got); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
	if a.Text != strings.Join(wantParas, "\n\n") {
		t.Errorf("Text is not the paragraphs joined by blank lines")
	}
	if a.Headline != "Ministers agree on river plan" {
		t.Errorf("headline %q", a.Headline)
	}
	if diff := cmp.Diff([]Author{{Name: "Jane Porter"}}, a.Authors); diff != "" {
		t.Errorf("authors (-want +got):\n%s", diff)
	}
	if got := a.Published.String(); got != "2021-03-04T09:15:00+01:00" || a.Published.Zone != ZoneOffset {
		t.Errorf("published %s %s", got, a.Published.Zone)
	}
	if got := a.Modified.String(); got != "2021-03-04T11:00:00+01:00" {
		t.Errorf("modified %s", got)
	}
	if a.Outlet != "The Daily Example" || a.Language != "en" || a.URL != "https://www.example.com/news/river-plan" {
		t.Errorf("outlet %q language %q url %q", a.Outlet, a.Language, a.URL)
	}
}

func TestFromHTMLMetadataSources(t *testing.T) {
	tests := []struct {
		name      string
		page      string
		headline  string
		authors   []string
		published string
		zone      ZoneSource
	}{
		{
			name: "json-ld graph with nested authors",
			page: `<html><head><title>Rates rise again - Example News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Example News"},
 {"@type":"NewsArticle","headline":"Rates rise again","datePublished":"2022-06-15T14:30:00-04:00",
  "author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Tom Reed"}]}]}</script>
</head><body><p>Body.</p></body></html>`,
			headline: "Rates rise again", authors: []string{"Ana Lima", "Tom Reed"},
			published: "2022-06-15T14:30:00-04:00", zone: ZoneOffset,
		},
		{
			name: "json-ld array, broken trailing comma",
			page: `<html><head><script type="application/ld+json">[{"@type":"Organization","name":"Org"},
{"@type":["ReportageNewsArticle"],"headline":"Flood waters recede","author":{"name":"Li Wei, Staff Writer"},"datePublished":"2020-01-02T08:00:00Z",}]</script>
</head><body></body></html>`,
			headline: "Flood waters recede", authors: []string{"Li Wei"},
			published: "2020-01-02T08:00:00Z", zone: ZoneOffset,
		},
		{
			name: "parsely and sailthru meta, date only",
			page: `<html><head><meta name="parsely-title" content="Harvest comes early">
<meta name="sailthru.author" content="Mark Stone and Eva Grant">
<meta name="sailthru.date" content="2019-09-30"></head><body></body></html>`,
			headline: "Harvest comes early", authors: []string{"Mark Stone", "Eva Grant"},
			published: "2019-09-30", zone: ZoneNone,
		},
		{
			name: "dublin core and time element",
			page: `<html><head><meta name="DC.title" content="Bridge reopens">
<meta name="DC.creator" content="Olga Petrova"></head><body>
<article><time datetime="2018-05-06T10:20:00+03:00">6 May</time><p>Text.</p></article></body></html>`,
			headline: "Bridge reopens", authors: []string{"Olga Petrova"},
			published: "2018-05-06T10:20:00+03:00", zone: ZoneOffset,
		},
		{
			name: "microdata",
			page: `<html><body><div itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Council votes on budget</h1>
<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Sam Okafor</span></span>
<meta itemprop="datePublished" content="2017-11-03T16:45:00+00:00">
<div itemprop="articleBody"><p>The council voted.</p></div></div></body></html>`,
			headline: "Council votes on budget", authors: []string{"Sam Okafor"},
			published: "2017-11-03T16:45:00Z", zone: ZoneOffset,
		},
		{
			name: "zone-less meta replaced by a same-day offset",
			page: `<html><head><meta property="article:published_time" content="2021-02-03">
<meta name="pubdate" content="2021-02-03T07:00:00+09:00"></head><body></body></html>`,
			published: "2021-02-03T07:00:00+09:00", zone: ZoneOffset,
		},
		{
			name: "outlet name is not an author",
			page: `<html><head><meta property="og:site_name" content="River Times">
<meta name="author" content="River Times"></head><body></body></html>`,
		},
		{
			name: "visible byline only",
			page: `<html><body><article><h1>Storm warning</h1><p class="byline">By Carla Mendes and Ian Fox</p>
<p>Forecasters warned of strong winds on the coast on Friday, the agency said.</p></article></body></html>`,
			headline: "Storm warning", authors: []string{"Carla Mendes", "Ian Fox"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML([]byte(tc.page), "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Headline != tc.headline {
				t.Errorf("headline %q, want %q", a.Headline, tc.headline)
			}
			names := authorNames(a)
			if diff := cmp.Diff(tc.authors, names); diff != "" {
				t.Errorf("authors (-want +got):\n%s", diff)
			}
			if got := a.Published.String(); got != tc.published {
				t.Errorf("published %q, want %q", got, tc.published)
			}
			if tc.published != "" && a.Published.Zone != tc.zone {
				t.Errorf("zone %q, want %q", a.Published.Zone, tc.zone)
			}
		})
	}
}

func TestFromHTMLLimits(t *testing.T) {
	big := make([]byte, 1025)
	_, err := FromHTMLOptions(big, HTMLOptions{MaxSize: 1024})
	var le *LimitError
	if !errors.As(err, &le) || le.Limit != "size" || !errors.Is(err, ErrLimit) {
		t.Errorf("size: got %v", err)
	}
	deep := strings.Repeat("<div>", 100) + "text"
	_, err = FromHTMLOptions([]byte(deep), HTMLOptions{MaxDepth: 50})
	if !errors.As(err, &le) || le.Limit != "depth" {
		t.Errorf("depth: got %v", err)
	}
	if _, err := FromHTMLOptions([]byte(deep), HTMLOptions{}); err != nil {
		t.Errorf("depth 100 under the default limit: %v", err)
	}
}

func TestFromHTMLCharset(t *testing.T) {
	// "Café – menu" in Windows-1252.
	page := []byte("<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 \x96 menu</title></head><body></body></html>")
	a, err := FromHTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "Café – menu" {
		t.Errorf("headline %q", a.Headline)
	}
	bad := []byte("<html><head><meta charset=\"shift_jis\"><title>\x82\xa0</title></head></html>")
	var ce *CharsetError
	if _, err := FromHTML(bad, ""); !errors.As(err, &ce) || ce.Charset != "shift_jis" {
		t.Errorf("shift_jis: got %v", err)
	}
	// A script's charset attribute before the page's <meta> does not count.
	gb := []byte("<html><head><script src=\"a.js\" charset=\"utf-8\"></script>" +
		"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"/><title>\xbb\xb0\xbe\xe7</title></head></html>")
	if _, err := FromHTML(gb, ""); !errors.As(err, &ce) || ce.Charset != "gb2312" {
		t.Errorf("gb2312 after a script charset: got %v", err)
	}
	// Central European single-byte pages: "Łódź" in each charset.
	for cs, title := range map[string]string{"windows-1250": "\xa3\xf3d\x9f", "iso-8859-2": "\xa3\xf3d\xbc"} {
		page := []byte("<html><head><meta charset=\"" + cs + "\"><title>" + title + "</title></head><body></body></html>")
		if a, err := FromHTML(page, ""); err != nil || a.Headline != "Łódź" {
			t.Errorf("%s: %v, %v", cs, a, err)
		}
	}
	// Valid UTF-8 is read as UTF-8 whatever the page declares.
	utf := []byte("<html><head><meta charset=\"gb2312\"><title>话剧巡演结束</title></head><body></body></html>")
	if a, err := FromHTML(utf, ""); err != nil || a.Headline != "话剧巡演结束" {
		t.Errorf("UTF-8 declared gb2312: %v, %v", a, err)
	}
}

func TestRegistry(t *testing.T) {
	var r Registry
	a := &Site{Domains: []string{"example.com"}, Hints: Hints{Outlet: "A"}}
	b := &Site{Domains: []string{"news.example.com"}, Hints: Hints{Outlet: "B"}}
	r.Register(a)
	r.Register(b)
	tests := []struct {
		host string
		want Adapter
	}{
		{"example.com", a},
		{"www.example.com", a},
		{"news.example.com", b},
		{"live.news.example.com", b},
		{"https://news.example.com/x/y", b},
		{"ample.com", Generic},
		{"notexample.com", Generic},
		{"", Generic},
	}
	for _, tc := range tests {
		if got := r.Lookup(tc.host); got != tc.want {
			t.Errorf("Lookup(%q) = %v, want %v", tc.host, got, tc.want)
		}
	}
	if diff := cmp.Diff([]string{"example.com", "news.example.com"}, r.Hosts()); diff != "" {
		t.Errorf("hosts: %s", diff)
	}
}

func TestAdapterHints(t *testing.T) {
	var r Registry
	r.Register(&Site{
		Domains: []string{"example.org"},
		Hints: Hints{
			Outlet: "Example Org", Location: time.FixedZone("", 4*3600),
			Body: ".txt", Drop: ".txt .promo", Byline: ".who", Date: ".when",
		},
	})
	page := `<html><body><div class="when">13 February 2017 18:00</div><div class="who">Kamila Aliyeva</div>
<div class="txt"><p>Short one.</p><p class="promo">Buy now</p><p>Second.</p></div>
<div class="other"><p>A much longer block of text that a scorer would pick as the body of this page, surely.</p></div></body></html>`
	a, err := FromHTMLOptions([]byte(page), HTMLOptions{URL: "https://www.example.org/a", Registry: &r})
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "Short one.\n\nSecond." {
		t.Errorf("text %q", a.Text)
	}
	if a.Outlet != "Example Org" || len(a.Authors) != 1 || a.Authors[0].Name != "Kamila Aliyeva" {
		t.Errorf("outlet %q authors %v", a.Outlet, a.Authors)
	}
	if got := a.Published.String(); got != "2017-02-13T18:00:00+04:00" || a.Published.Zone != ZoneOutlet {
		t.Errorf("published %s %s", got, a.Published.Zone)
	}
}

func FuzzFromHTML(f *testing.F) {
	f.Add([]byte(basicPage))
	f.Add([]byte("<html><body><p>a<b>b</p></b><li><li><table><td><td></table>"))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[[[{"@type":"NewsArticle","author":[[{}]]}]]]}</script>`))
	f.Add([]byte("<meta charset=latin1><title>\xff\xfe</title>"))
	f.Add([]byte("<svg><title>x</title><math><p>y</svg></math>\x00<p>z"))
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := FromHTMLOptions(src, HTMLOptions{MaxDepth: 64})
		if err != nil {
			return
		}
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, p := range a.Paragraphs {
			if p.Start >= p.End {
				t.Fatalf("empty paragraph %v", p)
			}
		}
	})
}

func TestFromHTMLMarkupEdgeCases(t *testing.T) {
	para := "The committee published its report on Monday after two years of hearings, members said."
	tests := []struct {
		name string
		page string
		want string
	}{
		{"svg title is not raw text", `<html><body><a class="icon"><svg><title/><path d="M0"/></svg></a><article><p>` + para + `</p></article></body></html>`, para},
		{"no head end or body tag", `<html><head><meta charset="utf-8"><title>T</title><div class="content"><p>` + para + `</p></div></html>`, para},
		{"unclosed paragraphs and list items", `<body><div><p>` + para + `<p>Second paragraph of the story, which is long enough to count as text.<ul><li>One item here<li>Another item</ul></div>`, para + "\n\nSecond paragraph of the story, which is long enough to count as text.\n\nOne item here\n\nAnother item"},
		{"hidden and aria-hidden blocks", `<body><article><p>` + para + `</p><div style="display: none"><p>Hidden text that the reader never sees on the page at all.</p></div><p hidden>Also hidden from readers of this page.</p></article></body>`, para},
		{"comments section with much text", `<body><article><p>` + para + `</p></article><section id="comments"><p>` + strings.Repeat("A reader's long comment about the report. ", 20) + `</p></section></body>`, para},
		{"br-separated text", `<body><div class="text">` + para + `<br><br>Another line of the story follows here after a break.</div></body>`, para + "\n\nAnother line of the story follows here after a break."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML([]byte(tc.page), "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tc.want {
				t.Errorf("text\n got %q\nwant %q", a.Text, tc.want)
			}
		})
	}
}

// TestFromHTMLHostileInput runs shapes that make naive tree builders
// quadratic or crash; each must give a valid Article or a typed error.
func TestFromHTMLHostileInput(t *testing.T) {
	cases := map[string]string{
		"deep nesting":       strings.Repeat("<div>", 1000) + strings.Repeat("<p class=author>By Jane Doe 12.03.2020 text", 2000),
		"stray end tags":     strings.Repeat("<div><span>", 400) + strings.Repeat("</b></i></em>", 5000),
		"custom elements":    strings.Repeat("<x-a>", 900) + strings.Repeat("</x-b>", 5000),
		"quote marks":        strings.Repeat("\"“", 50000),
		"unclosed heading":   "<h1>" + strings.Repeat("<div class=lead>word ", 300) + strings.Repeat("<p>Sentence one, two. ", 2000),
		"invalid utf-8":      "<p>\xff\xfe\xc3(" + strings.Repeat("\x80", 1000) + "</p>",
		"impossible dates":   `<meta property="article:published_time" content="2021-02-31T25:99:00+99:00"><p>31 February 2021</p>`,
		"broken json-ld":     `<script type="application/ld+json">{"@type":"NewsArticle","author":` + strings.Repeat("[", 10000) + `</script>`,
		"nul bytes":          "<p>a\x00b</p>\x00<div\x00>",
		"script never ends":  "<body><p>Text before the script.</p><script>var x = '<p>not text</p>';",
		"comment never ends": "<body><p>Text before.</p><!-- <p>hidden",
	}
	for name, page := range cases {
		t.Run(name, func(t *testing.T) {
			a, err := FromHTML([]byte(page), "")
			if err != nil {
				var le *LimitError
				if !errors.As(err, &le) {
					t.Fatalf("untyped error %v", err)
				}
				return
			}
			if err := a.Validate(); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(a.Text, "not text") {
				t.Errorf("script text in the body: %q", a.Text)
			}
		})
	}
}

func TestFromHTMLStandfirstBylineFallbacks(t *testing.T) {
	body := `<div class="story-body"><p>The first paragraph of the story is long enough to be the body of the page, officials said on Monday.</p>
<p>A second paragraph adds detail about the plan and its cost, which critics called too high for a small town.</p></div>`
	tests := []struct {
		name    string
		page    string
		text    string
		authors []string
	}{
		{
			name: "standfirst opens the text, credit line after the headline",
			page: `<body><h1>Town approves plan</h1><p class="standfirst">Councillors voted seven to two in favour after a long debate on Monday night.</p>
<div class="meta"><span>By</span> <a href="/a/jane">Jane Doe</a></div>` + body + `</body>`,
			text: "Councillors voted seven to two in favour after a long debate on Monday night.\n\n" +
				"The first paragraph of the story is long enough to be the body of the page, officials said on Monday.\n\n" +
				"A second paragraph adds detail about the plan and its cost, which critics called too high for a small town.",
			authors: []string{"Jane Doe"},
		},
		{
			name: "byline paragraph at the body's end",
			page: `<body><h1>Town approves plan</h1><div class="story-body"><p>The first paragraph of the story is long enough to be the body of the page, officials said on Monday.</p>
<p>A second paragraph adds detail about the plan and its cost, which critics called too high for a small town.</p><p>Von Erika Muster</p></div></body>`,
			text: "The first paragraph of the story is long enough to be the body of the page, officials said on Monday.\n\n" +
				"A second paragraph adds detail about the plan and its cost, which critics called too high for a small town.",
			authors: []string{"Erika Muster"},
		},
		{
			name: "JSON-LD articleBody when the page shows a teaser only",
			page: `<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Town approves plan","articleBody":"` +
				strings.Repeat("Full text of the story as the publisher states it. ", 12) + `\nA second paragraph of the full text."}</script></head>
<body><h1>Town approves plan</h1><div class="paywall"><p>The story begins here and continues for subscribers only, the page says.</p></div></body>`,
			text: strings.TrimSpace(strings.Repeat("Full text of the story as the publisher states it. ", 12)) + "\n\nA second paragraph of the full text.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML([]byte(tc.page), "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tc.text {
				t.Errorf("text\n got %q\nwant %q", a.Text, tc.text)
			}
			names := authorNames(a)
			if diff := cmp.Diff(tc.authors, names); diff != "" {
				t.Errorf("authors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHeadlineRubyAndSoftHyphens(t *testing.T) {
	tests := []struct{ name, h1, want string }{
		{"ruby readings are not text", `<ruby>新<rt>あたら</rt></ruby>しい<ruby>橋<rp>(</rp><rt>はし</rt><rp>)</rp></ruby>が<ruby>開通<rt>かいつう</rt></ruby>した`, "新しい橋が開通した"},
		{"soft hyphens are invisible", `Lese- und Schreib&shy;&shy;werkstatt`, "Lese- und Schreibwerkstatt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(`<html><body><article><h1>` + tt.h1 + `</h1>` +
				`<p>The old bridge over the river reopened on Monday after eight months of repairs, the city said.</p></article></body></html>`)
			a, err := FromHTML(src, "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Headline != tt.want {
				t.Errorf("Headline = %q, want %q", a.Headline, tt.want)
			}
		})
	}
}

// TestTagName checks tagName against the tokenizer's own TagName, read
// from a second tokenizer over the same page.
func TestTagName(t *testing.T) {
	src := "<DIV class=x><a/b></P ><br/><x\x00y><svg:Rect><di\tv id=1></Sp\nan><img\fsrc=a><P>x</p\x00><b"
	z := html.NewTokenizer(strings.NewReader(src))
	ref := html.NewTokenizer(strings.NewReader(src))
	n := 0
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		ref.Next()
		if tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		raw := string(z.Raw())
		got := string(tagName(z, nil))
		want, _ := ref.TagName()
		if got != string(want) {
			t.Errorf("tagName(%q) = %q, want %q", raw, got, want)
		}
		n++
	}
	if n < 10 {
		t.Errorf("only %d tags read", n)
	}
}

// authorNames returns the names of a's authors, nil for none.
func authorNames(a *Article) []string {
	var names []string
	for _, au := range a.Authors {
		names = append(names, au.Name)
	}
	return names
}
