package panarmenian

import (
	"testing"

	"github.com/newsparse/newsparse/article/outlet/outlettest"
)

func TestGolden(t *testing.T) {
	outlettest.Golden(t, Adapter, "http://www.panarmenian.net/eng/news/300001/")
}
