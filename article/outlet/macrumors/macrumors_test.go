package macrumors

import (
	"testing"

	"github.com/newsparse/newsparse/article/outlet/outlettest"
)

func TestGolden(t *testing.T) {
	outlettest.Golden(t, Adapter, "https://www.macrumors.com/2021/03/02/example-keyboard-story/")
}
