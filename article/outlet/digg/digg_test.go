package digg

import (
	"testing"

	"github.com/newsparse/newsparse/article/outlet/outlettest"
)

func TestGolden(t *testing.T) {
	outlettest.Golden(t, Adapter, "https://digg.com/2021/example-bridge-reviews")
}
