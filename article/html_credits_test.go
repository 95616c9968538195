package article

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// creditPage wraps head and body markup in a page whose story text is long
// enough to be found as the body.
func creditPage(head, body string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` + head + `</head><body>` + body + `</body></html>`
}

// bridgePage is creditPage with the story's title and an h1 before body.
func bridgePage(body string) string {
	return creditPage(`<title>Bridge to be rebuilt</title>`, `<h1>Bridge to be rebuilt</h1>`+body)
}

// closedBy is creditStory with extra after its last paragraph.
func closedBy(extra string) string {
	return strings.Replace(creditStory, "comes from a loan.</p>", "comes from a loan.</p>"+extra, 1)
}

const creditStory = `<div class="entry-content"><p>The council voted on Tuesday to rebuild the old bridge over the river, after a decade of delays and two failed tenders.</p>
<p>Work is to start in the spring and to last about three years, the mayor said at a press conference in the town hall.</p>
<p>Traffic will be diverted over the northern ring road while the works last, and a ferry will carry pedestrians and cyclists across the river at rush hour.</p>
<p>The cost is put at 40 million euros, of which the regional government pays half; the rest comes from a loan.</p></div>`

func TestFromHTMLCredits(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []string
	}{
		{
			name: "article footer byline",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<header><h1 class="site-title">Town Notes</h1></header><article><h1 class="entry-title">Bridge to be rebuilt</h1>`+creditStory+
					`<footer class="entry-meta">Posted on 3 May by <span class="post-author"><a class="writer-name" rel="author" href="/people/jdoe/">Jane Doe</a></span></footer></article>`+
					`<footer class="site-footer"><span class="author">Site by Web Builders Studio</span></footer>`),
			want: []string{"Jane Doe"},
		},
		{
			name: "byline marked by data-testid, its spans glued together",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<article><h1>Bridge to be rebuilt</h1><div class="wq3 pfx" data-testid="hero-byline"><span class="lbl">By</span><span><a class="lnk" href="/people/jane-doe">Jane Doe</a></span><span class="when">Monday, March 3, 2031</span></div>`+creditStory+`</article>`),
			want: []string{"Jane Doe"},
		},
		{
			name: "byline shown only inside noscript, a team after a dash",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<article><h1>Bridge to be rebuilt</h1><script type="text/template"><span class="byline-author">Posted by Jane Doe</span></script>`+
					`<noscript><span class="byline-author">Posted by Jane Doe, Mark Stone and Ravi K Menon - Bridge Safety team</span></noscript>`+creditStory+`</article>`),
			want: []string{"Jane Doe", "Mark Stone", "Ravi K Menon"},
		},
		{
			name: "a first name in JSON-LD given in full by the person's description",
			page: creditPage(`<title>Bridge to be rebuilt</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[`+
				`{"@type":"NewsArticle","headline":"Bridge to be rebuilt","author":{"@id":"#p1"}},`+
				`{"@type":"Person","@id":"#p1","name":"Bertold","description":"Bertold Kranich - surveyor, rower and bridge fan. His notes cover locks and weirs."}]}</script>`,
				`<article><h1>Bridge to be rebuilt</h1>`+creditStory+`</article>`),
			want: []string{"Bertold Kranich"},
		},
		{
			name: "page footer is not a byline",
			page: bridgePage(creditStory + `<footer><span class="author">Mark Stone</span></footer>`),
			want: nil,
		},
		{
			name: "personal site named after its author",
			page: creditPage(`<title>Bridge to be rebuilt</title><link rel="canonical" href="https://janedoe.example/bridge">
<meta name="author" content="Jane Doe">`, `<h1>Bridge to be rebuilt</h1>`+creditStory),
			want: []string{"Jane Doe"},
		},
		{
			name: "outlet named after its host",
			page: creditPage(`<title>Bridge to be rebuilt</title><link rel="canonical" href="https://www.riverbankherald.example/bridge">
<meta name="author" content="Riverbank Herald">`, `<h1>Bridge to be rebuilt</h1>`+creditStory),
			want: nil,
		},
		{
			name: "brand in capitals named after its host",
			page: creditPage(`<title>Bridge to be rebuilt</title><link rel="canonical" href="https://www.eatwell.example/bridge">
<meta name="author" content="EAT WELL">`, `<h1>Bridge to be rebuilt</h1>`+creditStory),
			want: nil,
		},
		{
			name: "metadata crediting the outlet, byline naming the writer",
			page: creditPage(`<title>Bridge to be rebuilt</title><link rel="canonical" href="https://www.riverbankherald.example/bridge">
<meta name="author" content="Riverbank Herald">`, `<h1>Bridge to be rebuilt</h1><div class="article-author">Anna Berg</div>`+creditStory),
			want: []string{"Anna Berg"},
		},
		{
			name: "first name in metadata, full name in the byline",
			page: creditPage(`<title>Bridge to be rebuilt</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge to be rebuilt","author":{"@type":"Person","name":"Todd"}}</script>`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">By Todd Baker</div>`+creditStory),
			want: []string{"Todd Baker"},
		},
		{
			name: "handle in metadata, name in the byline",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="TB1984">`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">By Todd Baker</div>`+creditStory),
			want: []string{"Todd Baker"},
		},
		{
			name: "first name kept when an element marked as the byline names someone else",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Todd">`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">Anna Berg</div>`+creditStory),
			want: []string{"Todd"},
		},
		{
			name: "credit line under the headline over a first name",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Todd">`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">By Anna Berg</div>`+creditStory),
			want: []string{"Anna Berg"},
		},
		{
			name: "login in metadata falls through to the byline",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="tbaker">`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">Von Todd Baker</div>`+creditStory),
			want: []string{"Todd Baker"},
		},
		{
			name: "teaser list bylines are not the story's",
			page: bridgePage(creditStory + `<ul class="more">` +
				strings.Repeat(`<li><a href="/x">Other story</a></li>`, 3) +
				`<li><span class="item-author">Anna Berg</span></li><li><span class="item-author">Mark Stone</span></li><li><span class="item-author">Eva Lind</span></li></ul>`),
			want: nil,
		},
		{
			name: "image credit is not a byline",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><figure><img src="b.jpg"><span class="license-author">Nenad Stone</span></figure>`+creditStory),
			want: nil,
		},
		{
			name: "organisation in a byline",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">von RAD ZEITUNG 14.03.2030</div>`+creditStory),
			want: nil,
		},
		{
			name: "date label after the name",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><p><span>Von Anna Berg</span> Publiziert 21/08/2030 um 16:40</p>`+creditStory),
			want: []string{"Anna Berg"},
		},
		{
			name: "affiliation after the role",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Jane Doe">`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">By Jane Doe, Senior Policy Analyst, CRA Transit, Safety, and Bridges Program</div>`+creditStory),
			want: []string{"Jane Doe"},
		},
		{
			name: "byline listing more authors than the metadata",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Jane Doe">`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">Jane Doe, Mark Stone</div>`+creditStory),
			want: []string{"Jane Doe", "Mark Stone"},
		},
		{
			name: "inner byline without the reading time",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><div class="author"><div class="byline">Marta Soler, Lucía Ferrán y Juan Pablo Ortiz</div> Hace 19 minutos</div>`+creditStory),
			want: []string{"Marta Soler", "Lucía Ferrán", "Juan Pablo Ortiz"},
		},
		{
			name: "section link before the byline name",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Jane Doe">`,
				`<h1>Bridge to be rebuilt</h1><div class="authorLine"><a href="/town">Town Affairs</a> by <a class="author" href="/jd">Jane Doe</a> June 8, 2030</div>`+creditStory),
			want: []string{"Jane Doe"},
		},
		{
			name: "author box biography",
			page: bridgePage(creditStory + `<div class="author-info">Autor <p class="author-bio">Alles über Brücken, Fährverkehr und Tipps für den Garten.</p></div>`),
			want: nil,
		},
		{
			name: "labelled fields",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><div class="storyAuthorDateRow"><span>Datum:</span> 07.04.2030 <span>Autor:</span> Gerold Brandt <span>Quelle:</span> Flussbote</div>`+creditStory),
			want: []string{"Gerold Brandt"},
		},
		{
			name: "signed in parentheses at the end",
			page: bridgePage(strings.Replace(creditStory, "comes from a loan.</p>", "comes from a loan. (Konrad W. Albrecht) +++</p>", 1)),
			want: []string{"Konrad W. Albrecht"},
		},
		{
			name: "agency in parentheses at the end",
			page: bridgePage(strings.Replace(creditStory, "comes from a loan.</p>", "comes from a loan. (dpa)</p>", 1)),
			want: nil,
		},
		{
			name: "closing credit line with a role",
			page: bridgePage(strings.Replace(creditStory, "</div>", "<p><strong>Autorin: Helga Winterfeld, Projektleiterin in Ghana.</strong></p></div>", 1)),
			want: []string{"Helga Winterfeld"},
		},
		{
			name: "text and illustration credits",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">Text von Bernd Kübler Illustration von Tobias Rehm</div>`+creditStory),
			want: []string{"Bernd Kübler"},
		},
		{
			name: "date and name after the headline",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><p class="text-muted">23.06.2031 - Lotte Brenner</p>`+creditStory),
			want: []string{"Lotte Brenner"},
		},
		{
			name: "date, time and name before the headline",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<small>17.09.2030 | 08:25 Uhr | Wiebke Lorenz</small><h1>Bridge to be rebuilt</h1>`+creditStory),
			want: []string{"Wiebke Lorenz"},
		},
		{
			name: "date and place are no credit",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><p>Kultur | 17.09.2030</p>`+creditStory),
			want: nil,
		},
		{
			name: "credit inside a dated line under an h2 headline",
			page: creditPage(`<title>Bridge to be rebuilt</title><link rel="canonical" href="https://qbrandt.wordpress.com/2031/bridge/">`,
				`<h1 class="site-title">Town Notes</h1><h2>Bridge to be rebuilt</h2><div class="meta">Filed in Notes by qbrandt on October 12, 2031</div>`+creditStory),
			want: []string{"qbrandt"},
		},
		{
			name: "photo credit inside a dated line",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><div class="meta">Photo by Jane Doe, October 12, 2031</div>`+creditStory),
			want: nil,
		},
		{
			name: "logins among co-authors",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">Posted by zorbak, QUIMs, Edgar on 2031-05-20</div>`+creditStory),
			want: []string{"zorbak", "QUIMs", "Edgar"},
		},
		{
			name: "a login alone is an account",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">Posted by zorbak on 2031-05-20</div>`+creditStory),
			want: nil,
		},
		{
			name: "outlet in metadata, credit line under the headline",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta property="og:site_name" content="The Town Courier"><meta name="author" content="The Town Courier">`,
				`<h1>Bridge to be rebuilt</h1><p>By Rosa de la Fuente</p>`+creditStory),
			want: []string{"Rosa de la Fuente"},
		},
		{
			name: "outlet in metadata, credit of a study inside the story",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta property="og:site_name" content="The Town Courier"><meta name="author" content="The Town Courier">`,
				`<h1>Bridge to be rebuilt</h1>`+strings.Replace(creditStory, "town hall.</p>", "town hall. The plans were drawn up two years ago after a study of the traffic on both banks, which found that the old bridge carried twice the load it was built for.</p><p>Autorin: Sylvia Berg, KWB, März 2011</p>", 1)),
			want: nil,
		},
		{
			name: "handle of dotted names after a label",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><div class="team-author">Von <a href="/leute/y">Rosalie.Kern</a> am Mittwoch, 4. Juni 2031 um 09:52 Uhr</div>`+creditStory),
			want: []string{"Rosalie.Kern"},
		},
		{
			name: "magazine in metadata, text and photo credit on the page",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Rad Illustrierte">`,
				`<h1>Bridge to be rebuilt</h1><table><tr><td class="authorstrong">Text & Fotos: Ivo Brandner</td></tr></table>`+creditStory),
			want: []string{"Ivo Brandner"},
		},
		{
			name: "first name in metadata, column credit in the story",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Jörn">`,
				`<h1>Bridge to be rebuilt</h1>`+strings.Replace(creditStory, `<div class="entry-content">`, `<div class="entry-content"><p><strong>Eine Kolumne von Jörn Hauke</strong></p>`, 1)),
			want: []string{"Jörn Hauke"},
		},
		{
			name: "writer credited at the top of the story over the posting account",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Henrike Vogt">`,
				`<h1>Bridge to be rebuilt</h1>`+strings.Replace(creditStory, `<div class="entry-content">`, `<div class="entry-content"><p><strong>Von Ki&shy;li&shy;an Ort</strong></p>`, 1)),
			want: []string{"Kilian Ort"},
		},
		{
			name: "closing credit does not overrule the metadata",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Henrike Vogt">`,
				`<h1>Bridge to be rebuilt</h1>`+strings.Replace(creditStory, "comes from a loan.</p>", "comes from a loan.</p><p>Von Kilian Ort</p>", 1)),
			want: []string{"Henrike Vogt"},
		},
		{
			name: "credit line under the headline over the account's link",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Henrike Vogt">`,
				`<h1>Bridge to be rebuilt</h1><div class="meta">Posted by <a rel="author" href="/people/henrike/">Henrike Vogt</a></div>`+
					`<div class="intro"><p><em>The old bridge is coming down at last.</em></p></div><div class="credit"><p><strong>Von Kilian Ort</strong></p></div>`+creditStory),
			want: []string{"Kilian Ort"},
		},
		{
			name: "co-author line under the headline keeps the metadata",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Henrike Vogt">`,
				`<h1>Bridge to be rebuilt</h1><p>Von Henrike Vogt und Kilian Ort</p>`+creditStory),
			want: []string{"Henrike Vogt", "Kilian Ort"},
		},
		{
			name: "labelled name ended by a colon beside a translator's link",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="jane">`,
				`<h1>Bridge to be rebuilt</h1><div class="author"><p>Autor <span>Mark Stone:</span></p>`+
					`<p class="p-trans-author"> Übersetzung <span><a href="/author/jane/">Jane Doe</a></span>, <span class="date">12.12.22</span></p></div>`+creditStory),
			want: []string{"Mark Stone"},
		},
		{
			name: "page without h1: credit line under the h2 title",
			page: creditPage(`<title>Town Notes</title>`,
				`<div class="nav"><a href="/">Home</a></div><h2>Bridge to be rebuilt</h2><h4>A documentary</h4><p> von <em>Mark Stone</em></p>`+creditStory),
			want: []string{"Mark Stone"},
		},
		{
			name: "closing signature in emphasis",
			page: bridgePage(closedBy("<p><b><i>Mark Stone</i></b></p>")),
			want: []string{"Mark Stone"},
		},
		{
			name: "closing signature before footnotes",
			page: bridgePage(closedBy("<p><em>Mark Stone</em></p><p>(1) Figures from the council's budget for 2024.</p>")),
			want: []string{"Mark Stone"},
		},
		{
			name: "closing signature with a role line, family name in capitals",
			page: bridgePage(closedBy("<p>Yıldız ÖZKARA<br> Chair of the Trust</p>")),
			want: []string{"Yıldız ÖZKARA"},
		},
		{
			name: "closing labelled credit",
			page: bridgePage(closedBy("<div class=\"links\"> </div><br><a href=\"#\"><b>Von:</b><br><br> Mark Stone</a>")),
			want: []string{"Mark Stone"},
		},
		{
			name: "bold product name followed by its description is no signature",
			page: bridgePage(closedBy("<p><strong>Alpine Race Harness</strong><br></p><p>The lightest harness</p>")),
			want: nil,
		},
		{
			name: "heading in emphasis is no signature",
			page: bridgePage(closedBy("<div class=\"related\"><h3><em>Related Stories</em></h3></div>")),
			want: nil,
		},
		{
			name: "a closing heading in bold is no signature",
			page: bridgePage(closedBy("<p><strong>Weitere Informationen</strong></p>")),
			want: nil,
		},
		{
			name: "press contact is no signature",
			page: bridgePage(closedBy("<p><strong>Press contact</strong><br>Dr. Ines Moreau<br>Spokeswoman<br>Tel.: 0555 12840 771</p>")),
			want: nil,
		},
		{
			name: "personal site named after its owner with a title",
			page: creditPage(`<title>Bridge to be rebuilt – Dr. Jane Doe</title><link rel="canonical" href="https://www.jane-doe.example/bridge">
<meta property="og:site_name" content="Dr. Jane Doe">`, `<h1>Bridge to be rebuilt</h1>`+creditStory),
			want: []string{"Jane Doe"},
		},
		{
			name: "hosted blog named after its owner",
			page: creditPage(`<title>Bridge to be rebuilt</title><link rel="canonical" href="https://janedoe.wordpress.com/2020/bridge">
<meta property="og:site_name" content="Jane Doe's Blog">`, `<h1>Bridge to be rebuilt</h1>`+creditStory),
			want: []string{"Jane Doe"},
		},
		{
			name: "outlet named after its host is no owner",
			page: creditPage(`<title>Bridge to be rebuilt</title><link rel="canonical" href="https://www.riverroad.example/bridge">
<meta property="og:site_name" content="River Road">`, `<h1>Bridge to be rebuilt</h1>`+creditStory),
			want: nil,
		},
		{
			name: "a name with an aside in parentheses",
			page: creditPage(`<title>Bridge to be rebuilt</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge to be rebuilt",`+
				`"author":[{"@type":"Person","name":"Paulo (Augusto Mendes) Carvalho "}]}</script>`, `<h1>Bridge to be rebuilt</h1>`+creditStory),
			want: []string{"Paulo (Augusto Mendes) Carvalho"},
		},
		{
			name: "initials in parentheses in a byline link",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><span class="byline"><a href="/writer/walter/" rel="author">Walter (W.T.) Brannigan</a></span>`+creditStory),
			want: []string{"Walter (W.T.) Brannigan"},
		},
		{
			name: "a country code in parentheses is no name",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Gunnar Vogel, Lindenau (D)">`,
				`<h1>Bridge to be rebuilt</h1>`+creditStory),
			want: []string{"Gunnar Vogel"},
		},
		{
			name: "byline naming the metadata's author by an initial and a co-author",
			page: creditPage(`<title>Bridge to be rebuilt</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge to be rebuilt",`+
				`"author":{"@type":"Person","name":"Oliver Fenwick"}}</script>`,
				`<h1>Bridge to be rebuilt</h1><div class="author">o. fenwick / M. A. da rocha<br></div>`+creditStory),
			want: []string{"o. fenwick", "M. A. da rocha"},
		},
		{
			name: "author box after the story",
			page: bridgePage(creditStory + `<div class="author-bio footer"><h3>Über Autor</h3><h4>Mark Stone</h4><p><a href="/author/mark">Alles von Mark Stone</a></p></div>`),
			want: []string{"Mark Stone"},
		},
		{
			name: "author boxes of several people are a list",
			page: bridgePage(creditStory + `<div class="author-box"><h3>Mark Stone</h3></div><div class="author-box"><h3>Jane Doe</h3></div>`),
			want: nil,
		},
		{
			name: "author box in a sidebar",
			page: bridgePage(creditStory + `<aside><div class="author-box"><h3>Mark Stone</h3></div></aside>`),
			want: nil,
		},
		{
			name: "signature closing the last paragraph over the account's metadata",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Henrike Vogt">`,
				`<h1>Bridge to be rebuilt</h1>`+strings.Replace(creditStory, "comes from a loan.</p>", "comes from a loan, to be paid back over thirty years from the tolls that lorries will pay to cross the new bridge.<br><em>Mark Stone</em> </p><p>Zum Weiterlesen: Mark Stone, Bridges, River Press</p>", 1)),
			want: []string{"Mark Stone"},
		},
		{
			name: "a name in emphasis inside the last paragraph is no signature",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Henrike Vogt">`,
				`<h1>Bridge to be rebuilt</h1>`+strings.Replace(creditStory, "comes from a loan.</p>", "comes from a loan, says <em>Mark Stone</em>.</p>", 1)),
			want: []string{"Henrike Vogt"},
		},
		{
			name: "dated credit inside a heading with a picture credit beside it",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><img src="/bridge.jpg" alt=""><h2>Meldung (2 / 3) <span>14.08.2030 07:45 von Greta </span> <span>Symbolbild stock</span></h2>`+creditStory),
			want: []string{"Greta"},
		},
		{
			name: "dated French line with the credit inside",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><p class="meta">Publié le 9 juin 2031 par Jean Dupont</p>`+creditStory),
			want: []string{"Jean Dupont"},
		},
		{
			name: "writer and editor on two lines under the headline",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><p>Written by Mark Stone<br>Edited by Jane Doe</p>`+creditStory),
			want: []string{"Mark Stone"},
		},
		{
			name: "desk and team credits name no person",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Newsdesk">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge to be rebuilt","author":{"@type":"Person","name":"River-Team"}}</script>`,
				`<h1>Bridge to be rebuilt</h1><div class="author"><a href="/authors/">Alle Beiträge</a></div>`+creditStory),
			want: nil,
		},
		{
			name: "outlet whose name is its host's words",
			page: creditPage(`<title>Bridge to be rebuilt</title><link rel="canonical" href="https://presse-riverton.example/bridge">
<meta name="author" content="Presse Riverton">`, `<h1>Bridge to be rebuilt</h1>`+creditStory),
			want: nil,
		},
		{
			name: "credit line naming one person against metadata naming a team",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Greta Wolke - Jonas Feld">`,
				`<div class="post"><h2><a href="/bridge/" rel="bookmark">Bridge to be rebuilt</a></h2><p class="story-meta">Geschrieben von <a href="/leute/oskar/">Oskar</a> am Freitag 14. März 2025</p>`+creditStory+`</div>`),
			want: []string{"Oskar"},
		},
		{
			name: "a team's metadata stays against a first name outside a post's meta line",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Greta Wolke - Jonas Feld">`,
				`<div class="post"><h2><a href="/bridge/" rel="bookmark">Bridge to be rebuilt</a></h2><p>Geschrieben von <a href="/leute/oskar/">Oskar</a> am Freitag 14. März 2025</p>`+creditStory+`</div>`),
			want: []string{"Greta Wolke", "Jonas Feld"},
		},
		{
			name: "a team's metadata stays against a first name neither linked nor marked",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Greta Wolke - Jonas Feld">`,
				`<div class="post"><h2><a href="/bridge/" rel="bookmark">Bridge to be rebuilt</a></h2><p class="story-meta">Geschrieben von Oskar am Freitag 14. März 2025</p>`+creditStory+`</div>`),
			want: []string{"Greta Wolke", "Jonas Feld"},
		},
		{
			name: "a first name of the team keeps the team",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Greta Wolke - Jonas Feld">`,
				`<div class="post"><h2><a href="/bridge/" rel="bookmark">Bridge to be rebuilt</a></h2><p class="story-meta">Geschrieben von <a href="/leute/jonas/">Jonas</a> am Freitag 14. März 2025</p>`+creditStory+`</div>`),
			want: []string{"Greta Wolke", "Jonas Feld"},
		},
		{
			name: "a first name completed by the author box naming the person in full",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><p class="tagline">Von <a rel="author" href="/writer/quirin/">Quirin</a></p>`+
					creditStory+`<div class="about-author-panel"><span class="profile-name">Quirin Holzapfel</span><p>Writes on roads and rivers.</p></div>`),
			want: []string{"Quirin Holzapfel"},
		},
		{
			name: "a first name stays alone when only a caption names the person in full",
			page: creditPage(`<title>Bridge to be rebuilt</title><link rel="canonical" href="http://www.holzapfel.example/bridge/">`,
				`<h1>Bridge to be rebuilt</h1><p class="tagline">Von <a rel="author" href="/writer/quirin/">Quirin</a></p>`+
					creditStory+`<figure><img src="/b.jpg"><figcaption>Photo: Quirin Holzapfel</figcaption></figure>`),
			want: []string{"Quirin"},
		},
		{
			name: "a first name stays alone when author elements name two people of it",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><p class="tagline">Von <a rel="author" href="/writer/quirin/">Quirin</a></p>`+
					creditStory+`<div class="about-author-panel"><span class="profile-name">Quirin Holzapfel</span></div><div class="about-author-panel"><span class="profile-name">Quirin Brettschneider</span></div>`),
			want: []string{"Quirin"},
		},
		{
			name: "hosted blog whose user name its tagline writes out",
			page: creditPage(`<title>Bridge to be rebuilt | Wordplay</title><link rel="canonical" href="https://janedoe.wordpress.com/2020/bridge/">`,
				`<div id="logo"><span class="site-title"><a href="/">Wordplay</a></span> <span class="site-description">Jane Doe</span></div><h1>Bridge to be rebuilt</h1>`+creditStory),
			want: []string{"Jane Doe"},
		},
		{
			name: "co-authors in an aside",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Martin Berg (avec Lucien Stone et Héloïse Lee)">`,
				`<h1>Bridge to be rebuilt</h1>`+creditStory),
			want: []string{"Martin Berg", "Lucien Stone", "Héloïse Lee"},
		},
		{
			name: "a title split on an ampersand is no list of names",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Pixel & i">`,
				`<h1>Bridge to be rebuilt</h1>`+creditStory),
			want: nil,
		},
		{
			name: "copyright line closing the story",
			page: bridgePage(closedBy("<p>© 2019 Mark Stone</p><div class=\"addr\"><strong>Adresse</strong><br>Mark Stone<br>Lindenweg 14</div>")),
			want: []string{"Mark Stone"},
		},
		{
			name: "copyright notice without a holder",
			page: bridgePage(closedBy("<p>© DIRITTI RISERVATI</p>")),
			want: nil,
		},
		{
			name: "copyright in the page footer",
			page: bridgePage(creditStory + `<footer><p>The town's notes, kept since 1990 by volunteers of the history club in the old town hall.</p><p>© 2020 Mark Stone</p></footer>`),
			want: nil,
		},
		{
			name: "credit line adding a field label after the metadata's name",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Lars Stone">`,
				`<h1>Bridge to be rebuilt</h1><div class="meta"><span>Von Lars Stone</span> <span>Lesezeit: 3 Min.</span></div>`+creditStory),
			want: []string{"Lars Stone"},
		},
		{
			name: "credit line naming the person of a metadata credit with the outlet glued on",
			page: creditPage(`<title>Bridge to be rebuilt</title><meta name="author" content="Wendell Stone. River International">`,
				`<h1>Bridge to be rebuilt</h1><div class="article-meta"><span>By Wendell Stone</span></div>`+creditStory),
			want: []string{"Wendell Stone"},
		},
		{
			name: "a closing signature whose family name is also a heading's word",
			page: bridgePage(closedBy("<p><em>Edda Link</em></p>")),
			want: []string{"Edda Link"},
		},
		{
			name: "a closing link heading is no signature",
			page: bridgePage(closedBy("<p><em>Related Link</em></p>")),
			want: nil,
		},
		{
			name: "a byline whose family name is also an organisation's word",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">By Wilma Press</div>`+creditStory),
			want: []string{"Wilma Press"},
		},
		{
			name: "a news agency in the byline",
			page: creditPage(`<title>Bridge to be rebuilt</title>`,
				`<h1>Bridge to be rebuilt</h1><div class="byline">By Associated Press</div>`+creditStory),
			want: nil,
		},
		{
			name: "speakers of an interview are no signatures",
			page: bridgePage(closedBy("<p><b>Mark Stone</b></p><p>We will keep the ferry running until the new bridge opens, whatever the weather.</p><p><b>Jane Doe</b></p>")),
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML([]byte(tt.page), "")
			if err != nil {
				t.Fatal(err)
			}
			got := authorNames(a)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("authors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMainLabel(t *testing.T) {
	for host, want := range map[string]string{
		"www.gazetterive.fr":   "gazetterive",
		"mode.gazetterive.fr":  "gazetterive",
		"news.rivercast.co.uk": "rivercast",
		"herr-kolbinger.de":    "herrkolbinger",
		"localhost":            "",
		"":                     "",
	} {
		if got := mainLabel(host); got != want {
			t.Errorf("mainLabel(%q) = %q, want %q", host, got, want)
		}
	}
}

func TestIsPersonNameAcronyms(t *testing.T) {
	for name, want := range map[string]bool{
		"JOHN SMITH":           true,
		"John Smith":           true,
		"CRA Transit":          false,
		"ESRO Kestrel":         false,
		"Ravi K Menon":         true,
		"KB Farrow":            true,
		"RAD ZEITUNG":          true, // capitals alone: left to the word lists
		"Anna Berg Publiziert": false,
	} {
		if got := IsPersonName(name); got != want {
			t.Errorf("IsPersonName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestLabelledCredit(t *testing.T) {
	for in, want := range map[string]string{
		"Datum: 07.04.2030 Autor: Gerold Brandt Quelle: Flussbote": "Gerold Brandt",
		"Author: Jane Doe":                   "Jane Doe",
		"Photo: Jane Doe":                    "",
		"Kolumnenautor:in Jane":              "",
		"Text: Jane Doe | Fotos: Mark Stone": "Jane Doe |",
		"":                                   "",
	} {
		if got := labelledCredit(in); got != want {
			t.Errorf("labelledCredit(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanAuthorNameRejects(t *testing.T) {
	for _, in := range []string{"„http", "Mehr Artikel von Jane →", "Jane Doe ©", "www.example.com", "Alles über Brücken", "Jane.DOE", "example.Com.org.net"} {
		if got := cleanAuthorName(in, ""); got != "" {
			t.Errorf("cleanAuthorName(%q) = %q, want \"\"", in, got)
		}
	}
	for _, in := range []string{"Jane Doe", "Aoife O'Donnell", "jdoe", "Tarek hamdi", "Jane.Doe"} {
		if got := cleanAuthorName(in, ""); got != in {
			t.Errorf("cleanAuthorName(%q) = %q", in, got)
		}
	}
}

func TestFromHTMLBodyMarkup(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{
			name: "ruby readings left out",
			body: `<h1>公園</h1><div class="article"><p><ruby>町<rp>(</rp><rt>まち</rt><rp>)</rp></ruby>の<ruby>公園<rt>こうえん</rt></ruby>に新しい木の橋ができて、子どもたちが川の上を歩いて渡れるようになりました。橋は地元の大工さんたちが半年かけて作ったもので、雨の日でもすべらないように工夫されています。市は来年、公園の反対側にも小さな橋をかける予定です。</p></div>`,
			want: "町の公園に新しい木の橋ができて",
		},
		{
			name: "soft hyphens and zero-width spaces removed",
			body: `<h1>Fähre</h1><div class="article"><p>Nach&shy;dem die Fäh&shy;re an&shy;ge&shy;legt hat, lau&shy;fen die Gäs&shy;te über den Steg zum al&shy;ten Zoll&shy;haus&#8203;platz, wo Mu&shy;si&shy;ker spie&shy;len und Händ&shy;ler Fisch, Brot und Obst aus der Re&shy;gi&shy;on ver&shy;kau&shy;fen.</p></div>`,
			want: "Nachdem die Fähre angelegt hat, laufen die Gäste über den Steg zum alten Zollhausplatz",
		},
		{
			name: "standfirst marked as a teaser under the headline",
			body: `<main><div class="header-wrap"><h1>Three drills for a steadier paddle stroke</h1><div class="infoMeta">Ein Artikel von <strong>Lene Hartwig</strong> | 09.05.2031 - 17:20</div>` +
				`<div class="standTeaser"><p class="description">Does the canoe turn with every stroke you take? A coach shows three drills that keep it on a straight line.</p></div></div>` +
				`<div class="text"><p>Watching a good paddler cross a lake, the boat seems to glide without effort, as if pulled on a string toward the far shore.</p>` +
				`<p>Why does the bow swing for most beginners? The blade leaves the water too late, so the last part of each stroke pushes the boat sideways.</p>` +
				`<p>The cure is a short stroke that ends at the hip and a slight turn of the blade, and both can be practised on any calm water.</p></div></main>`,
			want: "Does the canoe turn with every stroke you take?",
		},
		{
			name: "sections modified as carrying ads",
			body: `<h1>Lamp test</h1><article itemprop="articleBody"><section class="Verdict__Part Verdict__Part--Ads"><p>The front lamp lights the road for forty metres and runs six hours on one charge, even on cold winter nights.</p></section>` +
				`<section class="Verdict__Part Verdict__Part--Ads"><p>Only one mount comes in the box, so moving the lamp to a second bike means buying another bracket.</p></section>` +
				`<section class="Verdict__Part Verdict__Part--Ads"><p>The beam is cut off sharply at the top and does not dazzle drivers, though the edges of the path stay rather dark.</p></section>` +
				`<section class="Verdict__Part Verdict__Part--Ads"><p>Charging takes a while: the port sits under a rubber flap that is hard to open with gloves on.</p></section>` +
				`<div class="ad-slot"><p>Buy the new lamp now at a special price, only this week in all our stores nationwide.</p></div></article>`,
			want: "Only one mount comes in the box",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML([]byte(creditPage(`<title>x</title>`, tt.body)), "")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("text %q lacks %q", a.Text, tt.want)
			}
			if strings.Contains(a.Text, "special price") {
				t.Errorf("text %q holds the ad", a.Text)
			}
		})
	}
}

func TestUninverted(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"Wester, Paul"}, []string{"Paul Wester"}},
		{[]string{"Brink, H.", "Berg, Anouk van"}, []string{"H. Brink", "Anouk van Berg"}},
		{[]string{"Jane Doe, Reuters"}, []string{"Jane Doe, Reuters"}},
		{[]string{"Doe, PhD"}, []string{"Doe, PhD"}},
		{[]string{"Doe, Jr."}, []string{"Doe, Jr."}},
		{[]string{"Doe, Staff Writer"}, []string{"Doe, Staff Writer"}},
		{[]string{"Jane Doe", "Doe, Jane"}, []string{"Jane Doe", "Jane Doe"}},
		{[]string{"Doe, Jane and John Roe"}, []string{"Doe, Jane and John Roe"}},
	}
	for _, tt := range tests {
		if got := uninverted(tt.in); !cmp.Equal(got, tt.want) {
			t.Errorf("uninverted(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// naivePrevSibling walks the parent's children from the first.
func naivePrevSibling(d *document, n int32) int32 {
	par := d.nodes[n].parent
	if par < 0 {
		return -1
	}
	prev := int32(-1)
	for c := d.nodes[par].first; c >= 0 && c != n; c = d.nodes[c].next {
		prev = c
	}
	return prev
}

func TestPrevSibling(t *testing.T) {
	src := creditPage(`<title>x</title>`, `<div><p>a<b>b<i>c</i></b></p><br><ul><li>d</li><li><span><em>e</em></span></li></ul>text<p></p></div><section>f</section>`)
	d, err := parseDocument([]byte(src), DefaultMaxHTMLDepth)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(d.nodes); i++ {
		if got, want := prevSibling(d, int32(i)), naivePrevSibling(d, int32(i)); got != want {
			t.Errorf("prevSibling(%d) = %d, want %d", i, got, want)
		}
	}
}

// emptyRunPage holds blocks of many empty elements, each closed by a
// copyright line: a page whose prose never ends before a notice.
func emptyRunPage(blocks, empties int) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>t</title></head><body><h1>Title</h1>`)
	for i := 0; i < blocks; i++ {
		b.WriteString(`<div>`)
		for k := 0; k < empties; k++ {
			b.WriteString(`<span></span>`)
		}
		b.WriteString(`<p>© 2019 Nora Quell</p></div>`)
	}
	b.WriteString(`</body></html>`)
	return b.String()
}

func TestAfterProseEmptyRun(t *testing.T) {
	src := strings.Replace(creditStory, "comes from a loan.</p>", "comes from a loan.</p>"+strings.Repeat("<span></span>", 40)+"<p>© 2019 Nora Quell</p>", 1)
	a, err := FromHTML([]byte(creditPage(`<title>Bridge to be rebuilt</title>`, `<h1>Bridge to be rebuilt</h1>`+src)), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) != 0 {
		t.Errorf("authors = %v, want none after a run of empty elements", a.Authors)
	}
	a, err = FromHTML([]byte(emptyRunPage(60, 300)), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) != 0 {
		t.Errorf("authors = %v, want none on a page of notices", a.Authors)
	}
}

// BenchmarkEmptyRunPage is a 15 MB page of 600 blocks of 1990 empty
// elements, each closed by a copyright line.
func BenchmarkEmptyRunPage(b *testing.B) {
	src := []byte(emptyRunPage(600, 1990))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := FromHTML(src, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNameRunPage is a 15 MB page of 360 blocks, each of 1999 empty
// elements followed by 1000 names in bold: candidates for a signature
// whose parent is large.
func BenchmarkNameRunPage(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<html><head><title>t</title></head><body><h1>Title</h1>`)
	for i := 0; i < 360; i++ {
		sb.WriteString(`<div>` + strings.Repeat(`<span></span>`, 1999) + strings.Repeat(`<b>Nora Quell</b>`, 1000) + `</div>`)
	}
	sb.WriteString(`</body></html>`)
	src := []byte(sb.String())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := FromHTML(src, ""); err != nil {
			b.Fatal(err)
		}
	}
}
