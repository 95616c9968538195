package article

import "testing"

// datePage wraps head and body markup into a minimal article page.
func datePage(head, body string) []byte {
	return []byte("<!DOCTYPE html><html lang=\"en\"><head><title>Bridge reopens after repairs</title>" + head +
		"</head><body><article><h1>Bridge reopens after repairs</h1>" + body +
		"<p>The old bridge over the river reopened on Monday after eight months of repairs, the city said in a statement to residents.</p>" +
		"<p>Traffic had been diverted through the town centre since the spring, causing long queues at the two main junctions.</p>" +
		"<p>Engineers replaced the deck and strengthened the piers, and the works came in slightly under the planned budget.</p>" +
		"</article></body></html>")
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
