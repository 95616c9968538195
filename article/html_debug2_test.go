package article

import (
	"fmt"
	"testing"
)

func TestDebugTS(t *testing.T) {
	for _, s := range []string{"Matthew Davis", "Alexa von Heyden", "Christoph von Ritter"} {
		fmt.Printf("%q -> %q %q %v\n", s, cutAuthorLabel(s), cleanAuthorName(s, "ELLE"), metaAuthors([]string{s}, "ELLE"))
	}
}
