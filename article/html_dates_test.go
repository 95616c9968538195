package article

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/dateline"
	"golang.org/x/net/html/atom"
)

// datePage wraps head and body markup into a minimal article page.
func datePage(head, body string) []byte {
	return []byte("<!DOCTYPE html><html lang=\"en\"><head><title>Bridge reopens after repairs</title>" + head +
		"</head><body><article><h1>Bridge reopens after repairs</h1>" + body +
		"<p>The old bridge over the river reopened on Monday after eight months of repairs, the city said in a statement to residents.</p>" +
		"<p>Traffic had been diverted through the town centre since the spring, causing long queues at the two main junctions.</p>" +
		"<p>Engineers replaced the deck and strengthened the piers, and the works came in slightly under the planned budget.</p>" +
		"</article></body></html>")
}

// listPage is a page whose headline has a date line just before
// it and a list of other stories with their dates after the text.
func listPage(before string) []byte {
	return []byte(`<html><body><div class="meta">` + before + `</div><h1>Bridge reopens after repairs</h1>` +
		`<p>The old bridge over the river reopened on Monday after eight months of repairs, the city said.</p>` +
		`<p>Traffic had been diverted through the town centre since the spring, causing long queues.</p>` +
		`<div class="more"><p>Other story</p><p>05.11.2023 / 10:00</p><p>Third story</p><p>30.10.2023 / 12:00</p></div>` +
		`</body></html>`)
}

func TestPublishedNearHeadline(t *testing.T) {
	tests := []struct{ name, before, want string }{
		{"date line just before the headline", `Anna Vogt / 07.11.2023 / 09:30 /`, "2023-11-07"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML(listPage(tt.before), "")
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.String(); got != tt.want {
				t.Errorf("Published = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTextDateBack(t *testing.T) {
	tests := []struct{ name, before, want string }{
		{"date line", `<p>Anna Vogt / 07.11.2023 / 09:30 /</p>`, "2023-11-07"},
		{"a sentence naming a date is no date line", `<p>as reported on Friday, March 3rd, 2023 by a weekly paper in the valley</p>`, ""},
		{"a long date line", `<p>14.03.2022 08:45 Uhr - Regionalliga Nord - Mitteilung der Vereine, sk</p>`, "2022-03-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseDocument([]byte(`<html><body>`+tt.before+`<h1>Bridge reopens</h1></body></html>`), DefaultMaxHTMLDepth)
			if err != nil {
				t.Fatal(err)
			}
			p := &Page{doc: d}
			got, _ := p.textDateBack(firstTag(d, atom.H1), 6, dateline.Options{})
			if got.String() != tt.want {
				t.Errorf("textDateBack = %q, want %q", got.String(), tt.want)
			}
		})
	}
}

func TestParseTimeForeign(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2020年07月03日", "2020-07-03"},
		{"2020年7月3日 22:00", "2020-07-03"},
		{"2021년 3월 5일", "2021-03-05"},
		{"15 августа 2016, 13:43", "2016-08-15"},
		{"3 sierpnia 2020", "2020-08-03"},
		{"14 | 03 | 2022", "2022-03-14"},
		{"26 | 13 | 2022", ""},
		{"99999年99月99日", ""},
		{"2020年13月40日", ""},
		{"августа", ""},
		{"\xff\xfe年月日", ""},
	}
	for _, tt := range tests {
		if got := parseTime(tt.in, dateline.Options{}).String(); got != tt.want {
			t.Errorf("parseTime(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestURLDay(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://example.com/2017/02/13/bridge-reopens/", "2017-02-13"},
		{"https://example.com/home/2017/7/12/bridge", "2017-07-12"},
		{"https://example.com/news/2019-01-01-bridge.html", "2019-01-01"},
		{"https://example.com/news/20190101/bridge", "2019-01-01"},
		{"https://example.com/meldungen/29-10-2021", "2021-10-29"},
		{"https://web.archive.org/web/20131110121040/http://example.com/x", ""},
		{"https://example.com/story?date=2019/01/01/", ""},
		{"https://example.com/2017/02/31/", ""},
	}
	for _, tt := range tests {
		if got := urlDay(tt.url, dateline.Options{}).String(); got != tt.want {
			t.Errorf("urlDay(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestPublishedTitleHeading(t *testing.T) {
	// The body container is misread as the greeting at the top; the heading
	// that carries the metadata's title still anchors the date search.
	src := `<html><head><meta property="og:title" content="Sommerfest des Ruderclubs verschoben | RCW"></head><body>` +
		`<div class="intro"><h1>Liebe Mitglieder, liebe Freundinnen und Freunde des Vereins,</h1><p>` + strings.Repeat("hier lesen Sie alles, was sich am Bootshaus und auf dem Wasser tut. ", 20) + `</p></div>` +
		`<section class="news"><div class="info"><span class="date">02.02.2022</span><span class="category">Vereinsleben</span></div>` +
		`<h1>Sommerfest des Ruderclubs verschoben</h1><p>Das Fest findet im August statt.</p></section></body></html>`
	a, err := FromHTML([]byte(src), "")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.String(); got != "2022-02-02" {
		t.Errorf("Published = %q, want 2022-02-02", got)
	}
}

func TestPublishedHTML(t *testing.T) {
	tests := []struct {
		name, head, body, url string
		want                  string
	}{
		{
			name: "meta offset kept",
			head: `<meta property="article:published_time" content="2021-03-04T10:20:30+02:00">`,
			want: "2021-03-04T10:20:30+02:00",
		},
		{
			name: "earlier JSON-LD datePublished is the original",
			head: `<meta property="article:published_time" content="2024-12-07T12:43:39Z">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens after repairs","datePublished":"2024-12-06T22:00:40.000Z","dateModified":"2024-12-07T12:43:39Z"}</script>`,
			want: "2024-12-06T22:00:40Z",
		},
		{
			name: "JSON-LD with a zone slip does not replace the meta time",
			head: `<meta property="article:published_time" content="2020-02-02T19:14:27+00:00">` +
				`<script type="application/ld+json">{"@type":"BlogPosting","headline":"Bridge reopens after repairs","datePublished":"2020-02-02T19:14:27+01:00"}</script>`,
			want: "2020-02-02T19:14:27Z",
		},
		{
			name: "generic date key holding the modification time is dropped",
			head: `<meta name="date" content="2019-10-18T20:00:25.850Z">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens after repairs","datePublished":"2019-10-19T03:00:00.000Z","dateModified":"2019-10-18T20:00:25.850Z"}</script>`,
			want: "2019-10-19T03:00:00Z",
		},
		{
			name: "a full timestamp from a strong source beats a date alone",
			head: `<meta itemprop="datePublished" content="2019-10-18">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-10-19T03:00:00Z"}</script>`,
			want: "2019-10-19T03:00:00Z",
		},
		{
			name: "JSON-LD with a comment and a stray brace",
			head: `<meta name="date" content="2019-11-19T01:48:03Z">` +
				"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\",\n \"datePublished\": \"2019-11-19T00:26:12Z\",\n \"dateModified\": \"2019-11-19T01:48:03Z\", \"publisher\": {\"name\": \"X\"}\n},\n // empty for some pages\n \"description\": \"d\"\n}</script>",
			want: "2019-11-19T00:26:12Z",
		},
		{
			name: "UTC time shown on the page's local day",
			head: `<meta property="article:published_time" content="2023-11-09T01:49:09+00:00">`,
			body: `<time datetime="2023-11-08 17:49:09">November 8, 2023 at 5:49 p.m.</time>`,
			want: "2023-11-08T17:49:09-08:00",
		},
		{
			name: "UTC time kept when the local clock gives the same day",
			head: `<meta property="article:published_time" content="2023-11-09T11:49:09+00:00">`,
			body: `<time datetime="2023-11-09 03:49:09">November 9, 2023 at 3:49 a.m.</time>`,
			want: "2023-11-09T11:49:09Z",
		},
		{
			name: "UTC time with the same instant stated with an offset",
			head: `<meta property="article:published_time" content="2020-12-24T23:59:50+00:00">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-25T01:59:50+02:00"}</script>`,
			want: "2020-12-25T01:59:50+02:00",
		},
		{
			name: "date beside the headline beats a generic date key",
			head: `<meta name="date" content="2021-12-20T11:02:44+01:00">`,
			body: `<p class="meta"><span class="date">27.01.2022</span></p>`,
			want: "2022-01-27",
		},
		{
			name: "generic date key kept when the page shows the same day",
			head: `<meta name="date" content="2021-12-20T11:02:44+01:00">`,
			body: `<p class="meta"><span class="date">20.12.2021</span></p>`,
			want: "2021-12-20T11:02:44+01:00",
		},
		{
			name: "article:published_time beats a date beside the headline",
			head: `<meta property="article:published_time" content="2021-12-20T11:02:44+01:00">`,
			body: `<p class="meta"><span class="date">27.01.2022</span></p>`,
			want: "2021-12-20T11:02:44+01:00",
		},
		{
			name: "CJK date beside the headline",
			body: `<p><span class="entry-time">2020年07月03日</span></p>`,
			want: "2020-07-03",
		},
		{
			name: "CJK date with a clock",
			head: `<meta name="date" content="2020年7月3日 17:16">`,
			want: "2020-07-03",
		},
		{
			name: "Russian month name",
			body: `<p class="date">15 августа 2016, 13:43</p>`,
			want: "2016-08-15",
		},
		{
			name: "date in the article's own aside of metadata",
			head: `<meta name="Date" content="2022-1-26T14:32:06+02:00">`,
			body: `<aside class="meta"><div class="meta__row"><p class="meta__content"><time class="meta__label" datetime="2022-01-21">21.01.2022 - 13:30</time></p></div></aside>`,
			want: "2022-01-21",
		},
		{
			name: "comment dates are not the story's",
			body: `<div class="comments-area"><article class="comment-body"><footer class="comment-meta"><time datetime="2019-08-24T03:36:11+02:00">24. August 2019</time></footer></article></div>`,
			want: "",
		},
		{
			name: "URL date long before the metadata's is the original",
			head: `<meta property="article:published_time" content="2019-06-17T18:28:00+02:00">`,
			url:  "https://example.com/home/2017/7/12/bridge-reopens",
			want: "2017-07-12",
		},
		{
			name: "URL date a day before a UTC time stays unused",
			head: `<meta property="article:published_time" content="2019-11-19T04:58:46+00:00">`,
			url:  "https://example.com/2019/11/18/bridge-reopens/",
			want: "2019-11-19T04:58:46Z",
		},
		{
			name: "time element nearest the headline",
			head: `</head><body><p class="kicker"><time datetime="2022-12-12 12:22">12.12.2022 12:22</time></p>`,
			body: `<p>Bridge works</p><p>The city council approved the plan.</p><p>Work started in the spring.</p><p>It ended in the autumn.</p><p>Older story</p><p><time datetime="2022-08-10 11:05">10.08.2022</time></p>`,
			want: "2022-12-12",
		},
		{
			name: "a generic date key and the visible date agree against JSON-LD",
			head: `<meta name="DC.Date" content="2023-11-07T07:30+01:00">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-06T18:19+01:00"}</script>`,
			body: `<p class="date">07.11.2023, 07:30 Uhr</p>`,
			want: "2023-11-07T07:30:00+01:00",
		},
		{
			name: "date split over elements classed as a date",
			body: `<div class="postdate"><span class="postday">26</span> Okt 2018</div>`,
			want: "2018-10-26",
		},
		{
			name: "date split over adjacent spans",
			body: `<div class="datum"><span class="monat">Feb</span> <span class="tag">18</span><span class="jahr">2009</span></div>`,
			want: "2009-02-18",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML(datePage(tt.head, tt.body), tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.String(); got != tt.want {
				t.Errorf("Published = %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzPublishedSources(f *testing.F) {
	for _, s := range []string{"2020年07月03日", "15 августа 2016, 13:43", "2023-11-09T01:49:09+00:00", "https://example.com/2017/7/12/x", "/31-02-2021", "+99:00", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		parseTime(s, dateline.Options{})
		urlDay(s, dateline.Options{})
		sentenceLike(s)
		if out, ok := translateDate(s); ok && out == "" {
			t.Errorf("translateDate(%q) reported a rewrite but returned nothing", s)
		}
		if len(s) < 2000 {
			_, _ = FromHTML(datePage(`<meta property="article:published_time" content="`+s+`">`, `<p class="date">`+s+`</p>`), s)
		}
	})
}

func TestPublishedNavBarDate(t *testing.T) {
	tests := []struct{ name, nav, want string }{
		{"today's date in a navigation bar is not the story's",
			`<div id="navwrap"><div class="navtop"><time datetime="2023-11-01T08:05:00+01:00">Mittwoch, 01. November 2023</time></div></div>`, "2023-10-31"},
		{"the web archive's toolbar over an archived page is not the story's",
			`<div id="wm-ipp-base"><div id="wm-ipp"><div class="r" title="Captures of this address">10 Nov 2013</div></div></div>`, "2023-10-31"},
		{"a meta line styled as a nav list is the story's",
			`<ul class="nav meta"><li><time datetime="2023-10-30T10:00:00+01:00">30. Oktober 2023</time></li></ul>`, "2023-10-30T10:00:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(`<html><body>` + tt.nav + `<h1>Bridge reopens after repairs</h1>` +
				`<p><span class="text_datum">31. Oktober 2023.</span> The old bridge over the river reopened on Monday after eight months of repairs.</p>` +
				`<p>Traffic had been diverted through the town centre since the spring, causing long queues at the junctions.</p></body></html>`)
			a, err := FromHTML(src, "")
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.String(); got != tt.want {
				t.Errorf("Published = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPublishedDateInTitleOrSentence(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"a date in the headline's words is not the date line",
			`<h1>Blog of races</h1><div><h3><a href="/e/1">Winners of the races (2020/7/11-12, eighteen horses)</a></h3>` +
				`<div class="entry-info"><span class="entry-time">2020年07月12日</span></div></div>`, "2020-07-12"},
		{"a heading that is a date is a date line",
			`<h1>Blog of races</h1><div><h3>12.07.2020</h3><h3>Winners of the races</h3></div>`, "2020-07-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(`<html><body>` + tt.src +
				`<p>The old bridge over the river reopened on Monday after eight months of repairs, the city said.</p>` +
				`<p>Traffic had been diverted through the town centre since the spring, causing long queues at the junctions.</p></body></html>`)
			a, err := FromHTML(src, "")
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.String(); got != tt.want {
				t.Errorf("Published = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPublishedRevisionTime(t *testing.T) {
	line := `<div class="story-date">March 4, 2021 / 7:40 AM / Updated 5 hours ago</div>`
	tests := []struct{ name, head, want string }{
		{"metadata stating the revision as publication yields to the earlier date line",
			`<meta property="og:article:published_time" content="2021-03-05T06:12:08+0000">` +
				`<meta property="og:article:modified_time" content="2021-03-05T06:12:08+0000">`, "2021-03-04"},
		{"metadata with its own publication time is kept",
			`<meta property="og:article:published_time" content="2021-03-05T06:12:08+0000">` +
				`<meta property="og:article:modified_time" content="2021-03-06T11:00:00+0000">`, "2021-03-05T06:12:08Z"},
		{"a date line within an offset of the metadata is the same instant",
			`<meta property="og:article:published_time" content="2021-03-04T15:40:00+0000">` +
				`<meta property="og:article:modified_time" content="2021-03-04T15:40:00+0000">`, "2021-03-04T15:40:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML(datePage(tt.head, line), "")
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.String(); got != tt.want {
				t.Errorf("Published = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDateInTextClock(t *testing.T) {
	p := &Page{}
	got := p.dateInText("March 4, 2021 / 7:40 AM / Updated 5 hours ago", dateline.Options{})
	if got.String() != "2021-03-04" || got.T.Hour() != 7 || got.T.Minute() != 40 {
		t.Errorf("dateInText = %v (%v), want 2021-03-04 with the clock 7:40 kept", got, got.T)
	}
}

func TestPublishedNotJoinedDate(t *testing.T) {
	src := []byte(`<html><body><h2 class="topic-title">Frage zum Update</h2>` +
		`<dl class="postprofile"><dd class="profile-joined"><strong>Registriert:</strong> 03.04.2010, 17:20</dd></dl>` +
		`<div class="postbody"><p class="author">von kiwi7 &raquo; 12.02.2011, 09:15</p>` +
		`<div class="content">The old bridge over the river reopened on Monday after eight months of repairs, the city said.</div></div>` +
		`</body></html>`)
	a, err := FromHTML(src, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.String(); got != "2011-02-12" {
		t.Errorf("Published = %q, want the post's date 2011-02-12, not the member's sign-up date", got)
	}
}

func TestPublishedUploadTime(t *testing.T) {
	tests := []struct{ name, head, want string }{
		{"a media page's upload time", `<meta property="gallery:uploaded" content="2013-02-16T04:36:36-05:00">`, "2013-02-16T04:36:36-05:00"},
		{"an embedded video's upload time yields to the article's",
			`<meta property="article:published_time" content="2015-03-11T19:46:14Z"><meta itemprop="uploadDate" content="2015-03-12T13:11:07Z">`, "2015-03-11T19:46:14Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML(datePage(tt.head, ""), "")
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.String(); got != tt.want {
				t.Errorf("Published = %q, want %q", got, tt.want)
			}
		})
	}
}
