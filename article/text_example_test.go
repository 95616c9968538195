package article_test

import (
	"fmt"

	"github.com/newsparse/newsparse/article"
)

func ExampleFromText() {
	page := []byte(`Harbour Post
Menu

Scientists map the deepest reef ever found

By Priya Raman and Tom Becker | March 3, 2021 09:30 GMT

A team of marine biologists has mapped a coral reef more than 150 metres below the surface, the deepest ever recorded.

Follow us on Facebook`)
	a, err := article.FromText(page, "")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline)
	for _, au := range a.Authors {
		fmt.Println(au.Name)
	}
	fmt.Println(a.Published, a.Published.Zone)
	fmt.Println(len(a.Paragraphs), "paragraph")
	// Output:
	// Scientists map the deepest reef ever found
	// Priya Raman
	// Tom Becker
	// 2021-03-03T09:30:00Z abbreviation
	// 1 paragraph
}

func ExampleFromBody() {
	a, _ := article.FromBody([]byte("First paragraph.\n\nSecond paragraph.\n"))
	for _, p := range a.Paragraphs {
		fmt.Printf("%q\n", a.Text[p.Start:p.End])
	}
	// Output:
	// "First paragraph."
	// "Second paragraph."
}
