package article

import "bytes"

// LooksLikeHTML reports whether src appears to be an HTML page rather than plain text.
func LooksLikeHTML(src []byte) bool {
	head := src
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.ToLower(bytes.TrimSpace(head))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.Contains(head, []byte("<head")) || bytes.Contains(head, []byte("<body"))
}

// FromHTML extracts an Article from an HTML page. pageURL may be empty.
// PLACEHOLDER until the HTML extractor lands.
func FromHTML(src []byte, pageURL string) (*Article, error) {
	return FromText(src, pageURL)
}
