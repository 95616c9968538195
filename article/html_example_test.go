package article_test

import (
	"fmt"
	"time"

	"github.com/newsparse/newsparse/article"
)

func ExampleFromHTML() {
	page := `<html lang="en"><head>
<title>Port reopens after storm | Coast Herald</title>
<meta property="og:site_name" content="Coast Herald">
<meta property="article:published_time" content="2022-01-15T07:30:00-05:00">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Port reopens after storm",
 "author":[{"@type":"Person","name":"Rosa Quint"},{"@type":"Organization","name":"Coast Herald"}]}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Port reopens after storm</h1>
<p>The port reopened on Saturday morning after crews cleared debris left by the storm, officials said.</p>
<div class="share"><a href="#">Share</a></div>
<p>Ferries to the islands will run a reduced timetable until Monday.</p>
</article>
<footer>© Coast Herald</footer></body></html>`
	a, err := article.FromHTML([]byte(page), "https://news.example.com/port")
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Outlet, a.Language)
	fmt.Println(a.Authors[0].Name, len(a.Authors))
	fmt.Println(a.Published, a.Published.Zone)
	for _, p := range a.Paragraphs {
		fmt.Printf("%q\n", a.Text[p.Start:p.End])
	}
	// Output:
	// Port reopens after storm
	// Coast Herald en
	// Rosa Quint 1
	// 2022-01-15T07:30:00-05:00 offset
	// "The port reopened on Saturday morning after crews cleared debris left by the storm, officials said."
	// "Ferries to the islands will run a reduced timetable until Monday."
}

func ExampleRegistry() {
	var reg article.Registry
	reg.Register(&article.Site{
		Domains: []string{"example.org"},
		Hints: article.Hints{
			Outlet:   "Example Daily",
			Location: time.FixedZone("", 3*3600), // the outlet's home zone
			Body:     ".story-text",
			Byline:   ".writer",
			Date:     ".stamp",
		},
	})
	page := `<html><body><div class="stamp">5 May 2021 09:00</div><span class="writer">Ivo Petrov</span>
<div class="story-text"><p>The city council met on Wednesday.</p><p>It approved the budget.</p></div>
<div class="teasers"><p>Another long story that a generic scorer might take for the body of the page.</p></div></body></html>`
	a, err := article.FromHTMLOptions([]byte(page), article.HTMLOptions{URL: "https://www.example.org/news/1", Registry: &reg})
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Outlet, "|", a.Authors[0].Name, "|", a.Published, a.Published.Zone)
	fmt.Printf("%q\n", a.Text)
	// Output:
	// Example Daily | Ivo Petrov | 2021-05-05T09:00:00+03:00 outlet
	// "The city council met on Wednesday.\n\nIt approved the budget."
}
